"""The main window fits the screen: the first one, and one restored from the settings.

In this process the offscreen screen is Qt's default, 800 × 800. A projector of 1024 × 768
and a 1920 × 1080 laptop at scale factor 2 are offscreen screens of a child process, set up
with the offscreen platform's configuration file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from timeline_app.settings import Settings, load_settings
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.window_fit import ScreenFit

ROOT = Path(__file__).resolve().parents[2]


def inside(frame: QRect, area: QRect) -> bool:
    return area.contains(frame)


def test_the_first_window_fits_a_screen_smaller_than_its_default_size(qtbot: QtBot) -> None:
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    area = w.screen().availableGeometry()
    assert area.width() < 1280  # the default size would not fit
    assert inside(w.frameGeometry(), area), (w.frameGeometry(), area)
    # The status bar, the overview and the side panels are on screen, at their places.
    for part in (w.statusBar(), w.overview, w.tabs, w.detail):
        corner = part.mapToGlobal(part.rect().bottomRight())
        assert area.contains(corner), (type(part).__name__, corner, area)
    w.close()


def test_a_window_saved_on_a_larger_screen_is_restored_inside_this_one(qtbot: QtBot) -> None:
    big = MainWindow(Settings())
    qtbot.addWidget(big)
    big.setGeometry(1500, 900, 1900, 1150)  # where a 2560 × 1440 screen had it
    big.store_settings()
    big.close()
    saved = load_settings()
    assert saved.geometry
    w = MainWindow(saved)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    area = w.screen().availableGeometry()
    assert inside(w.frameGeometry(), area), (w.frameGeometry(), area)
    w.close()


def test_a_size_set_after_the_window_is_made_is_kept(qtbot: QtBot) -> None:
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.resize(1300, 800)  # on purpose, as a script or a test does: not the app's choice
    w.show()
    qtbot.waitExposed(w)
    assert (w.width(), w.height()) == (1300, 800)
    w.close()


CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from timeline_app.settings import load_settings
from timeline_app.ui.main_window import MainWindow
w = MainWindow(load_settings())
if len(sys.argv) > 2:  # a window the user made large before closing
    w.setGeometry(*map(int, sys.argv[2].split(",")))
w.show()
w.open_bundled()
for _ in range(5):
    app.processEvents()
area, frame = w.screen().availableGeometry(), w.frameGeometry()
parts = {}
for name, part in (("status", w.statusBar()), ("overview", w.overview), ("list", w.tabs),
                   ("detail", w.detail), ("canvas", w.canvas)):
    top_left = part.mapToGlobal(part.rect().topLeft())
    bottom_right = part.mapToGlobal(part.rect().bottomRight())
    parts[name] = [top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y()]
w.grab().save(sys.argv[1])
w.close()
print(json.dumps({
    "area": [area.x(), area.y(), area.width(), area.height()],
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "dpr": w.screen().devicePixelRatio(),
    "parts": parts,
}))
"""


def run_on_screen(
    tmp_path: Path, width: int, height: int, scale: float = 1, geometry: str = ""
) -> dict[str, object]:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "screen",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    shot = tmp_path / f"window-{width}x{height}@{scale}.png"
    args = [sys.executable, "-c", CHILD, str(shot)] + ([geometry] if geometry else [])
    r = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert shot.is_file()
    result: dict[str, object] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


def assert_on_screen(result: dict[str, object]) -> None:
    ax, ay, aw, ah = result["area"]  # type: ignore[misc]
    fx, fy, fw, fh = result["frame"]  # type: ignore[misc]
    assert ax <= fx and ay <= fy and fx + fw <= ax + aw and fy + fh <= ay + ah, result
    for name, (left, top, right, bottom) in result["parts"].items():  # type: ignore[attr-defined]
        assert ax <= left <= right < ax + aw and ay <= top <= bottom < ay + ah, (name, result)


def test_on_a_1024_by_768_projector_every_pane_is_on_screen(tmp_path: Path) -> None:
    result = run_on_screen(tmp_path, 1024, 768)
    assert result["area"] == [0, 0, 1024, 768]
    assert_on_screen(result)
    # Usable: the timeline keeps most of the width, the side panels a readable column.
    parts = result["parts"]
    canvas, side = parts["canvas"], parts["list"]  # type: ignore[index]
    assert canvas[2] - canvas[0] >= 600 and side[2] - side[0] >= 250, parts


def test_at_scale_factor_two_on_full_hd_the_window_fits(tmp_path: Path) -> None:
    result = run_on_screen(tmp_path, 1920, 1080, scale=2)
    assert result["area"] == [0, 0, 960, 540] and result["dpr"] == 2
    assert_on_screen(result)


def test_a_restored_window_from_a_larger_screen_fits_the_projector(tmp_path: Path) -> None:
    # Closed on a 2560 × 1440 screen as a large window; opened again on the projector.
    first = run_on_screen(tmp_path, 2560, 1440, geometry="600,300,1800,1000")
    assert first["frame"][2] > 1024  # type: ignore[index]
    assert load_settings().geometry  # saved on closing, in this test's own folder
    result = run_on_screen(tmp_path, 1024, 768)
    assert_on_screen(result)


class LateFrame(QMainWindow):
    """A window whose window manager gives its frame some events after the show, as an X
    window manager does (offscreen, the frame is known at once)."""

    def __init__(self) -> None:
        super().__init__()
        self.frame: tuple[int, int, int, int] | None = None  # left, top, right, bottom

    def frameGeometry(self) -> QRect:
        g = self.geometry()
        if self.frame is None:
            return g
        left, top, right, bottom = self.frame
        return g.adjusted(-left, -top, right, bottom)


def test_a_frame_given_after_the_show_is_fitted_once_known(qtbot: QtBot) -> None:
    w = LateFrame()
    qtbot.addWidget(w)
    area = w.screen().availableGeometry()
    w.resize(5000, 5000)
    fit = ScreenFit(w, centre=True)
    w.show()
    qtbot.waitExposed(w)
    placed = w.geometry()
    assert placed == fit.placed  # nothing known yet: the estimate stands
    w.frame = (1, 60, 1, 30)  # a title bar and a bottom larger than the estimate
    QApplication.sendEvent(w, QEvent(QEvent.Type.WindowActivate))
    assert area.contains(w.frameGeometry()), (w.frameGeometry(), area)
    assert w.geometry() != placed


def test_a_late_frame_leaves_a_size_set_by_the_caller_alone(qtbot: QtBot) -> None:
    w = LateFrame()
    qtbot.addWidget(w)
    ScreenFit(w, centre=True)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1300, 900)  # on purpose, after the show
    w.frame = (1, 60, 1, 30)
    QApplication.sendEvent(w, QEvent(QEvent.Type.WindowActivate))
    assert (w.width(), w.height()) == (1300, 900)
