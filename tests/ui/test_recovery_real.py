"""Recovery in the real application under Xvfb: delete an event with the keyboard, kill the
app with SIGKILL, start it again, restore with Enter, save with Ctrl+S."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.ui.test_real_window import (  # noqa: F401  (xdisplay is a fixture)
    _focus,
    _quit,
    _start_app,
    _wait_for_window,
    _xdotool,
    xdisplay,
)
from timeline_app.ui.recovery import recovery_dir

FIRST = "us-election-2016-11-08"  # the first event in time: Tab selects it


@pytest.mark.xvfb
def test_killed_app_offers_its_unsaved_work_and_restores_it(
    xdisplay: str,  # noqa: F811
    tmp_path: Path,
    bundled_path: Path,
) -> None:
    doc = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, doc)
    app = _start_app(xdisplay, str(doc))
    try:
        main = _wait_for_window(xdisplay, "the first meeting — Timeline")
        time.sleep(0.5)
        _focus(xdisplay, main)
        _xdotool(xdisplay, "key", "Tab")
        _xdotool(xdisplay, "key", "Delete")
        _wait_for_window(xdisplay, r"the first meeting\* — Timeline")
        deadline = time.monotonic() + 20
        while not list(recovery_dir().glob("*.json")):
            assert time.monotonic() < deadline, "no recovery file was written"
            time.sleep(0.1)
        os.kill(app.pid, signal.SIGKILL)
        app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == -signal.SIGKILL
    assert FIRST in doc.read_text(encoding="utf-8")  # the file itself was never written

    app = _start_app(xdisplay, str(doc))
    try:
        prompt = _wait_for_window(xdisplay, "Restore unsaved work")
        _focus(xdisplay, prompt)
        _xdotool(xdisplay, "key", "Return")
        main = _wait_for_window(xdisplay, r"the first meeting\* — Timeline")
        _focus(xdisplay, main)
        _xdotool(xdisplay, "key", "--clearmodifiers", "ctrl+s")
        _wait_for_window(xdisplay, "the first meeting — Timeline")
        err = _quit(xdisplay, app, main)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    saved = json.loads(doc.read_text(encoding="utf-8"))
    ids = [e["id"] for e in saved["events"]]
    assert FIRST not in ids and len(ids) == 13
    assert not list(recovery_dir().glob("*.json"))
