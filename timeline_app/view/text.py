"""Text made safe to lay out: long words get places to break, and long texts a bounded prefix.

Qt's text layout takes time that grows with the square of an unbroken word's length (a word
of 50,000 characters took 1.5 s in the detail pane, 200,000 took 24 s), and measuring or
eliding a title costs time in its whole length even where 40 characters show. What is shown
goes through here first.
"""

from __future__ import annotations

import re
import unicodedata

ZWSP = "\u200b"  # ZERO WIDTH SPACE: a place to break a line, invisible where it does not
_ZWJ = "\u200d"
ELLIPSIS = "…"

# A word at least this long gets a break opportunity every BREAK_EVERY characters. Words of
# a language stay whole: German compounds in real use reach about 40 letters.
LONG_WORD = 48
BREAK_EVERY = 6
_LONG_RUN = re.compile(rf"[^\s{ZWSP}]{{{LONG_WORD},}}")


def _joins(ch: str) -> bool:
    """A character that belongs to the one before it (a combining accent, a variation
    selector, a joiner): no break may come before it."""
    return (
        unicodedata.combining(ch) != 0
        or unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch == _ZWJ
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # skin tones
    )


def _break_run(match: re.Match[str]) -> str:
    word = match.group()
    parts = []
    begin = 0
    cut = BREAK_EVERY
    n = len(word)
    while cut < n:
        # Not inside a character made of several code points (é as e + U+0301, an emoji
        # sequence joined by U+200D): the break moves on to where the next one starts.
        while cut < n and (_joins(word[cut]) or word[cut - 1] == _ZWJ):
            cut += 1
        if cut >= n:
            break
        parts.append(word[begin:cut])
        begin = cut
        cut += BREAK_EVERY
    parts.append(word[begin:])
    return ZWSP.join(parts)


def break_long_words(text: str) -> str:
    """``text`` with an invisible break opportunity every few characters of each word that is
    too long to be a word (a pasted link, a run of one letter), so that a text layout wraps
    it instead of measuring it whole. Text without such words comes back unchanged."""
    return _LONG_RUN.sub(_break_run, text)


def unbreak(text: str) -> str:
    """The text as it was before ``break_long_words`` (for copying what is shown)."""
    return text.replace(ZWSP, "")


def prefix(text: str, chars: int) -> str:
    """At most ``chars`` characters of ``text``: itself, or its beginning and an ellipsis."""
    if len(text) <= chars:
        return text
    return text[: max(0, chars - 1)] + ELLIPSIS
