"""TimelineJS sheets (CSV, .xlsx, .ods): the shared samples, TimelineJS's rules, the quote
template, problems in one row and in the whole file, and the round trip through the app's
own format."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.formats.tljs_helpers import sample, sheetfiles
from timeline_app.formats import TimelineFileError, registry, timeline_json
from timeline_app.formats import timelinejs_sheet as sheet
from timeline_app.formats.timeline_json import LoadCancelled, dumps_timeline, loads_timeline
from timeline_app.model import timepoint
from timeline_app.model.timeline import Timeline
from timeline_app.model.timepoint import Precision, TimePoint

HEADER = sheetfiles.HEADER


def write(tmp_path: Path, rows: list[list[str]], name: str = "sheet.csv", **kw: str) -> Path:
    """A CSV as Google Sheets writes it (CRLF line ends, quotes where needed)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator=kw.get("newline", "\r\n"), delimiter=kw.get("sep", ","))
    for row in rows:
        w.writerow(row)
    path = tmp_path / name
    path.write_bytes(kw.get("bom", "").encode() + out.getvalue().encode("utf-8"))
    return path


def row(**cells: str) -> list[str]:
    """A row of the standard template, cells named by their header without spaces."""
    names = {h.replace(" ", "").lower(): k for k, h in enumerate(HEADER)}
    out = [""] * len(HEADER)
    for key, value in cells.items():
        out[names[key.replace("_", "").lower()]] = value
    return out


def load(path: Path) -> Timeline:
    timeline = registry.open_any(path)
    assert timeline.format_name == "TimelineJS sheet"
    return timeline


def warnings(timeline: Timeline) -> list[str]:
    return [w.for_people() for w in timeline.warnings]  # type: ignore[attr-defined]


def same_after_round_trip(timeline: Timeline) -> None:
    again = loads_timeline(dumps_timeline(timeline), "again.json")
    assert list(again.events) == list(timeline.events)
    assert again.eras == timeline.eras
    assert [c for c in again.categories] == [c for c in timeline.categories]
    assert (again.title, again.description) == (timeline.title, timeline.description)


# --- the shared samples ---------------------------------------------------------------------


def test_women_in_computing_csv_every_event_with_its_dates_media_and_title() -> None:
    timeline = load(sample("contrib/women_in_computing.csv"))
    assert len(timeline) == 10
    assert warnings(timeline) == []
    assert timeline.title == "Women in Computing"
    assert timeline.description.startswith("In this sample timeline, we'll walk you through")
    assert "Background image: https://upload.wikimedia.org/wikipedia/commons/1/17/" in (
        timeline.description
    )
    ada = timeline.get("ada-lovelace")
    assert ada is not None
    assert ada.start == TimePoint(1815, 12, 10, precision=Precision.DAY)
    assert ada.end == TimePoint(1852, 11, 27, precision=Precision.DAY)
    assert ada.summary.startswith(
        "Women have been programming since before it was a thing. Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace):"
    )
    (media,) = ada.media
    assert media.url.endswith("/713px-Ada_Lovelace_portrait.jpg")
    assert media.credit == "Wikimedia Commons"
    assert (
        media.caption
        == "Portrait by Alfred Edward Chalon (https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg)"
    )
    # Year and month only, ending at a bare year: July 1943 to 1946, each to its precision.
    eniac = timeline.get("and-the-women-who-made-it-work")
    assert eniac is not None
    assert eniac.start == TimePoint(1943, 7, precision=Precision.MONTH)
    assert eniac.end == TimePoint(1946, precision=Precision.YEAR)
    assert eniac.date_text() == "July 1943 – 1946"
    assert (
        eniac.media[0].credit
        == "Computer History Museum (https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg)"
    )
    assert (
        "Background image: https://upload.wikimedia.org/wikipedia/commons/c/cd/ARL_ENIAC_02.png"
        in eniac.notes
    )
    # A block quote written into the Media cell: an embed whose caption is its text.
    clarke = timeline.get("edith-clarke-bucking-the-trend")
    assert clarke is not None
    (quote,) = clarke.media
    assert quote.kind == "embed" and quote.url.startswith("<blockquote>There is no demand")
    assert quote.caption.startswith("> There is no demand for women engineers")
    assert "Edith Clarke, first female professor" in quote.caption
    rozsa = timeline.get("rozsa-peter-writes-recursion")
    assert rozsa is not None and rozsa.title == "Rózsa Péter writes recursion"
    assert rozsa.date_text() == "1951" and rozsa.precision is Precision.YEAR
    assert [e.title for e in timeline.events][-1] == '"The Mother of the Internet"'
    same_after_round_trip(timeline)


