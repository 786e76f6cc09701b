"""Damaged TimelineJS files: whatever the damage, the importers either open the file or
explain in TimelineFileError, never with another exception, and every event they give can
be saved in the app's own format and read back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.tljs_helpers import sheetfiles
from timeline_app.formats import TimelineFileError, registry, timelinejs_json
from timeline_app.formats.timeline_json import dumps_timeline, loads_timeline
from timeline_app.model.timeline import Timeline

SAMPLE_ROWS = [sheetfiles.HEADER, *sheetfiles.timeline_rows(12)]
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "-500",
            "1,815",
            "0",
            "13",
            "31",
            "3:30 pm",
            "25:00",
            "title",
            "era",
            "<p>x</p>",
            "javascript:x",
            "<blockquote>a</blockquote>",
            "#fff",
            "9" * 30,
            "1e400",
            " ",
        ]
    ),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "year",
                    "month",
                    "day",
                    "hour",
                    "start_date",
                    "end_date",
                    "text",
                    "headline",
                    "media",
                    "url",
                    "group",
                    "unique_id",
                    "background",
                    "display_date",
                    "title",
                    "events",
                    "eras",
                    "scale",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def opens_or_explains(path: Path) -> Timeline | None:
    load = timelinejs_json.load if path.suffix == ".json" else registry.open_any
    try:
        timeline = load(path)
    except TimelineFileError as err:
        assert all("\n" not in str(p) for p in err.problems)
        return None
    again = loads_timeline(dumps_timeline(timeline), "again.json")
    assert list(again.events) == list(timeline.events)
    return timeline


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, 12), st.integers(0, 17), CELLS), max_size=12),
    st.sampled_from(["csv", "xlsx", "ods"]),
)
def test_sheets_with_changed_cells(
    tmp_path: Path, changes: list[tuple[int, int, Any]], kind: str
) -> None:
    rows: list[list[Any]] = [list(r) for r in SAMPLE_ROWS]
    for r, c, value in changes:
        rows[r + 1 if r < 12 else 1][c] = value
    path = tmp_path / f"fuzz.{kind}"
    if kind == "csv":
        sheetfiles.write_csv(path, rows)
    elif kind == "xlsx":
        sheetfiles.write_xlsx(path, rows)
    else:
        sheetfiles.write_ods(path, rows)
    opens_or_explains(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300), st.sampled_from(["csv", "xlsx", "ods"]))
def test_sheets_cut_or_followed_by_bytes(tmp_path: Path, tail: bytes, kind: str) -> None:
    path = tmp_path / f"fuzz.{kind}"
    if kind == "csv":
        sheetfiles.write_csv(path, SAMPLE_ROWS)
    elif kind == "xlsx":
        sheetfiles.write_xlsx(path, SAMPLE_ROWS)
    else:
        sheetfiles.write_ods(path, SAMPLE_ROWS)
    data = path.read_bytes()
    path.write_bytes(data[: len(tail) * 7 % max(len(data), 1)] + tail)
    opens_or_explains(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(JSON_VALUES, max_size=5), st.sampled_from(["v3", "slides", "v2"]))
def test_json_of_any_shape(tmp_path: Path, events: list[Any], form: str) -> None:
    if form == "v3":
        doc: Any = {"title": {"text": {"headline": "T"}}, "events": events}
    elif form == "slides":
        doc = {"timeline": {"slides": events}}
    else:
        doc = {"timeline": {"headline": "T", "date": events, "era": events[:1]}}
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    opens_or_explains(path)
