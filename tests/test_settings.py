"""The settings file: every field checked as it is loaded, a bad value reset to its default and
named once, a file that cannot be used moved aside; whatever the file holds, loading returns."""

from __future__ import annotations

import json
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from timeline_app.settings import (
    EXPORT_SPECS,
    MAX_EXPORT_TITLES,
    MAX_GEOMETRY_CHARS,
    MAX_HIDDEN,
    MAX_PATH_CHARS,
    MAX_RECENT,
    MAX_SETTINGS_BYTES,
    MAX_TEXT_CHARS,
    SCHEMA,
    Settings,
    load_settings,
    save_settings,
)
from timeline_app.view.viewport import ABS_LIMIT, YEAR

GOOD_GEOMETRY = (
    "AdnQywADAAAAAAAAAAAAAAAABP8AAAMfAAAAAAAAAAAAAAT/AAADHwAAAAAAAAAAB4AAAAAAAAAAAAAABP8AAAMf"
)

# For every field: values it keeps as they are, and values it must refuse.
GOOD: dict[str, list[Any]] = {
    "geometry": ["", GOOD_GEOMETRY],
    "window_state": ["", "AAAA/wAAAAD9AAAAAA=="],
    "main_splitter": [[], [900, 380], [0, 0], [16_777_215, 1]],
    "side_splitter": [[], [300, 200]],
    "last_file": ["", "/home/t/lesson.timeline.json", "/tmp/caf\udce9.json", "/a\nb.json"],
    "recent_files": [[], ["/a.json", "/b.json"]],
    "last_folder": ["", "/home/t/Lessons", "/tmp/caf\udce9"],
    "theme": ["system", "light", "dark"],
    "language": ["system", "en", "de", "fr"],
    "text_size": [1.0, 0.5, 2, 4.0],
    "view_file": ["", "/home/t/x.json"],
    "view_start": [None, 0.0, -1.5e9, 1_499_000_000, ABS_LIMIT],
    "view_span": [None, 60.0, 86_400, 100_000 * YEAR],
    "hidden_categories": [[], ["diplomacy", "war & peace"]],
    "export": [{}, {"width": 3840, "height": 2160, "dpi": 192, "format": "pdf", "view": "range"}],
    "export_titles": [{}, {"/home/t/revolution.json": "Lesson 5: 1789"}],
}
BAD: dict[str, list[Any]] = {
    "geometry": ["AdnQywADAAAAAAé", "not base64!", "AAA", 5, None, ["AA=="], "A" * 20_000],
    "window_state": ["%%%", 1.5, {"a": 1}],
    "main_splitter": [
        [99999999999999999999, 1],
        [-1, 5],
        [1, 2, 3],
        [1],
        [1.5, 2],
        [True, 1],
        ["1", "2"],
        "900,380",
        None,
        16_777_216,
        [16_777_216, 1],
    ],
    "side_splitter": [[10**30, 10**30], [None, None], {}],
    "last_file": ["/a\0b", 5, None, "/" + "x" * (MAX_PATH_CHARS + 1), "/\ud800.json", []],
    "recent_files": ["/a.json", None, {"0": "/a"}, 7],
    "last_folder": ["/a\0b", 5, None, "/" + "x" * (MAX_PATH_CHARS + 1), ["/a"]],
    "theme": ["Dark", "", "purple", 1, None, "dark\0"],
    "language": ["de_DE", "German", "", "es", None, 1],
    "text_size": [0.49, 4.01, 0, -1, float("nan"), "2", None, True],
    "view_file": ["/x\0.json", False],
    "view_start": [
        float("nan"),
        float("inf"),
        -float("inf"),
        1e308,
        -1e308,
        "0",
        True,
        10**400,
        [0],
    ],
    "view_span": [float("nan"), float("inf"), 1e308, 0, -86_400, 59.9, "1", False],
    "hidden_categories": ["diplomacy", None, 3],
    "export": [[], "png", 1920, None],
    "export_titles": [[], "Lesson", {"/a\0b": "x"}, {"/a.json": 5}, {"/a.json": "x\0"}],
}
# For every export field: values kept, values refused.
EXPORT_GOOD: dict[str, list[Any]] = {
    "width": [16, 1920, 16_384],
    "height": [16, 16_384],
    "dpi": [24, 96.0, 2400],
    "legend": [True, False],
    "axis": [False],
    "footer": [True],
    "transparent": [True],
    "page": ["A4", "A3", "Letter"],
    "landscape": [False],
    "margin_mm": [0, 12.5, 50],
    "poster": [True],
    "poster_pages": [2, 20],
    "handout": [True],
    "format": ["png", "svg", "pdf"],
    "view": ["view", "whole", "range"],
    "range": ["", "2017-05..2017-07"],
    "text_size": [0.5, 1.25, 4.0],
}
EXPORT_BAD: dict[str, list[Any]] = {
    "width": [1e20, 10**20, 15, 16_385, -1, "1920", None, 1920.0, True],
    "height": [0, 2**31, [1080]],
    "dpi": [float("nan"), float("inf"), 1e308, 0, 23.9, 2401, "96", True],
    "legend": [1, "true", None],
    "axis": [0],
    "footer": ["no"],
    "transparent": [[]],
    "page": ["a4", "A5", "", 4],
    "landscape": [None],
    "margin_mm": [-1, 50.5, float("nan"), "10"],
    "poster": [1.0],
    "poster_pages": [1, 21, 2.5, 10**100],
    "handout": ["yes"],
    "format": ["PNG", "jpeg", None],
    "view": ["current", 0],
    "range": ["x" * (MAX_TEXT_CHARS + 1), "2017\x00", 2017],
    "text_size": [0.4, 5, "1.5", None],
}


