"""What an import read, in a sentence for people: shown once a file of another tool opens."""

from __future__ import annotations

from timeline_app.model.timeline import Timeline


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def web_images(timeline: Timeline) -> list[str]:
    """The distinct web addresses of the timeline's pictures, in time order: what File ›
    Download Images… fetches (and nothing else ever does)."""
    seen: dict[str, None] = {}
    extras = timeline.columns.extras
    for row in sorted(extras):
        for m in extras[row][8]:
            if m.is_web and m.resolved_kind == "image":
                seen.setdefault(m.url.strip(), None)
    return list(seen)


def from_kind(timeline: Timeline) -> str:
    """The kind of file with its article: 'a TimelineJS sheet', 'a SIMILE Timeline XML
    file', 'an …'; a name with its own article stays as it is ('The Timeline Project file')."""
    kind = timeline.format_name or "timeline file"
    if kind.startswith("The "):
        return kind
    vowel = kind[:1].lower() in "aeiou"
    return f"{'an' if vowel else 'a'} {kind}"


def import_summary(timeline: Timeline) -> str:
    """'41 events and 3 eras from a TimelineJS sheet; 12 pictures are on the web (File ›
    Download Images…); 2 rows were left out (see Details)'."""
    parts = [_count(len(timeline), "event", "events")]
    if timeline.eras:
        parts.append(_count(len(timeline.eras), "era", "eras"))
    read = " and ".join(parts)
    text = f"{read} from {from_kind(timeline)}"
    images = len(web_images(timeline))
    if images:
        are = "is" if images == 1 else "are"
        text += (
            f"; {_count(images, 'picture', 'pictures')} {are} on the web "
            "(File › Download Images… fetches them)"
        )
    skipped = len(timeline.warnings)
    if skipped:
        text += f"; {_count(skipped, 'problem', 'problems')} (see Details)"
    return text
