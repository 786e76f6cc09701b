"""One numbering for people: the error dialog and its Show Details name the same event and
quote the same way ("event 3, quote 1"), and so does any place a message refers to."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.formats.errors import Problem
from timeline_app.ui.main_window import MainWindow


def test_a_place_inside_a_message_is_counted_from_one() -> None:
    p = Problem("f.json", 9, 5, "events[4].id", "event id 'a' is used twice (first at events[0])")
    assert p.for_people() == (
        "Line 9, column 5, event 5, “id”: event id 'a' is used twice (first at event 1)"
    )
    assert "events[0]" in str(p)  # the command line's path form keeps its own numbering


def test_the_dialog_and_show_details_count_alike(tmp_path: Path, qtbot: QtBot) -> None:
    events = [
        {"id": "a", "title": "Bastille", "start": "1789-07-14"},
        {"id": "b", "title": "Varennes", "start": "1791-06-20"},
        {
            "id": "a",
            "title": "Valmy",
            "start": "1792-09-20",
            "quotes": [{"text": "Vive la nation !", "source": "nowhere", "locator": "p. 1"}],
        },
    ]
    path = tmp_path / "revolution.json"
    path.write_text(
        json.dumps({"format": "timeline-app", "version": 1, "events": events}, indent=1)
    )
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_bundled()
    assert not w.open_path(str(path))
    box = w.findChild(QMessageBox, "loadErrorDialog")
    assert box is not None
    shown, details = box.informativeText(), box.detailedText()
    assert "event 3, quote 1, “source”" in shown + details
    assert "event 3, “id”: event id 'a' is used twice (first at event 1)" in details
    # Nothing under Show Details counts from 0 or names a place the dialog names otherwise.
    for text in (shown, details):
        assert "events[" not in text and "quotes[" not in text
    first = shown.split("\n")[0]
    assert details.split("\n")[0] == first
    box.close()
