"""Every file format the app opens, found by its content, and the one way to open a file.

Each format module offers ``sniff(head, name) -> bool`` (does this start of a file look like
my format? ``head`` is the file's first bytes, ``name`` its file name) and
``load(path, progress) -> Timeline``. A file is given to the format whose ``sniff`` says yes;
where several do, the one whose extensions match the file name wins; where none does, the
app's own format reads it, so that a broken timeline file still gets the exact messages of
the native reader. Every way into the app (the command line, Open, drop, hand-over, reload)
goes through ``open_any``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.formats import timeline_json
from timeline_app.formats.timeline_json import Progress
from timeline_app.fsutil import read_regular_head
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline

tr = context("FileFormats")

# Each format's files as an Open dialog lists them, by the name its reader registers.
_FILES_OF = {
    "timeline file": tr.mark("Timeline files"),
    "TimelineJS sheet": tr.mark("TimelineJS sheets"),
    "TimelineJS file": tr.mark("TimelineJS files"),
    "The Timeline Project file": tr.mark("The Timeline Project files"),
    "SIMILE Timeline XML file": tr.mark("SIMILE Timeline XML files"),
    "SIMILE Timeline JSON file": tr.mark("SIMILE Timeline JSON files"),
    "markwhen timeline": tr.mark("Markwhen timelines"),
}

HEAD_BYTES = 64 * 1024  # what sniffing looks at


@dataclass(frozen=True, slots=True)
class Format:
    key: str  # short and stable: "timelinejs-sheet"
    name: str  # for people: "TimelineJS sheet"
    extensions: tuple[str, ...]  # lower case, with the dot: (".csv",)
    sniff: Callable[[bytes, str], bool]
    load: Callable[[str, Progress | None], Timeline]


def _native_sniff(head: bytes, name: str) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"{") and b'"timeline-app"' in head


NATIVE = Format(
    "timeline-app",
    "timeline file",
    (".timeline.json", ".tljson", ".json"),
    _native_sniff,
    timeline_json.load_timeline,
)

_FORMATS: list[Format] = [NATIVE]


def register(fmt: Format) -> None:
    """Add a format (each format module registers itself when this package is imported)."""
    if all(f.key != fmt.key for f in _FORMATS):
        _FORMATS.append(fmt)


def formats() -> tuple[Format, ...]:
    return tuple(_FORMATS)


def read_head(path: str) -> bytes:
    """The first bytes of a file, for sniffing. Raises TimelineFileError where the file
    cannot be read (the same messages as reading it whole)."""
    try:
        return read_regular_head(path, HEAD_BYTES)  # never opens a FIFO or device
    except OSError:
        return b""  # the format's own reader says why, with its file and place


def detect(head: bytes, name: str) -> Format:
    """The format of a file from its first bytes and its name (see the module's doc)."""
    found = [f for f in _FORMATS if f.sniff(head, name)]
    if not found:
        return NATIVE
    lower = name.lower()
    for f in found:
        if lower.endswith(f.extensions):
            return f
    return found[0]


def detect_file(path: str | os.PathLike[str]) -> Format:
    """The format of the file at ``path`` (its first bytes and its name)."""
    file = os.fspath(path)
    return detect(read_head(file), os.path.basename(file))


def open_any(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    """Read a timeline file of any format the app knows. Raises TimelineFileError (with every
    problem found) for a file that cannot be opened at all; problems that cost only some of
    its events are in the timeline's ``warnings``."""
    file = os.fspath(path)
    fmt = detect(read_head(file), os.path.basename(file))
    timeline = fmt.load(file, progress)
    if fmt is not NATIVE:
        timeline.format_name = fmt.name
    return timeline


def file_filters() -> list[str]:
    """Filters for an Open dialog: every format together first, then each one."""
    patterns = sorted({f"*{ext}" for f in _FORMATS for ext in f.extensions})
    each = [f"{_files_of(f.name)} ({' '.join('*' + e for e in f.extensions)})" for f in _FORMATS]
    every = tr("Timelines ({patterns})").format(patterns=" ".join(patterns))
    return [every, *each, tr("All files (*)")]


def _files_of(name: str) -> str:
    """'TimelineJS sheets': a format's files, in the language's words."""
    label = _FILES_OF.get(name)
    return tr(label) if label is not None else f"{name[:1].upper()}{name[1:]}s"
