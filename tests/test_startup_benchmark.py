"""benchmarks/startup.py runs end to end: the app reports its first painted frame and quits,
and the bare window and the canvas alone do too, so the cold-start comparison keeps working;
benchmarks/startup_phases.py reports each step to a first frame.

And what keeps the start quick: the app's first frame does not wait for the modules that only
later actions need (export, presentation, printing, the dialogs)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env():
    return {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_APP_")}


def test_startup_benchmark_measures_all_three_and_reports_the_ratios(tmp_path):
    out = tmp_path / "startup.json"
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "startup.py"), "--runs", "1",
         "--json", str(out)],
        env=_env(), capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ratio app / bare" in result.stdout and "the canvas alone" in result.stdout
    figures = json.loads(out.read_text())
    for key in ("bare_ms", "canvas_ms", "app_ms"):
        # Each child painted and quit by itself, well before the timeout.
        assert len(figures[key]) == 1 and 0 < figures[key][0] < 60_000, key
    assert figures["ratio"] > 0 and figures["canvas_ratio"] > 0


def test_startup_phases_reports_every_step(tmp_path):
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "startup_phases.py"), "--runs", "1"],
        env=_env(), capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("Qt namespace" in line for line in lines)
    assert any("first paint" in line for line in lines)
    assert lines[-1].endswith("of imports that the bare window does not make")


FIRST_FRAME = """
import os, sys
os.environ["TIMELINE_APP_QUIT_AFTER_FIRST_FRAME"] = "1"
from timeline_app.ui.app import run_gui
code = run_gui(None)
print("loaded:", " ".join(sorted(sys.modules)))
sys.exit(code)
"""

LATER_ONLY = (
    "timeline_app.render.export",
    "timeline_app.ui.export_dialog",
    "timeline_app.ui.presentation",
    "timeline_app.view.presentation",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)


def test_the_first_frame_does_not_wait_for_what_only_later_actions_need(tmp_path):
    env = dict(
        _env(),
        QT_QPA_PLATFORM="offscreen",
        TIMELINE_APP_CONFIG_DIR=str(tmp_path / "config"),
        TIMELINE_APP_LOG_DIR=str(tmp_path / "logs"),
        TIMELINE_APP_INSTANCE=f"timeline-app-first-frame-{os.getpid()}",
    )
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "first-frame" in result.stdout  # the window painted the bundled timeline
    loaded = set(result.stdout.split("loaded:", 1)[1].split())
    assert "timeline_app.ui.canvas" in loaded
    assert not loaded & set(LATER_ONLY), sorted(loaded & set(LATER_ONLY))
