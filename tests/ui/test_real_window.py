"""Start the real application in a real X window under Xvfb, as a desktop would."""

from __future__ import annotations

import os
import re
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
    yield from _desktop(display, proc)


def _desktop(display: str, xvfb: subprocess.Popen[bytes]) -> Iterator[str]:
    """A window manager on the X server ``xvfb`` (as on a desktop: it gives the window
    keyboard focus) for the duration of a fixture; then both are stopped, the server also
    when the window manager never came up."""
    wm = None
    try:
        wm = _start_window_manager(display)
        yield display
    finally:
        for proc in (wm, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)


def _start_window_manager(display: str, tries: int = 3) -> subprocess.Popen[bytes]:
    """Start openbox and wait until it answers (it publishes its desktops): until then, focus
    and full screen requests go nowhere. On a busy machine it can fail to reach a server
    that has only just started; it is then started again."""
    for _ in range(tries):
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=dict(os.environ, DISPLAY=display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and wm.poll() is None:
            r = _xdotool(display, "get_num_desktops")
            if r.returncode == 0 and r.stdout.strip().isdigit() and int(r.stdout) > 0:
                return wm
            time.sleep(0.05)
        wm.kill()
        wm.wait(timeout=10)
    pytest.fail("the window manager did not start")


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
        err = _quit(xdisplay, app, wid)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    settings = Path(os.environ["TIMELINE_APP_CONFIG_DIR"]) / "settings.json"
    assert settings.exists(), "quitting saves the settings"
    assert str(doc) in settings.read_text()


def _geometry(display: str, wid: str) -> tuple[int, int, int, int]:
    out = _xdotool(display, "getwindowgeometry", wid).stdout
    pos = re.search(r"Position: (-?\d+),(-?\d+)", out)
    size = re.search(r"Geometry: (\d+)x(\d+)", out)
    assert pos and size, out
    return int(pos[1]), int(pos[2]), int(size[1]), int(size[2])


def _gone(display: str, pattern: str, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = _xdotool(display, "search", "--onlyvisible", "--name", pattern)
        if not r.stdout.strip():
            return True
        time.sleep(0.1)
    return False


def _start_app(display: str, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = display
    return subprocess.Popen(
        [sys.executable, "-m", "timeline_app", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _focus(display: str, wid: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        _xdotool(display, "windowactivate", "--sync", wid)
        if _xdotool(display, "getactivewindow").stdout.strip() == wid:
            return
        time.sleep(0.2)


def _quit(display: str, app: subprocess.Popen[str], wid: str) -> str:
    """Ctrl+Q in the focused window, as a user quits; once more if the first went astray."""
    try:
        for attempt in range(2):
            _focus(display, wid)
            _xdotool(display, "key", "--clearmodifiers", "ctrl+q")
            try:
                _, err = app.communicate(timeout=15)
                return err
            except subprocess.TimeoutExpired:
                if attempt:
                    raise
        raise AssertionError("unreachable")
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()


@pytest.mark.xvfb
def test_f5_presents_full_screen_and_escape_restores_the_window(
    xdisplay: str, tmp_path: Path
) -> None:
    app = _start_app(xdisplay)
    try:
        main = _wait_for_window(xdisplay, "the first meeting — Timeline")
        time.sleep(0.5)
        before = _geometry(xdisplay, main)
        _focus(xdisplay, main)
        _xdotool(xdisplay, "key", "F5")
        show = _wait_for_window(xdisplay, "— Presentation")
        time.sleep(0.6)
        assert _geometry(xdisplay, show) == (0, 0, 1600, 1000)
        for key in ("Right", "Right", "b", "b", "question", "Escape"):
            _xdotool(xdisplay, "key", key)
        _xdotool(xdisplay, "key", "Escape")
        assert _gone(xdisplay, "— Presentation")
        time.sleep(0.3)
        assert _geometry(xdisplay, main) == before
        err = _quit(xdisplay, app, main)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err


@pytest.fixture
def two_screens() -> Iterator[str]:
    """A laptop screen (1280×800) and a projector (1024×768) to its right, as RandR monitors."""
    missing = _missing_tools() + [t for t in ("xrandr",) if shutil.which(t) is None]
    if missing:
        if REQUIRED:
            pytest.fail(f"two-screen test required but {', '.join(missing)} not installed")
        pytest.skip(f"{', '.join(missing)} not installed")
    read, write = os.pipe()
    # -noreset: without it Xvfb forgets the monitors when its last client disconnects.
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "2304x800x24", "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as fh:
        display = f":{fh.readline().strip()}"
    env = dict(os.environ, DISPLAY=display)
    subprocess.run(["xrandr", "--setmonitor", "LAPTOP", "1280/339x800/212+0+0", "screen"],
                   env=env, capture_output=True, check=True)  # fmt: skip
    subprocess.run(["xrandr", "--setmonitor", "PROJECTOR", "1024/271x768/203+1280+0", "none"],
                   env=env, capture_output=True, check=True)  # fmt: skip
    yield from _desktop(display, xvfb)


@pytest.mark.xvfb
def test_presenter_view_on_the_laptop_and_the_audience_view_on_the_projector(
    two_screens: str,
) -> None:
    display = two_screens
    app = _start_app(display)
    try:
        main = _wait_for_window(display, "the first meeting — Timeline")
        _focus(display, main)
        _xdotool(display, "key", "F5")
        audience = _wait_for_window(display, "— Presentation")
        presenter = _wait_for_window(display, "Presenter view")
        time.sleep(0.6)
        assert _geometry(display, audience) == (1280, 0, 1024, 768)
        assert _geometry(display, presenter) == (0, 0, 1280, 800)
        _focus(display, presenter)
        # The clicker's keys on the teacher's screen drive the show (a card with more quotes
        # than fit takes an extra click, so count events, not clicks).
        name = ""
        for _ in range(8):
            _xdotool(display, "key", "Right")
            time.sleep(0.3)
            name = _xdotool(display, "getwindowname", presenter).stdout.strip()
            if name.endswith("3 / 14"):
                break
        assert name.endswith("3 / 14"), name
        _xdotool(display, "key", "Escape")
        assert _gone(display, "— Presentation") and _gone(display, "Presenter view")
        err = _quit(display, app, main)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err


@pytest.mark.xvfb
def test_a_second_launch_opens_its_file_in_the_running_window(
    xdisplay: str, tmp_path: Path, bundled_path: Path
) -> None:
    second = tmp_path / "second.json"
    second.write_bytes(bundled_path.read_bytes().replace(
        b'"title": "Putin and Trump', b'"title": "Second file: Putin and Trump', 1))  # fmt: skip
    app = _start_app(xdisplay)
    try:
        main = _wait_for_window(xdisplay, "the first meeting — Timeline")
        other = _start_app(xdisplay, str(second))
        other.communicate(timeout=30)
        assert other.returncode == 0  # handed over and left
        renamed = _wait_for_window(xdisplay, "Second file: Putin and Trump")
        assert renamed == main  # the same window, not a second copy
        err = _quit(xdisplay, app, main)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err


@pytest.mark.xvfb
def test_a_file_saved_by_another_program_updates_the_real_window(
    xdisplay: str, tmp_path: Path
) -> None:
    """Live reload in the real app: saved in place, then as editors save atomically (a new
    file renamed over the old one); the window's title follows the file's."""

    def doc(title: str) -> str:
        return (
            '{"format": "timeline-app", "version": 1, "title": "' + title + '", "events": '
            '[{"id": "a", "title": "Flynn resigns", "start": "2017-02-13"}]}'
        )

    path = tmp_path / "reload.timeline.json"
    path.write_text(doc("Reload first"), encoding="utf-8")
    app = _start_app(xdisplay, str(path))
    try:
        wid = _wait_for_window(xdisplay, "Reload first")
        with open(path, "w", encoding="utf-8") as fh:  # in place
            fh.write(doc("Reload second"))
        assert _wait_for_window(xdisplay, "Reload second", timeout=10) == wid
        tmp = tmp_path / ".reload.timeline.json.tmp"  # by rename
        tmp.write_text(doc("Reload third"), encoding="utf-8")
        os.replace(tmp, path)
        assert _wait_for_window(xdisplay, "Reload third", timeout=10) == wid
        err = _quit(xdisplay, app, wid)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
