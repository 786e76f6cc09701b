"""The problems of other tools' files and of dates reach people in the open-error dialog, the
detail pane and the editor's date field: with the app in German (the shipped .qm, installed as
View › Language installs it), they read German, with the file's own text quoted as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_language import _build_translations
from timeline_app.formats.datefield import read_date_field
from timeline_app.formats.dates import DateError, parse_date
from timeline_app.formats.errors import TimelineFileError
from timeline_app.formats.markwhen import loads as loads_markwhen
from timeline_app.formats.registry import open_any
from timeline_app.formats.simile import load_xml
from timeline_app.ui import language


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    _build_translations()
    assert language.install("de") == "de"
    yield
    language.uninstall()


@pytest.mark.usefixtures("german")
def test_a_broken_markwhen_file_is_told_in_german(tmp_path: Path) -> None:
    path = tmp_path / "Projekt.mw"
    path.write_text(
        "title: Projekt\ntimezone: Mars/Olympus\n\n2023-02-30: Abgabe\n1850ish: Gründung\n",
        encoding="utf-8",
    )
    with pytest.raises(TimelineFileError) as caught:
        open_any(path)
    first, *problems = [p.for_people() for p in caught.value.problems]
    assert first.startswith(
        "Die Datei enthält keine lesbaren Ereignisse (Zeilen wie '2023-05-10: Was geschah'); "
        "3 Probleme darin, das erste: Zeile 2, Spalte 1, „timezone“: "
    )
    assert problems == [
        "Zeile 2, Spalte 1, „timezone“: die Zeitzone 'Mars/Olympus' ist unbekannt; "
        "die Uhrzeiten bleiben, wie sie geschrieben sind",
        "Zeile 4, Spalte 1, „date“: das Ereignis wird übersprungen: '2023-02-30': "
        "Februar 2023 hat 28 Tage, nicht 30",
        "Zeile 5, Spalte 1, „date“: das Ereignis wird übersprungen: '1850ish' ist kein Datum, "
        "das markwhen liest (schreiben Sie 2023-05-10, 1215, 3000 BC, Jan 2023 oder 05/10/2023)",
    ]
    # A file that opens keeps its warnings in German too (the detail pane lists them).
    timeline = loads_markwhen("2023: Start\n12 BC - 0 AD: Nie\n")
    [warning] = timeline.warnings
    assert warning.message == (
        "das Ereignis wird übersprungen: '0 AD': es gibt kein Jahr 0 AD; auf 1 BC folgt AD 1"
    )


@pytest.mark.usefixtures("german")
def test_a_broken_simile_file_is_told_in_german(tmp_path: Path) -> None:
    path = tmp_path / "simile.xml"
    path.write_text(
        '<data date-time-format="iso8601">\n'
        '  <event start="1840-11-14" title="Monet"/>\n'
        '  <event start="1840-02-30" title="Rodin"/>\n'
        '  <event start="1850" end="1840" title="Zola"/>\n'
        "  <note/>\n"
        "</data>\n",
        encoding="utf-8",
    )
    warnings = [w.message for w in load_xml(path).warnings]
    assert warnings == [
        "'Rodin' wird übersprungen: '1840-02-30': Februar 1840 hat 29 Tage, nicht 30",
        "'Zola' wird übersprungen: es endet, bevor es beginnt",
        "<note> ist kein Ereignis; übersprungen",
    ]
    path.write_text("<timeline><event start='1840'/></timeline>", encoding="utf-8")
    with pytest.raises(TimelineFileError) as caught:
        load_xml(path)
    assert caught.value.first.message == (
        "das Wurzelelement ist <timeline>; SIMILE-Dateien haben <data>"
    )


@pytest.mark.usefixtures("german")
def test_an_impossible_date_is_told_in_german() -> None:
    def problem(text: str) -> str:
        with pytest.raises(DateError) as caught:
            parse_date(text)
        return str(caught.value)

    assert problem("2017-02-30") == "'2017-02-30': Februar 2017 hat 28 Tage, nicht 30"
    assert problem("Montag, 14. Juli 1789") == (
        "'Montag, 14. Juli 1789': der 14. Juli 1789 war ein Dienstag, kein Montag"
    )
    assert problem("07/14/1789") == (
        "'07/14/1789': nur der 14. Juli 1789 ist möglich; schreiben Sie es als 1789-07-14"
    )
    assert problem("2016-12-31T23:59:60Z") == (
        "'2016-12-31T23:59:60Z': 23:59:60 ist eine Schaltsekunde, die das Programm nicht "
        "einordnen kann; schreiben Sie 2016-12-31T23:59:59Z oder die nächste Minute, "
        "2017-01-01T00:00Z"
    )
    # The editor's date field says the same, and still knows a missing year by its kind.
    assert read_date_field("Mai 2017 10:00").problem == (
        "'Mai 2017 10:00': schreiben Sie Daten mit Uhrzeit als JJJJ-MM-TTThh:mm+hh:mm"
    )
    assert read_date_field("10 Mai 44").problem == (
        "„10 Mai 44“ hat kein Jahr: Ergänzen Sie es vollständig (zum Beispiel 14. Juli 1789)"
    )


@pytest.mark.usefixtures("german")
def test_a_folder_or_a_file_too_large_is_refused_in_german(tmp_path: Path) -> None:
    from timeline_app.fsutil import FileTooLargeError, size_text

    folder = tmp_path / "Unterricht.json"
    folder.mkdir()
    with pytest.raises(TimelineFileError) as caught:
        open_any(folder)
    assert caught.value.first.for_people() == "Es ist ein Ordner (Verzeichnis), keine Datei"
    assert size_text(268_435_456) == "268,4 MB"
    assert size_text(1) == "1 Byte"
    assert str(FileTooLargeError(folder, 300_000_000, 268_435_456)) == (
        "die Datei ist 300 MB groß; die Grenze liegt bei 268,4 MB; sie wurde nicht gelesen"
    )
