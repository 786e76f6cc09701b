"""A JSON file of another kind says so in its first line: the one the window shows and the
one `validate` prints first."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from timeline_app.formats import TimelineFileError, foreign, loads_timeline
from timeline_app.formats.foreign import describe_foreign_json, not_a_timeline
from timeline_app.settings import Settings

REPO = Path(__file__).resolve().parents[2]
PACKAGE = {"name": "site", "version": "1.0.0", "dependencies": {"leaflet": "^1.9"}}
GEOJSON = {"type": "FeatureCollection", "features": []}
SETTINGS = json.loads(Settings(theme="dark", recent_files=["/t/a.json"]).to_json())
SCHEMA = json.loads((REPO / "resources" / "timeline.schema.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("obj", "kind"),
    [
        (PACKAGE, "a package.json (npm)"),
        ({"name": "site", "scripts": {"test": "vitest"}}, "a package.json (npm)"),
        (GEOJSON, "a GeoJSON file (map data)"),
        ({"type": "Feature", "geometry": None, "properties": {}}, "a GeoJSON file (map data)"),
        (SETTINGS, "the settings file of this app"),
        ({"theme": "dark", "last_file": ""}, "the settings file of this app"),
        (SCHEMA, "a JSON Schema (timeline.schema.json describes timeline files; it is not one)"),
    ],
    ids=["package", "package-scripts", "geojson", "feature", "settings", "settings-2", "schema"],
)
def test_another_programs_json_is_recognised(obj: dict[str, Any], kind: str) -> None:
    assert describe_foreign_json(obj) == kind
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(obj), "f.json")
    (problem,) = info.value.problems
    assert str(problem) == f"f.json:1:1: (file): this is not a timeline file: it looks like {kind}"
    assert problem.for_people() == f"This is not a timeline file: it looks like {kind}"


@pytest.mark.parametrize(
    "obj",
    [
        {"format": "timeline-app", "name": "x", "version": "1.0.0", "dependencies": {}},
        {"format": "timeline-app", "type": "FeatureCollection"},
        [PACKAGE],
        "FeatureCollection",
    ],
)
def test_a_file_that_says_it_is_a_timeline_or_is_no_object_is_not_described(obj: Any) -> None:
    assert describe_foreign_json(obj) is None


@pytest.mark.parametrize(
    ("obj", "shown"),
    [
        ({}, 'it is an empty JSON object, without "events"'),
        ({"a": 1, "b": 2}, "a JSON file without \"events\" (its fields: 'a', 'b')"),
        (
            {"title": "T", "version": 1, "entries": [], "by": "me", "more": 1},
            "a JSON file without \"events\" (its fields: 'title', 'version', 'entries', 'by', …)",
        ),
    ],
)
def test_json_without_format_or_events_is_said_not_to_be_a_timeline(
    obj: dict[str, Any], shown: str
) -> None:
    assert not_a_timeline(obj) == f"this is not a timeline file: {shown}"


@pytest.mark.parametrize(
    "obj",
    [
        {"title": "My timeline", "evnts": []},
        {"Events": []},
        {"fromat": "timeline-app", "title": "T"},
        {"format": "timeline", "title": "T"},
        {"format": "timeline-app"},
    ],
)
def test_a_timeline_with_mistakes_gets_the_usual_messages(obj: dict[str, Any]) -> None:
    assert not_a_timeline(obj) is None
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(json.dumps(obj), "f.json")
    assert all("not a timeline file" not in p.message for p in info.value.problems)


def test_a_reader_of_another_format_extends_the_recognisers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def timelinejs(obj: Mapping[str, Any]) -> str | None:
        return (
            "a TimelineJS file" if isinstance(obj.get("events"), list) and "title" in obj else None
        )

    monkeypatch.setattr(foreign, "RECOGNISERS", [*foreign.RECOGNISERS, timelinejs])
    obj = {"title": {"text": {"headline": "H"}}, "events": [{"start_date": {"year": 1}}]}
    assert not_a_timeline(obj) == "this is not a timeline file: it looks like a TimelineJS file"


def test_validate_prints_it_first_and_alone(tmp_path: Path) -> None:
    path = tmp_path / "package.json"
    path.write_text(json.dumps(PACKAGE, indent=2), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "timeline_app", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode != 0
    assert r.stderr.splitlines() == [
        f"{path}:1:1: (file): this is not a timeline file: it looks like a package.json (npm)"
    ]
