"""The app keeps running and nothing is lost: errors are logged and shown once, a hard crash
leaves a trace, killed writes leave old or new files whole, memory stays flat."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.ui.app import ErrorReporter, log_file_path, setup_logging
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_an_exception_in_a_slot_is_logged_and_shown_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = setup_logging()
    assert path == log_file_path()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    reporter = ErrorReporter(path)
    for n in range(3):
        try:
            raise ValueError(f"broken slot {n}")
        except ValueError as err:
            reporter(type(err), err, err.__traceback__)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog"]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert "broken slot 0" in dialogs[0].text()  # type: ignore[attr-defined]
    log = Path(path).read_text(encoding="utf-8")
    assert all(f"broken slot {n}" in log for n in range(3)) and "Traceback" in log
    assert reporter.count == 3
    dialogs[0].close()
    window.canvas.zoom_by(2.0)  # the app carries on


def test_the_log_is_reachable_from_help(qtbot: QtBot) -> None:
    setup_logging()
    import logging

    logging.getLogger("timeline_app").warning("a line to find in the log")
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = window.show_log()
    text = dialog.findChild(QWidget, "logText").toPlainText()  # type: ignore[union-attr]
    assert "a line to find in the log" in text
    dialog.close()


def test_a_hard_crash_leaves_a_trace_in_the_log(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import faulthandler
        from timeline_app.ui.app import setup_logging
        setup_logging()
        faulthandler._sigsegv()
    """)
    env = dict(os.environ, TIMELINE_APP_LOG_DIR=str(tmp_path))
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert r.returncode != 0
    log = (tmp_path / "timeline-app.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error" in log and "Segmentation fault" in log


def test_links_open_only_after_showing_the_address(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.ui import detail_pane

    opened: list[str] = []
    monkeypatch.setattr(
        detail_pane.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    window = MainWindow()
    qtbot.addWidget(window)
    pane = window.detail
    pane._on_anchor(QUrl("file:///etc/hostname"))
    pane._on_anchor(QUrl("javascript:alert(1)"))
    assert not opened and not hasattr(pane, "link_dialog")
    pane._on_anchor(QUrl("https://valdaiclub.com/a/highlights/"))
    box = pane.link_dialog
    assert box.isVisible() and box.informativeText() == "https://valdaiclub.com/a/highlights/"
    assert not opened  # nothing happens before the user agrees
    box.done(int(box.StandardButton.Open))
    assert opened == ["https://valdaiclub.com/a/highlights/"]


WRITER = textwrap.dedent("""
    import os, sys
    from timeline_app.fsutil import atomic_write_bytes
    target, size, ready = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    data = [bytes([65 + i % 26]) * size for i in range(2)]
    open(ready, "w").close()
    i = 0
    while True:
        atomic_write_bytes(target, data[i % 2] + b"END")
        i += 1
""")


@pytest.mark.slow
def test_killing_a_writer_mid_write_leaves_an_old_or_new_file_whole(tmp_path: Path) -> None:
    """SIGKILL a process that rewrites a file in a loop, many times over: the file is always
    one of the complete versions, never a mix or a truncation."""
    target = tmp_path / "settings.json"
    size = 2_000_000
    target.write_bytes(b"A" * size + b"END")
    good = {b"A" * size + b"END", b"B" * size + b"END"}
    for round_ in range(25):
        ready = tmp_path / f"ready{round_}"
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(size), str(ready)])
        deadline = time.monotonic() + 20
        while not ready.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.02 + (round_ % 7) * 0.013)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert target.read_bytes() in good, f"round {round_}: a broken file"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 25  # a kill can leave a temporary file, never a broken target


@pytest.mark.slow
def test_killing_an_export_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "export.png"
    out.write_bytes(b"old export")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    for delay in (0.3, 0.6, 0.9, 1.2, 1.5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "timeline_app", "export", "-o", str(out), "--width", "8000",
             "--height", "4500"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = out.read_bytes()
        assert data == b"old export" or (
            data.startswith(b"\x89PNG") and data.endswith(b"IEND\xaeB`\x82")
        )


def test_settings_written_while_killed_are_old_or_new(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from timeline_app.settings import Settings, save_settings
        path = Path(sys.argv[1])
        i = 0
        while True:
            s = Settings(recent_files=[f"/tmp/file{i}-" + "x" * 50000])
            save_settings(s, path)
            i += 1
    """)
    path = tmp_path / "settings.json"
    for delay in (0.2, 0.35, 0.5, 0.65):
        proc = subprocess.Popen([sys.executable, "-c", code, str(path)])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if path.exists():
            json.loads(path.read_text())  # complete JSON, whichever version


@pytest.mark.slow
def test_memory_stays_flat_over_many_opens_and_zooms(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)

    def cycle(opens: int, zooms: int) -> None:
        for _ in range(opens):
            assert window.open_bundled()
            window.canvas.repaint()
        for i in range(zooms):
            window.canvas.zoom_by(1.6 if i % 2 == 0 else 1 / 1.6, 300)
            if i % 25 == 0:
                window.canvas.repaint()
        QApplication.processEvents()
        # Widgets replaced on open are deleted by the event loop (deleteLater): let it run.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    cycle(20, 100)  # warm-up: caches fill
    gc.collect()
    widgets_before = len(QApplication.allWidgets())
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    cycle(200, 1000)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    growth = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert growth < 3 * 1024 * 1024, f"Python memory grew by {growth / 1e6:.1f} MB"
    assert len(QApplication.allWidgets()) == widgets_before


def test_the_detail_pane_never_loads_a_resource(qtbot: QtBot) -> None:
    from PySide6.QtGui import QTextDocument

    window = MainWindow()
    qtbot.addWidget(window)
    browser = window.detail.browser
    for url in ("file:///etc/hostname", "https://example.org/x.png", "qrc:/x", "data:text/plain,x"):
        assert (
            browser.loadResource(int(QTextDocument.ResourceType.ImageResource.value), QUrl(url))
            is None
        )
    browser.setHtml("<img src='file:///etc/hostname'>")  # even markup that got through
    assert "localhost" not in browser.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_a_real_slot_that_raises_shows_one_dialog_and_the_app_goes_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    reporter = ErrorReporter(setup_logging())
    monkeypatch.setattr(sys, "excepthook", reporter)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    def broken() -> None:
        raise RuntimeError("a slot that breaks")

    for _ in range(2):
        QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: reporter.count == 2, timeout=3000)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "errorDialog" and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].close()
    window.canvas.zoom_by(1.5)
    assert window.isVisible()


def test_settings_on_a_full_disk_give_a_reason_and_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.settings import Settings, save_settings

    path = tmp_path / "settings.json"
    assert save_settings(Settings(theme="dark"), path) == ""
    old = path.read_bytes()

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    message = save_settings(Settings(theme="light"), path)
    assert message == "Settings could not be saved: No space left on device"
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