def write(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_every_field_has_a_check_and_a_table_of_cases() -> None:
    names = {f.name for f in fields(Settings)} - {"notice"}
    assert set(SCHEMA) == names
    assert set(GOOD) == set(BAD) == names
    assert set(EXPORT_GOOD) == set(EXPORT_BAD) == set(EXPORT_SPECS)


def test_the_defaults_pass_their_own_checks(path: Path) -> None:
    assert save_settings(Settings(), path) == ""
    again = load_settings(path)
    assert again == Settings() and again.notice == ""


@pytest.mark.parametrize(("name", "value"), [(k, v) for k, vs in GOOD.items() for v in vs])
def test_a_good_value_is_kept(path: Path, name: str, value: Any) -> None:
    s = load_settings(write(path, {name: value}))
    assert s.notice == ""
    kept = getattr(s, name)
    assert (kept == value and type(kept) is type(value)) or (
        isinstance(value, int) and kept == float(value)
    )


@pytest.mark.parametrize(("name", "value"), [(k, v) for k, vs in BAD.items() for v in vs], ids=repr)
def test_a_bad_value_falls_back_to_its_default_and_is_named(
    path: Path, name: str, value: Any
) -> None:
    # The other fields of the file are kept: one bad value resets only itself.
    s = load_settings(
        write(path, {name: value, "theme": "dark"} if name != "theme" else {name: value})
    )
    default = getattr(Settings(), name)
    if name in ("recent_files", "hidden_categories") and isinstance(value, list):
        assert all(isinstance(v, str) and "\0" not in v for v in getattr(s, name))
    elif name == "export_titles" and isinstance(value, dict):  # the bad entries are dropped
        assert all("\0" not in k + v for k, v in s.export_titles.items())
        assert all(isinstance(v, str) and "\0" not in v for v in getattr(s, name))
    else:
        assert getattr(s, name) == default
    assert name in s.notice and "reset" in s.notice
    if name != "theme":
        assert s.theme == "dark"
    assert path.exists()  # a bad value is repaired by the next save, not moved aside


@pytest.mark.parametrize(("name", "value"), [(k, v) for k, vs in EXPORT_GOOD.items() for v in vs])
def test_a_good_export_value_is_kept(path: Path, name: str, value: Any) -> None:
    s = load_settings(write(path, {"export": {name: value}}))
    assert s.notice == "" and s.export == {name: value}
    # Whole numbers are fine where a fraction could be; the dialog gets a float.
    assert type(s.export[name]) is (
        float if name in ("dpi", "margin_mm", "text_size") else type(value)
    )


@pytest.mark.parametrize(
    ("name", "value"), [(k, v) for k, vs in EXPORT_BAD.items() for v in vs], ids=repr
)
def test_a_bad_export_value_is_dropped_and_the_rest_kept(path: Path, name: str, value: Any) -> None:
    other = "height" if name != "height" else "width"
    s = load_settings(write(path, {"export": {name: value, other: 1000}}))
    assert s.export == {other: 1000}
    assert f"export.{name}" in s.notice


def test_recent_files_keep_their_good_entries(path: Path) -> None:
    data = {"recent_files": ["/a.json", "/b\0.json", 5, None, "/c.json", "/\ud800"]}
    s = load_settings(write(path, data))
    assert s.recent_files == ["/a.json", "/c.json"]
    assert "recent_files" in s.notice


def test_recent_files_beyond_the_limit_are_left_out(path: Path) -> None:
    s = load_settings(write(path, {"recent_files": [f"/f{i}.json" for i in range(50)]}))
    assert s.recent_files == [f"/f{i}.json" for i in range(MAX_RECENT)]


def test_unknown_fields_are_left_out_without_a_notice(path: Path) -> None:
    s = load_settings(write(path, {"theme": "dark", "zoom_speed": 3, "export": {"quality": 9}}))
    assert s.theme == "dark" and s.export == {} and s.notice == ""
    assert "zoom_speed" not in s.to_json()


def test_the_notice_names_a_few_fields_and_counts_the_rest(path: Path) -> None:
    s = load_settings(write(path, {name: values[0] for name, values in BAD.items()}))
    assert s == Settings()
    assert f"and {len(BAD) - 4} more" in s.notice and "\n" not in s.notice


def test_the_next_save_repairs_the_file(path: Path) -> None:
    write(path, {"main_splitter": [10**20, 1], "theme": "light", "view_span": 1e308})
    s = load_settings(path)
    assert s.notice
    assert save_settings(s, path) == ""
    data = json.loads(path.read_text())
    assert data["main_splitter"] == [] and data["view_span"] is None
    again = load_settings(path)
    assert again.notice == "" and again.theme == "light"


def moved_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob("settings.json.damaged-*"))


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "not valid JSON: line 1, column 2"),
        (b"", "not valid JSON"),
        (b"[1, 2]", "holds a list, not a JSON object"),
        (b'"settings"', "holds text"),
        (b"null", "holds null"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
        (b'{"view_start": ' + b"9" * 5000 + b"}", "a number too long"),
        (b'{"theme": "' + b"x" * MAX_SETTINGS_BYTES + b'"}', "larger than 16 MiB"),
    ],
    ids=["not-json", "empty", "list", "string", "null", "utf16", "deep", "long-int", "huge"],
)
def test_a_file_that_cannot_be_used_is_moved_aside_with_the_time(
    path: Path, content: bytes, why: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    s = load_settings(path)
    assert s == Settings()
    assert why in s.notice and "defaults are used" in s.notice
    [kept] = moved_aside(path)
    assert kept.read_bytes() == content
    assert kept.name in s.notice
    assert not path.exists()
    # The next start finds no file, says nothing, and a save writes a good one.
    assert load_settings(path).notice == ""
    assert save_settings(s, path) == "" and load_settings(path) == Settings()


def test_two_damaged_files_in_the_same_second_are_both_kept(path: Path) -> None:
    for content in (b"{one", b"{two"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        load_settings(path)
    assert sorted(p.read_bytes() for p in moved_aside(path)) == [b"{one", b"{two"]


@pytest.mark.timeout(20)
def test_a_fifo_in_place_of_the_file_does_not_stop_the_start(path: Path) -> None:
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    s = load_settings(path)  # no writer: reading it would wait for ever
    assert s == Settings() and "not a regular file" in s.notice


def test_a_file_at_every_limit_still_loads_whole(path: Path) -> None:
    """Whatever the app can keep, worst-case escaped in JSON, fits under the size limit."""
    s = Settings(
        geometry="A" * MAX_GEOMETRY_CHARS,
        window_state="A" * MAX_GEOMETRY_CHARS,
        last_file="/" + "\ue000" * (MAX_PATH_CHARS - 1),
        last_folder="/" + "\ue000" * (MAX_PATH_CHARS - 1),
        view_file="/" + "\ue000" * (MAX_PATH_CHARS - 1),
        recent_files=["/" + "\ue000" * (MAX_PATH_CHARS - 1)] * MAX_RECENT,
        hidden_categories=["\ue000" * MAX_TEXT_CHARS] * MAX_HIDDEN,
        export={"range": "\ue000" * MAX_TEXT_CHARS},
        export_titles={
            f"/{k:02d}" + "\ue000" * (MAX_PATH_CHARS - 3): "\ue000" * MAX_TEXT_CHARS
            for k in range(MAX_EXPORT_TITLES)
        },
    )
    assert "\\ue000" in s.to_json()  # six bytes for each character
    assert save_settings(s, path) == ""
    assert path.stat().st_size <= MAX_SETTINGS_BYTES
    again = load_settings(path)
    assert again == s and again.notice == ""


def test_an_unreadable_file_gives_defaults_and_a_reason(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be: read fails, nothing hangs
    s = load_settings(path)
    assert s == Settings() and s.notice
