"""A corpus of bad and strange timeline files, and what a careful user expects of each.

tests/hardening/corpus/MANIFEST.json lists every corpus file with its expected outcome:

- "error": opening it as the app does (formats.registry.open_any, whatever its format)
  raises TimelineFileError; every problem prints as one line ``FILE:LINE:COL: path: message`` inside the file's text, and one problem has the expected
  path and message fragment (and, where the manifest gives "line"/"column", that place);
- "warning": the file loads, and a warning names the expected path, the fragment and the
  event's id;
- "safe": the file loads without warnings, and the specific check for that file holds
  (dates shown as BCE, text unchanged, markup escaped in the detail HTML, ...).

Files whose size is the point (over the size limit, 100,000 levels of nesting, a 1 MB
summary) are generated into tmp_path by the tests below instead of being committed.
"""

from __future__ import annotations

import html
import json
import os
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app.formats import Problem, TimelineFileError, load_timeline, loads_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.formats.registry import open_any
from timeline_app.model.limits import MAX_FIELD, MAX_NOTES, MAX_SUMMARY, MAX_TITLE
from timeline_app.model.timeline import Event, Timeline
from timeline_app.render.html import event_html
from timeline_app.render.theme import THEMES

CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST: list[dict[str, Any]] = json.loads((CORPUS / "MANIFEST.json").read_text("utf-8"))
OUTCOMES = ("error", "warning", "safe")
LIGHT = THEMES["light"]


def entries(outcome: str) -> list[Any]:
    return [pytest.param(e, id=e["file"]) for e in MANIFEST if e["outcome"] == outcome]


# --- helpers ----------------------------------------------------------------------------------


