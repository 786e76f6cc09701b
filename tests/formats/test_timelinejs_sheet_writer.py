"""Writing a timeline back as a TimelineJS sheet: a sheet read, written and read again is the
same timeline, and a timeline holding what a sheet cannot carry is refused with the list."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    source = Source("s", "Letters", "Penguin", 1990, url="https://example.org/letters")
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
    for words in ("sources the sheet cannot name as they are (an author, an address, a note, a "
                  "full text, a title with commas, or no quote citing them) (‘Letters’)",
                  "places (‘Estates’)",
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


# --- quotes ---------------------------------------------------------------------------------

QUOTED = [*HEADER, "Quote", "Speaker", "Source", "Locator"]


def quoted_row(year: str, headline: str, *quote: str) -> list[str]:
    row = [""] * len(HEADER)
    row[0], row[HEADER.index("Headline")] = year, headline
    return row + list(quote or ("", "", "", ""))


def more_quote(*quote: str) -> list[str]:
    return [""] * len(HEADER) + list(quote)


def test_a_sheet_with_quotes_reads_back_the_same(tmp_path: Path) -> None:
    """One quote, several under one event (continuation rows), sources cited as 'Title',
    'Title, Year' and 'Title, Publisher, Year' (a publisher with a comma too)."""
    rows = [
        QUOTED,
        quoted_row("1858", "House Divided", "A house divided against itself cannot stand", "",
                   "Illinois State Journal, 1858", "¶4"),
        quoted_row("1860", "Cooper Union"),
        quoted_row("1863", "Gettysburg Address", "Four score and seven years ago",
                   "Abraham Lincoln", "Collected Works, Rutgers, New Brunswick, 1953", "vol. 7"),
        more_quote("government of the people, by the people", "Abraham Lincoln",
                   "Collected Works, Rutgers, New Brunswick, 1953", "vol. 7, p. 23"),
        more_quote("“The world will little note”,\r\nnor long remember", "", "Speeches", "p. 2"),
        quoted_row("1865", "Second Inaugural", "With malice toward none", "Abraham Lincoln",
                   "Collected Works, Rutgers, New Brunswick, 1953", "vol. 8"),
    ]  # fmt: skip
    first = reader.load(write_csv(tmp_path / "in.csv", rows))
    assert not first.warnings and [len(e.quotes) for e in first.events] == [1, 0, 3, 1]
    assert len(first.sources) == 3
    again = round_trip(tmp_path, first)
    assert shape(again) == shape(first)
    assert [s.id for s in again.sources] == [s.id for s in first.sources]
    with open(tmp_path / "back.csv", encoding="utf-8", newline="") as fh:
        written = list(csv.reader(fh))
    assert written[0][-4:] == ["Quote", "Speaker", "Source", "Locator"]
    # The further quotes of an event on rows of their own, with only the quote cells.
    assert [r[-4] for r in written[3:6]] == [
        "Four score and seven years ago",
        "government of the people, by the people",
        "“The world will little note”,\r\nnor long remember",
    ]
    assert not any(written[4][: len(HEADER)]) and not any(written[5][: len(HEADER)])


def test_the_apps_own_template_with_quotes_is_written_back_the_same(
    tmp_path: Path, bundled_path: Path
) -> None:
    from timeline_app.formats import load_timeline
    from timeline_app.formats.template import write_template

    path = tmp_path / "lesson.csv"
    write_template(path, load_timeline(bundled_path))
    first = reader.load(path)
    assert sum(len(e.quotes) for e in first.events) > len(first) > 0
    assert shape(round_trip(tmp_path, first)) == shape(first)


def test_a_quote_made_in_the_app_is_written_into_the_quote_columns(tmp_path: Path) -> None:
    rows = [HEADER, ["1789", "7", "14", "", "", "", "", "", "", "Bastille", "", "", "", "", "",
                     "", "", "France", ""]]  # fmt: skip
    first = reader.load(write_csv(tmp_path / "in.csv", rows))
    letters = Source("new-source", "Letters", "Penguin", 1990)
    (e,) = first.events
    edited = Timeline(
        [replace(e, quotes=(Quote("Liberty!", letters, "p. 3", "Camille Desmoulins"),))],
        title=first.title,
        categories=first.categories,
        sources=[letters],
    )
    again = round_trip(tmp_path, edited)
    (back,) = again.events
    (quote,) = back.quotes
    assert (quote.text, quote.speaker, quote.locator) == ("Liberty!", "Camille Desmoulins", "p. 3")
    assert quote.citation() == "Letters, Penguin, 1990, p. 3"
    assert [(s.title, s.publisher, s.year) for s in again.sources] == [("Letters", "Penguin", 1990)]


def test_what_the_quote_columns_cannot_carry_is_named(tmp_path: Path) -> None:
    """A source's author and address, a quote that could not be cited (no locator), a
    source that no quote cites, a title whose commas would be read as a publisher."""
    cited = Source("w", "Works", "Rutgers", 1953, author="A. Lincoln", url="https://example.org")
    commas = Source("c", "Letters, 1902")  # read as the title 'Letters' of 1902
    unused = Source("u", "Never cited")
    t = Timeline(
        [
            event("Gettysburg", quotes=(Quote("Four score", cited, "p. 1"),)),
            event("Uncited", quotes=(Quote("No place", Source("p", "Plain"), ""),)),
            event("Commas", quotes=(Quote("All is well", commas, "p. 9"),)),
        ],
        sources=[cited, Source("p", "Plain"), commas, unused],
    )
    lost = writer.losses(t)
    assert lost == [
        "quotes the sheet reads differently (with no source or locator, or blank) "
        "(‘Uncited’, ‘Commas’)",
        "sources the sheet cannot name as they are (an author, an address, a note, a full "
        "text, a title with commas, or no quote citing them) (‘Works’, ‘Plain’, "
        "‘Letters, 1902’ and 2 more)",
    ]
    out = tmp_path / "refused.csv"
    with pytest.raises(writer.WouldLose):
        writer.write_sheet(t, out)
    assert not out.exists()


# --- what makes the check fast --------------------------------------------------------------


@given(
    t0=st.integers(-(10**12), 10**12),
    precision=st.sampled_from(list(Precision)),
    offset=st.sampled_from([0, 0, 0, 60, -330]),
    coarse=st.booleans(),
)
def test_the_cells_of_a_start_are_what_the_reader_reads_back(
    t0: int, precision: Precision, offset: int, coarse: bool
) -> None:
    """start_cells, found from the columns without parsing, agrees with writing the start
    and reading it back by the reader's own rules."""
    from timeline_app.model.timeline import point_at, start_code

    if coarse:  # a start on the first instant of its day, as most are
        t0 -= t0 % 86400
    point = point_at(t0, precision, offset)
    cells = writer.date_cells(point)
    expected = cells if writer.reads_as(cells) == point else None
    assert writer.start_cells(point.start_seconds, start_code(precision, offset)) == expected