def test_cdil_template_times_of_day_relative_media_and_markdown_links() -> None:
    timeline = load(sample("thecdil-timelinejs-template/_data/demo-timeline.csv"))
    assert len(timeline) == 4
    assert warnings(timeline) == []
    assert timeline.title == "TimelineJS Template Example"
    assert timeline.description.startswith(
        "timelinejs-template (https://github.com/thecdil/timelinejs-template) is basic Jekyll"
    )
    assert (
        "Title media: https://knightlab.northwestern.edu/assets/logo-knightlab-stacked-dark.png (Knightlab TimelineJS)"
        in timeline.description
    )
    first, second, game, radio = timeline.events
    assert first.start == TimePoint(1910, precision=Precision.YEAR)
    assert first.media[0].url == "demo_001.jpg" and first.media[0].resolved_kind == "image"
    assert first.media[0].credit.startswith(
        "Northwest Historical Postcards Collection (https://www.lib.uidaho.edu/digital/postcards/), PG 9"
    )
    assert second.media[0].resolved_kind == "document"
    assert game.start == TimePoint(1925, 10, 30, 14, 30, precision=Precision.MINUTE)
    assert game.media[0].resolved_kind == "video"
    assert radio.media[0].url == "demo_003.mp3" and radio.media[0].resolved_kind == "audio"
    same_after_round_trip(timeline)


# --- TimelineJS's rules ---------------------------------------------------------------------


def test_negative_years_are_bce_as_timelinejs_shows_them(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            HEADER,
            row(year="-500", headline="Five hundred BCE"),
            row(year="-1", headline="One BCE"),
            row(year="-44", month="3", day="15", headline="Ides of March"),
            row(year="-490", end_year="-479", headline="Persian Wars"),
        ],
    )
    timeline = load(path)
    by_title = {e.title: e for e in timeline.events}
    assert by_title["Five hundred BCE"].start == TimePoint(-499, precision=Precision.YEAR)
    assert by_title["Five hundred BCE"].date_text() == "500 BCE"
    assert by_title["One BCE"].date_text() == "1 BCE"
    assert by_title["Ides of March"].date_text() == "15 March 44 BCE"
    assert by_title["Persian Wars"].date_text() == "490 BCE–479 BCE"


def test_years_with_spaces_and_commas_and_times_as_timelinejs_reads_them(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            HEADER,
            row(year=" 1,815 ", headline="Commas"),
            row(year="1925", month="10", day="30", time="3:30 pm", headline="pm"),
            row(year="1925", month="10", day="30", time="1530", headline="digits"),
            row(year="1925", month="10", day="30", time="15.30", headline="dot"),
            row(year="1925", month="10", day="30", time="12 am", headline="midnight"),
            row(year="1925", month="10", day="30", time="9:05:30", headline="seconds"),
        ],
    )
    timeline = load(path)
    assert warnings(timeline) == []
    by_title = {e.title: e for e in timeline.events}
    assert by_title["Commas"].start == TimePoint(1815, precision=Precision.YEAR)
    for title in ("pm", "digits", "dot"):
        assert by_title[title].start == TimePoint(1925, 10, 30, 15, 30, precision=Precision.MINUTE)
    assert by_title["midnight"].start.hour == 0
    assert (by_title["seconds"].start.minute, by_title["seconds"].start.second) == (5, 30)