def decoded_text(data: bytes) -> str:
    """The file's text as an editor shows it (undecodable bytes become U+FFFD)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")


def raw_json(path: Path) -> Any:
    return json.loads(decoded_text(path.read_bytes()))


def shape_issues(problem: Problem, file: str, lines: list[str]) -> list[str]:
    """What is wrong with how a problem prints and where it points (empty if nothing)."""
    s = str(problem)
    issues = []
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as err:
        issues.append(f"cannot be printed as UTF-8 ({err.reason} at {err.start}): {s!a}")
    bad = sorted({f"U+{ord(c):04X}" for c in s if unicodedata.category(c) in ("Cc", "Cs")})
    if bad:
        issues.append(f"contains control/surrogate characters {', '.join(bad)}: {s!a}")
    m = re.fullmatch(re.escape(file) + r":(\d+):(\d+): (.+?): (.+)", s)
    if m is None:
        issues.append(f"does not read FILE:LINE:COL: path: message on one line: {s!a}")
    elif (int(m[1]), int(m[2])) != (problem.line, problem.column):
        issues.append(f"printed place {m[1]}:{m[2]} differs from {problem.line}:{problem.column}")
    if not 1 <= problem.line <= len(lines):
        issues.append(f"line {problem.line} is outside the file's {len(lines)} lines: {s!a}")
    elif not 1 <= problem.column <= len(lines[problem.line - 1]) + 1:
        length = len(lines[problem.line - 1])
        issues.append(
            f"column {problem.column} is past the end of line {problem.line} "
            f"({length} characters): {s!a}"
        )
    return issues


def matches(problem: Problem, file: str, path: str, fragment: str) -> bool:
    pattern = rf"^{re.escape(file)}:\d+:\d+: {re.escape(path)}: .+$"
    return (
        re.fullmatch(pattern, str(problem)) is not None
        and fragment.lower() in problem.message.lower()
    )


def only_event(timeline: Timeline) -> Event:
    assert len(timeline.events) == 1, [e.id for e in timeline.events]
    return timeline.events[0]


# --- the manifest itself -------------------------------------------------------------------------


def test_manifest_lists_every_corpus_file_once() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.name != "MANIFEST.json"}
    listed = [e["file"] for e in MANIFEST]
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert set(listed) == on_disk
    assert len(on_disk) >= 45
    for e in MANIFEST:
        assert {"file", "outcome", "path", "message", "why"} <= e.keys(), e
        assert e["outcome"] in OUTCOMES, e
        assert e["why"] and "\n" not in e["why"], e
        if e["outcome"] in ("error", "warning"):
            assert e["path"] and e["message"], e
        else:
            assert e["path"] is None, e
    for outcome in OUTCOMES:
        assert any(e["outcome"] == outcome for e in MANIFEST), outcome


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", entries("error"))
def test_error_file_is_refused_with_a_located_message(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    file = str(path)
    try:
        timeline = open_any(path)  # the corpus holds other tools' files too
    except TimelineFileError as err:
        problems = err.problems
    except Exception as err:  # a crash is exactly what this test is for
        pytest.fail(f"{entry['file']}: open_any crashed: {type(err).__name__}: {err!s:.300}")
    else:
        pytest.fail(
            f"{entry['file']} loaded ({len(timeline)} events, warnings "
            f"{[str(w) for w in timeline.warnings]}); expected an error at {entry['path']} "
            f"mentioning {entry['message']!r}"
        )
    lines = re.split(r"\r\n|\r|\n", decoded_text(path.read_bytes()))
    issues = [i for p in problems for i in shape_issues(p, file, lines)]
    found = [p for p in problems if matches(p, file, entry["path"], entry["message"])]
    if not found:
        issues.append(
            f"no problem at {entry['path']} mentioning {entry['message']!r}; got "
            f"{[ascii(str(p)) for p in problems]}"
        )
    elif "line" in entry and (found[0].line, found[0].column) != (entry["line"], entry["column"]):
        issues.append(
            f"reported at {found[0].line}:{found[0].column}, expected "
            f"{entry['line']}:{entry['column']}: {str(found[0])!a}"
        )
    assert not issues, "\n".join(issues)


# --- warnings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", entries("warning"))
def test_warning_file_loads_and_names_the_event(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    file = str(path)
    timeline = load_timeline(path)
    m = re.match(r"events\[(\d+)\]", entry["path"])
    assert m is not None, "a warning path names an event"
    event_id = raw_json(path)["events"][int(m[1])]["id"]
    assert timeline.get(event_id) is not None
    lines = re.split(r"\r\n|\r|\n", decoded_text(path.read_bytes()))
    issues = [i for w in timeline.warnings for i in shape_issues(w, file, lines)]
    found = [
        w
        for w in timeline.warnings
        if matches(w, file, entry["path"], entry["message"]) and event_id in w.message
    ]
    if not found:
        issues.append(
            f"no warning at {entry['path']} mentioning {entry['message']!r} and event "
            f"{event_id!r}; got {[str(w) for w in timeline.warnings]}"
        )
    assert not issues, "\n".join(issues)


# --- safe files --------------------------------------------------------------------------------

DATE_TEXT = {
    "year-minus-0043.json": "44 BCE",
    "year-480-bce.json": "480 BCE",
    "year-1-bc-dotted.json": "1 BCE",
    "year-plus-10000.json": "10,000",
    "year-plus-250000.json": "250,000",
    "leap-day-2000.json": "29 February 2000",
    "spelled-out-date.json": "10 May 2017",
}
TEXT_FIELDS = ("title", "location", "summary", "date_note", "notes")


def check_text_unchanged(timeline: Timeline, raw: Any) -> None:
    """Every text reaches the model exactly as written, and survives a save and reload."""
    for again in (timeline, loads_timeline(tj.dumps_timeline(timeline), "again.json")):
        assert again.title == raw.get("title", "")
        for e in raw["events"]:
            event = again.get(e["id"])
            assert event is not None
            for key in TEXT_FIELDS:
                assert getattr(event, key) == e.get(key, ""), key
            assert list(event.participants) == e.get("participants", [])
            assert [q.text for q in event.quotes] == [q["text"] for q in e.get("quotes", [])]
            assert [q.locator for q in event.quotes] == [q["locator"] for q in e.get("quotes", [])]
            shown = event_html(event, LIGHT)
            assert html.escape(event.title) in shown


def check_not_normalised(timeline: Timeline, raw: Any) -> None:
    check_text_unchanged(timeline, raw)
    event = only_event(timeline)
    assert "e\u0301" in event.summary and "\u00e9" in event.summary
    assert unicodedata.normalize("NFC", event.title) != event.title


def check_encoding(timeline: Timeline, raw: Any) -> None:
    assert timeline.title == "Corpus file"
    assert only_event(timeline).title == "Café de la Régence – échecs ♞"
    check_text_unchanged(timeline, raw)


def check_markup_escaped(timeline: Timeline, raw: Any) -> None:
    event = only_event(timeline)
    for copy_links in (True, False):
        shown = event_html(event, LIGHT, copy_links=copy_links)
        assert "&lt;script&gt;" in shown
        assert "&lt;img src=&quot;/etc/hostname&quot;" in shown
        for raw_tag in (
            "<script",
            "<img",
            "<iframe",
            "<style",
            "<h1",
            "<a href='javascript",
            "<b>bold</b>",
            "<b>p. 17</b>",
            "<i>Our</i>",
            "</p><h1>",
        ):
            assert raw_tag not in shown, raw_tag
    # Rendered as a Qt rich-text document, the markup is visible text, not structure.
    doc = QTextDocument()
    doc.setHtml(event_html(event, LIGHT))
    plain = doc.toPlainText()
    assert "<script>alert('title')</script>" in plain
    assert '<img src="/etc/hostname" onerror="alert(1)">' in plain
    assert "<i>Our</i> <script>Shared</script> Past" in plain
    assert doc.toHtml().count("<img") == 0


def check_long_url(timeline: Timeline, raw: Any) -> None:
    url = raw["sources"][0]["url"]
    assert len(url) > 20_000
    assert timeline.sources[0].url == url


def check_empty(timeline: Timeline, raw: Any) -> None:
    assert len(timeline) == 0


SAFE_CHECKS: dict[str, Callable[[Timeline, Any], None]] = {
    "utf8-bom.json": check_encoding,
    "utf16le-bom.json": check_encoding,
    "utf16be-bom.json": check_encoding,
    "rtl-arabic-hebrew.json": check_text_unchanged,
    "emoji-zwj.json": check_text_unchanged,
    "combining-characters.json": check_not_normalised,
    "html-injection.json": check_markup_escaped,
    "long-http-url.json": check_long_url,
    "empty-events.json": check_empty,
    "schema-field.json": check_encoding,
}


@pytest.mark.parametrize("entry", entries("safe"))
def test_safe_file_loads_and_shows_what_it_says(entry: dict[str, Any], qtbot: QtBot) -> None:
    name = entry["file"]
    path = CORPUS / name
    assert name in SAFE_CHECKS or name in DATE_TEXT, f"{name} has no specific check"
    timeline = load_timeline(path)
    assert [str(w) for w in timeline.warnings] == []
    raw = raw_json(path)
    if entry["message"] is not None:
        assert entry["message"] in event_html(only_event(timeline), LIGHT)
    if name in DATE_TEXT:
        event = only_event(timeline)
        assert event.date_text() == DATE_TEXT[name]
        assert f"<b>{DATE_TEXT[name]}</b>" in event_html(event, LIGHT)
        check_text_unchanged(timeline, raw)
    if name in SAFE_CHECKS:
        SAFE_CHECKS[name](timeline, raw)


# --- generated files: size is the point ----------------------------------------------------------


def small_doc(**event: Any) -> dict[str, Any]:
    e = {"id": "marathon", "title": "Battle of Marathon", "start": "490 BCE", **event}
    return {"format": "timeline-app", "version": 1, "events": [e]}


def test_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(small_doc(summary="x" * 4000)), encoding="utf-8")
    size = path.stat().st_size
    monkeypatch.setattr(tj, "MAX_FILE_BYTES", 1000)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although it is over the limit")

    monkeypatch.setattr(os, "open", no_reading)
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    (problem,) = info.value.problems
    assert matches(problem, str(path), "(file)", "the limit is 1,000 bytes")
    assert f"{size:,} bytes" in problem.message
    assert (problem.line, problem.column) == (1, 1)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_size_limit_holds_when_the_size_is_not_known_in_advance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files whose size stat() does not know (/proc, pipes, some network and FUSE mounts)
    are read up to the limit + 1 byte; when that last byte arrives the file is over the
    limit and must be refused as such, not parsed truncated."""
    path = Path("/proc/self/status")
    assert path.stat().st_size == 0 and len(path.read_bytes()) > 200
    monkeypatch.setattr(tj, "MAX_FILE_BYTES", 100)
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    assert "limit" in info.value.first.message, str(info.value.first)


