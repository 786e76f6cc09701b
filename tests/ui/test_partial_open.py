"""A timeline file whose problems all lie in some events: the window offers to open the
others, says which were left out, and shows them once the file is fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from timeline_app.formats import TimelineFileError
from timeline_app.formats.partial import load_fine_events
from timeline_app.ui.main_window import MainWindow


def lesson(*starts: str) -> str:
    events = [
        {"id": f"e{k}", "title": f"Event {k}", "start": start} for k, start in enumerate(starts)
    ]
    return json.dumps({"format": "timeline-app", "version": 1, "events": events}, indent=1)


def test_the_events_that_are_fine_open_and_the_others_are_named(tmp_path: Path) -> None:
    path = tmp_path / "lesson.timeline.json"
    path.write_text(lesson("1789-07-14", "14/07/1789", "1799-11-09", "1815-06-31"))
    tl = load_fine_events(str(path))
    assert [e.id for e in tl.events] == ["e0", "e2"]
    assert tl.left_out == (1, 3)
    places = [(w.path, w.line) for w in tl.warnings]  # type: ignore[attr-defined]
    assert places[0][0] == "events[1].start" and places[1][0] == "events[3].start"
    assert places[0][1] < places[1][1]  # lines in the file, in its order


def test_more_faulty_events_than_one_pass_reports(tmp_path: Path) -> None:
    starts = ["not a date"] * 150 + ["2017-05-10"]
    path = tmp_path / "many.timeline.json"
    path.write_text(lesson(*starts))
    tl = load_fine_events(str(path))
    assert [e.id for e in tl.events] == ["e150"]
    assert len(tl.left_out) == 150


def test_a_problem_with_the_whole_file_still_refuses_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.timeline.json"
    path.write_text(lesson("2017").replace('"version": 1', '"version": 7'))
    with pytest.raises(TimelineFileError, match="version"):
        load_fine_events(str(path))


def test_the_error_dialog_offers_the_other_events(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "lesson.timeline.json"
    path.write_text(lesson("1789-07-14", "14/07/1789", "1799-11-09"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    assert w.open_bundled()
    assert not w.open_path(str(path))
    box = w.findChild(QMessageBox, "loadErrorDialog")
    button = box.findChild(QPushButton, "openFineEvents")
    assert button is not None and button.text() == "Open the Other Events"
    button.click()
    qtbot.waitUntil(lambda: w.current_path == str(path), timeout=5000)
    assert [e.id for e in w.canvas.timeline.events] == ["e0", "e2"]
    note = w.import_note
    assert note.isVisible() and note.label.text().startswith("2 events opened; 1 left out")
    assert note.details.startswith("Line 13, column 13, event 2, “start”: ")
    # Fixed in the file: the event appears and the note goes.
    path.write_text(lesson("1789-07-14", "1789-07-14", "1799-11-09"))
    qtbot.waitUntil(lambda: len(w.canvas.timeline) == 3, timeout=5000)
    assert not note.isVisible()


def test_the_error_dialog_counts_the_problems_it_does_not_list(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "many.timeline.json"
    path.write_text(lesson(*(["not a date"] * 150)))
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_bundled()
    assert not w.open_path(str(path))
    box = w.findChild(QMessageBox, "loadErrorDialog")
    text = box.informativeText()
    assert "99 more problems under Show Details. 50 more were found and not listed." in text
    assert box.detailedText().endswith("… and 50 more problems")