def test_title_era_rows_and_groups(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            HEADER,
            row(headline="<b>My</b> timeline", text="<p>One.</p><p>Two.</p>", type="title"),
            row(year="1914", end_year="1918", headline="The Great War", type="era"),
            row(year="1914", month="7", day="28", headline="War declared", group="Europe"),
            row(year="1917", headline="Revolution", group=" Russia", background="#ff0000"),
            row(year="1918", month="11", day="11", headline="Armistice", group="Europe"),
            row(year="1919", headline="A second title", type="title"),
        ],
    )
    timeline = load(path)
    assert timeline.title == "My timeline"
    assert timeline.description == "One.\n\nTwo."
    (era,) = timeline.eras
    assert (era.title, era.date_text()) == ("The Great War", "1914–1918")
    assert [(c.id, c.label) for c in timeline.categories][:2] == [
        ("europe", "Europe"),
        ("russia", "Russia"),
    ]
    assert timeline.get("revolution").category == "russia"  # type: ignore[union-attr]
    assert timeline.get("revolution").notes == "Background: #ff0000"  # type: ignore[union-attr]
    assert timeline.get("a-second-title") is not None
    assert warnings(timeline) == [
        "Row 7, column Type: a second title row: read as an event, as TimelineJS does"
    ]
    same_after_round_trip(timeline)


def test_header_text_found_whatever_its_spaces_case_and_order(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            ["  HEADLINE ", "year", "End  Year", "Notes for teacher", "tag"],
            ["Magna Carta", "1215", "", "Ask about King John", "England"],
        ],
        bom="\ufeff",
        sep=";",
        newline="\n",
    )
    (event,) = load(path).events
    assert (event.title, event.start.year, event.category) == ("Magna Carta", 1215, "england")
    assert event.notes == "Notes for teacher: Ask about King John"  # TimelineJS ignores it


def test_old_start_date_and_end_date_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            ["Start Date", "End Date", "Headline", "Text", "Tag"],
            ["1990,4,1", "", "Commas", "", ""],
            ["6/5/1943", "8/15/1945", "Slashes", "", ""],
            ["1969-07-20", "", "ISO", "", ""],
            ["June 1943", "", "Words", "", ""],
        ],
    )
    timeline = load(path)
    by_title = {e.title: e for e in timeline.events}
    assert by_title["Commas"].start == TimePoint(1990, 4, 1)
    assert by_title["Slashes"].date_text() == "5 June 1943 – 15 August 1945"
    assert by_title["ISO"].start == TimePoint(1969, 7, 20)
    assert warnings(timeline) == [
        "Row 5, column Start Date: 'June 1943' is not a date (write 1943-06-05, 6/5/1943 or 1943)"
    ]


# --- problems in one row, and with the whole file -----------------------------------------------


def test_a_row_with_a_bad_year_is_left_out_and_named_the_rest_opens(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            HEADER,
            row(year="1848", headline="Revolutions"),
            row(year="circa 1850", headline="Vague"),
            row(year="1851", month="13", headline="Bad month"),
            row(year="1851", month="2", day="30", headline="Bad day"),
            row(year="1852", time="25:00", headline="Bad time"),
            row(year="1853", end_year="1800", headline="Backwards"),
            row(headline="No year"),
            row(year="1854", headline="Crimea"),
        ],
    )
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["Revolutions", "Crimea"]
    assert warnings(timeline) == [
        "Row 3, column Year: 'circa 1850' is not a year",
        "Row 4, column Month: '13' is not a month (1 to 12)",
        "Row 5, column Day: '30' is not a day of that month",
        "Row 6, column Time: '25:00' is not a time of day (write 3:30 pm, 15:30, 1530 or 15.30)",
        "Row 7, column End Year: the end (1800) is before the start (1853); it is left out",
        "Row 8, column Year: the year is empty",
    ]
    # Each names its line and the column where the cell starts in the file.
    first = timeline.warnings[0]
    assert (first.line, first.column, first.path) == (3, 1, "Year")  # type: ignore[attr-defined]
    bad_time = timeline.warnings[3]
    assert (bad_time.line, bad_time.column) == (6, 8)  # type: ignore[attr-defined]