def nested(depth: int, kind: str) -> str:
    inner = "[" * depth + "]" * depth if kind == "arrays" else '{"a":' * depth + "1" + "}" * depth
    return '{"format": "timeline-app", "version": 1, "events": ' + inner + "}\n"


@pytest.mark.parametrize("kind", ["arrays", "objects"])
def test_nesting_100000_levels_deep_is_refused_without_recursion_error(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"deep-{kind}.json"
    path.write_text(nested(100_000, kind), encoding="utf-8")
    started = time.perf_counter()
    try:
        load_timeline(path)
    except TimelineFileError as err:
        problems = err.problems
    except RecursionError as err:  # pragma: no cover - the failure this test guards against
        pytest.fail(f"RecursionError escaped: {err}")
    else:
        pytest.fail("a 100,000-level file loaded")
    assert time.perf_counter() - started < 5
    lines = re.split(r"\r\n|\r|\n", path.read_text("utf-8"))
    issues = [i for p in problems for i in shape_issues(p, str(path), lines)]
    assert not issues, issues
    assert any("nest" in p.message for p in problems), [str(p) for p in problems]
    assert all(p.path.startswith("events") for p in problems)


def test_a_summary_at_the_limit_loads_unchanged(tmp_path: Path) -> None:
    summary = ("The Athenians charged across the plain at a run. \n" * 500)[:MAX_SUMMARY]
    path = tmp_path / "long-summary.json"
    path.write_text(json.dumps(small_doc(summary=summary), ensure_ascii=False), encoding="utf-8")
    timeline = load_timeline(path)
    assert timeline.warnings == ()
    event = only_event(timeline)
    assert event.summary == summary
    assert "The Athenians charged across the plain at a run. <br>" in event_html(event, LIGHT)


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", MAX_TITLE), ("summary", MAX_SUMMARY), ("notes", MAX_NOTES), ("location", MAX_FIELD)],
)
def test_a_text_one_megabyte_long_is_refused_with_its_length_and_the_limit(
    tmp_path: Path, field: str, limit: int
) -> None:
    path = tmp_path / f"long-{field}.json"
    path.write_text(json.dumps(small_doc(**{field: "W" * (1 << 20)}), indent=2), encoding="utf-8")
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    (problem,) = info.value.problems
    assert matches(problem, str(path), f"events[0].{field}", "1,048,576 characters long")
    assert f"the limit is {limit:,}" in problem.message
    line = path.read_text("utf-8").splitlines()[problem.line - 1]
    assert line[problem.column - 1 :].startswith('"WWW'), (problem.line, problem.column)


