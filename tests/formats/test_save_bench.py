"""benchmarks/save_bench.py: its rich timeline is saved as the old writer saved it, and
--json reports save_s for every timeline asked for."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.formats.save_oracle import oracle_dumps
from timeline_app.formats.timeline_json import loads_timeline
from timeline_app.formats.timeline_writer import dumps_timeline

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import save_bench


def test_the_rich_benchmark_timeline_is_saved_byte_for_byte_and_loads_back():
    timeline = save_bench.make_rich(400)
    assert timeline.eras and timeline.columns.extras and timeline.columns.ends
    text = dumps_timeline(timeline)
    assert text == oracle_dumps(timeline)
    assert list(loads_timeline(text, "rich.timeline.json").events) == list(timeline.events)


def test_json_reports_save_s_per_timeline(tmp_path, capsys):
    out = tmp_path / "save.json"
    argv = ["--n", "300,600", "--rich-n", "100", "--runs", "1", "--json", str(out)]
    assert save_bench.main([*argv, "--dir", str(tmp_path)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["kind"], r["n"]) for r in rows] == [("plain", 300), ("plain", 600), ("rich", 100)]
    assert all(r["save_s"] > 0 and r["bytes"] > 0 for r in rows)
    assert "save_s" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]  # the saved files removed
