"""The messages of a timeline file's problems, of the editor's date field and of the quote
check go through the translation: under a translation that marks what it translates, the
place ("Line 3, column 5, event 1") and the words are the translation's, with the file's own
field names and values put in whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline_app import i18n
from timeline_app.formats.datefield import read_date_field
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.quotecheck import load_for
from timeline_app.formats.registry import open_any
from timeline_app.formats.summary import import_summary
from timeline_app.formats.timeline_json import loads_timeline
from timeline_app.model.timeline import Source


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return "⟦" + (text.replace("%n", str(n)) if n >= 0 else text) + "⟧"


@pytest.fixture(autouse=True)
def _pseudo() -> Iterator[None]:
    i18n.install(pseudo)
    yield
    i18n.reset()


def problems_of(doc: object) -> list[str]:
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline(json.dumps(doc, indent=1), "lesson.json")
    return [p.for_people() for p in caught.value.problems]


def test_a_files_problems_are_said_in_the_language() -> None:
    doc = {
        "format": "timeline-app",
        "version": 1,
        "events": [{"id": "a", "title": "A", "start": "2017-05-10", "colour": "#fff"}],
    }
    [said] = problems_of(doc)
    assert said.startswith("⟦Line ") and "⟦event 1⟧" in said
    # The message: one translated sentence, the file's field names inside it as written.
    message = said.split(": ", 1)[1]
    assert message.startswith("⟦unknown field 'colour'; ") and message.endswith("⟧")
    assert "⟦an event⟧" in message


def test_every_problem_of_a_bad_event_is_translated() -> None:
    doc = {
        "format": "timeline-app",
        "version": 2,
        "events": [{"id": "a b", "title": "", "start": "2017-05-10", "end": "2016-01-01"}],
    }
    said = problems_of(doc)
    assert len(said) >= 3
    for line in said:
        place, _, message = line.partition(": ")
        assert message.startswith("⟦") and message.endswith("⟧"), line


def test_the_date_field_and_the_quote_check_are_translated() -> None:
    assert read_date_field("").problem == "⟦Type a date, such as 14 July 1789 or 1789-07-14⟧"
    assert read_date_field("31/02/2017").problem.startswith("⟦“31/02/2017”: ")
    check = load_for(Source("s", "A book"), "/tmp/lesson.json")
    assert check.line() == "⟦unchecked⟧: ⟦the source names no full text to check against⟧"


def test_a_json_slip_a_foreign_file_and_an_import_summary_are_translated() -> None:
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline('{"format": "timeline-app", "version": 1, "events": [],}', "x.json")
    assert caught.value.first.message.startswith("⟦remove the comma after the last field")
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline('{"type": "FeatureCollection", "features": []}', "map.json")
    message = caught.value.first.message
    assert message == "⟦this is not a timeline file: it looks like {kind}⟧".replace(
        "{kind}", "⟦a GeoJSON file (map data)⟧"
    )
    timeline = loads_timeline('{"format": "timeline-app", "version": 1, "events": []}', "x")
    timeline.format_name = "TimelineJS sheet"
    assert import_summary(timeline) == "⟦{read} from a TimelineJS sheet⟧".replace(
        "{read}", "⟦0 events⟧"
    )


def test_excel_csv_in_windows_1252_is_still_read_in_another_language(tmp_path: Path) -> None:
    # The reader tries Windows-1252 when the file is not UTF-8: it is told so by the error's
    # kind, not by its words, which another language says otherwise (here: no-break spaces).
    def other(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return (text.replace("%n", str(n)) if n >= 0 else text).replace(" ", "\u00a0")

    i18n.install(other)
    path = tmp_path / "excel.csv"
    path.write_bytes("Year;Headline\r\n1923;Café de Flore\r\n".encode("cp1252"))
    (event,) = open_any(path).events
    assert event.title == "Café de Flore"


def test_the_no_break_spaces_of_a_translation_stay_spaces_in_a_problem() -> None:
    # French writes a no-break space before a colon and inside « »: the dialog shows spaces,
    # never the escape \xa0 that a control character of the file would get.
    def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return (text.replace("%n", str(n)) if n >= 0 else text).replace(": ", "\u00a0: ")

    i18n.install(french)
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline('{"format": "timeline-app", "version": 1, "events": [],}', "x.json")
    said = caught.value.first.for_people()
    assert "\u00a0: " in said and "\\xa0" not in said
    assert (
        Problem("x.json", 2, 3, "", "a\u00a0b\x1bc").for_people()
        == "Line 2, column 3: a\u00a0b\\x1bc"
    )
