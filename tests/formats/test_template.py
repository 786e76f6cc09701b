"""The spreadsheet template: a TimelineJS sheet with quote columns, filled with the bundled
lesson, as CSV and as .xlsx."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from timeline_app.formats import load_timeline
from timeline_app.formats.template import (
    COLUMNS,
    TIMELINEJS_COLUMNS,
    csv_bytes,
    timeline_rows,
    write_template,
    xlsx_bytes,
)
from timeline_app.model import Timeline

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json")


def test_rows_hold_every_event_and_every_quote(bundled: Timeline) -> None:
    rows = timeline_rows(bundled)
    assert rows[0] == list(COLUMNS)
    assert COLUMNS[: len(TIMELINEJS_COLUMNS)] == TIMELINEJS_COLUMNS
    col = {name: k for k, name in enumerate(COLUMNS)}
    assert rows[1][col["Type"]] == "title" and rows[1][col["Headline"]] == bundled.title
    events = [r for r in rows[2:] if r[col["Headline"]]]
    assert [r[col["Headline"]] for r in events] == [e.title for e in bundled.events]
    quotes = [r[col["Quote"]] for r in rows[2:] if r[col["Quote"]]]
    assert quotes == [q.text for e in bundled.events for q in e.quotes]
    g20 = next(r for r in events if r[col["Headline"]] == "G20 summit in Hamburg")
    assert [g20[col[c]] for c in ("Year", "Month", "Day", "End Year", "End Month", "End Day")] == [
        "2017",
        "7",
        "7",
        "2017",
        "7",
        "8",
    ]
    assert g20[col["Group"]] == "Summits & meetings"
    second = bundled.get("white-house-lavrov-2017-05-10").quotes[1]  # type: ignore[union-attr]
    more = next(r for r in rows if r[col["Quote"]] == second.text)
    assert not more[col["Headline"]] and not more[col["Year"]]  # a continuation row
    assert more[col["Locator"]] == second.locator and more[col["Locator"]].startswith("¶")
    assert (
        more[col["Source"]]
        == "Putin and Trump Establish Bilateral Channel to Move Forward, Valdai Discussion Club (valdaiclub.com), 2017"
    )


def test_csv_is_written_as_spreadsheet_programs_write_it(bundled: Timeline) -> None:
    data = csv_bytes(timeline_rows(bundled))
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    text = data[3:].decode("utf-8")
    assert "\r\n" in text
    assert list(csv.reader(io.StringIO(text, newline=""))) == timeline_rows(bundled)


def test_xlsx_holds_the_same_cells(bundled: Timeline, tmp_path: Path) -> None:
    rows = timeline_rows(bundled)
    path = tmp_path / "template.xlsx"
    write_template(path, bundled)
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        assert {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} <= names
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    read: list[list[str]] = []
    for row in sheet.iterfind(".//m:sheetData/m:row", NS):
        cells = [""] * len(COLUMNS)
        for c in row.iterfind("m:c", NS):
            ref = c.get("r", "")
            letters = "".join(ch for ch in ref if ch.isalpha())
            k = 0
            for ch in letters:
                k = k * 26 + ord(ch) - 64
            cells[k - 1] = "".join(t.text or "" for t in c.iterfind(".//m:t", NS))
        read.append(cells)
    assert read == rows
    assert xlsx_bytes(rows) == xlsx_bytes(rows)  # the same sheet for the same rows
