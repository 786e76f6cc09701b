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


def test_parsing_makes_no_python_call_per_element() -> None:
    """A file with no DOCTYPE (as timeline tools write them) is parsed by the C parser and
    the C tree builder alone: no Python call per element, however many there are."""
    n = 2_000
    text = "<timeline>" + "<event><start>1</start><text>t</text></event>" * n + "</timeline>"
    calls = _python_calls(lambda: parse_xml(text, "f.timeline"))
    assert calls["xmlread.start"] == 0
    assert max(calls.values()) < 100, calls.most_common(5)  # (once or a few times per parse)


def test_places_are_found_by_a_second_parse_only_when_a_problem_needs_one() -> None:
    """The fast parse notes no places; the first problem placed parses the text again with
    one small handler per start tag, and each element gets the line and column of its own
    start tag."""
    n = 2_000
    text = "<timeline>\n" + "<event><start>1</start>\n  <text>t</text></event>\n" * n
    text += "</timeline>"
    doc = parse_xml(text, "f.timeline")
    assert doc.starts is None
    last = list(doc.root)[-1]
    calls = _python_calls(lambda: doc.place(last.find("text")))  # type: ignore[arg-type]
    assert calls["xmlread.start"] == 1 + 3 * n
    assert doc.place(last.find("text")) == (2 * n + 1, 3)  # type: ignore[arg-type]
    assert doc.place(doc.root[0]) == (2, 1)
    calls = _python_calls(lambda: doc.place(doc.root))
    assert calls["xmlread.start"] == 0  # (found once)
    assert doc.place(doc.root) == (1, 1)


def test_a_file_with_a_doctype_is_parsed_by_the_defused_parser() -> None:
    """A DOCTYPE (where entities could be declared) takes the defused parser, which notes
    each start tag's place as it goes, in whatever case it is written."""
    for doctype in ("<!DOCTYPE timeline>", "<!-- <!doctype x> -->"):
        text = f"<?xml version='1.0'?>{doctype}<timeline><event/></timeline>"
        doc = parse_xml(text, "f.timeline")
        assert doc.starts is not None and len(doc.starts) == 2


def test_a_timeline_project_file_makes_no_event_object(tmp_path: Path) -> None:
    """Its events go straight into the timeline's columns: no Event is made (and its
    instants computed) only to be taken apart again."""
    path = tmp_path / "events.timeline"
    path.write_text(import_xml_bench.timeline_project(500), encoding="utf-8")
    calls = _python_calls(lambda: open_any(path))
    assert calls["thetimelineproject._row"] == 500
    assert calls["timeline.__post_init__"] == 0