LINE_TEXT = st.text(
    alphabet=st.sampled_from(list("ab -+*_<>&#[]`\t\n\u00a0\u200b\u3000é")), max_size=8
)


@given(st.lists(LINE_TEXT, max_size=6))
def test_a_title_taken_as_its_own_cell_is_one(texts: list[str]) -> None:
    """What plain_lines lets through without the parsers is exactly its own headline cell
    and not blank; looked at one by one, the same answer."""
    from timeline_app.model.text import is_blank

    found = writer.plain_lines(texts)
    assert found == [writer.is_plain_line(t) for t in texts]
    for text, plain_one in zip(texts, found, strict=True):
        if plain_one:
            assert writer.line_cell(text) == text and not is_blank(text)
            assert writer.text_cell(text) == text


def test_the_check_makes_no_event_and_parses_no_plain_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads the timeline's columns: no Event is made, no date is parsed but an
    end's, and a plain title or text is not read back through plain() at all."""
    from tests.formats.tljs_helpers import sheetfiles
    from timeline_app.formats import timelinejs_common

    rows = sheetfiles.timeline_rows(3000)
    for r in rows:
        r[10] = f"What happened to {r[9]}."  # plain text, no markup
    sheetfiles.write_csv(tmp_path / "plain.csv", [sheetfiles.HEADER, *rows])
    t = reader.load(tmp_path / "plain.csv")
    ends = len(t.columns.ends)
    calls = {"plain": 0, "read_point": 0}

    def counted(name: str, real: Any) -> Any:
        def call(*a: Any, **kw: Any) -> Any:
            calls[name] += 1
            return real(*a, **kw)

        return call

    monkeypatch.setattr(writer, "plain", counted("plain", writer.plain))
    monkeypatch.setattr(timelinejs_common, "read_point", counted("read_point", writer.read_point))
    monkeypatch.setattr(writer, "read_point", counted("read_point", writer.read_point))
    writer.text_cell.cache_clear()
    writer.line_cell.cache_clear()
    writer._reads_as.cache_clear()

    def no_event(*_a: Any) -> Any:
        raise AssertionError("an Event was made")

    monkeypatch.setattr(Timeline, "event", no_event)
    assert writer.losses(t) == []
    assert ends > 0 and calls["read_point"] <= ends
    assert calls["plain"] <= 5  # the group names


QUOTE_TEXT = st.text(alphabet=st.sampled_from(list("ab ,1\n\t\x00\u200b\u3000é")), max_size=6)
QUOTE_PARTS = st.tuples(
    QUOTE_TEXT, QUOTE_TEXT, QUOTE_TEXT, QUOTE_TEXT, QUOTE_TEXT, st.sampled_from([None, 1953, -44])
)


@given(st.lists(QUOTE_PARTS, max_size=4))
def test_a_quote_taken_as_its_own_cells_reads_back_as_the_reader_reads_it(
    quotes: list[tuple[str, str, str, str, str, int | None]],
) -> None:
    """The quick way of the check (cells that are their own text) agrees with the reader's
    own quote(), quote by quote and in the sources it makes."""
    quick, slow = writer._Quotes(), writer._Quotes()
    for text, speaker, locator, title, publisher, year in quotes:
        q = Quote(text, Source("s", title, publisher, year), locator, speaker)
        cells, same = quick.row(q)
        assert same == slow.read_back(q, writer.source_cell(q.source))
        assert cells == [text, speaker, writer.source_cell(q.source), locator]
    assert quick.read_sources() == slow.read_sources()
