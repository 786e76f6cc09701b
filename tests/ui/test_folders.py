"""The Save As and Export dialogs open in the folder last saved or exported into, else in
Documents; never in the program's working directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from timeline_app.settings import load_settings, save_settings
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder, and a working directory elsewhere, as when the
    app is started from a menu (its working directory is then / or the install folder)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    cwd = tmp_path / "started-here"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return home


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start path of each save dialog opened; each is cancelled."""
    seen: list[str] = []

    def fake(_parent: object, _title: str, start: str = "", _filters: str = "") -> tuple[str, str]:
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return seen


def folder_of(start: str) -> str:
    assert os.path.isabs(start), f"{start!r} would be taken from the working directory"
    return os.path.dirname(start)


def test_with_nothing_saved_yet_the_dialogs_open_in_documents(
    window: MainWindow, home: Path, asked: list[str]
) -> None:
    window.save_as_dialog()
    window.export_dialog().choose_file_and_export()
    assert [folder_of(s) for s in asked] == [str(home / "Documents")] * 2
    assert all(not s.startswith(os.getcwd()) for s in asked)
    assert os.path.basename(asked[1]).endswith(".png")


def test_the_dialogs_open_where_the_last_file_was_saved_or_exported(
    window: MainWindow, home: Path, asked: list[str], tmp_path: Path, qtbot: QtBot
) -> None:
    lessons = tmp_path / "lessons"
    lessons.mkdir()
    assert window.save_as(str(lessons / "copy.timeline.json"))
    window.save_as_dialog()
    window.export_dialog().choose_file_and_export()
    assert [folder_of(s) for s in asked] == [str(lessons)] * 2

    slides = tmp_path / "slides"
    slides.mkdir()
    dialog = window.export_dialog()
    dialog.export_to(str(slides / "timeline.png"))
    qtbot.waitUntil(lambda: (slides / "timeline.png").exists())
    qtbot.waitUntil(lambda: window.settings.last_folder == str(slides))
    window.save_as_dialog()
    assert folder_of(asked[-1]) == str(slides)

    # Kept for the next start.
    assert save_settings(window.settings) == ""
    assert load_settings().last_folder == str(slides)


def test_a_folder_gone_since_gives_way_to_documents(
    window: MainWindow, home: Path, asked: list[str], tmp_path: Path
) -> None:
    window.settings.last_folder = str(tmp_path / "usb-stick" / "lessons")
    window.save_as_dialog()
    assert folder_of(asked[0]) == str(home / "Documents")
