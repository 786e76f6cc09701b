"""TimelineJS JSON: version 3 ({"title", "events", "eras", "scale"}), the early version 3
wrapper ({"timeline": {"slides": [...]}}) and TimelineJS 2 ({"timeline": {"date": [...],
"era": [...]}} with dates written "1990,4,1").

Each event is read as TimelineJS reads it (see timelinejs_common): years may be text or
numbers, a month or day may be an empty string, a negative year is shown as BCE. An event
that cannot be read is left out and named in the timeline's warnings by its place in the
file (line, column and path such as events[3].start_date.year).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from typing import Any

from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.jsonscan import Path, format_path, line_col, locate
from timeline_app.formats.registry import Format
from timeline_app.formats.timeline_json import (
    MAX_PROBLEMS,
    Progress,
    parse_json,
    read_file,
)
from timeline_app.formats.timelinejs_common import (
    DateText,
    PartError,
    Slide,
    SlideBuilder,
    background_notes,
    parse_date_text,
)
from timeline_app.i18n import context
from timeline_app.model.timeline import Timeline

tr = context("TimelineJsJson")

NAME = "TimelineJS file"
EXTENSIONS = (".json",)
PROGRESS_EVERY = 1024
# Keys TimelineJS uses for how a slide looks, not what it says: not kept.
_PRESENTATION = frozenset(("autolink", "format", "scale", "type", "classname"))
_DATE_KEYS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


def sniff(head: bytes, name: str) -> bool:
    """JSON whose start names TimelineJS's parts: "events" with "start_date" (version 3),
    or "timeline" with "date" or "slides" (TimelineJS 2, early version 3)."""
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if not text.lstrip(b" \t\r\n").startswith(b"{") or b'"timeline-app"' in head:
        return False
    if b'"events"' in head and b'"start_date"' in head:
        return True
    return b'"timeline"' in head and (b'"date"' in head or b'"slides"' in head)


def _value_text(value: Any, path: Path) -> str:
    """A value TimelineJS reads as text: text, or a number (1815 and 1815.0 alike)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise PartError(
            format_path(path),
            tr("must be text or a number, not {kind}").format(kind=str(value)),
        )
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PartError(format_path(path), tr("the number is too large to be read"))
        if value.is_integer():
            return str(int(value))
        raise PartError(
            format_path(path), tr("{value} is not a whole number").format(value=repr(value))
        )
    kind = tr("a list") if isinstance(value, list) else tr("an object")
    raise PartError(format_path(path), tr("must be text or a number, not {kind}").format(kind=kind))