# --- the window: a broken file never replaces what is on screen ------------------------------------


def test_main_window_keeps_its_timeline_when_opening_every_error_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from timeline_app.ui.main_window import MainWindow

    deep = tmp_path / "deep.json"
    deep.write_text(nested(100_000, "arrays"), encoding="utf-8")
    files = [CORPUS / e["file"] for e in MANIFEST if e["outcome"] == "error"] + [deep]

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_bundled()
    original = window.canvas.timeline
    failures: list[str] = []
    for path in files:
        try:
            result = window.open_path(str(path))
        except Exception as err:
            failures.append(f"{path.name}: open_path raised {type(err).__name__}: {err!s:.150}")
            result = None
        dialogs = [
            box for box in window.findChildren(QMessageBox) if box.objectName() == "loadErrorDialog"
        ]
        if result is True:
            failures.append(f"{path.name}: opened; the window now shows it")
        if window.canvas.timeline is not original:
            failures.append(f"{path.name}: the timeline on screen was replaced")
            assert window.open_bundled()
            original = window.canvas.timeline
        if result is False:
            if len(dialogs) != 1 or not dialogs[0].isVisible():
                failures.append(f"{path.name}: expected one visible error dialog, got {dialogs}")
            if not window.last_error.startswith(f"{path}:"):
                failures.append(f"{path.name}: last_error is {window.last_error!a}")
        for box in dialogs:
            box.close()
            box.setObjectName("closedLoadErrorDialog")
            box.deleteLater()
    assert window.canvas.timeline is original
    assert window.current_path.endswith("timeline-2017.json")
    assert not failures, "\n".join(failures)
