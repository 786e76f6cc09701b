"""Read the running app's accessible tree over AT-SPI, as Orca does: run with the system's
Python (Debian's python3-pyatspi), never the app's. Used by test_atspi.py.

Usage: atspi_reader.py DISPLAY WINDOW_ID PRESSES
It finds the app's timeline (a list named "Timeline"), presses Tab PRESSES times in the
window (xdotool), and prints one JSON line: the timeline's children's names and, after each
press, the name of the object that took the accessible focus.
"""

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

display, window, presses = sys.argv[1], sys.argv[2], int(sys.argv[3])
focused = []
result = {"children": [], "focus": [], "selected": [], "error": ""}


def on_focus(event):
    if event.detail1 and event.source is not None and event.source.name != "Timeline":
        try:
            focused.append(event.source.name)
        except Exception as exc:  # the object may be gone already
            focused.append(f"<gone: {exc}>")


def find_timeline():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        found = pyatspi.findDescendant(
            app, lambda a: a is not None and a.getRoleName() == "list" and a.name == "Timeline"
        )
        if found is not None:
            return found
    return None


def key(name):
    env = dict(os.environ, DISPLAY=display)
    subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, timeout=10)
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, timeout=10)


def pump(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        GLib.MainContext.default().iteration(False)
        time.sleep(0.02)


def key_focus_on(timeline):
    for _ in range(3):
        env = dict(os.environ, DISPLAY=display)
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, timeout=10)
        timeline.queryComponent().grabFocus()
        end = time.monotonic() + 5
        while time.monotonic() < end:
            if timeline.getState().contains(pyatspi.STATE_FOCUSED):
                return
            pump(0.1)


def script():
    deadline = time.monotonic() + 20
    timeline = None
    while timeline is None and time.monotonic() < deadline:
        timeline = find_timeline()
        if timeline is None:
            time.sleep(0.3)
    if timeline is None:
        result["error"] = "no accessible list named 'Timeline' in any application"
        pyatspi.Registry.stop()
        return False
    result["children"] = [c.name for c in timeline]
    # The keyboard on the timeline first, as a user who tabbed or clicked there.
    key_focus_on(timeline)
    if not timeline.getState().contains(pyatspi.STATE_FOCUSED):
        result["error"] = "the timeline did not take the keyboard focus"
        pyatspi.Registry.stop()
        return False
    pump(0.5)
    del focused[:]
    for _ in range(presses):
        before = len(focused)
        key("Tab")
        end = time.monotonic() + 5
        while len(focused) == before and time.monotonic() < end:
            GLib.MainContext.default().iteration(False)
            time.sleep(0.02)
        result["focus"].append(focused[-1] if len(focused) > before else "")
        result["selected"].append(
            [c.name for c in timeline if c.getState().contains(pyatspi.STATE_SELECTED)]
        )
    pyatspi.Registry.stop()
    return False


pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
GLib.timeout_add(200, script)
pyatspi.Registry.start()
print(json.dumps(result))
