"""Save As writes the app's own format, atomically, and follows the new file; an import says
what it read in a quiet note, with its problems under Details."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.formats import registry
from timeline_app.formats.errors import Problem
from timeline_app.formats.timeline_json import load_timeline
from timeline_app.model import Event, Precision, Timeline, TimePoint
from timeline_app.model.timeline import Era
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_save_as_writes_the_timeline_and_moves_picture_paths_along(
    window: MainWindow, tmp_path: Path
) -> None:
    lesson = tmp_path / "lesson"
    (lesson / "images").mkdir(parents=True)
    (lesson / "images" / "a.png").write_bytes(b"\\x89PNG")
    src = lesson / "lesson.timeline.json"
    src.write_text(
        json.dumps(
            {
                "format": "timeline-app",
                "version": 1,
                "title": "Lesson",
                "eras": [{"title": "Summer", "start": "2017-06", "end": "2017-08"}],
                "events": [
                    {
                        "id": "w",
                        "title": "Warsaw",
                        "start": "2017-07-06",
                        "media": [
                            {"url": "images/a.png", "caption": "Square"},
                            {"url": "https://example.org/x.jpg"},
                        ],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    assert window.open_path(str(src), wait=True)
    out = tmp_path / "copies" / "lesson-copy"
    out.parent.mkdir()
    assert window.save_as(str(out))
    written = out.with_name("lesson-copy.timeline.json")
    again = load_timeline(written)
    assert again.title == "Lesson" and [e.title for e in again.eras] == ["Summer"]
    media = again.events[0].media
    assert media[0].url == "../lesson/images/a.png" and media[0].caption == "Square"
    assert media[1].url == "https://example.org/x.jpg"
    assert window.current_path == str(written)
    assert window.follower.path == str(written)
    assert str(written) in window.settings.recent_files


def test_a_failed_save_says_why_and_changes_nothing(
    window: MainWindow, tmp_path: Path, bundled_path: Path
) -> None:
    assert window.open_bundled()
    (tmp_path / "plainfile").write_text("not a folder")
    target = tmp_path / "plainfile" / "x.timeline.json"
    before = window.canvas.timeline
    assert not window.save_as(str(target))
    assert window.canvas.timeline is before
    assert window.current_path == str(bundled_path) or window.current_path.endswith(
        "timeline-2017.json"
    )
    assert window.last_error


def _read_dates(path: str, progress: object = None) -> Timeline:
    """A tiny made-up format: 'YEAR TITLE' lines; a bad line is left out and named."""
    events, warnings = [], []
    for n, line in enumerate(Path(path).read_text().splitlines(), 1):
        year, _, title = line.partition(" ")
        if year.isdigit():
            point = TimePoint(int(year), precision=Precision.YEAR)
            events.append(Event(f"e{n}", title, point, precision=Precision.YEAR))
        else:
            warnings.append(Problem(path, n, 1, "", f"{year!r} is not a year", place=f"line {n}"))
    tl = Timeline(
        events,
        eras=[
            Era(
                "Then",
                TimePoint(1900, precision=Precision.YEAR),
                TimePoint(1950, precision=Precision.YEAR),
                Precision.YEAR,
            )
        ],
    )
    tl.warnings = tuple(warnings)
    return tl


def test_an_import_says_what_it_read(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fmt = registry.Format(
        "year-lines",
        "year list",
        (".years",),
        lambda head, name: head[:4].isdigit(),
        _read_dates,  # type: ignore[arg-type]
    )
    monkeypatch.setattr(registry, "_FORMATS", [*registry.formats(), fmt])
    path = tmp_path / "dates.years"
    path.write_text("1914 War\nc1918 Peace\n1929 Crash\n")
    assert window.open_path(str(path), wait=True)
    assert [e.title for e in window.canvas.timeline.events] == ["War", "Crash"]
    note = window.import_note
    assert note.isVisible()
    assert note.label.text() == "2 events and 1 era from a year list; 1 problem (see Details)"
    assert "Line 2: 'c1918' is not a year" in note.details
    # The app's own files need no note.
    assert window.open_bundled()
    assert not note.isVisible()


@pytest.mark.parametrize("ext", [".xlsx", ".csv"])
def test_new_from_template_writes_the_sheet_and_opens_it_with_its_quotes(
    window: MainWindow, tmp_path: Path, ext: str
) -> None:
    path = tmp_path / f"my-timeline{ext}"
    assert window.new_from_template(str(path))
    assert path.is_file() and window.current_path == str(path)
    bundled = load_timeline(
        Path(__file__).resolve().parents[2] / "resources" / "timeline-2017.json"
    )
    shown = window.canvas.timeline
    assert [e.title for e in shown.events] == [e.title for e in bundled.events]
    assert [q.text for e in shown.events for q in e.quotes] == [
        q.text for e in bundled.events for q in e.quotes
    ]
    quote = next(q for e in shown.events for q in e.quotes)
    assert quote.locator.startswith("¶") and quote.source.title.startswith("Putin and Trump")
    assert window.import_note.label.text().startswith("14 events from a TimelineJS sheet")
    assert window.follower.path == str(path)  # followed as the teacher edits it
