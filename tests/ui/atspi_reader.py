"""Read the running app's accessible tree over AT-SPI, as Orca does: run with the system's
Python (Debian's python3-pyatspi), never the app's. Used by test_atspi.py.

Usage: atspi_reader.py DISPLAY PRESSES
It listens for focus events first and says "listening" (an app asks which events are
listened for as it starts: one started before the listener may never send them); then it
reads the app's window id from its input, finds the app's timeline (a list named
"Timeline"), presses Tab PRESSES times in the window (xdotool), and prints one JSON line: the
timeline's children's names and, after each press, the name of the object that took the
accessible focus.
"""

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

display, presses = sys.argv[1], int(sys.argv[2])
window = ""
focused = []
every_focus = []  # every focus event, the timeline's own too
result = {"children": [], "focus": [], "selected": [], "error": ""}


def on_focus(event):
    if not event.detail1 or event.source is None:
        return
    try:
        name = event.source.name
    except Exception as exc:  # the object may be gone already
        name = f"<gone: {exc}>"
    every_focus.append(name)
    if name != "Timeline":
        focused.append(name)


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
    """The keyboard on the timeline, moved there from the search box, each move seen as a
    focus event: then the app is known to send its focus events to this reader (an app
    learns of a new listener a moment after it registers)."""
    app = timeline.getApplication()
    search = pyatspi.findDescendant(app, lambda a: a is not None and a.name == "Search events")
    env = dict(os.environ, DISPLAY=display)
    for _ in range(10):
        subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, timeout=10)
        for target, name in ((search, "Search events"), (timeline, "Timeline")):
            if target is None:
                continue
            del every_focus[:]
            target.queryComponent().grabFocus()
            end = time.monotonic() + 3
            while name not in every_focus and time.monotonic() < end:
                pump(0.05)
        if "Timeline" in every_focus and timeline.getState().contains(pyatspi.STATE_FOCUSED):
            return


def script():
    deadline = time.monotonic() + 90  # a busy machine takes its time to start the app
    timeline = None
    while timeline is None and time.monotonic() < deadline:
        timeline = find_timeline()
        if timeline is None:
            time.sleep(0.3)
    if timeline is None:
        apps = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        result["error"] = f"no accessible list named 'Timeline' in any application: {apps}"
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
print("listening", flush=True)
window = sys.stdin.readline().strip()
GLib.timeout_add(200, script)
pyatspi.Registry.start()
print(json.dumps(result))
