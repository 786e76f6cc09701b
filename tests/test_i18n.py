"""The translation calls: English until a translator is installed, then the translator's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline_app import i18n


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def test_english_until_a_translator_is_installed() -> None:
    tr = i18n.context("Test")
    assert tr("Open…") == "Open…"
    assert tr.n("%n events", 3) == "3 events"
    assert tr.mark("Year") == "Year"


def test_installed_translator_gets_context_text_disambiguation_and_count() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, text, disambiguation, n))
        return {"Open": "Öffnen", "%n events": "%n Ereignisse"}[text].replace("%n", str(n))

    i18n.install(german)
    tr = i18n.context("MainWindow")
    assert tr("Open", "verb") == "Öffnen"
    assert tr.n("%n events", 2) == "2 Ereignisse"
    assert calls == [("MainWindow", "Open", "verb", -1), ("MainWindow", "%n events", None, 2)]


def test_names_are_english_until_installed_and_checked() -> None:
    assert i18n.names().months[4] == "May"
    assert i18n.names().weekdays_short[0] == "Mon"
    german = i18n.Names(
        months=tuple(f"M{m}" for m in range(12)),
        months_short=tuple(f"m{m}" for m in range(12)),
        weekdays=tuple(f"D{d}" for d in range(7)),
        weekdays_short=tuple(f"d{d}" for d in range(7)),
    )
    i18n.install_names(german)
    assert i18n.names().months[0] == "M0"
    with pytest.raises(ValueError):
        i18n.install_names(i18n.Names((), (), (), ()))


def test_plurals_say_the_english_singular_and_group_thousands() -> None:
    tr = i18n.context("Test")
    assert tr.n("Paste %n Events", 1, one="Paste %n Event") == "Paste 1 Event"
    assert tr.n("Paste %n Events", 2, one="Paste %n Event") == "Paste 2 Events"
    assert tr.n("%n events", 60_000, one="%n event") == "60,000 events"
    assert i18n.number(1_234_567) == "1,234,567" and i18n.number(999) == "999"


def test_a_translated_plural_keeps_its_form_and_the_languages_separator() -> None:
    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        table = {"%n events": ("%n Ereignis", "%n Ereignisse"), ",": (".", ".")}
        one, many = table[text]
        return (one if n == 1 else many).replace("%n", str(n))

    i18n.install(german)
    tr = i18n.context("Test")
    assert tr.n("%n events", 1, one="%n event") == "1 Ereignis"
    assert tr.n("%n events", 12_345, one="%n event") == "12.345 Ereignisse"
    assert i18n.number(60_000) == "60.000"
