"""The app read over AT-SPI, as Orca reads it, in a real X window under Xvfb: the tree is
read with the system's Python and its pyatspi (Debian python3-pyatspi), not the app's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.test_real_window import _focus, _wait_for_window, xdisplay  # noqa: F401

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).with_name("atspi_reader.py")
IN_CI = os.environ.get("CI") == "true"


def _missing() -> str:
    """What this test needs and does not find: empty when all is there."""
    missing = [t for t in ("dbus-daemon", "Xvfb", "xdotool", "openbox") if not shutil.which(t)]
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    return ", ".join(missing)


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A D-Bus session bus of its own (AT-SPI starts its accessibility bus from it)."""
    missing = _missing()
    if missing:
        if IN_CI:
            pytest.fail(f"the AT-SPI test must run in CI, but {missing} is not installed")
        pytest.skip(f"AT-SPI test needs {missing} (Debian: at-spi2-core dbus python3-pyatspi)")
    out = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True, text=True, timeout=20, check=True,
    ).stdout.split()  # fmt: skip
    address, pid = out[0], int(out[1])
    try:
        yield address
    finally:
        os.kill(pid, 15)


@pytest.mark.xvfb
def test_tab_on_the_timeline_moves_the_focus_to_the_next_event(
    xdisplay: str,  # noqa: F811
    session_bus: str,
    bundled_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(
        DISPLAY=xdisplay,
        DBUS_SESSION_BUS_ADDRESS=session_bus,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    reader_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    # The reader listens before the app starts, as Orca runs before the apps it reads.
    reader = subprocess.Popen(
        [SYSTEM_PYTHON, str(READER), xdisplay, "3"], env=reader_env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    app = None
    try:
        assert reader.stdout is not None and reader.stdin is not None
        assert reader.stdout.readline().strip() == "listening"
        app = subprocess.Popen(
            [sys.executable, "-m", "timeline_app", str(bundled_path)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        wid = _wait_for_window(xdisplay, "— Timeline")
        _focus(xdisplay, wid)
        out, err = reader.communicate(wid + "\n", timeout=240)
    finally:
        for proc in (reader, app):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.communicate(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.communicate()
    r = subprocess.CompletedProcess(reader.args, reader.returncode, out, err)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.strip().splitlines()[-1])
    assert not seen["error"], seen["error"]
    from timeline_app.formats import load_timeline

    events = list(load_timeline(bundled_path).events)
    names = [f"{e.title}, {e.date_text()}" for e in events]
    # Every event of the opening view is a child of the timeline, named "title, date".
    assert [n for n in seen["children"] if " more event" not in n] == [
        n for n in names if n in seen["children"]
    ]
    assert len(seen["children"]) >= 10
    # The window opens with the keyboard on the timeline: each Tab, the next event's name.
    assert seen["focus"] == names[:3], seen
