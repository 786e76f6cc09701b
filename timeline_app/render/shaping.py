"""Which strings need a shaping text engine, and which may take the fast path.

Labels are drawn with ``QFont.PreferNoShaping``, about a quarter faster for Latin, Greek or
Cyrillic text, which reads the same without shaping. Qt 6 honours that flag for Arabic too:
its letters are then drawn in their isolated forms, unjoined, and the brackets of right to
left text are not mirrored (Hebrew "(1948)" shows as ")1948("). So every string is checked
for a character of a script that needs shaping (joining, reordering or mark placement) or
right to left ordering, and those strings are drawn and measured with a font that shapes.
"""

from __future__ import annotations

import re

# Ranges of characters that need the shaping engine: combining marks (placed over or under
# their letter), Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, the Indic scripts,
# Thai, Lao, Tibetan, Myanmar, conjoining Hangul jamo, Tagalog to Mongolian, Limbu to Vedic
# marks, joiners and bidi controls, Syloti Nagri to Meetei Mayek, Hebrew and Arabic
# presentation forms, variation selectors, half marks, and everything beyond the BMP (emoji
# sequences, historic scripts).
_NEEDS_SHAPING = re.compile(
    "["
    "\u0300-\u036f\u0483-\u0489"
    "\u0590-\u0dff"
    "\u0e00-\u0fff"
    "\u1000-\u11ff"
    "\u1700-\u18af"
    "\u1900-\u1cff\u1dc0-\u1dff"
    "\u200c-\u200f\u202a-\u202e\u2066-\u2069\u20d0-\u20ff"
    "\ua800-\uabff\ud7b0-\ud7ff"
    "\ufb1d-\ufdff\ufe00-\ufe0f\ufe20-\ufe2f\ufe70-\ufeff"
    "\U00010000-\U0010ffff"
    "]"
)
# Characters of right to left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
# Mandaic, their presentation forms) and the marks that start right to left text.
_RTL = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff]")

_CACHE: dict[str, bool] = {}


def needs_shaping(text: str) -> bool:
    """Whether ``text`` must be shaped to be drawn right (cached per string: a title is
    asked about in every frame that shows it). ASCII text never does, and costs no lookup."""
    if text.isascii():
        return False
    found = _CACHE.get(text)
    if found is None:
        if len(_CACHE) > 50_000:
            _CACHE.clear()
        found = _CACHE[text] = _NEEDS_SHAPING.search(text) is not None
    return found


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a letter of a right to left script (or a mark that starts one)."""
    return not text.isascii() and _RTL.search(text) is not None


# First strong isolate and pop directional isolate (Unicode's bidi algorithm, UAX #9).
FSI = "\u2068"
PDI = "\u2069"


def isolate(text: str, *, rtl_around: bool = False) -> str:
    """``text`` set apart so that it reads in its own direction, from its first letter,
    whatever surrounds it: where it could be reordered, that is in a right to left paragraph
    (``rtl_around``: a date '29 May 1453' would show as 'May 1453 29') or when it holds right
    to left letters (a bracket at the end of an Arabic title); otherwise unchanged."""
    if not text or not (rtl_around or has_rtl(text)):
        return text
    return FSI + text + PDI
