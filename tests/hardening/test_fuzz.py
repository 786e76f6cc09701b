"""Mutated files: whatever the damage, the loader either loads or explains, and quickly.

The mutations are the ones files suffer: a character changed, deleted or doubled, a slice cut
out or pasted twice, a value's quotes lost, the end cut off. Also see fuzz_atheris.py for a
coverage-guided run (optional; atheris is not a test dependency).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats.timeline_json import EVENT_FIELDS
from timeline_app.model.timeline import Timeline

BUNDLED = (Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json").read_text(
    encoding="utf-8"
)
PROBLEM = re.compile(r"^<fuzz>:\d+:\d+: [^\n]+: .+$")
NASTY = [
    "\\",
    '"',
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "0",
    "-",
    "e",
    "\u0000",
    "\ud800",
    "\ufeff",
    "𝄞",
    "\n",
    "NaN",
    "1e999",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = BUNDLED
    for _ in range(draw(st.integers(1, 4))):
        n = len(text)
        if n == 0:
            break
        i = draw(st.integers(0, n - 1))
        j = min(n, i + draw(st.integers(0, 200)))
        kind = draw(
            st.sampled_from(["delete", "insert", "replace", "duplicate", "truncate", "swap"])
        )
        if kind == "delete":
            text = text[:i] + text[j:]
        elif kind == "insert":
            text = text[:i] + draw(st.sampled_from(NASTY) | st.text(max_size=8)) + text[i:]
        elif kind == "replace":
            text = text[:i] + draw(st.sampled_from(NASTY)) + text[i + 1 :]
        elif kind == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif kind == "truncate":
            text = text[:i]
        else:
            k = min(n, j + (j - i))
            text = text[:i] + text[j:k] + text[i:j] + text[k:]
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_mutated_file_loads_or_gives_the_documented_error_quickly(text: str) -> None:
    start = time.perf_counter()
    try:
        result = loads_timeline(text, "<fuzz>")
    except TimelineFileError as err:
        for problem in err.problems:
            assert PROBLEM.match(str(problem)), str(problem)
            lines = text.count("\n") + 1
            assert 1 <= problem.line <= lines and problem.column >= 1
    else:
        assert isinstance(result, Timeline)
        for event in result.events:
            assert event.title and event.id
    assert time.perf_counter() - start < 2.0


@settings(max_examples=150, deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
))  # fmt: skip
def test_any_json_value_in_any_field_is_explained(value: object) -> None:
    """Put an arbitrary JSON value into each field of an event: a clear error or a load."""
    doc = json.loads(BUNDLED)
    for key in EVENT_FIELDS:  # every field an event may have
        event = dict(doc["events"][0])
        event[key] = value
        trial = dict(doc, events=[event, *doc["events"][1:]])
        try:
            loads_timeline(json.dumps(trial, ensure_ascii=False), "<fuzz>")
        except TimelineFileError as err:
            assert all(PROBLEM.match(str(p)) for p in err.problems)
