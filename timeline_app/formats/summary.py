"""What an import read, in a sentence for people: shown once a file of another tool opens."""

from __future__ import annotations

from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline

tr = context("ImportSummary")

# What was read, and from which kind of file: one sentence per kind (by the name its reader
# registers), so that each language gives the kind its own article and case.
_FROM = {
    "timeline file": tr.mark("{read} from a timeline file"),
    "TimelineJS sheet": tr.mark("{read} from a TimelineJS sheet"),
    "TimelineJS file": tr.mark("{read} from a TimelineJS file"),
    "The Timeline Project file": tr.mark("{read} from The Timeline Project file"),
    "SIMILE Timeline XML file": tr.mark("{read} from a SIMILE Timeline XML file"),
    "SIMILE Timeline JSON file": tr.mark("{read} from a SIMILE Timeline JSON file"),
    "markwhen timeline": tr.mark("{read} from a markwhen timeline"),
}


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
    read = tr.n("%n events", len(timeline), one="%n event")
    if timeline.eras:
        eras = tr.n("%n eras", len(timeline.eras), one="%n era")
        read = tr("{events} and {eras}").format(events=read, eras=eras)
    sentence = _FROM.get(timeline.format_name or "timeline file")
    if sentence is not None:
        said = [tr(sentence).format(read=read)]
    else:
        said = [tr("{read} from {kind}").format(read=read, kind=from_kind(timeline))]
    images = len(web_images(timeline))
    if images:
        said.append(
            tr.n(
                "%n pictures are on the web (File › Download Images… fetches them)",
                images,
                one="%n picture is on the web (File › Download Images… fetches them)",
            )
        )
    skipped = len(timeline.warnings)
    if skipped:
        said.append(tr.n("%n problems (see Details)", skipped, one="%n problem (see Details)"))
    return "; ".join(said)
