"""The mistakes a first-time author makes get a message that names the fix.

Each file below is a small timeline as a teacher might type it, with one typical slip; the
message must say what to write instead, at the place of the slip, and never point at
something that is not in the file (a 'date_note' they did not mean, an event after the last).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.formats.dates import DateError, parse_date
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.partial import only_events_at_fault
from timeline_app.formats.timeline_json import loads_timeline

HEAD = '{\n  "format": "timeline-app",\n  "version": 1,\n  "title": "Revolution",\n'
SOURCES = (
    '  "sources": [\n'
    '    {"id": "michelet", "title": "Histoire de la Révolution française"},\n'
    '    {"id": "furet", "title": "Penser la Révolution française"}\n'
    "  ],\n"
)


def problems(text: str) -> list[Problem]:
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline(text, "revolution.json")
    return caught.value.problems


def test_a_comma_after_the_last_field_says_to_remove_it_at_the_comma() -> None:
    text = (
        HEAD + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "start": "1789-07-14",}\n'
        "  ]\n}\n"
    )
    (p,) = problems(text)
    assert "remove the comma after the last field" in p.message
    assert "expected a key" not in p.message
    comma = text.index(",}")
    assert (p.line, p.column) == (6, comma - text.rfind("\n", 0, comma))
    assert p.path == "events[0]"


def test_a_comma_after_the_last_event_names_no_event_that_does_not_exist() -> None:
    text = (
        HEAD + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "start": "1789-07-14"},\n'
        '    {"id": "b", "title": "Varennes", "start": "1791-06-20"},\n'
        "  ]\n}\n"
    )
    (p,) = problems(text)
    assert "remove the comma after the last item" in p.message
    assert p.path == "events"  # the list, not events[2]: the file has two events
    assert (p.line, p.column) == (7, 60)
    assert p.for_people().startswith("Line 7, column 60, “events”: remove the comma")
    # A slip in the JSON is no problem of one event: the other events cannot be opened alone.
    with pytest.raises(TimelineFileError) as caught:
        loads_timeline(text, "revolution.json")
    assert not only_events_at_fault(caught.value)


def test_a_trailing_comma_in_a_nested_list_is_named_too() -> None:
    text = (
        HEAD + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "start": "1789-07-14", '
        '"participants": ["Launay", "Hulin",]}\n'
        "  ]\n}\n"
    )
    (p,) = problems(text)
    assert p.path == "events[0].participants"
    assert "remove the comma after the last item" in p.message


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ("14/07/1789", "only 14 July 1789 is possible; write it as 1789-07-14"),
        ("7/14/1789", "only 14 July 1789 is possible; write it as 1789-07-14"),
        ("14.07.1789", "only 14 July 1789 is possible; write it as 1789-07-14"),
        ("1789-7-14", "write it as 1789-07-14"),
        ("1789/07/14", "write it as 1789-07-14"),
        ("1789-07-4", "write it as 1789-07-04"),
        ("10.05.2017", "10 May 2017 or 5 October 2017"),
        ("31/02/1789", "not a date in any order of day and month"),
    ],
)
def test_an_all_numeric_date_is_answered_with_the_iso_date_it_can_be(
    written: str, advice: str
) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(written)
    assert advice in str(caught.value)


def test_only_a_date_with_two_readings_is_called_ambiguous() -> None:
    for written in ("14/07/1789", "1789-7-14"):
        with pytest.raises(DateError) as caught:
            parse_date(written)
        assert "ambiguous" not in str(caught.value)
    with pytest.raises(DateError) as caught:
        parse_date("01/02/03")  # no plain year: the general rule
    assert "ambiguous" in str(caught.value) and "YYYY-MM-DD" in str(caught.value)


def test_the_date_message_reaches_the_event_in_the_file() -> None:
    text = (
        HEAD + '  "events": [\n    {"id": "a", "title": "Bastille", "start": "14/07/1789"}\n'
        "  ]\n}\n"
    )
    (p,) = problems(text)
    assert p.path == "events[0].start"
    assert "write it as 1789-07-14" in p.message


@pytest.mark.parametrize(
    ("field", "meant"),
    [("date", "start"), ("end_date", "end"), ("name", "title"), ("description", "summary")],
)
def test_a_field_named_as_people_say_it_suggests_the_apps_name(field: str, meant: str) -> None:
    text = (
        HEAD + '  "events": [\n'
        f'    {{"id": "a", "title": "Bastille", "start": "1789-07-14", "{field}": "x"}}\n'
        "  ]\n}\n"
    )
    found = [p for p in problems(text) if p.path == f"events[0].{field}"]
    assert len(found) == 1
    assert found[0].message.endswith(f"did you mean {meant!r}?")


def test_date_instead_of_start_does_not_suggest_date_note() -> None:
    text = (
        HEAD + '  "events": [\n    {"id": "a", "title": "Bastille", "date": "1789-07-14"}\n  ]\n}\n'
    )
    messages = [p.message for p in problems(text)]
    assert "unknown field 'date'; did you mean 'start'?" in messages
    assert not any("date_note" in m for m in messages)


def test_a_misspelt_field_still_gets_the_closest_name() -> None:
    text = (
        HEAD + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "start": "1789-07-14", "sumary": "x"}\n'
        "  ]\n}\n"
    )
    (p,) = problems(text)
    assert p.message.endswith("did you mean 'summary'?")


def _quote_without_source(sources: str) -> str:
    return (
        HEAD + sources + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "start": "1789-07-14", "quotes": '
        '[{"text": "La Bastille est prise.", "locator": "p. 12"}]}\n'
        "  ]\n}\n"
    )


def test_a_quote_without_a_source_lists_the_source_ids_defined() -> None:
    (p,) = problems(_quote_without_source(SOURCES))
    assert p.path == "events[0].quotes[0].source"
    assert "'source' is required" in p.message
    assert "(defined: michelet, furet)" in p.message


def test_the_source_ids_are_listed_when_the_sources_come_after_the_events() -> None:
    text = _quote_without_source("").replace(
        "  ]\n}\n", "  ],\n" + SOURCES.rstrip().rstrip(",") + "\n}\n"
    )
    (p,) = problems(text)
    assert "(defined: michelet, furet)" in p.message


def test_a_quote_without_a_source_in_a_file_without_sources_says_to_add_one() -> None:
    (p,) = problems(_quote_without_source(""))
    assert "'source' is required" in p.message
    assert "add one to 'sources'" in p.message


def test_validate_prints_the_fixes(tmp_path: Path) -> None:
    bad = tmp_path / "revolution.json"
    bad.write_text(
        HEAD + SOURCES + '  "events": [\n'
        '    {"id": "a", "title": "Bastille", "date": "1789-07-14"},\n'
        '    {"id": "b", "title": "Varennes", "start": "20/06/1791", "quotes": '
        '[{"text": "Le roi est parti.", "locator": "p. 3"}]}\n'
        "  ]\n}\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [sys.executable, "-m", "timeline_app", "validate", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1
    assert "did you mean 'start'?" in r.stderr
    assert "only 20 June 1791 is possible; write it as 1791-06-20" in r.stderr
    assert "(defined: michelet, furet)" in r.stderr
    assert "Traceback" not in r.stderr
