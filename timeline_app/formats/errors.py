"""Errors in timeline files: every one names the file, the line and column, and the field."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.i18n import context

tr = context("FormatErrors")


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file, at a line and column (1-based) and a field path."""

    file: str
    line: int
    column: int
    path: str
    message: str
    # How a person finds the place where line and column do not say it plainly: "row 7,
    # column Year" in a spreadsheet, "sheet Timeline, row 7, column Year".
    place: str = ""

    def __str__(self) -> str:
        from timeline_app.formats.jsonscan import printable
        from timeline_app.formats.oneline import NAME_LIMIT, shown

        # The file name as given: it may hold a newline or bytes that are not UTF-8.
        name = shown(self.file, NAME_LIMIT)
        where = self.path or "(file)"
        return f"{name}:{self.line}:{self.column}: {where}: {printable(self.message)}"

    def for_people(self) -> str:
        """The problem as a teacher reads it, without the file name (the window names it):
        'Line 24, column 16, event 4, “start”: ...' (items counted from 1, not 0)."""
        from timeline_app.formats.jsonscan import printable

        if self.place:
            return f"{self.place[:1].upper()}{self.place[1:]}: {printable(self.message)}"
        # A problem with the whole file (it cannot be read, it is empty) has no place in it.
        whole_file = not self.path and (self.line, self.column) == (1, 1)
        where = (
            []
            if whole_file
            else [tr("Line {line}, column {column}").format(line=self.line, column=self.column)]
        )
        if self.path:
            where.append(path_for_people(self.path))
        # A place named inside the message ("first at events[2]") is counted as people count.
        message = _PATH_IN_TEXT.sub(
            lambda m: path_for_people(m.group(), quoted=False), printable(self.message)
        )
        return f"{', '.join(where)}: {message}" if where else message[:1].upper() + message[1:]


def path_for_people(path: str, *, quoted: bool = True) -> str:
    """``events[2].quotes[0].source`` as 'event 3, quote 1, “source”': the items of a list
    counted from 1, the one numbering the app uses wherever people read it."""
    out = []
    for piece in path.split("."):
        item = _ITEM.fullmatch(piece)
        if item is None or item[2] is None:
            out.append(
                tr("“{field}”", "a field of the file").format(field=piece) if quoted else piece
            )
        else:
            number = int(item[2]) + 1
            name = _ITEM_NAMES.get(item[1])
            out.append(tr(name).format(number=number) if name else f"{item[1]} {number}")
    return ", ".join(out)


# "events[3]": the fourth event; names of the file's lists, one item of each.
_ITEM = re.compile(r"([^\[\]]+)(?:\[(\d+)\])?")
# A field path written in a message: it starts with one of the file's lists and an index.
_PATH_IN_TEXT = re.compile(
    r"\b(?:events|quotes|categories|sources|participants|eras|media)\[\d+\]"
    r"(?:\.[A-Za-z_]+(?:\[\d+\])?)*"
)
_ITEM_NAMES = {
    "events": tr.mark("event {number}"),
    "quotes": tr.mark("quote {number}"),
    "categories": tr.mark("category {number}"),
    "sources": tr.mark("source {number}"),
    "participants": tr.mark("participant {number}"),
    "eras": tr.mark("era {number}"),
    "media": tr.mark("media item {number}"),
}


class TimelineFileError(Exception):
    """A timeline file that cannot be loaded; ``problems`` holds every problem found."""

    def __init__(self, problems: list[Problem], more: int = 0) -> None:
        if not problems:
            raise ValueError("TimelineFileError needs at least one problem")
        self.problems = problems
        self.more = more  # problems found beyond those listed (the list stops at a limit)
        super().__init__(str(problems[0]))

    @property
    def first(self) -> Problem:
        return self.problems[0]

    def __str__(self) -> str:
        extra = len(self.problems) - 1 + self.more
        if not extra:
            return str(self.problems[0])
        return tr.n(
            "{problem} (and %n more problems)", extra, one="{problem} (and %n more problem)"
        ).format(problem=self.problems[0])