class _Reader:
    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text
        self.builder = SlideBuilder(file)
        self.found: list[tuple[Path, str]] = []
        self.paths: dict[str, Path] = {}  # the paths PartErrors name, by their text

    def _text(self, value: Any, path: Path) -> str:
        try:
            return _value_text(value, path)
        except PartError:
            self.paths[format_path(path)] = path
            raise

    def where_for(self, path: Path, date_paths: dict[str, Path]) -> Callable[[str, str], Problem]:
        def where(part: str, message: str) -> Problem:
            at = date_paths.get(part) or self.paths.get(part, path)
            self.found.append((at, message))
            return Problem(self.file, 1, 1, format_path(at), message)

        return where

    def dict_at(self, value: Any, path: Path, what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.paths[format_path(path)] = path
            raise PartError(
                format_path(path),
                tr("{what} must be an object {object}").format(what=tr(what), object="{...}"),
            )
        return value

    def date(self, value: Any, path: Path, slide: Slide) -> DateText:
        d = self.dict_at(value, path, tr.mark("a date"))
        parts = {k: self._text(d.get(k), (*path, k)).strip() for k in _DATE_KEYS}
        if d.get("scale") == "cosmological":
            self.builder.years_only = True
        out = DateText(*(parts[k] for k in _DATE_KEYS))
        out.display_date = self._text(d.get("display_date"), (*path, "display_date")).strip()
        if parts["millisecond"]:
            slide.notes.append(f"Milliseconds: {parts['millisecond']}")
        return out

    def slide_v3(self, item: Any, path: Path, kind: str = "") -> Slide:
        """An event, era or title of TimelineJS 3 (and of its early 'slides' wrapper)."""
        date_paths: dict[str, Path] = {"": path}
        for prefix, key in (("", "start_date"), ("end_", "end_date")):
            for k in (*_DATE_KEYS, "time"):
                date_paths[prefix + k] = (*path, key, k if k != "time" else "hour")
        slide = Slide(self.where_for(path, date_paths))
        slide.kind = kind
        try:
            d = self.dict_at(item, path, tr.mark("an event"))
            slide.start = self.date(d.get("start_date"), (*path, "start_date"), slide)
            if d.get("end_date") is not None:
                slide.end = self.date(d.get("end_date"), (*path, "end_date"), slide)
            text = self.dict_at(d.get("text"), (*path, "text"), "'text'")
            slide.headline = self._text(text.get("headline"), (*path, "text", "headline"))
            slide.text = self._text(text.get("text"), (*path, "text", "text"))
            media = self.dict_at(d.get("media"), (*path, "media"), "'media'")
            mp = (*path, "media")
            slide.media_url = self._text(media.get("url"), (*mp, "url"))
            slide.media_caption = self._text(media.get("caption"), (*mp, "caption"))
            slide.media_credit = self._text(media.get("credit"), (*mp, "credit"))
            slide.media_thumbnail = self._text(media.get("thumbnail"), (*mp, "thumbnail"))
            slide.media_alt = self._text(media.get("alt"), (*mp, "alt"))
            for key in ("title", "link", "link_target"):
                value = self._text(media.get(key), (*mp, key)).strip()
                if value:
                    slide.notes.append(f"Media {key.replace('_', ' ')}: {value}")
            slide.group = self._text(d.get("group"), (*path, "group"))
            slide.display_date = self._text(d.get("display_date"), (*path, "display_date"))
            if not slide.display_date.strip():
                ends = [slide.start.display_date]
                if slide.end is not None and slide.end.display_date:
                    ends.append(slide.end.display_date)
                slide.display_date = " – ".join(e for e in ends if e)
            bg = self.dict_at(d.get("background"), (*path, "background"), "'background'")
            bp = (*path, "background")
            slide.background = "\n".join(
                background_notes(
                    self._text(bg.get("url"), (*bp, "url")).strip(),
                    self._text(bg.get("color"), (*bp, "color")).strip(),
                    self._text(bg.get("opacity"), (*bp, "opacity")).strip(),
                )
            )
            written_id = d.get("unique_id") or d.get("uniqueid")
            slide.unique_id = self._text(written_id, (*path, "unique_id"))
            if not kind:
                slide.kind = self._text(d.get("type"), (*path, "type"))
            known = {
                "start_date",
                "end_date",
                "text",
                "media",
                "group",
                "display_date",
                "background",
                "unique_id",
                "uniqueid",
                *_PRESENTATION,
            }
            for key, value in d.items():
                if key not in known and isinstance(value, (str, int, float)) and str(value):
                    slide.notes.append(f"{key}: {value}")
        except PartError as err:
            slide.error = err
        return slide

    def slide_v2(self, item: Any, path: Path, kind: str = "") -> Slide:
        """A date, era or the timeline itself of TimelineJS 2."""
        date_paths: dict[str, Path] = {"": path}
        for k in (*_DATE_KEYS, "time"):
            date_paths[k] = (*path, "startDate")
            date_paths["end_" + k] = (*path, "endDate")
        slide = Slide(self.where_for(path, date_paths))
        slide.kind = kind
        try:
            d = self.dict_at(item, path, tr.mark("a date"))
            start = self._text(d.get("startDate"), (*path, "startDate"))
            end = self._text(d.get("endDate"), (*path, "endDate"))
            if kind != "title" or start.strip():
                slide.start = parse_date_text(start, version2=True)
            slide.end = parse_date_text(end, version2=True, part="end_year") if end else None
            slide.headline = self._text(d.get("headline"), (*path, "headline"))
            slide.text = self._text(d.get("text"), (*path, "text"))
            asset = self.dict_at(d.get("asset"), (*path, "asset"), "'asset'")
            ap = (*path, "asset")
            slide.media_url = self._text(asset.get("media"), (*ap, "media"))
            slide.media_caption = self._text(asset.get("caption"), (*ap, "caption"))
            slide.media_credit = self._text(asset.get("credit"), (*ap, "credit"))
            slide.media_thumbnail = self._text(asset.get("thumbnail"), (*ap, "thumbnail"))
            slide.group = self._text(d.get("tag"), (*path, "tag"))
            classname = self._text(d.get("classname"), (*path, "classname")).strip()
            if classname:
                slide.notes.append(f"Class name: {classname}")
        except PartError as err:
            slide.error = err
        return slide

    def items(self, value: Any, path: Path) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            said = tr("{key} must be a list [...]").format(key=f"'{path[-1]}'")
            raise TimelineFileError([self.problem(path, said)])
        return value

    def problem(self, path: Path, message: str) -> Problem:
        offsets = locate(self.text, {path[:k] for k in range(len(path) + 1)})
        k = len(path)
        while path[:k] not in offsets and k > 0:
            k -= 1
        line, col = line_col(self.text, offsets.get(path[:k], 0))
        return Problem(self.file, line, col, format_path(path), message)

    def read(self, data: Any, progress: Progress | None) -> None:
        if not isinstance(data, dict):
            raise TimelineFileError(
                [
                    Problem(
                        self.file, 1, 1, "", tr("the file is not a TimelineJS timeline (an object)")
                    )
                ]
            )
        builder = self.builder
        if "events" in data:  # TimelineJS 3
            events = self.items(data.get("events"), ("events",))
            # The scale is the timeline's, or cosmological where one slide says so
            # (TimelineConfig._ensureValidScale): years only, for every date.
            slides = [e for e in events if isinstance(e, dict)]
            if data.get("scale") == "cosmological" or any(
                e.get("scale") == "cosmological" for e in slides
            ):
                builder.years_only = True
            if data.get("title") is not None:
                builder.add(self.slide_v3(data["title"], ("title",), "title"))
            self.each(events, ("events",), self.slide_v3, "", progress)
            self.each(self.items(data.get("eras"), ("eras",)), ("eras",), self.slide_v3, "era")
            return
        timeline = data.get("timeline")
        if not isinstance(timeline, dict):
            raise TimelineFileError(
                [
                    self.problem(
                        (),
                        tr(
                            "the file is not a TimelineJS timeline: it has neither 'events' nor "
                            "a 'timeline' object"
                        ),
                    )
                ]
            )
        if "slides" in timeline:  # the early TimelineJS 3 wrapper
            slides = self.items(timeline.get("slides"), ("timeline", "slides"))
            self.each(slides, ("timeline", "slides"), self.slide_v3, "", progress)
            return
        # TimelineJS 2: the timeline object is the title slide.
        dates = self.items(timeline.get("date"), ("timeline", "date"))
        builder.add(self.slide_v2(timeline, ("timeline",), "title"))
        self.each(dates, ("timeline", "date"), self.slide_v2, "", progress)
        self.each(
            self.items(timeline.get("era"), ("timeline", "era")),
            ("timeline", "era"),
            self.slide_v2,
            "era",
        )

    def each(
        self,
        items: list[Any],
        path: Path,
        read: Callable[[Any, Path, str], Slide],
        kind: str,
        progress: Progress | None = None,
    ) -> None:
        for n, item in enumerate(items):
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n, len(items))
            self.builder.add(read(item, (*path, n), kind))


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Timeline:
    """Read a TimelineJS JSON file. Raises TimelineFileError for a file that is not valid
    JSON, not a TimelineJS timeline or without events that can be read; events that cannot
    be read are left out, each named in the timeline's warnings."""
    file = os.fspath(path)
    text = read_file(file)
    try:
        data = json.loads(text)  # as a browser reads it: a key written twice is allowed
    except (ValueError, RecursionError):
        parse_json(text, file)  # raises with the line and column of the problem
        raise
    reader = _Reader(file, text)
    reader.read(data, progress)
    builder = reader.builder
    warnings = _resolve(reader, builder.warnings)
    if not len(builder.columns):
        raise TimelineFileError(
            [
                Problem(file, 1, 1, "", tr("the file has no events that can be read")),
                *warnings,
            ]
        )
    return builder.timeline(file, warnings)


def _resolve(reader: _Reader, warnings: list[Problem]) -> list[Problem]:
    """The warnings with the line and column of the value each names (one scan)."""
    kept = warnings[:MAX_PROBLEMS]
    paths = {p for p, _ in reader.found}
    wanted = {p[:k] for p in paths for k in range(len(p) + 1)}
    offsets = locate(reader.text, wanted)
    by_message = dict(((format_path(p), m), p) for p, m in reader.found)
    out = []
    for w in kept:
        path = by_message.get((w.path, w.message), ())
        k = len(path)
        while path[:k] not in offsets and k > 0:
            k -= 1
        line, col = line_col(reader.text, offsets.get(path[:k], 0))
        out.append(Problem(w.file, line, col, w.path, w.message))
    if len(warnings) > MAX_PROBLEMS:
        left = len(warnings) - MAX_PROBLEMS
        said = tr.n("and %n more problems like these", left, one="and %n more problem like these")
        out.append(Problem(reader.file, 1, 1, "", said))
    return out


FORMAT = Format("timelinejs-json", NAME, EXTENSIONS, sniff, load)
