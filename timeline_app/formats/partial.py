"""Opening the events that are fine: a timeline file whose problems all lie in some of its
events opens without those events, each named with its place.

The app's own reader refuses a file with any problem, and that stays the rule for saving and
for ``timeline-app validate``. But a teacher with a lesson in ten minutes and one mistyped
date should see the other events, told plainly which were left out and why. A problem with
the file as a whole (not JSON, another format, a source or category that is wrong) still
refuses it: the events would be shown wrongly without it.
"""

from __future__ import annotations

import json
import re

from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.jsonscan import line_col, locate
from timeline_app.formats.timeline_json import loads_timeline, parse_json, read_file
from timeline_app.model.timeline import Timeline

_EVENT = re.compile(r"events\[(\d+)\]")
MAX_PASSES = 50  # each pass leaves out the events the last one found fault with


def event_of(problem: Problem) -> int | None:
    """The place in the file's events list of the event a problem is about, else None."""
    m = _EVENT.match(problem.path)
    return int(m.group(1)) if m else None


def only_events_at_fault(err: TimelineFileError) -> bool:
    """Whether every problem lies inside an event (so the others can open)."""
    return all(event_of(p) is not None for p in err.problems)


def load_fine_events(path: str) -> Timeline:
    """The timeline without its faulty events; their problems are its ``warnings``. Raises
    TimelineFileError when the file cannot open even so, or when no event is fine."""
    text = read_file(path)
    try:
        return loads_timeline(text, path)
    except TimelineFileError as err:
        first = err
    if not only_events_at_fault(first):
        raise first
    data = parse_json(text, path)  # the problems are in events: the JSON itself is sound
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        raise first
    kept = list(range(len(events)))  # places in the file of the events still in
    found: list[Problem] = list(first.problems)
    left_out: set[int] = set()
    for _ in range(MAX_PASSES):
        left_out |= {n for p in found if (n := event_of(p)) is not None}
        kept = [n for n in range(len(events)) if n not in left_out]
        if not kept:
            raise first
        trial = dict(data, events=[events[n] for n in kept])
        try:
            timeline = loads_timeline(json.dumps(trial, ensure_ascii=False), path)
        except TimelineFileError as err:
            if not only_events_at_fault(err):
                raise first from None
            found.extend(_in_file_terms(err.problems, kept, text, path))
            continue
        timeline.warnings = tuple(found) + tuple(timeline.warnings)
        timeline.left_out = tuple(sorted(left_out))
        timeline.path = path
        return timeline
    raise first


def _in_file_terms(problems: list[Problem], kept: list[int], text: str, path: str) -> list[Problem]:
    """Problems found in the trimmed list, with the events numbered and placed as in the file."""
    out = []
    for p in problems:
        n = event_of(p)
        assert n is not None
        real = kept[n]
        field = _EVENT.sub(f"events[{real}]", p.path, count=1)
        offset = locate(text, {("events", real)}).get(("events", real), 0)
        line, col = line_col(text, offset)
        out.append(Problem(path, line, col, field, p.message))
    return out
