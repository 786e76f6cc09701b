"""A second launch is never silent: on the display of the running copy it hands its file over
and says so on the terminal; on another display it opens its own window where it was
started, since the running copy's window is where this person cannot see it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.ui.single_instance import HandOver, InstanceServer, display_key, server_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({}, ""),
        ({"DISPLAY": ":0"}, "x_0"),
        ({"DISPLAY": ":0.1"}, "x_0"),  # another screen of the same display
        ({"DISPLAY": "unix:0"}, "x_0"),
        ({"DISPLAY": "localhost:10.0"}, "xlocalhost_10"),  # X over SSH
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wwayland-0-x_0"),
    ],
)
def test_the_display_is_named_once_for_each_display(env: dict[str, str], key: str) -> None:
    assert display_key(env) == key


def test_a_long_display_name_still_makes_a_short_socket_name() -> None:
    one = display_key({"WAYLAND_DISPLAY": "/run/user/1000/" + "w" * 300 + "1"})
    two = display_key({"WAYLAND_DISPLAY": "/run/user/1000/" + "w" * 300 + "2"})
    assert len(one) <= 40 and len(two) <= 40 and one != two


def test_copies_on_two_displays_listen_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIMELINE_APP_INSTANCE")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    first = server_name()
    monkeypatch.setenv("DISPLAY", ":0.0")
    assert server_name() == first
    monkeypatch.setenv("DISPLAY", ":1")
    assert server_name() != first


@pytest.fixture
def display_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[InstanceServer, list[HandOver], dict[str, str]]]:
    """A running copy on a display of its own (a number no real display has here)."""
    monkeypatch.delenv("TIMELINE_APP_INSTANCE")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", f":{os.getpid() % 50_000 + 10_000}")
    server = InstanceServer()
    assert server.listen()
    got: list[HandOver] = []
    server.handedOver.connect(got.append)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    yield server, got, env
    server.server.close()


def launch(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "timeline_app", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_launch_on_the_same_display_hands_over_and_says_so(
    qtbot: QtBot,
    display_server: tuple[InstanceServer, list[HandOver], dict[str, str]],
    bundled_path: Path,
) -> None:
    server, got, env = display_server
    proc = launch(env, str(bundled_path))
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert got[0].paths == (str(bundled_path),)
    assert out.strip() == (
        "timeline-app: Timeline is already running on this display; "
        f"{bundled_path.name} was handed to its window."
    )


def test_a_launch_without_a_file_says_the_window_came_forward(
    qtbot: QtBot, display_server: tuple[InstanceServer, list[HandOver], dict[str, str]]
) -> None:
    server, got, env = display_server
    proc = launch(env)
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    out, _err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert got[0].paths == ()
    assert "already running on this display; its window was brought to the front" in out


def test_a_launch_on_another_display_opens_its_own_window_there(
    qtbot: QtBot,
    display_server: tuple[InstanceServer, list[HandOver], dict[str, str]],
    bundled_path: Path,
    tmp_path: Path,
) -> None:
    server, got, env = display_server
    other = {
        **env,
        "DISPLAY": env["DISPLAY"] + "1",  # another display number
        "TIMELINE_APP_QUIT_AFTER_FIRST_FRAME": "1",
        "TIMELINE_APP_CONFIG_DIR": str(tmp_path / "other-config"),
    }
    proc = launch(other, str(bundled_path))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "first-frame" in out  # a window of its own was painted, on its display
    assert "already running" not in out
    qtbot.wait(50)
    assert got == []  # nothing reached the copy on the other display
