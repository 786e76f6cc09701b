"""What makes an XML timeline file (The Timeline Project's .timeline) open quickly: the
parser makes one Python call per element, and the reader puts events straight into the
timeline's columns. Counted, not timed."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from benchmarks import import_xml_bench
from timeline_app.formats.registry import open_any
from timeline_app.formats.xmlread import parse_xml


def _python_calls(run: Callable[[], Any]) -> Counter[str]:
    """How many times each Python function (by file stem and name) is called by ``run``."""
    calls: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            code = frame.f_code
            calls[f"{Path(code.co_filename).stem}.{code.co_name}"] += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls


def test_parsing_makes_one_python_call_per_element() -> None:
    """The tree is built by the C TreeBuilder with expat calling one small handler per start
    tag (which notes its place); no Python call at an end tag or for the tag's name."""
    n = 2_000
    text = "<timeline>" + "<event><start>1</start><text>t</text></event>" * n + "</timeline>"
    calls = _python_calls(lambda: parse_xml(text, "f.timeline"))
    elements = 1 + 3 * n
    assert calls.pop("xmlread.start") == elements
    assert max(calls.values()) < 100, calls.most_common(5)  # (once or a few times per parse)


def test_a_timeline_project_file_makes_no_event_object(tmp_path: Path) -> None:
    """Its events go straight into the timeline's columns: no Event is made (and its
    instants computed) only to be taken apart again."""
    path = tmp_path / "events.timeline"
    path.write_text(import_xml_bench.timeline_project(500), encoding="utf-8")
    calls = _python_calls(lambda: open_any(path))
    assert calls["thetimelineproject._row"] == 500
    assert calls["timeline.__post_init__"] == 0
