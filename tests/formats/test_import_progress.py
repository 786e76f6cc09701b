"""Opening a large file of another tool: progress is told now and then (every thousand or so
events, not for each), and a progress callback that raises stops the load."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline_app.formats.registry import detect, open_any
from timeline_app.formats.timeline_json import LoadCancelled

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))

import import_xml_bench as bench  # noqa: E402

N = 5000
KINDS = [
    ("thetimelineproject", "big.timeline", bench.timeline_project),
    ("simile-xml", "big.xml", bench.simile_xml),
    ("markwhen", "big.mw", bench.markwhen),
]


@pytest.mark.parametrize(("key", "name", "make"), KINDS)
def test_a_large_file_opens_whole_with_bounded_progress_calls(
    tmp_path: Path, key: str, name: str, make: Callable[[int], str]
) -> None:
    path = tmp_path / name
    path.write_text(make(N), encoding="utf-8")
    assert detect(path.read_bytes()[:65536], name).key == key
    calls: list[tuple[int, int]] = []
    timeline = open_any(path, lambda done, total: calls.append((done, total)))
    assert len(timeline) == N and timeline.warnings == ()
    assert 2 <= len(calls) <= 12  # now and then, not per event
    assert calls[-1][0] == calls[-1][1]  # the last call says: all done
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


@pytest.mark.parametrize(("key", "name", "make"), KINDS)
def test_a_progress_callback_that_raises_stops_the_load(
    tmp_path: Path, key: str, name: str, make: Callable[[int], str]
) -> None:
    path = tmp_path / name
    path.write_text(make(N), encoding="utf-8")
    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            raise LoadCancelled()

    with pytest.raises(LoadCancelled):
        open_any(path, cancel)
    assert seen[-1] < N  # stopped part way, not at the end
