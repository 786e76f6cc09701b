"""A whole timeline's quotes checked against their sources' texts, as problems that name the
file, line:column and field, for ``timeline-app validate --check-quotes``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline_app.formats.encoding import decode_bytes
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.jsonscan import Path, format_path, line_col, locate
from timeline_app.formats.quotecheck import (
    NOT_FOUND,
    UNCHECKED,
    VERBATIM,
    WRONG_PLACE,
    QuoteCheck,
    SourceText,
    check_quote,
    load_for,
)
from timeline_app.fsutil import read_regular_file
from timeline_app.model.timeline import Timeline


@dataclass(slots=True)
class QuoteReport:
    """What the check of a timeline's quotes found: one problem a ✗ quote, one a source that
    cannot be checked (for all its quotes), and how many quotes had each result."""

    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {VERBATIM: 0, WRONG_PLACE: 0, NOT_FOUND: 0, UNCHECKED: 0}
    )

    @property
    def failed(self) -> int:
        return self.counts[WRONG_PLACE] + self.counts[NOT_FOUND]

    def summary(self) -> str:
        """'23 quotes: 21 ✓ verbatim, 2 ✗, 0 unchecked'."""
        n = sum(self.counts.values())
        return (
            f"{n:,} quote{'' if n == 1 else 's'}: {self.counts[VERBATIM]:,} ✓ verbatim, "
            f"{self.failed:,} ✗, {self.counts[UNCHECKED]:,} unchecked"
        )


def check_timeline(timeline: Timeline, overrides: Mapping[str, str] | None = None) -> QuoteReport:
    """Check every quote of ``timeline``; ``overrides`` maps source ids to text files read
    instead of what the sources' 'text' fields name."""
    report = QuoteReport()
    places = _Places(timeline)
    texts: dict[str, SourceText | QuoteCheck] = {}
    unchecked: dict[str, tuple[QuoteCheck, int]] = {}
    for event in timeline.events:
        for k, quote in enumerate(event.quotes):
            sid = quote.source.id
            found = texts.get(sid)
            if found is None:
                found = texts[sid] = load_for(quote.source, timeline.path, overrides)
            result = found if isinstance(found, QuoteCheck) else None
            if result is None:
                assert isinstance(found, SourceText)
                result = check_quote(quote.text, quote.locator, found)
            report.counts[result.status] += 1
            if result.status == UNCHECKED:
                check, n = unchecked.get(sid, (result, 0))
                unchecked[sid] = (check, n + 1)
            elif result.failed:
                places.quote(event.id, k, result.line())
    for sid, (check, n) in unchecked.items():
        quotes = f"{n:,} quote{'' if n == 1 else 's'}"
        places.source(sid, f"{check.line()} ({quotes})")
    report.problems = places.problems()
    return report


class _Places:
    """Line and column of a quote or a source in a file of the app's own format; other
    formats name the event by its id."""

    def __init__(self, timeline: Timeline) -> None:
        self.file = timeline.path
        self.text = ""
        self.events: dict[str, int] = {}
        self.sources: dict[str, int] = {}
        self.pending: list[tuple[Path | None, str, str]] = []
        if timeline.format_name or not timeline.path:
            return
        try:
            self.text = decode_bytes(read_regular_file(timeline.path), timeline.path)
            data = json.loads(self.text)
        except (OSError, ValueError, TimelineFileError):
            self.text = ""
            return  # changed since it was loaded: the places are left out
        if isinstance(data, dict):
            for n, e in enumerate(data.get("events") or []):
                if isinstance(e, dict) and isinstance(e.get("id"), str):
                    self.events.setdefault(e["id"], n)
            for n, s in enumerate(data.get("sources") or []):
                if isinstance(s, dict) and isinstance(s.get("id"), str):
                    self.sources.setdefault(s["id"], n)

    def quote(self, event_id: str, k: int, message: str) -> None:
        n = self.events.get(event_id)
        path: Path | None = ("events", n, "quotes", k) if n is not None else None
        self.pending.append((path, f"event {event_id!r}, quotes[{k}]", message))

    def source(self, sid: str, message: str) -> None:
        n = self.sources.get(sid)
        path: Path | None = ("sources", n) if n is not None else None
        self.pending.append((path, f"source {sid!r}", message))

    def problems(self) -> list[Problem]:
        """The problems noted, each at its place in the file (found in one pass over it)."""
        paths = {p for p, _, _ in self.pending if p is not None}
        offsets = locate(self.text, paths) if self.text and paths else {}
        out = []
        for path, fallback, message in self.pending:
            offset = offsets.get(path) if path is not None else None
            if path is not None and offset is not None:
                line, col = line_col(self.text, offset)
                out.append(Problem(self.file, line, col, format_path(path), message))
            else:
                out.append(Problem(self.file, 1, 1, fallback, message))
        return out
