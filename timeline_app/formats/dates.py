"""Reading dates as people write them in timeline files.

The canonical form is ISO 8601 with reduced precision: ``2017``, ``2017-05``, ``2017-05-10``,
``2017-07-07T15:45+02:00``. Years are astronomical (``0000`` is 1 BCE, ``-0043`` is 44 BCE);
years outside 0000-9999 carry a sign (``+12000``, ``-12000``). Two friendly forms are also
read: ``480 BCE`` (or ``480 BC``, ``AD 476``) for a year with its era, and dates with the
month spelled out (``10 May 2017``, ``May 2017``, ``15 March 44 BCE``: the form the app shows).
Month and weekday names, day numbers and eras are read in every language the app ships,
whatever language it shows: ``14 juillet 1789``, ``1er mai 1789``, ``14. Juli 1789``,
``14. Jan. 1789``, ``März 1789`` (or ``Maerz``), ``44 v. Chr.``, ``480 av. J.-C.``.
A date without a year is an error, never a guess, and so is a year of one or two digits
without an era (``10 May 44``), and an all-numeric date such as ``01/02/03`` whose order is
ambiguous.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from timeline_app.i18n import context, names, number
from timeline_app.model.timepoint import (
    MAX_ABS_YEAR,
    MONTH_NAMES,
    WEEKDAY_ABBR,
    Precision,
    TimePoint,
    civil_from_days,
    days_from_civil,
    days_in_month,
    format_point,
    weekday,
)

# The reader's messages reach people (the open-error dialog, the editor's date field): they
# are said in the app's language; the dates they quote are as written.
tr = context("DateReader")

# A year with its era, as the app shows it too: 480, 13,800,000,000 (the commas grouping).
_ERA_YEAR = r"\d{1,3}(?:,\d{3})+|\d{1,11}"

_ISO = re.compile(
    r"(?P<year>[+-]?\d{4,})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_BCE_WORDS = r"BCE|BC|B\.C\.E?\.?"
_CE_WORDS = r"CE|AD|A\.D\.|C\.E\."
_BCE = re.compile(rf"(?P<year>{_ERA_YEAR})\s*(?:{_BCE_WORDS})", re.IGNORECASE)
_CE = re.compile(
    rf"(?P<year>{_ERA_YEAR})\s*(?:{_CE_WORDS})|(?:AD|A\.D\.)\s*(?P<year_after>{_ERA_YEAR})",
    re.IGNORECASE,
)
# The year and era at the end of a date whose month is spelled out: "15 March 44 BCE".
_ERA_END = re.compile(
    rf"(?<![\d,])(?P<year>{_ERA_YEAR})\s*(?:(?P<bce>{_BCE_WORDS})|(?:{_CE_WORDS}))$"
    rf"|(?:AD|A\.D\.)\s*(?P<year_after>{_ERA_YEAR})$",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?\b", re.IGNORECASE
)


# The month and weekday names of the shipped languages (German, French), and their usual
# abbreviations, keyed without accents and in lower case; read as the English name.
_FOREIGN_MONTHS: dict[str, int] = {
    **dict.fromkeys(("januar", "janner", "jan", "janvier", "janv"), 1),
    **dict.fromkeys(("februar", "feber", "feb", "fevrier", "fevr", "fev"), 2),
    **dict.fromkeys(("marz", "maerz", "mar", "mrz", "mars"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr"), 4),
    **dict.fromkeys(("mai",), 5),
    **dict.fromkeys(("juni", "jun", "juin"), 6),
    **dict.fromkeys(("juli", "jul", "juillet", "juil"), 7),
    **dict.fromkeys(("august", "aug", "aout"), 8),
    **dict.fromkeys(("september", "sept", "sep", "septembre"), 9),
    **dict.fromkeys(("oktober", "okt", "octobre", "oct"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("dezember", "dez", "decembre", "dec"), 12),
}
_FOREIGN_WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("montag", "lundi"), 0),
    **dict.fromkeys(("dienstag", "mardi"), 1),
    **dict.fromkeys(("mittwoch", "mercredi"), 2),
    **dict.fromkeys(("donnerstag", "jeudi"), 3),
    **dict.fromkeys(("freitag", "vendredi"), 4),
    **dict.fromkeys(("samstag", "sonnabend", "samedi"), 5),
    **dict.fromkeys(("sonntag", "dimanche"), 6),
}
_WORD = re.compile(r"[^\W\d_]+\.?")
# "1er mai", "1re" (première), "14. Juli": the day's number with its mark.
_DAY_MARK = re.compile(r"\b(\d{1,2})(?:er|re|\.)(?=\s)", re.IGNORECASE)
# "44 v. Chr.", "n. Chr.", "480 av. J.-C.", "apr. J.-C.": the eras as German and French write them.
_FOREIGN_BCE = re.compile(r"\bv\.\s*(?:Chr\.?|u\.\s*Z\.?)|\bav\.\s*J\.?\s*-?\s*C\.?", re.I)
_FOREIGN_CE = re.compile(r"\bn\.\s*(?:Chr\.?|u\.\s*Z\.?)|\bapr\.\s*J\.?\s*-?\s*C\.?", re.I)


def _folded(word: str) -> str:
    """A word in lower case without accents or umlaut dots: 'Août' -> 'aout', 'März' -> 'marz'."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _english_words(s: str) -> str:
    """``s`` with German and French month and weekday names, day marks and eras put as the
    English form reads them: '1er mai 1789' -> '1 May 1789', '14. Juli 1789' -> '14 July
    1789'. English text comes back unchanged."""
    s = _FOREIGN_BCE.sub("BCE", s)
    s = _FOREIGN_CE.sub("CE", s)

    def english(match: re.Match[str]) -> str:
        word = match.group(0)
        key = _folded(word.rstrip("."))
        if key in _FOREIGN_MONTHS:
            return MONTH_NAMES[_FOREIGN_MONTHS[key] - 1]
        if key in _FOREIGN_WEEKDAYS:
            return WEEKDAY_NAMES[_FOREIGN_WEEKDAYS[key]]
        return word

    s = _WORD.sub(english, s)
    return _DAY_MARK.sub(r"\1", s)


