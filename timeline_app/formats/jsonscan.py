"""A JSON scanner that knows where every value is: line, column and field path.

The standard library's parser is fast but forgets positions, accepts ``NaN`` and duplicate
keys, and overflows the C stack on deep nesting. Files are parsed with it first; only when
that fails, or when a later check needs to point at a field, this iterative scanner walks the
text to find the exact place. It never recurses, so nesting depth cannot crash it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from timeline_app.i18n import context

tr = context("JsonScan")

PathPart = str | int
Path = tuple[PathPart, ...]

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 40

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"((?:[^"\\\x00-\x1f]|\\.)*)"', re.DOTALL)
_ESCAPE = re.compile(r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})')
_SURROGATE_ESC = re.compile(r"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_WORD = re.compile(r"[A-Za-z_+\-.0-9]+")


def format_path(path: Path) -> str:
    """``('events', 3, 'start')`` as ``events[3].start``; odd keys are shown escaped."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = printable(part)
            out += f".{key}" if out else key
    return out


def printable(text: str) -> str:
    """``text`` safe to print on one line: line breaks, control characters and lone
    surrogates become escapes such as \\n and \\ud800. Spaces stay spaces, the no-break
    ones too, which French writes before a colon and inside « »."""
    if text.isprintable():
        return text
    return "".join(
        c
        if c.isprintable() or unicodedata.category(c) == "Zs"
        else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    offset = max(0, min(offset, len(text)))
    if "\r" not in text[:offset]:
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return line, col
    # Old Mac (CR) and Windows (CR LF) line ends count as one line break each, as in editors.
    parts = re.split(r"\r\n|\r|\n", text[:offset])
    return len(parts), len(parts[-1]) + 1


# A comma after the last field or item is the commonest slip of a hand-written file (many
# other languages allow it). It is named at the comma itself, and never as a missing key or
# as an item after the last, which does not exist.
TRAILING_COMMA_FIELD = tr.mark("remove the comma after the last field: JSON allows none before '}'")
TRAILING_COMMA_ITEM = tr.mark("remove the comma after the last item: JSON allows none before ']'")


class ScanError(Exception):
    """A problem at a character offset and a field path."""

    def __init__(self, offset: int, path: Path, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.path = path
        self.message = message


def _describe(text: str, pos: int) -> str:
    if pos >= len(text):
        return tr("the file ends too early")
    ch = text[pos]
    if ch.isprintable():
        return tr("unexpected {character}").format(character=repr(ch))
    name = tr(_INVISIBLE_NAMES[ch]) if ch in _INVISIBLE_NAMES else unicodedata.name(ch, "").lower()
    code = f"U+{ord(ch):04X}"
    if name:
        return tr("unexpected character {code} ({name})").format(code=code, name=name)
    return tr("unexpected character {code}").format(code=code)


# Characters that show as nothing, by the names people know them by.
_INVISIBLE_NAMES = {
    "\x00": tr.mark("a NUL byte: the file is not plain text, or not UTF-8"),
    "\ufeff": tr.mark("a byte-order mark, invisible in most editors"),
    "\u00a0": tr.mark("a no-break space; write an ordinary space"),
}


def _check_string(text: str, start: int, body: str, path: Path) -> None:
    """Reject invalid escapes and lone surrogates inside one string literal."""
    if "\\" not in body:
        return
    i = body.find("\\")
    while i != -1:
        m = _ESCAPE.match(body, i)
        if m is None:
            raise ScanError(start + 1 + i, path, tr("invalid escape sequence in a string"))
        i = body.find("\\", m.end())
    surrogates = list(_SURROGATE_ESC.finditer(body))
    k = 0
    while k < len(surrogates):
        value = int(surrogates[k].group(1), 16)
        nxt = surrogates[k + 1] if k + 1 < len(surrogates) else None
        if (
            0xD800 <= value <= 0xDBFF
            and nxt is not None
            and nxt.start() == surrogates[k].end()
            and 0xDC00 <= int(nxt.group(1), 16) <= 0xDFFF
        ):
            k += 2
            continue
        raise ScanError(
            start + 1 + surrogates[k].start(),
            path,
            tr("lone surrogate {escape} is not a character").format(
                escape=f"\\u{surrogates[k].group(1)}"
            ),
        )


def walk(
    text: str, max_depth: int = MAX_DEPTH, *, check_strings: bool = True
) -> Iterator[tuple[Path, int]]:
    """Yield (path, offset) of every value in document order; raise ScanError at a problem.

    Checks what the fast parser lets through: duplicate keys, NaN and Infinity, numbers that
    overflow, lone surrogates, nesting deeper than ``max_depth``, and anything after the value.
    """
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    # Each frame: [kind, path, keys seen or next index, expecting-first-item]
    stack: list[list[object]] = []
    path: Path = ()
    n = len(text)
    while True:
        # --- parse one value at pos, with the given path ---
        if pos >= n:
            raise ScanError(pos, path, tr("the file ends where a value should be"))
        yield path, pos
        ch = text[pos]
        if ch == "{" or ch == "[":
            if len(stack) >= max_depth:
                raise ScanError(
                    pos, path, tr("nested deeper than {depth} levels").format(depth=max_depth)
                )
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            closer = "}" if ch == "{" else "]"
            if pos < n and text[pos] == closer:
                pos += 1
            else:
                if ch == "{":
                    stack.append(["obj", path, set()])
                    pos, path = _read_key(text, pos, stack[-1], path, check_strings)
                else:
                    stack.append(["arr", path, 0])
                    path = (*path, 0)
                continue
        elif ch == '"':
            m = _STRING.match(text, pos)
            if m is None:
                raise ScanError(pos, path, _bad_string(text, pos))
            if check_strings:
                _check_string(text, pos, m.group(1), path)
            pos = m.end()
        elif ch == "-" or ch.isdigit():
            if text.startswith("-Infinity", pos):
                raise ScanError(
                    pos,
                    path,
                    tr("{word} is not allowed in JSON; write a number").format(word="-Infinity"),
                )
            m = _NUMBER.match(text, pos)
            if m is None or m.end() == pos:
                raise ScanError(pos, path, tr("not a valid number"))
            token = m.group(0)
            if len(token) > MAX_NUMBER_CHARS:
                raise ScanError(
                    pos,
                    path,
                    tr("number has {length} characters; too long").format(length=len(token)),
                )
            if any(c in token for c in ".eE") and float(token) in (float("inf"), float("-inf")):
                raise ScanError(pos, path, tr("number {number} is too large").format(number=token))
            pos = m.end()
            w = _WORD.match(text, pos)
            if w is not None and w.end() > pos:
                raise ScanError(pos, path, tr("not a valid number"))
        else:
            w = _WORD.match(text, pos)
            word = w.group(0) if w else ""
            if word in ("true", "false", "null"):
                pos += len(word)
            elif word in ("NaN", "Infinity", "-Infinity"):
                raise ScanError(
                    pos, path, tr("{word} is not allowed in JSON; write a number").format(word=word)
                )
            elif word:
                raise ScanError(
                    pos,
                    path,
                    tr("unexpected word {word}; strings need double quotes").format(
                        word=repr(word)
                    ),
                )
            else:
                raise ScanError(pos, path, _describe(text, pos))
        # --- after a value: close containers or move to the next item ---
        while True:
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            if not stack:
                if pos < n:
                    raise ScanError(pos, (), tr("extra text after the end of the JSON document"))
                return
            frame = stack[-1]
            if pos >= n:
                raise ScanError(pos, path, tr("the file ends inside an unfinished object or array"))
            ch = text[pos]
            if frame[0] == "obj":
                if ch == ",":
                    after = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
                    if text.startswith("}", after):
                        raise ScanError(pos, frame[1], tr(TRAILING_COMMA_FIELD))  # type: ignore[arg-type]
                    pos, path = _read_key(text, after, frame, frame[1], check_strings)  # type: ignore[arg-type]
                    break
                if ch == "}":
                    stack.pop()
                    path = frame[1]  # type: ignore[assignment]
                    pos += 1
                    continue
                raise ScanError(
                    pos,
                    path,
                    tr("{found}; expected ',' or {brace}").format(
                        found=_describe(text, pos), brace="'}'"
                    ),
                )
            if ch == ",":
                if text.startswith("]", _WS.match(text, pos + 1).end()):  # type: ignore[union-attr]
                    raise ScanError(pos, frame[1], tr(TRAILING_COMMA_ITEM))  # type: ignore[arg-type]
                frame[2] = int(frame[2]) + 1  # type: ignore[call-overload]
                path = (*frame[1], frame[2])  # type: ignore[misc, arg-type]
                pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
                break
            if ch == "]":
                stack.pop()
                path = frame[1]  # type: ignore[assignment]
                pos += 1
                continue
            raise ScanError(
                pos, path, tr("{found}; expected ',' or ']'").format(found=_describe(text, pos))
            )


def _bad_string(text: str, pos: int) -> str:
    end = pos + 1
    while end < len(text) and text[end] != '"':
        if text[end] == "\\":
            end += 1
        elif text[end] in "\r\n":
            return tr(
                "a line break inside a string: close the string with a double quote, "
                "or write the line break as \\n"
            )
        elif ord(text[end]) < 0x20:
            return tr("control character {code} inside a string; escape it").format(
                code=f"U+{ord(text[end]):04X}"
            )
        end += 1
    return tr("a string is not closed with a double quote")


def _read_key(
    text: str, pos: int, frame: list[object], parent: Path, check_strings: bool = True
) -> tuple[int, Path]:
    """Read `"key" :` at pos inside an object frame; return the value's offset and path."""
    if pos >= len(text):
        raise ScanError(pos, parent, tr("the file ends inside an object"))
    if text[pos] != '"':
        raise ScanError(
            pos,
            parent,
            tr("{found}; expected a key in double quotes").format(found=_describe(text, pos)),
        )
    m = _STRING.match(text, pos)
    if m is None:
        raise ScanError(pos, parent, _bad_string(text, pos))
    if check_strings:
        _check_string(text, pos, m.group(1), parent)
    key = _decode_key(m.group(1))
    seen = frame[2]
    assert isinstance(seen, set)
    if key in seen:
        raise ScanError(
            pos,
            (*parent, key),
            tr("duplicate key {key}; each key may appear once").format(key=repr(key)),
        )
    seen.add(key)
    pos = _WS.match(text, m.end()).end()  # type: ignore[union-attr]
    if pos >= len(text) or text[pos] != ":":
        raise ScanError(
            pos,
            (*parent, key),
            tr("{found}; expected ':' after the key").format(found=_describe(text, pos)),
        )
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    return pos, (*parent, key)


def _decode_key(body: str) -> str:
    if "\\" not in body:
        return body
    import json

    value = json.loads(f'"{body}"')
    assert isinstance(value, str)
    return value


def find_problem(text: str, max_depth: int = MAX_DEPTH) -> ScanError | None:
    """The first problem the scanner sees in ``text``, or None."""
    try:
        for _ in walk(text, max_depth):
            pass
    except ScanError as err:
        return err
    return None


def locate(text: str, paths: set[Path]) -> dict[Path, int]:
    """Offsets of the values at ``paths`` (one pass; paths not found are left out)."""
    found: dict[Path, int] = {}
    if not paths:
        return found
    try:
        for path, offset in walk(text, max_depth=10_000, check_strings=False):
            if path in paths and path not in found:
                found[path] = offset
                if len(found) == len(paths):
                    break
    except ScanError:
        pass
    return found
