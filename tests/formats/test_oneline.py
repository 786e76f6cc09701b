"""shown(): any name or typed value as one short printable line."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.formats import oneline
from timeline_app.formats.errors import Problem
from timeline_app.formats.oneline import shown


def test_plain_names_are_unchanged() -> None:
    assert shown("/home/teacher/Lesson 4 – Cold War/2017.json") == (
        "/home/teacher/Lesson 4 – Cold War/2017.json"
    )
    assert shown(r"C:\Users\teacher\timeline.json") == r"C:\Users\teacher\timeline.json"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"bad\xff\xfe.json", "bad\\xff\\xfe.json"),  # bytes that are not UTF-8
        ("two\nlines\r\tend", "two\\nlines\\r\\tend"),
        ("red\x1b[31m", "red\\x1b[31m"),  # a terminal escape sequence
        ("right\u202eto-left", "right\\u202eto-left"),  # a bidi override
        ("lone \ud800", "lone \\ud800"),
        ("nel\x85", "nel\\x85"),
    ],
)
def test_odd_characters_are_escaped(raw: str | bytes, expected: str) -> None:
    assert shown(raw) == expected


def test_a_name_is_shown_as_the_file_system_names_it() -> None:
    raw = b"caf\xc3\xa9 \xe9t\xe9.json"  # UTF-8 é, then Latin-1 é
    assert shown(os.fsdecode(raw)) == shown(raw) == "café \\xe9t\\xe9.json"


def test_a_long_text_keeps_its_beginning_and_end() -> None:
    text = "2017-05-01" + "." * 1_000_000 + "2017-06-01"
    out = shown(text)
    assert len(out) == oneline.LIMIT
    assert out.startswith("2017-05-01...") and out.endswith("...2017-06-01") and "…" in out


def test_the_work_is_bounded_by_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    escaped = oneline._escaped

    def counting(c: str) -> str:
        nonlocal calls
        calls += 1
        return escaped(c)

    monkeypatch.setattr(oneline, "_escaped", counting)
    shown("\n" * 5_000_000, limit=100)
    assert calls <= 2 * 100


def test_an_escape_is_never_cut_in_two() -> None:
    out = shown("\x1b" * 1_000, limit=50)
    assert len(out) <= 50
    head, tail = out.split("…")
    assert head == "\\x1b" * (len(head) // 4) and tail == "\\x1b" * (len(tail) // 4)


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_always_one_printable_line_within_the_limit(text: str, limit: int) -> None:
    out = shown(text, limit)
    assert len(out) <= limit
    assert out.isprintable()
    out.encode("utf-8")  # never a surrogate that a strict stream refuses
    if len(text) <= limit and (text.isprintable()):
        assert out == text


def test_a_problem_shows_its_file_name_escaped() -> None:
    p = Problem(os.fsdecode(b"two\nlines\xff.json"), 3, 7, "events[0].start", "no year")
    assert str(p) == "two\\nlines\\xff.json:3:7: events[0].start: no year"
