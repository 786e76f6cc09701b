"""The PyInstaller entry point of the bundle: the same as `timeline-app` / `python -m timeline_app`.

One executable serves the GUI and the headless subcommands (validate, events, export): the
CLI dispatches on its arguments.
"""

from __future__ import annotations

import sys


def _attach_windows_console() -> None:
    """On Windows the bundle's executable is windowed (no console window pops up when it is
    started from the Start menu). When it is run from cmd or PowerShell, attach to that
    console so the headless subcommands can print there."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", buffering=1)  # noqa: SIM115
    else:  # started from the desktop: keep print() from failing on None
        import os

        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = sys.stdout


if __name__ == "__main__":
    _attach_windows_console()
    from timeline_app.cli import main

    raise SystemExit(main())
