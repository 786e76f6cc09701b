#!/usr/bin/env python3
"""Time from starting the app to its window on screen, for several ways of starting it.

    python3 packaging/measure_startup.py [--runs 5] [--cold] \\
        --cmd installed=timeline-app \\
        --cmd source="/work/main/.venv/bin/python -m timeline_app"

Each run starts a command with no file argument (the app opens its bundled timeline) and
polls `xdotool search --onlyvisible --name TITLE` every 20 ms until a mapped window whose
title is the bundled timeline's ("Putin and Trump, 2017: the first meeting — Timeline")
exists: the main window is shown and the timeline is loaded into it, i.e. the first frame
with content is about to be painted. The time from just before the spawn to the first
successful search is the start-up time; the app is then closed. The runs of the commands
alternate (A B A B ...) so that drift in the machine's load affects all alike; the median is
reported. With --cold, the kernel's page cache is dropped before every run (root only), so
every library is read from disk again.

Needs Xvfb, openbox and xdotool (apt install xvfb openbox xdotool); starts its own X server
and window manager unless --display is given. Each run gets its own single-instance name
(TIMELINE_APP_INSTANCE) and an empty configuration folder, so no run hands over to another
or restores another's window state.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TITLE = "Putin and Trump, 2017: the first meeting"


def start_x(display: str) -> list[subprocess.Popen]:  # type: ignore[type-arg]
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = dict(os.environ, DISPLAY=display)
    for _ in range(100):
        probe = subprocess.run(["xdotool", "getmouselocation"], env=env, capture_output=True)
        if probe.returncode == 0:
            break
        time.sleep(0.05)
    else:
        raise SystemExit("measure_startup.py: Xvfb did not start")
    wm = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(1.0)
    return [wm, xvfb]


def window_up(env: dict[str, str]) -> bool:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", TITLE],
        env=env,
        capture_output=True,
        text=True,
    )
    return out.returncode == 0 and out.stdout.strip() != ""


def one_run(cmd: list[str], env: dict[str, str], timeout: float, cold: bool, tag: str) -> float:
    if cold:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    work = tempfile.mkdtemp(prefix="tl-startup-")
    run_env = dict(
        env,
        TIMELINE_APP_INSTANCE=f"measure-{tag}-{os.getpid()}",
        XDG_CONFIG_HOME=os.path.join(work, "config"),
        XDG_STATE_HOME=os.path.join(work, "state"),
        XDG_CACHE_HOME=os.path.join(work, "cache"),
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if window_up(run_env):
                return time.perf_counter() - t0
            if proc.poll() is not None:
                what = f"{shlex.join(cmd)} exited with {proc.returncode}"
                raise SystemExit(f"measure_startup.py: {what}")
            if time.perf_counter() - t0 > timeout:
                what = f"no window from {shlex.join(cmd)} in {timeout} s"
                raise SystemExit(f"measure_startup.py: {what}")
            time.sleep(0.02)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", action="append", required=True, metavar="NAME=COMMAND")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--display", help="use this X display instead of starting Xvfb")
    parser.add_argument("--timeout", type=float, default=60.0)
    ns = parser.parse_args()
    commands = []
    for item in ns.cmd:
        name, _, command = item.partition("=")
        commands.append((name, shlex.split(command)))
    procs = []
    display = ns.display
    if display is None:
        display = ":93"
        procs = start_x(display)
    env = dict(os.environ, DISPLAY=display)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    times: dict[str, list[float]] = {name: [] for name, _ in commands}
    try:
        # One warm-up run each (not counted) unless measuring cold starts.
        if not ns.cold:
            for name, cmd in commands:
                one_run(cmd, env, ns.timeout, False, name)
        for i in range(ns.runs):
            for name, cmd in commands:
                t = one_run(cmd, env, ns.timeout, ns.cold, name)
                times[name].append(t)
                print(f"run {i + 1} {name}: {t:.3f} s", flush=True)
    finally:
        for p in procs:
            p.terminate()
            p.wait()
    kind = "cold (page cache dropped before each run)" if ns.cold else "warm (1 warm-up run)"
    print(f"\nstart-up to first window with the bundled timeline, {kind}, {ns.runs} runs:")
    for name, cmd in commands:
        ts = times[name]
        print(
            f"  {name:12} median {statistics.median(ts):.2f} s  (min {min(ts):.2f}, "
            f"max {max(ts):.2f})  {shlex.join(cmd)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
