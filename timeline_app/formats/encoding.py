"""The text of a timeline file from its bytes, or a message naming what the bytes are.

Timeline files are UTF-8, with or without a byte-order mark; UTF-16 with a byte-order mark
is read too, as it always has been. Anything else is refused with one line that names what
was found and what is expected ("the file is UTF-32 (little-endian); timeline files are
UTF-8: save it as UTF-8"), decided from the first few hundred bytes, never by guessing at
the text: UTF-32 in either byte order, UTF-16 without a byte-order mark, the byte-order mark
written twice, and a few common binary documents (PDF, Word, images) opened by mistake.
"""

from __future__ import annotations

import codecs
from unicodedata import category

from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.jsonscan import line_col
from timeline_app.i18n import context

tr = context("Encoding")

UTF8_BOM = b"\xef\xbb\xbf"
_HEAD = 400  # bytes looked at to tell an encoding; a multiple of 4

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32 (little-endian)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32 (big-endian)"),
    (b"\xff\xfe", "utf-16-le", "UTF-16 (little-endian)"),
    (b"\xfe\xff", "utf-16-be", "UTF-16 (big-endian)"),
)
# Without a mark, text in these encodings has NUL bytes between its ASCII characters.
_WIDE = (
    ("utf-32-le", "UTF-32 (little-endian)"),
    ("utf-32-be", "UTF-32 (big-endian)"),
    ("utf-16-le", "UTF-16 (little-endian)"),
    ("utf-16-be", "UTF-16 (big-endian)"),
)
_NOT_TEXT = frozenset(("Cc", "Cn", "Co", "Cs"))
# Files people open by mistake, by their first bytes.
_MAGIC = (
    (b"%PDF-", tr.mark("a PDF document")),
    (b"PK\x03\x04", tr.mark("a ZIP archive (as Word, Excel and OpenDocument files are)")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", tr.mark("an old Microsoft Office document (.doc, .xls)")),
    (b"{\\rtf", tr.mark("an RTF document from a word processor")),
    (b"\x1f\x8b", tr.mark("a gzip-compressed file")),
    (b"\x89PNG\r\n\x1a\n", tr.mark("a PNG image")),
    (b"\xff\xd8\xff", tr.mark("a JPEG image")),
    (b"GIF8", tr.mark("a GIF image")),
)


class NotUtf8Error(TimelineFileError):
    """A file that is not valid UTF-8: perhaps text in another 8-bit encoding, which a reader
    of spreadsheets' CSV may try next (told by its class, whatever language says it)."""


def decode_bytes(data: bytes, file: str) -> str:
    """Text of a timeline file: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _whole_file(
                file,
                tr("the file is {what}, not text; a timeline file is JSON text in UTF-8").format(
                    what=tr(what)
                ),
            )
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            if codec.startswith("utf-32"):
                raise _whole_file(
                    file,
                    tr("the file is {encoding}; timeline files are UTF-8: save it as UTF-8").format(
                        encoding=name
                    ),
                )
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError as err:
                raise _problem_at_byte(
                    data,
                    file,
                    err.start,
                    "utf-16",
                    tr(
                        "the file is not valid UTF-16 (byte offset {offset}); save the file as "
                        "UTF-8"
                    ).format(offset=err.start),
                ) from None
            return _one_bom(text, file)
    skip = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    wide = wide_encoding(data[skip : skip + _HEAD])
    if wide is not None:
        raise _whole_file(
            file,
            tr(
                "the file is {encoding} without a byte-order mark; timeline files are UTF-8: "
                "save it as UTF-8"
            ).format(encoding=wide),
        )
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = err.start + skip
        raise _problem_at_byte(
            data,
            file,
            offset,
            "utf-8",
            tr(
                "the file is not valid UTF-8 (byte offset {offset}: {byte}); save the file as UTF-8"
            ).format(offset=offset, byte=f"0x{data[offset]:02X}"),
            kind=NotUtf8Error,
        ) from None
    return _one_bom(text, file)


def wide_encoding(head: bytes) -> str | None:
    """The name of the UTF-32 or UTF-16 encoding that ``head`` (the first bytes of a file
    without a byte-order mark) is in, or None. Valid UTF-8 text never holds a NUL byte, so
    only a head with NULs is tried; it must decode to text without NULs or other control
    characters, unassigned code points or surrogates (a cut at its end is allowed)."""
    if b"\x00" not in head:
        return None
    for codec, name in _WIDE:
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text and all(c in "\t\n\r" or category(c) not in _NOT_TEXT for c in text):
            return name
    return None


def _one_bom(text: str, file: str) -> str:
    """The text after its byte-order mark, refused when the mark is written again after it
    (editors show neither, so the file looks fine and reads as 'unexpected U+FEFF')."""
    marks = len(text) - len(text.lstrip("\ufeff")) + 1
    if marks > 1:
        raise _whole_file(
            file,
            tr.n(
                "the file starts with the byte-order mark %n times (U+FEFF, invisible in most "
                "editors); a file has at most one: save it as UTF-8 without BOM",
                marks,
            )
            if marks > 2
            else tr(
                "the file starts with the byte-order mark twice (U+FEFF, invisible in most "
                "editors); a file has at most one: save it as UTF-8 without BOM"
            ),
        )
    return text


def _whole_file(file: str, message: str) -> TimelineFileError:
    return TimelineFileError([Problem(file, 1, 1, "", message)])


def _problem_at_byte(
    data: bytes,
    file: str,
    offset: int,
    encoding: str,
    message: str,
    *,
    kind: type[TimelineFileError] = TimelineFileError,
) -> TimelineFileError:
    """A decoding problem at a byte offset, with the line and column of that byte."""
    before = data[:offset]
    if encoding == "utf-16":
        start = 2 if before[:2] in (b"\xff\xfe", b"\xfe\xff") else 0
        bom = data[:2] if start else b""
        text = (bom + before[start : start + (len(before) - start) // 2 * 2]).decode(
            "utf-16", errors="replace"
        )
    else:
        text = before.decode("utf-8", errors="replace").lstrip("\ufeff")
    line, col = line_col(text, len(text))
    return kind([Problem(file, line, col, "", message)])
