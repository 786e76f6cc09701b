"""Errors in timeline files: every one names the file, the line and column, and the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file, at a line and column (1-based) and a field path."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        from timeline_app.formats.jsonscan import printable

        where = self.path or "(file)"
        return f"{self.file}:{self.line}:{self.column}: {where}: {printable(self.message)}"


class TimelineFileError(Exception):
    """A timeline file that cannot be loaded; ``problems`` holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("TimelineFileError needs at least one problem")
        self.problems = problems
        super().__init__(str(problems[0]))

    @property
    def first(self) -> Problem:
        return self.problems[0]

    def __str__(self) -> str:
        extra = len(self.problems) - 1
        more = f" (and {extra} more problem{'s' if extra > 1 else ''})" if extra else ""
        return f"{self.problems[0]}{more}"
