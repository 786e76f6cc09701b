"""Names and user text made safe to print on one line of a terminal or a log.

A file name on Linux is any bytes but ``/`` and NUL: it can hold a newline, an escape
sequence that recolours the terminal, or bytes that are not UTF-8 (Python carries those as
the surrogates U+DC80..U+DCFF, which a strict UTF-8 stream refuses to write). A value the user
typed can be a megabyte long. ``shown`` turns any of these into one short printable line.
"""

from __future__ import annotations

import os

# What is echoed of a value the user typed (a range, a title): enough to recognise it.
LIMIT = 200
# A path: far longer than any a person types (Linux refuses paths over 4,096 bytes), so a
# real one is shown whole, and an absurd one does not flood the terminal.
NAME_LIMIT = 1_000
# A whole message line: a name, a value and what is wrong with them.
LINE_LIMIT = 1_200

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
ELLIPSIS = "…"


def _escaped(c: str) -> str:
    if c.isprintable() or c == " ":
        return c
    named = _NAMED.get(c)
    if named is not None:
        return named
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as os.fsdecode carries it
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def shown(text: str | bytes | os.PathLike[str] | os.PathLike[bytes], limit: int = LIMIT) -> str:
    """``text`` as one printable line of at most ``limit`` characters.

    Bytes that are not UTF-8 read as ``\\xff``, line breaks as ``\\n``, other control and
    invisible characters as ``\\x1b`` or ``\\u202e``; a longer text keeps its beginning and
    its end around an ellipsis. The work is bounded by ``limit``, not by the text's length.
    """
    s = os.fsdecode(text)
    if len(s) <= limit:
        if s.isprintable():
            return s
        pieces = [_escaped(c) for c in s]
        if sum(map(len, pieces)) <= limit:
            return "".join(pieces)
        head_src, tail_src = pieces, pieces
    else:
        head_src = [_escaped(c) for c in s[:limit]]
        tail_src = [_escaped(c) for c in s[-limit:]]
    # Escapes are never cut in two: whole pieces from the front, then from the back.
    head_room = max(0, (limit - len(ELLIPSIS)) * 2 // 3)
    tail_room = max(0, limit - len(ELLIPSIS) - head_room)
    head: list[str] = []
    used = 0
    for piece in head_src:
        if used + len(piece) > head_room:
            break
        head.append(piece)
        used += len(piece)
    tail: list[str] = []
    used = 0
    for piece in reversed(tail_src):
        if used + len(piece) > tail_room:
            break
        tail.append(piece)
        used += len(piece)
    return "".join(head) + ELLIPSIS + "".join(reversed(tail))
