#!/usr/bin/env python3
"""Set up and run timeline-app from a fresh checkout, with nothing but python3.

    python3 dev.py app [FILE]     set up .venv if needed, then start the app
    python3 dev.py test [ARGS]    set up .venv if needed, then lint, type-check and run every test

Both first build the translations (resources/translations/*.qm from the .ts files), so that
the app shows German or French when asked (TIMELINE_APP_LANGUAGE=de, View › Language).

Safe to run again: the virtual environment is reused, and dependencies are reinstalled only
when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("TIMELINE_APP_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def ensure_venv() -> None:
    if not PY.exists():
        _say(f"creating a virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".timeline-app-installed-{digest}"
    if stamp.exists():
        return
    _say("installing the app and its test tools into the virtual environment")
    pip = [str(PY), "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[test,dev]"], check=True)
    for old in VENV.glob(".timeline-app-installed-*"):
        old.unlink()
    stamp.write_text("ok\n")


def run(args: list[str]) -> int:
    return subprocess.run(args, cwd=ROOT).returncode


def build_translations() -> None:
    """The .qm files from the .ts files (pyside6-lrelease, from the venv's PySide6)."""
    code = run([str(PY), str(ROOT / "packaging" / "translations.py"), "build"])
    if code != 0:
        raise SystemExit(f"dev.py: building the translations failed (exit {code})")


def cmd_app(rest: list[str]) -> int:
    ensure_venv()
    build_translations()
    return run([str(PY), "-m", "timeline_app", *rest])


LINTED = ["timeline_app", "tests", "benchmarks", "packaging", "dev.py"]


def cmd_test(rest: list[str]) -> int:
    ensure_venv()
    build_translations()
    steps = [
        ("ruff", [str(PY), "-m", "ruff", "check", *LINTED]),
        ("ruff format", [str(PY), "-m", "ruff", "format", "--check", *LINTED]),
        ("mypy", [str(PY), "-m", "mypy"]),
        ("pytest", [str(PY), "-m", "pytest", *rest]),
    ]
    for name, args in steps:
        _say(f"running {name}")
        code = run(args)
        if code != 0:
            _say(f"{name} failed (exit {code})")
            return code
    return 0


def main() -> int:
    commands = {"app": cmd_app, "test": cmd_test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__.strip())
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
