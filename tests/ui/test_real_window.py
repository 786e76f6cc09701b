"""Start the real application in a real X window under Xvfb, as a desktop would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRED = os.environ.get("TIMELINE_APP_REQUIRE_XVFB") == "1"


def _missing_tools() -> list[str]:
    return [t for t in ("Xvfb", "xdotool", "openbox") if shutil.which(t) is None]


@pytest.fixture
def xdisplay() -> Iterator[str]:
    missing = _missing_tools()
    if missing:
        if REQUIRED:
            pytest.fail(f"Xvfb test required but {', '.join(missing)} not installed")
        pytest.skip(f"{', '.join(missing)} not installed")
    for number in range(91, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    # A window manager, as on a desktop: it gives the window keyboard focus.
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=dict(os.environ, DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield display
    finally:
        wm.terminate()
        wm.wait(timeout=10)
        proc.terminate()
        proc.wait(timeout=10)


def _xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, env=env, timeout=10)


def _wait_for_window(display: str, pattern: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = _xdotool(display, "search", "--onlyvisible", "--name", pattern)
        if r.returncode == 0 and r.stdout.strip():
            return r.stdout.split()[0]
        time.sleep(0.2)
    raise AssertionError(f"no window matching {pattern!r} appeared")


@pytest.mark.xvfb
def test_app_opens_a_file_in_a_real_window(
    xdisplay: str, tmp_path: Path, bundled_path: Path
) -> None:
    doc = tmp_path / "class-timeline.json"
    doc.write_bytes(
        bundled_path.read_bytes().replace(
            b'"title": "Putin and Trump', b'"title": "Class copy: Putin and Trump', 1
        )
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = xdisplay
    app = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", str(doc)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wid = _wait_for_window(xdisplay, "Class copy: Putin and Trump")
        name = _xdotool(xdisplay, "getwindowname", wid).stdout.strip()
        assert name.endswith("— Timeline")
        geometry = _xdotool(xdisplay, "getwindowgeometry", wid).stdout
        assert "Geometry:" in geometry
        # Focus the window the way a user would, then quit with the keyboard.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            _xdotool(xdisplay, "windowactivate", "--sync", wid)
            if _xdotool(xdisplay, "getactivewindow").stdout.strip() == wid:
                break
            time.sleep(0.2)
        _xdotool(xdisplay, "key", "--clearmodifiers", "ctrl+q")
        try:
            _, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            _xdotool(xdisplay, "key", "--window", wid, "--clearmodifiers", "ctrl+q")
            _, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    settings = Path(os.environ["TIMELINE_APP_CONFIG_DIR"]) / "settings.json"
    assert settings.exists(), "quitting saves the settings"
    assert str(doc) in settings.read_text()
