"""Test set-up: headless Qt, and settings and logs kept out of the user's folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUNDLED = ROOT / "resources" / "timeline-2017.json"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own config, log and data (recovery) folders."""
    monkeypatch.setenv("TIMELINE_APP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TIMELINE_APP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("TIMELINE_APP_DATA_DIR", str(tmp_path / "data"))
    # The tests read English text, whatever the language of the machine running them.
    monkeypatch.setenv("TIMELINE_APP_LANGUAGE", "en")
    # Each test's app is its own single instance, apart from any copy the user is running.
    monkeypatch.setenv("TIMELINE_APP_INSTANCE", f"timeline-app-test-{os.getpid()}-{tmp_path.name}")


@pytest.fixture
def bundled_path() -> Path:
    return BUNDLED


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The main window, shown, with the bundled timeline open."""
    from timeline_app.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_bundled()
    return w


@pytest.fixture(autouse=True, scope="session")
def _clipboard_emptied_at_the_end() -> object:
    """Qt's offscreen platform deletes clipboard data made in Python too late at exit and
    crashes the interpreter (status 139) after every test has passed; under a real display
    (xcb) the same data is fine. So the tests leave the clipboard empty when they finish."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
