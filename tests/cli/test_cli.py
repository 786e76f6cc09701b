"""The command line, run as a user runs it: in a subprocess, with exit codes and output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"timeline-app {__version__}"


def test_validate_accepts_the_bundled_dataset(bundled_path: Path) -> None:
    r = run("validate", str(bundled_path))
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""


def test_validate_reports_one_line_per_problem(tmp_path: Path, bundled_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{\n  "format": "timeline-app",\n  "version": 1,\n  "events": [\n'
        '    {"id": "a", "title": "A", "start": "10 May"},\n'
        '    {"id": "a", "titel": "B", "start": "2017"}\n  ]\n}\n'
    )
    truncated = tmp_path / "truncated.json"
    truncated.write_text('{"format": "timeline-app", "events": [\n  {"id": "x",')
    r = run("validate", str(bundled_path), str(bad), str(truncated))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert all(re.match(r"^.+:\d+:\d+: [\w.\[\]()]+: .+$", line) for line in lines), lines
    assert f"{bad}:5:" in r.stderr and "events[0].start" in r.stderr and "no year" in r.stderr
    assert "events[1].id" in r.stderr and "used twice" in r.stderr
    assert "events[1].titel" in r.stderr and "did you mean 'title'" in r.stderr
    assert f"{truncated}:2:" in r.stderr
    assert "Traceback" not in r.stderr
    assert f"{bundled_path}: OK" in r.stdout


def test_a_date_written_as_the_app_shows_it_reads_back(tmp_path: Path) -> None:
    # The app shows dates before the common era as "15 March 44 BCE"; a teacher who copies
    # that into a file gets the same day back, not a complaint that the year is missing.
    one = tmp_path / "rome.json"
    one.write_text(
        '{"format": "timeline-app", "version": 1, "events": [\n'
        '  {"id": "ides", "title": "Caesar is killed", "start": "15 March 44 BCE"}\n]}\n'
    )
    r = run("validate", str(one))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{one}: OK, 1 event"
    r = run("events", str(one), "--json")
    event = json.loads(r.stdout)[0]
    assert (event["start"], event["date"]) == ("-0043-03-15", "15 March 44 BCE")


def test_validate_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    r = run("validate", str(tmp_path / "nope.json"))
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "cannot read the file" in r.stderr
    assert "Traceback" not in r.stderr


def test_events_json_is_normalized(bundled_path: Path) -> None:
    r = run("events", "--json")
    assert r.returncode == 0, r.stderr
    events = json.loads(r.stdout)
    by_id = {e["id"]: e for e in events}
    assert by_id["white-house-lavrov-2017-05-10"]["start"] == "2017-05-10"
    assert by_id["white-house-lavrov-2017-05-10"]["end"] is None
    g20 = by_id["g20-hamburg-2017-07-07"]
    assert (g20["start"], g20["end"], g20["precision"]) == ("2017-07-07", "2017-07-08", "day")
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)
    for e in events:
        assert {"id", "title", "start", "end", "precision", "category", "quotes"} <= set(e)
        for q in e["quotes"]:
            assert set(q) == {"text", "speaker", "source", "locator"}
            assert set(q["source"]) == {"title", "publisher", "year"}
            assert q["source"]["year"] == 2017
    explicit = run("events", str(bundled_path), "--json")
    assert json.loads(explicit.stdout) == events


def test_gui_without_a_display_says_so_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    r = run(env=env)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1
    assert "no display" in r.stderr and "validate" in r.stderr
    assert "Traceback" not in r.stderr and "Aborted" not in r.stderr


def test_gui_with_a_missing_file_refuses_before_opening_a_window(tmp_path: Path) -> None:
    r = run(str(tmp_path / "missing.json"))
    assert r.returncode == 2
    assert "no such file" in r.stderr


@pytest.mark.slow
def test_many_widget_updates_do_not_abort_the_interpreter() -> None:
    """PySide6 6.12.0 on CPython 3.11 aborted here (Fatal Python error: none_dealloc)."""
    code = (
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "w = QWidget()\n"
        "for _ in range(20000):\n"
        "    w.update()\n"
        "print('survived')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "survived" in r.stdout


def test_export_writes_png_svg_and_pdf_without_a_display(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    for name in ("t.png", "t.svg", "t.pdf"):
        out = tmp_path / name
        r = run(
            "export",
            "-o",
            str(out),
            "--width",
            "800",
            "--height",
            "450",
            "--title",
            "Test",
            env=env,
        )
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 1000
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    assert b"<svg" in (tmp_path / "t.svg").read_bytes()


def test_export_errors_are_one_line_and_keep_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "old.png"
    out.write_bytes(b"old")
    cases = [
        (["--width", "99999"], "out of range"),
        (["--range", "1999-01..1999-02"], "no events between"),
        (["--range", "10 May..2017"], "no year"),
        (["--theme", "neon"], "unknown theme"),
        (["--dpi", "0"], "0 dpi is out of range"),
        (["--poster"], "make PDF files"),
    ]
    for extra, message in cases:
        r = run("export", "-o", str(out), *extra)
        assert r.returncode == 1, (extra, r.stderr)
        assert r.stderr.count("\n") == 1 and message in r.stderr, (extra, r.stderr)
        assert "Traceback" not in r.stderr
        assert out.read_bytes() == b"old"
    r = run("export", "-o", str(tmp_path / "t.bmp"))
    assert r.returncode == 1 and "unknown file type '.bmp'" in r.stderr


SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples is not here")
def test_convert_writes_the_apps_format_and_validate_reads_every_format(tmp_path: Path) -> None:
    src = SAMPLES / "thetimelineproj" / "rogerlindberg-timelinejs" / "gregorian-sample.timeline"
    out = tmp_path / "sample.timeline.json"
    r = run("convert", str(src), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{out}: 25 events and 2 eras from The Timeline Project file"
    again = run("validate", str(out))
    assert again.returncode == 0 and "OK, 25 events" in again.stdout
    for sample in (src, SAMPLES / "markwhen" / "jes-timeline.mw"):
        assert run("validate", str(sample)).returncode == 0


def test_convert_refuses_another_extension_and_names_a_broken_file(tmp_path: Path) -> None:
    r = run("convert", "whatever.csv", "-o", str(tmp_path / "out.png"))
    assert r.returncode == 2 and "write the app's format to a .timeline.json file" in r.stderr
    broken = tmp_path / "broken.mw"
    broken.write_text("title: Broken\n\nnot a date: nothing\n", encoding="utf-8")
    r = run("convert", str(broken), "-o", str(tmp_path / "out.timeline.json"))
    assert r.returncode == 1 and str(broken) in r.stderr
    assert not (tmp_path / "out.timeline.json").exists()