def test_a_year_beyond_the_supported_range_is_left_out_until_the_range_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    too_far = -(timepoint.MAX_ABS_YEAR + 10)  # the limit is read when a sheet is loaded
    path = write(
        tmp_path,
        [HEADER, row(year=str(too_far), headline="Too far"), row(year="1969", headline="Moon")],
    )
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["Moon"]
    (message,) = warnings(timeline)
    assert message == (
        f"Row 2, column Year: the year {-too_far:,} BCE is beyond the supported range "
        f"(±{timepoint.MAX_ABS_YEAR:,} years)"
    )
    monkeypatch.setattr(timepoint, "MAX_ABS_YEAR", timepoint.MAX_ABS_YEAR * 2)
    far = load(path).events[0]
    assert far.start == TimePoint(too_far + 1, precision=Precision.YEAR)
    assert far.date_text() == f"{-too_far:,} BCE"


def test_a_sheet_without_a_year_column_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, [["Date", "Headline"], ["1848", "Revolutions"]], name="x.csv")
    with pytest.raises(TimelineFileError) as info:
        sheet.load(path)
    (problem,) = info.value.problems
    assert problem.file == str(path)
    assert "no 'Year' column" in problem.message and "'Date', 'Headline'" in problem.message


def test_a_sheet_whose_rows_all_fail_is_refused_with_each_reason(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, row(year="soon", headline="Later")])
    with pytest.raises(TimelineFileError) as info:
        sheet.load(path)
    messages = [p.for_people() for p in info.value.problems]
    assert messages[0].startswith("The sheet has no events")
    assert messages[1] == "Row 2, column Year: 'soon' is not a year"


def test_a_quote_never_closed_is_named_not_read_as_one_giant_cell(tmp_path: Path) -> None:
    path = tmp_path / "open-quote.csv"
    path.write_text('Year,Headline,Text\r\n1848,Revolutions,"Europe\r\n1849,Rome,x\r\n')
    with pytest.raises(TimelineFileError) as info:
        sheet.load(path)
    assert "never closed" in info.value.first.message
    assert info.value.first.line == 2


def test_excel_plain_csv_in_windows_1252_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Year;Headline;Text\r\n1923;Café de Flore;Sartre – and friends\r\n".encode("cp1252")
    )
    timeline = load(path)
    (event,) = timeline.events
    assert (event.title, event.summary) == ("Café de Flore", "Sartre – and friends")
    assert warnings(timeline) == [
        "The file is not UTF-8; it was read as Windows-1252 (Excel's plain CSV): check accented letters, or save it as 'CSV UTF-8'"
    ]


