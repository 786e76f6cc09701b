"""Encodings: a file that is not UTF-8 is refused with the encoding found and the one expected."""

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats.encoding import decode_bytes, wide_encoding
from timeline_app.formats.jsonscan import find_problem

DOC = (
    '{\n  "format": "timeline-app",\n  "version": 1,\n  "title": "Zürich",\n'
    '  "events": [{"id": "a", "title": "Ünïcödé ✓", "start": "2017-05-10"}]\n}\n'
)
# A document whose first character is not ASCII: no NUL pattern at the very start to lean on.
NON_ASCII_START = "\u00a0" + DOC


def refused(data: bytes) -> str:
    """The one problem reported for ``data``, as the window's first line shows it."""
    with pytest.raises(TimelineFileError) as info:
        decode_bytes(data, "f.json")
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.column, problem.path) == ("f.json", 1, 1, "")
    return problem.for_people()


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (
            b"\xff\xfe\x00\x00" + DOC.encode("utf-32-le"),
            "The file is UTF-32 (little-endian); timeline files are UTF-8: save it as UTF-8",
        ),
        (
            b"\x00\x00\xfe\xff" + DOC.encode("utf-32-be"),
            "The file is UTF-32 (big-endian); timeline files are UTF-8: save it as UTF-8",
        ),
        (
            DOC.encode("utf-32-le"),
            "The file is UTF-32 (little-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
        (
            DOC.encode("utf-32-be"),
            "The file is UTF-32 (big-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
        (
            DOC.encode("utf-16-le"),
            "The file is UTF-16 (little-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
        (
            DOC.encode("utf-16-be"),
            "The file is UTF-16 (big-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
        (
            NON_ASCII_START.encode("utf-16-be"),
            "The file is UTF-16 (big-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
        (
            NON_ASCII_START.encode("utf-32-le"),
            "The file is UTF-32 (little-endian) without a byte-order mark; timeline files "
            "are UTF-8: save it as UTF-8",
        ),
    ],
    ids=[
        "utf-32-le-bom",
        "utf-32-be-bom",
        "utf-32-le",
        "utf-32-be",
        "utf-16-le",
        "utf-16-be",
        "utf-16-be-non-ascii-start",
        "utf-32-le-non-ascii-start",
    ],
)
def test_a_wide_encoding_is_named_with_its_byte_order(data: bytes, shown: str) -> None:
    assert refused(data) == shown


@pytest.mark.parametrize(
    ("data", "count"),
    [
        (b"\xef\xbb\xbf" * 2 + DOC.encode(), "twice"),
        (b"\xef\xbb\xbf" * 3 + DOC.encode(), "3 times"),
        (("\ufeff" + DOC).encode("utf-16"), "twice"),  # the codec writes the first
    ],
    ids=["utf-8-twice", "utf-8-three-times", "utf-16-twice"],
)
def test_a_repeated_byte_order_mark_is_said_as_such(data: bytes, count: str) -> None:
    assert refused(data) == (
        f"The file starts with the byte-order mark {count} (U+FEFF, invisible in most "
        "editors); a file has at most one: save it as UTF-8 without BOM"
    )


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "a ZIP archive (as Word, Excel and OpenDocument files are)",
        ),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "an RTF document from a word processor"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ],
    ids=["pdf", "docx", "rtf", "png"],
)
def test_a_document_opened_by_mistake_is_named(head: bytes, what: str) -> None:
    assert refused(head + b"\x00" * 40) == (
        f"The file is {what}, not text; a timeline file is JSON text in UTF-8"
    )


@pytest.mark.parametrize(
    "data",
    [
        DOC.encode("utf-8"),
        b"\xef\xbb\xbf" + DOC.encode("utf-8"),
        DOC.encode("utf-16"),
        b"\xfe\xff" + DOC.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom"],
)
def test_the_encodings_that_load_still_load(data: bytes) -> None:
    timeline = loads_timeline(decode_bytes(data, "f.json"), "f.json")
    assert timeline.title == "Zürich"
    assert timeline.events[0].title == "Ünïcödé ✓"


def test_utf8_text_is_never_taken_for_a_wide_encoding() -> None:
    assert wide_encoding(DOC.encode("utf-8")) is None
    assert wide_encoding("Ünïcödé ✓ 漢字 𝄞".encode()) is None


def test_a_head_cut_inside_a_character_is_still_told() -> None:
    data = ("𝄞" + DOC).encode("utf-16-le")
    assert wide_encoding(data[:7]) == "UTF-16 (little-endian)"


def test_latin1_is_still_reported_at_its_byte() -> None:
    data = DOC.replace("Zürich", "Z\u00fcrich").encode("latin-1", errors="replace")
    with pytest.raises(TimelineFileError) as info:
        decode_bytes(data, "f.json")
    assert "not valid UTF-8" in info.value.first.message
    assert "0xFC" in info.value.first.message


@pytest.mark.parametrize(
    ("char", "named"),
    [
        ("\ufeff", "U+FEFF (a byte-order mark, invisible in most editors)"),
        ("\u00a0", "U+00A0 (a no-break space; write an ordinary space)"),
        ("\u200b", "U+200B (zero width space)"),
        ("\x00", "U+0000 (a NUL byte: the file is not plain text, or not UTF-8)"),
    ],
)
def test_an_invisible_character_between_values_is_named(char: str, named: str) -> None:
    found = find_problem('{"format": "timeline-app",' + char + ' "version": 1}')
    assert found is not None
    assert found.message == f"unexpected character {named}; expected a key in double quotes"