class DateError(ValueError):
    """A date that cannot be read; the message says what to write instead.

    ``about_year`` tells that the problem is the year (missing, too short, year 0), whatever
    language the message is in: the editor's date field then asks for the year."""

    def __init__(self, message: str, *, about_year: bool = False) -> None:
        super().__init__(message)
        self.about_year = about_year


def parse_date(text: str) -> TimePoint:
    """Read one date; raise DateError with a helpful message when it cannot be read."""
    if not isinstance(text, str):
        raise DateError(
            tr('expected a date as text, such as "2017-05-10", not {kind}').format(
                kind=type(text).__name__
            )
        )
    s = text.strip()
    if not s:
        raise DateError(tr('empty date; write a date such as "2017-05-10"'))
    m = _ISO.fullmatch(s)
    if m is not None:
        return _from_iso(m, s)
    english = _english_words(s)
    m = _BCE.fullmatch(english)
    if m is not None:
        year = int(m.group("year").replace(",", ""))
        if year == 0:
            raise DateError(
                tr("there is no year 0 BCE; 1 BCE is followed by 1 CE"), about_year=True
            )
        return _point(1 - year, precision=Precision.YEAR, text=s)
    m = _CE.fullmatch(english)
    if m is not None:
        year = int((m.group("year") or m.group("year_after")).replace(",", ""))
        if year == 0:
            raise DateError(
                tr("there is no year 0 CE; write 1 BCE (0000) or 1 CE (0001)"), about_year=True
            )
        return _point(year, precision=Precision.YEAR, text=s)
    if _NUMERIC.fullmatch(s):
        advice, about_year = _numeric_date_advice(s)
        raise DateError(advice, about_year=about_year)
    if _MONTH_WORD.search(english):
        return _from_words(s, english)
    raise DateError(
        tr(
            "cannot read {text} as a date; write YYYY, YYYY-MM, YYYY-MM-DD or "
            "YYYY-MM-DDThh:mm+hh:mm (for example 2017-07-07T15:45+02:00)"
        ).format(text=repr(s))
    )


