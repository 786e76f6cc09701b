"""Blank text: one definition for every text that must say something (titles, labels, quotes).

A text is blank when nothing of it shows: every character is a space or line break, a control
character, or a character that is drawn as nothing. Precisely, each character is

- in Unicode category Zs, Zl or Zp (spaces and separators, U+0020, U+00A0, U+3000, ...),
  Cc (controls, tab and line breaks among them) or Cf (format characters: U+200B zero width
  space, U+2060 word joiner, U+FEFF, U+00AD soft hyphen, direction marks, tag characters);
- or a Default_Ignorable_Code_Point of another category (Unicode's list of characters a
  renderer shows as nothing): the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
  variation selectors, U+034F, U+17B4, U+17B5 and the Mongolian variation selectors;
- or U+2800 BRAILLE PATTERN BLANK, a braille cell without dots: shown as an empty space,
  and used as one for exactly that reason.

Combining marks other than those (an accent on its own) show and are not blank.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from unicodedata import category, name

BLANK_CATEGORIES = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf"))
# Default_Ignorable_Code_Point characters outside the categories above, and the braille blank.
_SHOWN_AS_NOTHING = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u2800\u3164\uffa0"
    + "".join(map(chr, range(0xFE00, 0xFE10)))
    + "".join(map(chr, range(0xE0100, 0xE01F0)))
)


def is_blank_char(c: str) -> bool:
    """Whether the character ``c`` shows as nothing (see the module's docstring)."""
    return c in _SHOWN_AS_NOTHING or category(c) in BLANK_CATEGORIES


def is_blank(text: str) -> bool:
    """Whether nothing of ``text`` shows: empty, or only blank characters."""
    return all(map(is_blank_char, text.strip()))


def any_blank(texts: Sequence[str]) -> bool:
    """Whether any of ``texts`` is blank, for a whole column at once: a blank text begins
    with a blank character (or is empty), so only the texts that begin with one of the few
    distinct first characters that are blank are looked at whole."""
    suspects = {c for c in set(map(_FIRST_CHAR, texts)) if not c or is_blank_char(c)}
    return bool(suspects) and any(is_blank(t) for t in texts if t[:1] in suspects)


_FIRST_CHAR = operator.itemgetter(slice(None, 1))


def invisible_names(text: str, limit: int = 3) -> list[str]:
    """The characters of a blank text that are not plain spaces or line breaks, for a message:
    ['U+200B ZERO WIDTH SPACE', 'U+3164 HANGUL FILLER'] (each once, in order, at most
    ``limit``)."""
    found: list[str] = []
    for c in dict.fromkeys(text):
        if c.isspace() and c.isascii():
            continue
        found.append(f"U+{ord(c):04X} {name(c, 'an unnamed character')}")
        if len(found) == limit:
            break
    return found
