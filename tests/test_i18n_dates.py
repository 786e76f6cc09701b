"""Dates, the axis, the detail pane, a handout and a presentation card in German and French.

A translator made from a dictionary stands in for Qt's (QCoreApplication.translate with the
shipped .qm) and the languages' month and weekday names are installed as the UI installs
them from QLocale: what is shown follows them, and what is saved stays ISO.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from timeline_app import i18n
from timeline_app.formats import load_timeline
from timeline_app.formats.timeline_writer import save_timeline
from timeline_app.model import Event, Quote, Source, Timeline, TimePoint
from timeline_app.model.timepoint import Precision, format_point, format_span
from timeline_app.render import export as ex
from timeline_app.render.html import event_html
from timeline_app.render.theme import LIGHT
from timeline_app.view.ticks import axis, deep_label
from timeline_app.view.viewport import DAY, Viewport

GERMAN_NAMES = i18n.Names(
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    months_short=(
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    weekdays_short=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
)
FRENCH_NAMES = i18n.Names(
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    months_short=(
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    weekdays_short=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
)

GERMAN = {
    ("Dates", "{year} BCE"): "{year} v. Chr.",
    ("Dates", "{day} {month} {year}"): "{day}. {month} {year}",
    ("Dates", "{day}–{end_day} {month} {year}"): "{day}.–{end_day}. {month} {year}",
    ("Dates", "{day} {month} – {end_day} {end_month} {year}"): (
        "{day}. {month} – {end_day}. {end_month} {year}"
    ),
    ("Dates", "{date}, {time} {zone}"): "{date}, {time} {zone}",
    ("Numbers", ","): ".",
    ("Numbers", "."): ",",
    ("Ticks", "{weekday} {day}"): "{weekday} {day}.",
    ("Ticks", "{n} Ma"): "{n} Mio. J.",
    ("Ticks", "in {time}"): "in {time}",
    ("DetailHtml", "Where"): "Wo",
    ("DetailHtml", "Source quote"): "Quellenzitat",
    ("DetailHtml", "Copy quote with citation"): "Zitat mit Quellenangabe kopieren",
    ("Timeline", "“{quote}”"): "„{quote}“",
    ("Timeline", "{speaker}, quoted in {citation}"): "{speaker}, zitiert in {citation}",
    ("Export", "page {page} of {pages}"): "Seite {page} von {pages}",
    ("PresentationWindow", "The date and the sources come with the next click."): (
        "Datum und Quellen folgen beim nächsten Klick."
    ),
    ("PresentationSteps", "Next"): "Weiter",
}
FRENCH = {
    ("Dates", "{year} BCE"): "{year} av. J.-C.",
    ("Numbers", ","): "\u202f",
    ("Ticks", "{weekday} {day}"): "{weekday} {day}",
}


def translator(table: dict[tuple[str, str], str]) -> i18n.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        out = table.get((context, text), text)
        return out.replace("%n", str(n)) if n >= 0 else out

    return translate


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(translator(GERMAN))
    i18n.install_names(GERMAN_NAMES)
    yield
    i18n.reset()


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install(translator(FRENCH))
    i18n.install_names(FRENCH_NAMES)
    yield
    i18n.reset()


def test_dates_read_in_german_order_with_german_names(german: None) -> None:
    assert format_point(TimePoint(2017, 5, 10)) == "10. Mai 2017"
    assert format_point(TimePoint(2017, 5, 10), Precision.MONTH) == "Mai 2017"
    assert format_point(TimePoint(-43, 3, 15)) == "15. März 44 v. Chr."
    assert format_point(TimePoint(-19_999, precision=Precision.YEAR)) == "20.000 v. Chr."
    minute = TimePoint(2017, 7, 7, 13, 45, precision=Precision.MINUTE)
    assert format_point(minute) == "7. Juli 2017, 13:45 UTC"
    assert format_span(TimePoint(2017, 7, 7), TimePoint(2017, 7, 8), Precision.DAY) == (
        "7.–8. Juli 2017"
    )
    assert format_span(TimePoint(2017, 1, 28), TimePoint(2017, 5, 2), Precision.DAY) == (
        "28. Januar – 2. Mai 2017"
    )


def test_dates_read_in_french(french: None) -> None:
    assert format_point(TimePoint(2017, 5, 10)) == "10 mai 2017"
    assert format_point(TimePoint(-43, precision=Precision.YEAR)) == "44 av. J.-C."
    assert format_point(TimePoint(-19_999, precision=Precision.YEAR)) == "20\u202f000 av. J.-C."


def measure(text: str) -> float:
    return 7.0 * len(text)


def test_the_axis_names_days_and_months_in_german(german: None) -> None:
    # Saturday 6 to Friday 12 May 2017: a tick a day.
    t0 = TimePoint(2017, 5, 6).start_seconds
    days = axis(Viewport(float(t0), 7 * DAY, 600), measure)
    assert days.unit == "day"
    assert days.ticks[0].label == "Sa. 6."
    assert "Mi. 10." in [t.label for t in days.ticks]
    assert days.context[0].label == "Mai 2017"
    # A year and a half: months, by their German short names, under their years.
    t0 = TimePoint(2016, 6, 1).start_seconds
    months = axis(Viewport(float(t0), 540 * DAY, 1400), measure)
    assert months.unit == "month"
    labels = {t.label for t in months.ticks}
    assert {"Dez.", "Mai", "Okt."} <= labels and not labels & {"Dec", "Oct"}
    # Steps are chosen by the German names' widths ("Sept.", not "Sep"): each label keeps
    # room after it before the next.
    narrow = axis(Viewport(float(t0), 540 * DAY, 885), measure)
    for a, b in zip(narrow.ticks, narrow.ticks[1:], strict=False):
        assert b.x - a.x >= measure(a.label) + 20, (a.label, b.label)
    # Deep time keeps its decimals in the German way.
    assert deep_label(1950 - 4_500_000, 500_000) == "4,5 Mio. J."


def test_the_axis_names_days_in_french(french: None) -> None:
    t0 = TimePoint(2017, 5, 6).start_seconds
    days = axis(Viewport(float(t0), 7 * DAY, 600), measure)
    assert days.ticks[0].label == "sam. 6"
    assert days.context[0].label == "mai 2017"


def quoted_event() -> Event:
    source = Source("s", "Le Monde", "Le Monde SA", 2017)
    quote = Quote("Nous avons parlé.", source, "¶ 3", speaker="E. Macron")
    return Event(
        "e1",
        "Treffen in Hamburg",
        TimePoint(2017, 7, 7),
        location="Hamburg",
        quotes=(quote,),
    )


def test_the_detail_pane_shows_the_date_and_its_words_in_german(german: None) -> None:
    text = event_html(quoted_event(), LIGHT)
    assert "7. Juli 2017" in text and "July" not in text
    assert ">Wo<" in text and ">Quellenzitat<" in text
    assert "Zitat mit Quellenangabe kopieren" in text
    assert "„Nous avons parlé.“" in text and "zitiert in" in text


def test_a_presentation_card_shows_the_german_date(german: None) -> None:
    from timeline_app.ui.presentation import card_parts
    from timeline_app.view.presentation import key_help

    event = quoted_event()
    timeline = Timeline([event])
    head, quotes = card_parts(event, timeline, True, LIGHT)
    assert "7. Juli 2017" in head
    assert "„Nous avons parlé.“" in quotes[0]
    head, _ = card_parts(event, timeline, False, LIGHT)
    assert "Datum und Quellen folgen beim nächsten Klick." in head
    assert key_help()[0][1] == "Weiter"


def test_a_german_handout_page_has_german_dates_and_page_numbers(
    german: None, bundled_path: Path, tmp_path: Path, qapp: object
) -> None:
    timeline = load_timeline(bundled_path)
    t0, t1 = ex.whole_range(timeline, 1920)
    out = tmp_path / "handout.pdf"
    ex.export_file(timeline, out, t0, t1, ex.ExportOptions(handout=True))
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(out).pages]
    assert all(f"Seite {n} von {len(pages)}" in text for n, text in enumerate(pages, 1))
    cards = " ".join(pages[1:])
    # Each card's date (the notes under them are the file's own words, in English).
    for event in timeline.events:
        assert f"{event.title} {event.date_text()} " in cards, event.title
    assert "20. Januar 2017" in cards and "2. Mai 2017" in cards


def test_dates_shown_in_german_are_saved_as_iso(
    german: None, bundled_path: Path, tmp_path: Path
) -> None:
    timeline = load_timeline(bundled_path)
    shown = {e.date_text() for e in timeline.events}
    assert "20. Januar 2017" in shown
    save_timeline(timeline, tmp_path / "de.json")
    saved = (tmp_path / "de.json").read_text(encoding="utf-8")
    assert "2017-01-20" in saved and "20. Januar" not in saved
    i18n.reset()
    save_timeline(timeline, tmp_path / "en.json")
    assert (tmp_path / "de.json").read_bytes() == (tmp_path / "en.json").read_bytes()


def test_notes_an_import_keeps_say_their_dates_in_english(german: None, tmp_path: Path) -> None:
    from timeline_app.formats import registry

    path = tmp_path / "war.xml"
    path.write_text(
        '<data><event start="Jun 1 1861" latestStart="Jul 1 1861" title="Cavalry"/></data>',
        encoding="utf-8",
    )
    event = registry.open_any(path).events[0]
    assert event.date_note == "The start is uncertain: between 1 June 1861 and 1 July 1861."
    assert event.date_text() == "1. Juni 1861"
