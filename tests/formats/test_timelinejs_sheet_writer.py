"""Writing a timeline back as a TimelineJS sheet: a sheet read, written and read again is the
same timeline, and a timeline holding what a sheet cannot carry is refused with the list."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.formats.tljs_helpers import SAMPLES
from timeline_app.formats import TimelineFileError
from timeline_app.formats import timelinejs_sheet as reader
from timeline_app.formats import timelinejs_sheet_writer as writer
from timeline_app.model.timeline import Category, Event, Media, Quote, Source, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

HEADER = list(writer.HEADER)


def shape(t: Timeline) -> dict[str, Any]:
    """Everything a person sees of a timeline: all but the ids the reader makes anew."""
    label = {c.id: c.label for c in t.categories}
    return {
        "title": t.title,
        "description": t.description,
        "categories": [(c.label, c.color) for c in t.categories],
        "eras": list(t.eras),
        "sources": list(t.sources),
        "events": [
            (replace(e, id="", category=label.get(e.category, e.category)), label.get(e.category))
            for e in t.events
        ],
    }


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def round_trip(tmp_path: Path, first: Timeline) -> Timeline:
    assert writer.losses(first) == []
    out = tmp_path / "back.csv"
    writer.write_sheet(first, out)
    return reader.load(out)


def sheet_samples() -> list[Path]:
    found = sorted(p for ext in ("csv", "xlsx", "ods") for p in SAMPLES.rglob(f"*.{ext}"))
    return found or [SAMPLES / "missing.csv"]


@pytest.mark.parametrize("path", sheet_samples(), ids=lambda p: p.name)
def test_every_sample_sheet_that_opens_reads_back_the_same(tmp_path: Path, path: Path) -> None:
    if not path.exists():
        pytest.skip("the shared samples are not here")
    try:
        first = reader.load(path)
    except TimelineFileError:
        pytest.skip("this sample does not open")
    again = round_trip(tmp_path, first)
    assert shape(again) == shape(first)
    assert len(again) == len(first) > 0


def test_a_sheet_of_every_column_reads_back_the_same(tmp_path: Path) -> None:
    rows = [
        [*HEADER, "Teacher's note"],
        ["", "", "", "", "", "", "", "", "", "Cold War", "<p>Intro &amp; more</p><p>Two</p>",
         "", "", "", "", "", "title", "", "", ""],
        ["1961", "8", "13", "", "1989", "11", "9", "", "", "Berlin Wall", "*Built* overnight",
         "https://example.org/wall.jpg", "AP", "The wall", "", "A wall", "", "Germany",
         "#333", "ask about 1953"],
        ["-44", "3", "15", "", "", "", "", "", "Ides of March", "Caesar < Brutus", "", "", "",
         "", "", "", "", "Rome", "https://example.org/bg.jpg", ""],
        ["1962", "10", "16", "9:30", "1962", "10", "28", "17:45", "", "Cuban crisis", "", "",
         "", "", "", "", "", "Germany", "", ""],
        ["1962", "10", "16", "9:30", "", "", "", "", "", "Same instant", "", "", "", "", "",
         "", "", "", "", ""],
        ["1947", "", "", "", "1991", "", "", "", "", "The Cold War", "", "", "", "", "", "",
         "era", "", "", ""],
    ]  # fmt: skip
    first = reader.load(write_csv(tmp_path / "in.csv", rows))
    assert len(first) == 4 and len(first.eras) == 1 and first.title == "Cold War"
    again = round_trip(tmp_path, first)
    assert shape(again) == shape(first)
    # Rows in time order but where the groups' order needs otherwise (Germany, met first in
    # the sheet, stays the first category though Rome's event is earlier); BCE years as
    # TimelineJS writes them.
    text = (tmp_path / "back.csv").read_text(encoding="utf-8")
    assert text.index("Berlin Wall") < text.index("Ides of March") < text.index("Cuban crisis")
    assert "\n-44,3,15," in text and "Teacher's note" in text.splitlines()[0]


def test_groups_first_met_out_of_time_order_keep_the_categories_order(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["1900", "", "", "", "", "", "", "", "", "Late B", "", "", "", "", "", "", "", "B", ""],
        ["1800", "", "", "", "", "", "", "", "", "Early A", "", "", "", "", "", "", "", "A", ""],
        ["1700", "", "", "", "", "", "", "", "", "Earlier B", "", "", "", "", "", "", "", "B", ""],
    ]  # fmt: skip
    first = reader.load(write_csv(tmp_path / "in.csv", rows))
    assert [c.label for c in first.categories] == ["B", "A"]
    again = round_trip(tmp_path, first)
    assert shape(again) == shape(first)


def event(title: str, **kw: Any) -> Event:
    return Event(title.lower().replace(" ", "-"), title, TimePoint(1789, 7, 14), **kw)


def test_a_timeline_with_what_a_sheet_cannot_carry_is_refused_with_the_list(
    tmp_path: Path,
) -> None:
    source = Source("s", "Letters", "Penguin", 1990)
    t = Timeline(
        [
            event("Bastille", category="fr", quotes=(Quote("Liberty!", source, "p. 3"),)),
            event("Estates", category="fr", location="Versailles", notes="Check this"),
            event("Tennis court", category="fr", media=(Media("a.png"), Media("b.png"))),
        ],
        categories=[Category("fr", "France", "#ff0000"), Category("uk", "Britain")],
        sources=[source],
    )
    lost = writer.losses(t)
    joined = "\n".join(lost)
    for words in ("quotes (‘Bastille’)", "sources (‘Letters’)", "places (‘Estates’)",
                  "notes (‘Estates’)", "more than one picture", "category colours (‘France’)",
                  "categories without events (‘Britain’)"):  # fmt: skip
        assert words in joined
    out = tmp_path / "refused.csv"
    out.write_text("as it was", encoding="utf-8")
    with pytest.raises(writer.WouldLose) as refused:
        writer.write_sheet(t, out)
    assert refused.value.losses == tuple(lost)
    assert out.read_text(encoding="utf-8") == "as it was"


def test_a_time_zone_and_a_precision_of_its_own_are_losses() -> None:
    zoned = TimePoint(1789, 7, 14, 10, 0, 0, offset_minutes=60, precision=Precision.MINUTE)
    t = Timeline(
        [
            Event("a", "Zoned", zoned, precision=Precision.MINUTE),
            Event("b", "Coarse", TimePoint(1789, 7, 14), precision=Precision.MONTH),
        ]
    )
    assert writer.losses(t) == [
        "dates the sheet writes differently (a time zone, or a precision of its own) "
        "(‘Zoned’, ‘Coarse’)"
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx", "ods"])
def test_a_generated_sheet_of_many_kinds_of_rows_reads_back_the_same(
    tmp_path: Path, kind: str
) -> None:
    """Years BCE, months, days, times of day, ends, HTML text with links, media, groups: a
    workbook too reads back the same from the CSV written for it."""
    from tests.formats.tljs_helpers import sheetfiles

    path = tmp_path / f"made.{kind}"
    rows = sheetfiles.timeline_rows(400)
    if kind == "csv":
        sheetfiles.write_csv(path, [sheetfiles.HEADER, *rows])
    elif kind == "xlsx":
        sheetfiles.write_xlsx(path, [sheetfiles.HEADER, *rows])
    else:
        sheetfiles.write_ods(path, [sheetfiles.HEADER, *rows])
    first = reader.load(path)
    assert len(first) == 400 and not first.warnings
    assert shape(round_trip(tmp_path, first)) == shape(first)
