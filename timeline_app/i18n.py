"""Translation of every user-visible string, usable from the pure layers as well as the UI.

The model, geometry and render code must not import Qt, yet their text (tick labels, dates,
the detail pane's HTML, handout headings, messages) is shown to users and must be translated.
So every module that shows text declares one translation context at module level::

    from timeline_app.i18n import context

    tr = context("MainWindow")

    tr("Open…")                                   # a plain string
    tr("Open", "verb")                           # with a disambiguation for translators
    tr.n("%n events", count, one="%n event")     # a plural: %n becomes the number
    tr("Opened {name}").format(name=path)        # values by name, so translators may move them
    LABELS = (tr.mark("Year"), tr.mark("Month"))  # marked where defined, translated where shown:
    tr(LABELS[0])                                 #   tr(value) at the point of use

``packaging/translations.py`` finds these calls by reading the source (Python's ``ast``), so the
context and the text must be string literals at the call. Until the application installs Qt's
translator (``install``), the calls return the English text, so the pure layers, the command
line and the tests behave exactly as before.

Month and weekday names come from ``names()``: English by default, and the language's own
(from ``QLocale``) once the UI installs them with ``install_names``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# QCoreApplication.translate's signature: (context, source text, disambiguation, n).
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install(translator: Translator) -> None:
    """Send every translation call to ``translator`` (the UI passes QCoreApplication.translate)."""
    global _translator
    _translator = translator


def reset() -> None:
    """Back to English text and English names (for tests)."""
    global _translator, _names
    _translator = _english
    _names = ENGLISH


class Context:
    """The translation calls of one context; made once per module by ``context``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, text: str, disambiguation: str | None = None) -> str:
        return _translator(self.name, text, disambiguation, -1)

    def n(
        self, text: str, count: int, disambiguation: str | None = None, *, one: str | None = None
    ) -> str:
        """A plural: the translation chosen for ``count``, with ``%n`` replaced by it.

        ``text`` is the English plural ("%n events"); ``one`` its English singular ("%n event"),
        said for a count of 1 where no translation is installed or the text has none. A count
        of 1,000 or more is written with the language's thousands separator ("1,234 events",
        "1.234 Ereignisse")."""
        out = _translator(self.name, text, disambiguation, count)
        if out == text.replace("%n", str(count)):  # untranslated: English
            out = (one if one is not None and count == 1 else text).replace("%n", str(count))
        if abs(count) >= 1000:
            out = out.replace(str(count), number(count))
        return out

    @staticmethod
    def mark(text: str) -> str:
        """Mark text for translation where it is defined; translate it with ``tr(value)``."""
        return text

    def __repr__(self) -> str:
        return f"context({self.name!r})"


def context(name: str) -> Context:
    return Context(name)


_numbers = context("Numbers")


def number(value: int) -> str:
    """A whole number with the language's thousands separator: "1,234,567" in English,
    "1.234.567" in German, "1 234 567" (narrow no-break spaces) in French."""
    separator = _numbers(",", "the thousands separator in 1,234,567")
    return f"{value:,}".replace(",", separator)


def decimal(text: str) -> str:
    """A decimal number's text with the language's decimal sign: "4.5", "4,5"."""
    return text.replace(".", _numbers(".", "the decimal sign, as in 4.5")) if "." in text else text


@dataclass(frozen=True)
class Names:
    """A language's calendar words: twelve months and seven weekdays (Monday first)."""

    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH = Names(
    months=_MONTHS,
    months_short=tuple(m[:3] for m in _MONTHS),
    weekdays=_WEEKDAYS,
    weekdays_short=tuple(d[:3] for d in _WEEKDAYS),
)
_names: Names = ENGLISH


def names() -> Names:
    return _names


def install_names(value: Names) -> None:
    global _names
    if len(value.months) != 12 or len(value.months_short) != 12:
        raise ValueError("Names needs twelve months")
    if len(value.weekdays) != 7 or len(value.weekdays_short) != 7:
        raise ValueError("Names needs seven weekdays")
    _names = value
