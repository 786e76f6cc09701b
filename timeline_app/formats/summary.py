"""What an import read, in a sentence for people: shown once a file of another tool opens."""

from __future__ import annotations

from timeline_app.model.timeline import Timeline


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def web_media_count(timeline: Timeline) -> int:
    """How many pictures and other media the events name by a web address (never fetched
    unless the user asks: File › Download Images…)."""
    extras = timeline.columns.extras
    return sum(1 for row in extras.values() for m in row[8] if m.is_web)


def web_image_count(timeline: Timeline) -> int:
    extras = timeline.columns.extras
    return sum(
        1 for row in extras.values() for m in row[8] if m.is_web and m.resolved_kind == "image"
    )


def import_summary(timeline: Timeline) -> str:
    """'41 events and 3 eras from a TimelineJS sheet; 12 pictures are on the web (File ›
    Download Images…); 2 rows were left out (see Details)'."""
    parts = [_count(len(timeline), "event", "events")]
    if timeline.eras:
        parts.append(_count(len(timeline.eras), "era", "eras"))
    read = " and ".join(parts)
    kind = timeline.format_name or "timeline file"
    article = "" if kind.startswith("The ") else "an " if kind[:1].lower() in "aeiou" else "a "
    text = f"{read} from {article}{kind}"
    images = web_image_count(timeline)
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