def _numeric_date_advice(s: str) -> tuple[str, bool]:
    """What to write instead of an all-numeric date such as 14/07/1789 or 1789-7-14: the
    one ISO date it can be when only one reading is a real date, both when there are two,
    and the general rule when the year is not plain (01/02/03); and whether the year is
    what is unclear."""
    parts = re.split(r"[/.\-]", s)
    numbers = [int(p) for p in parts]
    four = [i for i, p in enumerate(parts) if len(p) == 4]
    readings: list[tuple[int, int, int]] = []  # (year, month, day)
    if four == [0]:  # the year first: only year, month, day is ever written so
        readings = [(numbers[0], numbers[1], numbers[2])]
    elif four == [2]:  # the year last: day-month or month-day
        readings = [(numbers[2], numbers[1], numbers[0]), (numbers[2], numbers[0], numbers[1])]
    real = sorted(
        {(y, m, d) for y, m, d in readings if 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)}
    )
    if len(real) == 1:
        y, m, d = real[0]
        iso = f"{y:04d}-{m:02d}-{d:02d}"
        if four == [0]:
            said = tr("{text}: write it as {iso}, with dashes and two digits for month and day")
            return said.format(text=repr(s), iso=iso), False
        said = tr("{text}: only {date} is possible; write it as {iso}")
        return said.format(text=repr(s), date=_day_text(y, m, d), iso=iso), False
    if len(real) == 2:
        (y1, m1, d1), (y2, m2, d2) = real
        said = tr(
            "{text} is ambiguous: {first} or {second}; write the one you mean as "
            "{first_iso} or {second_iso}"
        )
        return said.format(
            text=repr(s),
            first=_day_text(y1, m1, d1),
            second=_day_text(y2, m2, d2),
            first_iso=f"{y1:04d}-{m1:02d}-{d1:02d}",
            second_iso=f"{y2:04d}-{m2:02d}-{d2:02d}",
        ), False
    if readings:
        said = tr("{text} is not a date in any order of day and month; write it as YYYY-MM-DD")
        return said.format(text=repr(s)), False
    said = tr(
        "{text} is ambiguous (day, month and year could be in any order); "
        "write it as YYYY-MM-DD, for example 2017-05-10"
    )
    return said.format(text=repr(s)), True


def _day_text(year: int, month: int, day: int) -> str:
    """A day as the app shows dates: '14 July 1789' in English, '14. Juli 1789' in German."""
    return format_point(TimePoint(year, month, day, precision=Precision.DAY))


def _from_iso(m: re.Match[str], s: str) -> TimePoint:
    ys = m.group("year")
    digits = ys.lstrip("+-")
    if len(digits) == 8 and ys[0] not in "+-" and m.group("month") is None:
        raise DateError(
            tr("{text} looks like a date without dashes; write it as {iso}").format(
                text=repr(s), iso=f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
            )
        )
    if len(digits) > len(str(MAX_ABS_YEAR)):
        raise DateError(
            tr("year {year} is outside the supported range (±{limit})").format(
                year=f"{ys[:12]}{'…' if len(ys) > 12 else ''}", limit=number(MAX_ABS_YEAR)
            ),
            about_year=True,
        )
    if len(ys.lstrip("+-")) > 4 and ys[0] not in "+-":
        raise DateError(
            tr("year {year} has more than four digits; write it with a sign, as {signed}").format(
                year=ys, signed=f"+{ys}"
            ),
            about_year=True,
        )
    year = int(ys)
    if ys.startswith("-") and year == 0:
        raise DateError(tr("-0000 is not a year; write 0000 for 1 BCE"), about_year=True)
    if m.group("month") is None:
        return _point(year, precision=Precision.YEAR, text=s)
    month = int(m.group("month"))
    if m.group("day") is None:
        return _point(year, month, precision=Precision.MONTH, text=s)
    day = int(m.group("day"))
    if m.group("hour") is None:
        return _point(year, month, day, precision=Precision.DAY, text=s)
    zone = m.group("zone")
    if zone is None:
        raise DateError(
            tr(
                "{text} has a time of day but no UTC offset; add one, such as "
                "{summer} for Central European Summer Time, or {utc} for UTC"
            ).format(text=repr(s), summer=f"{s}+02:00", utc=f"{s}Z")
        )
    offset = 0
    if zone != "Z":
        digits = zone[1:].replace(":", "")
        oh, om = int(digits[:2]), int(digits[2:])
        if om > 59 or oh * 60 + om > 14 * 60:
            raise DateError(
                tr("UTC offset {offset} is out of range (-14:00 to +14:00)").format(offset=zone)
            )
        offset = (oh * 60 + om) * (-1 if zone[0] == "-" else 1)
    second = int(m.group("second") or 0)
    if second == 60:
        _leap_second(year, month, day, int(m.group("hour")), int(m.group("minute")), offset, s)
    return _point(
        year,
        month,
        day,
        int(m.group("hour")),
        int(m.group("minute")),
        second,
        offset,
        precision=Precision.MINUTE,
        text=s,
    )


