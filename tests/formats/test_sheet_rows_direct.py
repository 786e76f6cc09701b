"""Plain event rows of a TimelineJS sheet are read straight into the timeline, without a
Slide each (timelinejs_sheet._Sheet.plain_row); every other row takes the general way. Both
ways must give the same timeline: the same events, eras, categories, title, description and
warnings, in the same order, for any sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.tljs_helpers import SAMPLES, sheetfiles
from timeline_app.formats import TimelineFileError, registry
from timeline_app.formats import timelinejs_sheet as sheet
from timeline_app.model.timeline import Timeline

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "hardening" / "corpus"
HEADERS = [*sheetfiles.HEADER, "Alt Text", "Tag", "Notes for class", ""]
# Columns that make every row of the sheet take the general way.
GENERAL_ONLY = ["Quote", "Speaker", "Source", "Locator", "Start Date"]
CELLS: dict[str, st.SearchStrategy[str]] = {
    "date": st.sampled_from(
        [
            "",
            "1815",
            "-500",
            "1,815",
            "0",
            "2017",
            "13",
            "12",
            "31",
            "29",
            "2",
            " 7 ",
            "x",
            "9" * 30,
        ]
    ),
    "time": st.sampled_from(["", "3:30 pm", "15:30", "1530", "25:00", "9 am", "15:30:12.5"]),
    "type": st.sampled_from(["", "", "", "title", "era", "Era ", "other"]),
    "text": st.one_of(
        st.sampled_from(
            ["", "A", "<p>x <a href='https://e.org/1'>y</a></p>", "\x80", "\u200b", "# h"]
        ),
        st.text(max_size=8),
    ),
}


def _strategy(header: str) -> st.SearchStrategy[str]:
    key = header.lower()
    if key in ("time", "end time"):
        return CELLS["time"]
    if key in ("year", "month", "day", "end year", "end month", "end day", "start date"):
        return CELLS["date"]
    if key == "type":
        return CELLS["type"]
    return CELLS["text"]


def read_both(path: Path) -> tuple[Timeline | str, Timeline | str]:
    """The file read as the app reads it, and with every row taking the general way (a
    refused file as its message)."""

    def read() -> Timeline | str:
        try:
            return registry.open_any(path)
        except TimelineFileError as err:
            return str(err)

    direct = read()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sheet._Sheet, "plain_row", lambda self, cells: False)
        general = read()
    return direct, general


def assert_same(direct: Timeline | str, general: Timeline | str) -> None:
    if isinstance(direct, str) or isinstance(general, str):
        assert direct == general
        return
    assert list(direct.events) == list(general.events)
    assert direct.eras == general.eras
    assert list(direct.categories) == list(general.categories)
    assert list(direct.sources) == list(general.sources)
    assert (direct.title, direct.description) == (general.title, general.description)
    assert direct.warnings == general.warnings


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), kind=st.sampled_from(["csv", "csv", "xlsx"]))
def test_generated_sheets_read_the_same_both_ways(
    tmp_path: Path, data: st.DataObject, kind: str
) -> None:
    header = data.draw(st.lists(st.sampled_from(HEADERS), max_size=12, unique=True), label="header")
    header.insert(data.draw(st.integers(0, len(header)), label="year at"), "Year")
    header = list(dict.fromkeys(header))
    if data.draw(st.integers(0, 9), label="general only") == 0:
        header.append(data.draw(st.sampled_from(GENERAL_ONLY), label="general only column"))
    row = st.tuples(*(_strategy(h) for h in header)).map(list)
    rows: list[list[Any]] = data.draw(st.lists(row, max_size=8), label="rows")
    path = tmp_path / f"sheet.{kind}"
    if kind == "csv":
        sheetfiles.write_csv(path, [header, *rows])
    else:
        sheetfiles.write_xlsx(path, [header, *rows])
    direct, general = read_both(path)
    assert_same(direct, general)


def test_most_rows_of_the_benchmark_sheet_take_the_direct_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows of benchmarks/sheetfiles.py (dates, times of day, ends, HTML text, media,
    groups) are all plain: none is made a Slide, and the timeline is the same as the
    general way's."""
    path = tmp_path / "sheet.csv"
    sheetfiles.write_csv(path, [sheetfiles.HEADER, *sheetfiles.timeline_rows(400)])
    direct, general = read_both(path)
    assert_same(direct, general)
    assert isinstance(direct, Timeline) and len(direct) == 400
    slides: list[int] = []
    real = sheet._Sheet.slide

    def counting(self: sheet._Sheet, r: sheet.Row) -> object:
        slides.append(r.number)
        return real(self, r)

    monkeypatch.setattr(sheet._Sheet, "slide", counting)
    registry.open_any(path)
    assert slides == []


def test_rows_that_are_not_plain_take_the_general_way_in_their_place(tmp_path: Path) -> None:
    """A title, an era, a bad year, an end before its start, Group beside Tag and a time
    with fractions of a second, among plain rows: each is read by the general way, warned
    about at its row, and the events keep the sheet's order where they tie."""
    header = ["Year", "Month", "Time", "End Year", "Headline", "Type", "Group", "Tag", "Extra"]
    rows = [
        ["", "", "", "", "The title", "title", "", "", ""],
        ["1900", "", "", "", "A", "", "G", "", "x"],
        ["1900", "", "", "1950", "An era", "era", "", "", ""],
        ["19x0", "", "", "", "Bad", "", "", "", ""],
        ["1900", "", "", "1800", "Backwards", "", "", "", ""],
        ["1900", "", "", "", "B", "", "G", "T", ""],
        ["1900", "9", "10:00:01.5", "", "C", "", "", "", ""],
        ["1900", "", "", "1900", "D", "", "", "", ""],
    ]
    path = tmp_path / "mixed.csv"
    sheetfiles.write_csv(path, [header, *rows])
    direct, general = read_both(path)
    assert_same(direct, general)
    assert isinstance(direct, Timeline)
    assert [e.title for e in direct.events] == ["A", "B", "D", "C"]
    assert direct.title == "The title" and [e.title for e in direct.eras] == ["An era"]
    assert len(direct.warnings) == 2


SHEETS = sorted(
    p
    for folder in (SAMPLES, CORPUS)
    if folder.exists()
    for p in folder.rglob("*")
    if p.suffix in (".csv", ".xlsx", ".ods")
)


@pytest.mark.parametrize("path", SHEETS, ids=lambda p: p.name)
def test_every_sample_sheet_reads_the_same_both_ways(path: Path) -> None:
    direct, general = read_both(path)
    assert_same(direct, general)


def test_each_distinct_date_of_a_sheet_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A class's sheet has many events on the same dates: 3,000 rows on 3 dates (one with
    an end) read the date cells 4 times, not 3,000."""
    header = ["Year", "Month", "Day", "End Year", "Headline"]
    dates = [["1914", "7", "28", ""], ["1918", "11", "", ""], ["1939", "", "", "1945"]]
    rows = [[*dates[i % 3], f"Event {i}"] for i in range(3000)]
    path = tmp_path / "same-dates.csv"
    sheetfiles.write_csv(path, [header, *rows])
    reads: list[str] = []
    real = sheet.read_point

    def counting(d: Any, prefix: str = "", **kw: Any) -> Any:
        reads.append(prefix + d.year)
        return real(d, prefix, **kw)

    monkeypatch.setattr(sheet, "read_point", counting)
    timeline = registry.open_any(path)
    assert len(timeline) == 3000
    assert sorted(reads) == ["1914", "1918", "1939", "end_1945"]