def test_invisible_control_characters_are_taken_out(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(
        b"Year,Headline,Text,Media\r\n1848,Revo\x1flutions,Across\x07 Europe,a\x01.jpg\r\n"
    )
    timeline = load(path)
    (event,) = timeline.events
    assert (event.title, event.summary, event.media[0].url) == (
        "Revolutions",
        "Across Europe",
        "a.jpg",
    )
    same_after_round_trip(timeline)


def test_a_csv_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:  # a sparse gigabyte: no disk used
        fh.write(b"Year,Headline\r\n1848,Revolutions\r\n")
        fh.truncate(1 << 30)
    with pytest.raises(TimelineFileError) as info:
        registry.open_any(path)
    assert "the limit is" in info.value.first.message
    assert "it was not read" in info.value.first.message


def test_empty_rows_cost_no_slide_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet exported with a million empty rows below its events: only the rows with
    something in them are read into slides (the rest are passed over by one check each)."""
    path = tmp_path / "long.csv"
    blank = "," * (len(HEADER) - 1) + "\r\n"
    body = [row(year="1848", headline="Revolutions"), row(year="1849", headline="Rome")]
    write(tmp_path, [HEADER, *body], name="long.csv")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(
            blank * 1_000_000 + " , ,\r\n" + ",".join(row(year="1850", headline="Last")) + "\r\n"
        )
    made: list[int] = []
    real_slide, real_plain = sheet._Sheet.slide, sheet._Sheet.plain_row

    def counting(self: sheet._Sheet, r: sheet.Row) -> object:
        made.append(r.number)
        return real_slide(self, r)

    def counting_plain(self: sheet._Sheet, cells: list[str]) -> bool:
        made.append(int(cells[0]))  # (each of these rows has its year first)
        return real_plain(self, cells)

    monkeypatch.setattr(sheet._Sheet, "slide", counting)
    monkeypatch.setattr(sheet._Sheet, "plain_row", counting_plain)
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["Revolutions", "Rome", "Last"]
    assert made == [1848, 1849, 1850]  # each row read once, by the direct way
    assert warnings(timeline) == []


def test_progress_is_reported_and_can_cancel(tmp_path: Path) -> None:
    rows = [HEADER] + [row(year=str(1000 + i), headline=f"E{i}") for i in range(5000)]
    path = write(tmp_path, rows)
    seen: list[tuple[int, int]] = []
    sheet.load(path, lambda done, total: seen.append((done, total)))
    assert seen and all(0 < done <= total for done, total in seen)

    def cancel(done: int, total: int) -> None:
        raise LoadCancelled

    with pytest.raises(LoadCancelled):
        sheet.load(path, cancel)


# --- the quote template ---------------------------------------------------------------------


def test_quote_columns_and_continuation_rows(tmp_path: Path) -> None:
    header = [*HEADER, "Quote", "Speaker", "Source", "Locator"]
    extra = len(HEADER)

    def q(
        base: list[str], quote: str = "", speaker: str = "", source: str = "", loc: str = ""
    ) -> list[str]:
        return [*base, quote, speaker, source, loc]

    path = write(
        tmp_path,
        [
            header,
            q(
                row(year="1863", month="11", day="19", headline="Gettysburg Address"),
                "Four score and seven years ago",
                "Abraham Lincoln",
                "Collected Works, Rutgers, 1953",
                "vol. 7, p. 23",
            ),
            q(
                [""] * extra,
                "government of the people, by the people",
                "Abraham Lincoln",
                "Collected Works, Rutgers, 1953",
                "vol. 7, p. 23",
            ),
            q([""] * extra, "The world will little note", "", "Speeches", ""),
            q(
                row(year="1865", headline="Second Inaugural"),
                "With malice toward none",
                "Abraham Lincoln",
                "Collected Works, Rutgers, 1953",
                "vol. 8, p. 333",
            ),
        ],
    )
    timeline = load(path)
    assert warnings(timeline) == []
    gettysburg, inaugural = timeline.events
    assert [q.text for q in gettysburg.quotes] == [
        "Four score and seven years ago",
        "government of the people, by the people",
    ]
    source = gettysburg.quotes[0].source
    assert (source.id, source.title, source.publisher, source.year) == (
        "collected-works",
        "Collected Works",
        "Rutgers",
        1953,
    )
    assert inaugural.quotes[0].source is source  # one Source per citation
    assert gettysburg.quotes[0].citation() == "Collected Works, Rutgers, 1953, vol. 7, p. 23"
    # Without a locator it cannot be cited: kept in the notes, word for word.
    assert gettysburg.notes == "Quote: “The world will little note” — Speeches"
    assert [s.id for s in timeline.sources] == ["collected-works"]
    same_after_round_trip(timeline)


def test_timelinejs_reads_only_the_columns_it_knows() -> None:
    """The quote template's columns are unknown to TimelineJS, which reads a row by the
    header names it knows (ConfigFactory.js extractEventFromCSVObject): they do not
    change how TimelineJS reads the sheet."""
    for added in ("Quote", "Speaker", "Source", "Locator"):
        assert sheet.header_key(added) not in {h.lower() for h in HEADER}


# --- workbooks ------------------------------------------------------------------------------


def workbook_rows() -> list[list[sheetfiles.Cell]]:
    return [
        HEADER,
        [None] * 9 + ["Title slide", "About it"] + [None] * 4 + ["title", None, None],
        [
            1815.0,
            12.0,
            10.0,
            None,
            1852,
            11,
            27,
            None,
            None,
            "Ada Lovelace",
            "First line\nSecond line",
            None,
            None,
            None,
            None,
            None,
            "People",
            None,
        ],
        [
            -500,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "Old",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ],
        ["circa 1850", None, None, None, None, None, None, None, None, "Vague"] + [None] * 8,
    ]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_workbooks_read_like_the_csv(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"sheet.{kind}"
    if kind == "xlsx":
        sheetfiles.write_xlsx(path, workbook_rows(), first_row=3)
        row_of_vague = 7
    else:
        sheetfiles.write_ods(path, workbook_rows(), empty_rows_after=1_000_000)
        row_of_vague = 5
    timeline = load(path)
    assert timeline.title == "Title slide" and timeline.description == "About it"
    ada, old = timeline.get("ada-lovelace"), timeline.get("old")
    assert ada is not None and old is not None
    assert ada.start == TimePoint(1815, 12, 10) and ada.end == TimePoint(1852, 11, 27)
    assert ada.summary == "First line\nSecond line" and ada.category == "people"
    assert old.date_text() == "500 BCE"
    assert warnings(timeline) == [
        f"Sheet Timeline, row {row_of_vague}, column Year: 'circa 1850' is not a year"
    ]
    same_after_round_trip(timeline)


def test_a_workbook_without_a_year_column_is_refused_naming_its_sheet(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    sheetfiles.write_xlsx(
        path, [["Read me first"], ["This workbook holds a timeline"]], sheet="Notes"
    )
    with pytest.raises(TimelineFileError) as info:
        sheet.load(path)
    assert info.value.first.for_people().startswith(
        "Sheet Notes, row 1: the sheet has no 'Year' column"
    )


def test_a_damaged_or_fake_workbook_is_refused_naming_the_file(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    sheetfiles.write_xlsx(good, workbook_rows())
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:300])
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(bytes(range(256)) * 20)
    for path, words in ((cut, "damaged"), (fake, "not a spreadsheet")):
        with pytest.raises(TimelineFileError) as info:
            registry.open_any(path)
        assert info.value.first.file == str(path)
        assert words in info.value.first.message


def test_a_workbook_that_unpacks_past_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.xlsx"
    sheetfiles.write_xlsx(path, [HEADER, *sheetfiles.timeline_rows(50)])
    monkeypatch.setattr(timeline_json, "MAX_FILE_BYTES", 2000)
    with pytest.raises(TimelineFileError) as info:
        sheet.load(path)
    assert "unpacks to" in info.value.first.message


# --- finding the format ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b"Year,Month,Day,Headline\r\n", True),
        (b"\xef\xbb\xbfheadline;YEAR\n1848;x\n", True),
        (b'"Start Date","Headline"\n', True),
        (b"Date,Title\n1848,x\n", False),
        (b'{"events": [], "Year": "Headline"}', False),
        (b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml....xl/workbook.xml", True),
        (b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml....word/document.xml", False),
        (b"PK\x03\x04" + b"\x00" * 26 + b"xl/worksheets/sheet1.xml", True),
        (
            b"PK\x03\x04"
            + b"\x00" * 26
            + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
            True,
        ),
        (b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text", False),
    ],
)
def test_sniff_looks_at_the_content(head: bytes, found: bool) -> None:
    assert sheet.sniff(head, "whatever.txt") is found


def test_open_any_finds_a_sheet_whatever_its_name(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, row(year="1848", headline="Revolutions")], name="export.txt")
    assert len(registry.open_any(path)) == 1


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_the_apps_own_template_reads_back(tmp_path: Path, ext: str, bundled_path: Path) -> None:
    """File › New Timeline from Template writes the bundled lesson as a TimelineJS sheet with
    quote columns (formats/template.py); read back, every event keeps its title, dates,
    summary, media and quotes (continuation rows included), and the sources their citation."""
    from timeline_app.formats import load_timeline
    from timeline_app.formats.template import write_template

    original = load_timeline(bundled_path)
    path = tmp_path / f"template.{ext}"
    write_template(path, original)
    back = load(path)
    assert warnings(back) == []
    assert (back.title, back.description) == (original.title, original.description)
    assert len(back) == len(original) and any(len(e.quotes) > 1 for e in original.events)
    for a, b in zip(original.events, back.events, strict=True):
        assert (b.title, b.start, b.end, b.precision) == (a.title, a.start, a.end, a.precision)
        assert (b.summary, b.display_date, b.media) == (a.summary, a.display_date, a.media)
        assert [(q.text, q.speaker, q.locator, q.citation()) for q in b.quotes] == [
            (q.text, q.speaker, q.locator, q.citation()) for q in a.quotes
        ]
    assert {c.label for c in back.categories} == {c.label for c in original.categories}
    assert [s.citation() for s in back.sources] == [s.citation() for s in original.sources]
    assert back.eras == original.eras


def test_a_year_of_thousands_of_digits_is_a_bad_year_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, [["Year", "Headline"], ["9" * 5000, "Huge"], ["1848", "Revolutions"]])
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["Revolutions"]
    (message,) = warnings(timeline)
    assert message.startswith("Row 2, column Year: '999") and message.endswith("' is not a year")


def test_ids_from_titles_are_unique_and_fall_back_to_a_word(tmp_path: Path) -> None:
    rows = [["Year", "Headline", "Group"]]
    rows += [["1917", "Революция", "Россия"]] * 3 + [["1917", "Revolution", ""]] * 2
    rows += [["1918", "Revolution-2", ""]]
    timeline = load(write(tmp_path, rows))
    assert sorted(e.id for e in timeline.events) == sorted(
        ["event", "event-2", "event-3", "revolution", "revolution-2", "revolution-2-2"]
    )
    assert (timeline.categories[0].id, timeline.categories[0].label) == ("group", "Россия")


def test_a_far_away_cell_is_refused_before_the_reader_asks_for_its_memory(tmp_path: Path) -> None:
    """The reader makes every cell from A1 to the last one with anything in it: a cell far
    away would make it ask for billions (and abort the app, not raise). Such a sheet is
    refused by counting first; the corpus holds one at XFD1048576."""
    far = tmp_path / "far.xlsx"
    sheetfiles.write_xlsx(far, [[f"Column {k}" for k in range(20)]], first_row=1_048_570)
    with pytest.raises(TimelineFileError) as info:
        sheet.load(far)
    assert info.value.first.message == (
        "a sheet of the spreadsheet spans 20,971,400 cells (from A1 to its last cell with "
        "anything in it); at most 20,000,000 are read"
    )


def test_a_workbook_is_opened_beside_its_check_and_no_sheet_is_read_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader opens the workbook (its shared strings) in a thread while the sheets'
    cells are counted; a refused workbook has that thread ended and no sheet read, and a
    workbook within the limit has its sheet read only after the check."""
    import threading

    import python_calamine

    from timeline_app.formats import tables

    done: list[str] = []
    check = tables._check_zip

    def noting_check(*args: object) -> None:
        check(*args)  # type: ignore[arg-type]
        done.append("checked")

    reads: list[str] = []

    class Book:
        def __init__(self, real: python_calamine.CalamineWorkbook) -> None:
            self.real = real

        def __getattr__(self, name: str) -> object:
            if name == "get_sheet_by_name":
                reads.append("checked" if done else "before the check")
            return getattr(self.real, name)

    real_open = python_calamine.CalamineWorkbook.from_path
    monkeypatch.setattr(tables, "_check_zip", noting_check)
    monkeypatch.setattr(
        python_calamine.CalamineWorkbook, "from_path", lambda path: Book(real_open(path))
    )
    far = tmp_path / "far.xlsx"
    sheetfiles.write_xlsx(far, [[f"Column {k}" for k in range(20)]], first_row=1_048_570)
    with pytest.raises(TimelineFileError):
        sheet.load(far)
    assert reads == [] and not done
    assert not [t for t in threading.enumerate() if t.name == "workbook-open"]
    fine = tmp_path / "fine.xlsx"
    sheetfiles.write_xlsx(fine, [["Year", "Headline"], [1815, "Waterloo"]])
    assert [e.title for e in sheet.load(fine).events] == ["Waterloo"]
    assert reads == ["checked"]
    assert not [t for t in threading.enumerate() if t.name == "workbook-open"]


def test_the_cells_a_sheet_spans_are_counted_as_the_reader_makes_them() -> None:
    from timeline_app.formats import tables

    xlsx = b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="R1"><v>1</v></c></row><row r="9"><c r="B70000"/></row>'
    assert tables._xlsx_area(xlsx) == 70000 * 18
    ods = (
        b'<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"/>'
        b'<table:table-cell table:number-columns-repeated="5"/><table:table-cell office:value-type="float"/></table:table-row>'
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        b'<table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" table:number-columns-repeated="2"/></table:table-row>'
        b"</table:table>"
    )
    assert tables._ods_area(ods) == (1 + 1_000_000 + 3) * 7


def test_an_id_keeps_words_apart_where_the_title_has_a_dash_or_accents(tmp_path: Path) -> None:
    rows = [["Year", "Headline"], ["2017", "First Putin–Trump call"], ["1951", "Rózsa Péter"]]
    assert sorted(e.id for e in load(write(tmp_path, rows)).events) == [
        "first-putin-trump-call",
        "rozsa-peter",
    ]


def test_a_headline_that_shows_nothing_gives_way_as_an_empty_one_does(tmp_path: Path) -> None:
    """A Headline of invisible characters (a C1 control, a zero-width space) is blank by the
    app's one definition, so the title comes from the text or the date, as for an empty
    Headline, and the timeline survives Save As (the app's reader refuses blank titles)."""
    path = write(
        tmp_path,
        [
            HEADER,
            row(year="1789", headline="\x80", text="The Bastille falls"),
            row(year="1790", headline="\u200b"),
        ],
    )
    timeline = load(path)
    assert [e.title for e in timeline.events] == ["The Bastille falls", "1790"]
    same_after_round_trip(timeline)


@pytest.mark.parametrize("blank", ["\x80", "\u200b", " \u3164 "])
def test_a_media_address_that_shows_nothing_is_no_media(tmp_path: Path, blank: str) -> None:
    """A Media cell of invisible characters names no address, as an empty cell does: the
    event has no media, and Save As writes a file that reads back (the app's reader refuses
    a blank address)."""
    path = write(
        tmp_path,
        [HEADER, row(year="1789", headline="The Bastille falls", media=blank, mediacredit="X")],
    )
    timeline = load(path)
    (event,) = timeline.events
    assert event.media == ()
    same_after_round_trip(timeline)
