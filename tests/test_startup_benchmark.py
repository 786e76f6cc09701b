"""benchmarks/startup.py runs end to end: the app reports its first painted frame and quits,
and the bare window does too, so the cold-start comparison keeps working."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_startup_benchmark_measures_both_and_reports_the_ratio(tmp_path):
    out = tmp_path / "startup.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_APP_")}
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "benchmarks" / "startup.py"), "--runs", "1",
         "--json", str(out)],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO_ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "ratio app / bare" in result.stdout
    figures = json.loads(out.read_text())
    assert len(figures["bare_ms"]) == len(figures["app_ms"]) == 1
    # Each child painted and quit by itself, well before the timeout.
    assert 0 < figures["bare_ms"][0] < 60_000 and 0 < figures["app_ms"][0] < 60_000
    assert figures["ratio"] > 0