def _point(
    year: int,
    month: int = 1,
    day: int = 1,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    offset: int = 0,
    *,
    precision: Precision,
    text: str,
) -> TimePoint:
    if abs(year) > MAX_ABS_YEAR:
        raise DateError(
            tr("year {year} is outside the supported range (±{limit})").format(
                year=year, limit=number(MAX_ABS_YEAR)
            ),
            about_year=True,
        )
    if not 1 <= month <= 12:
        raise DateError(
            tr("{text}: month {month} does not exist (01 to 12)").format(
                text=repr(text), month=month
            )
        )
    if not 1 <= day <= days_in_month(year, month):
        raise DateError(
            tr("{text}: {month} has {days} days, not {day}").format(
                text=repr(text),
                month=format_point(TimePoint(year, month, precision=Precision.MONTH)),
                days=days_in_month(year, month),
                day=day,
            )
        )
    if hour > 23 or minute > 59 or second > 59:
        clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
        raise DateError(
            tr("{text}: time of day {clock} does not exist").format(text=repr(text), clock=clock)
        )
    return TimePoint(year, month, day, hour, minute, second, offset, precision)


def _leap_second(
    year: int, month: int, day: int, hour: int, minute: int, offset: int, text: str
) -> None:
    """Refuse second 60 as what it is: a leap second, which the app's clock (60 seconds a
    minute, as in ISO 8601 without leap seconds) cannot place; both suggestions read."""
    if hour > 23 or minute > 59 or not 1 <= month <= 12 or abs(year) > MAX_ABS_YEAR:
        return  # the time, the month or the year does not exist at all: _point says so
    if not 1 <= day <= days_in_month(year, month):
        return
    before = TimePoint(year, month, day, hour, minute, 59, offset, Precision.MINUTE)
    local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + (minute + 1) * 60
    days, rest = divmod(local, 86_400)
    y, mo, d = civil_from_days(days)
    after = TimePoint(y, mo, d, rest // 3600, rest % 3600 // 60, 0, offset, Precision.MINUTE)
    raise DateError(
        tr(
            "{text}: {clock} is a leap second, which the app cannot place; "
            "write {before}, or the next minute, {after}"
        ).format(
            text=repr(text),
            clock=f"{hour:02d}:{minute:02d}:60",
            before=before.iso(),
            after=after.iso(),
        )
    )


def number_date_message(number: int | float | str) -> str:
    """What to write instead of a JSON number where a date belongs. The advice is always a
    date that reads: a year or an 8-digit YYYYMMDD number as the date it stands for, and
    for any other number (1.5, 1e308, too many digits) the forms a date takes. A number
    JSON itself refuses (-1e400, NaN) is given as written, a string."""
    whole: int | None = None
    if isinstance(number, int):
        whole = number
    elif isinstance(number, float) and number.is_integer() and abs(number) <= MAX_ABS_YEAR:
        whole = int(number)
    for advice in _number_advice(whole):
        try:
            parse_date(advice)
        except DateError:
            continue
        return tr("write the date as text in quotes, {quoted}, not as a number").format(
            quoted=f'"{advice}"'
        )
    return tr(
        'write the date as text in quotes, such as "2017" or "2017-05-10"; '
        "the number {number} is not a date"
    ).format(number=_number_text(number))


def _number_advice(whole: int | None) -> list[str]:
    """Dates a whole number may stand for, the likeliest first (each checked by the caller)."""
    if whole is None:
        return []
    digits = str(abs(whole))
    if whole > 0 and len(digits) == 8:
        return [f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"]  # 20170510: 10 May 2017
    if whole < 0:
        return [f"{-whole} BCE"]  # -44: a teacher means 44 BCE
    if whole > 9999:
        return [f"+{whole}"]
    return [f"{whole:04d}"]


def _number_text(number: int | float | str) -> str:
    """A number as JSON writes it, shortened: 1e+308, 1.5, 123456789…"""
    text = number if isinstance(number, str) else repr(number)
    return text if len(text) <= 24 else text[:20] + "…"


def _from_words(s: str, english: str) -> TimePoint:
    """'10 May 2017', 'May 10, 2017', 'May 2017', '15 March 44 BCE': month spelled out, year
    required. ``english`` is ``s`` with its words in English (``_english_words``); messages
    quote ``s`` as written."""
    from dateutil import parser as dateparser

    if _TIME_OF_DAY.search(english):
        raise DateError(_with_time(s))
    era = _ERA_END.search(english)
    year: int | None = None
    words = english
    if era is not None:
        # dateutil knows no eras and reads a short year as this century's: it reads only the
        # day and month here, beside a stand-in leap year, and the year is taken as written.
        written = int((era.group("year") or era.group("year_after")).replace(",", ""))
        if written == 0:
            raise DateError(
                tr("{text}: there is no year 0; 1 BCE is followed by 1 CE").format(text=repr(s)),
                about_year=True,
            )
        year = 1 - written if era.group("bce") else written
        words = f"{english[: era.start()].rstrip().rstrip(',')} 2000"
    tokens = re.findall(r"\d+", words)
    if not any(len(t) >= 3 for t in tokens):
        if len(tokens) >= 2 or any(int(t) > 31 for t in tokens):
            raise DateError(
                tr(
                    "{text}: a year of one or two digits is never guessed; write the year in "
                    "full, or with its era (for example {ce} or {bce})"
                ).format(
                    text=repr(s),
                    ce=tr("{year} CE").format(year=tokens[-1]),
                    bce=tr("{year} BCE").format(year=tokens[-1]),
                ),
                about_year=True,
            )
        raise DateError(
            tr(
                "{text} has no year; write the year too, for example "
                "{example} or 2017-05-10 (a missing year is never guessed)"
            ).format(text=repr(s), example=f'"{s} 2017"'),
            about_year=True,
        )
    if any(len(t) > 8 for t in tokens):
        raise DateError(_year_outside(s), about_year=True)
    try:
        # Two different defaults reveal which fields the text itself supplied.
        a = dateparser.parse(words, default=_DEFAULT_A, fuzzy=False)
        b = dateparser.parse(words, default=_DEFAULT_B, fuzzy=False)
    except OverflowError:
        raise DateError(_year_outside(s), about_year=True) from None
    except ValueError as err:
        if "out of range" in str(err):  # 31 June: the month has no such day
            raise DateError(
                tr("{text}: that month has no such day").format(text=repr(s[:60]))
            ) from None
        raise DateError(
            tr("cannot read {text} as a date; write it as YYYY-MM-DD").format(text=repr(s[:60]))
        ) from None
    if a.year != b.year:
        raise DateError(
            tr("{text} has no year; write the year too (a missing year is never guessed)").format(
                text=repr(s)
            ),
            about_year=True,
        )
    if year is None:
        year = a.year
    if a.hour == b.hour or a.minute == b.minute:
        raise DateError(_with_time(s))
    if a.month != b.month:
        return _point(year, precision=Precision.YEAR, text=s)
    if a.day != b.day:
        return _point(year, a.month, precision=Precision.MONTH, text=s)
    point = _point(year, a.month, a.day, precision=Precision.DAY, text=s)
    said = _WEEKDAY_WORD.search(english)
    if said is not None:
        named = [d[:3].lower() for d in WEEKDAY_ABBR].index(said.group(1)[:3].lower())
        actual = weekday(days_from_civil(year, a.month, a.day))
        if named != actual:
            weekdays = names().weekdays
            raise DateError(
                tr("{text}: {date} was a {weekday}, not a {named}").format(
                    text=repr(s),
                    date=_day_text(year, a.month, a.day),
                    weekday=weekdays[actual],
                    named=weekdays[named],
                )
            )
    return point


def _with_time(s: str) -> str:
    return tr("{text}: write dates with a time of day as YYYY-MM-DDThh:mm+hh:mm").format(
        text=repr(s)
    )


def _year_outside(s: str) -> str:
    return tr("{text}: the year is outside the supported range").format(text=repr(s[:40]))


_DEFAULT_A = datetime(2001, 2, 3, 4, 5)
_DEFAULT_B = datetime(2002, 3, 5, 6, 7)
