"""The fields a file may have: the reader, the documentation and the JSON Schema agree, and
"$schema" is one of them (editors that know JSON Schema add it)."""

import json
import re
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj

REPO = Path(__file__).resolve().parents[2]
DOCS = (REPO / "docs" / "file-format.md").read_text("utf-8")
SCHEMA = json.loads((REPO / "resources" / "timeline.schema.json").read_text("utf-8"))

KINDS = {
    "Top level": (tj.TOP_FIELDS, SCHEMA),
    "Sources": (tj.SOURCE_FIELDS, SCHEMA["$defs"]["source"]),
    "Categories": (tj.CATEGORY_FIELDS, SCHEMA["$defs"]["category"]),
    "Events": (tj.EVENT_FIELDS, SCHEMA["$defs"]["event"]),
    "Quotes": (tj.QUOTE_FIELDS, SCHEMA["$defs"]["quote"]),
    "Eras": (tj.ERA_FIELDS, SCHEMA["$defs"]["era"]),
    "Media": (tj.MEDIA_FIELDS, SCHEMA["$defs"]["media"]),
}


def documented(heading: str) -> dict[str, bool]:
    """The fields in the table under '### heading' of the documentation, and whether each
    is marked required."""
    section = DOCS.split(f"\n### {heading}\n", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \|[^|]*\| ([^|]*) \|", section, re.MULTILINE)
    assert rows, heading
    return {name: required.strip().startswith("yes") for name, required in rows}


@pytest.mark.parametrize("heading", list(KINDS))
def test_the_documentation_and_the_schema_list_the_fields_the_reader_allows(heading: str) -> None:
    fields, schema = KINDS[heading]
    docs = documented(heading)
    assert list(docs) == list(fields)
    assert list(schema["properties"]) == list(fields)
    assert sorted(schema["required"]) == sorted(name for name, req in docs.items() if req)


def test_the_documentation_no_longer_says_schema_is_refused() -> None:
    assert 'not** add a `"$schema"`' not in DOCS
    assert '"$schema": "file:///' in DOCS


MINIMAL = '{"format": "timeline-app", "version": 1, "events": []'


def test_a_file_with_schema_loads() -> None:
    timeline = loads_timeline(
        MINIMAL + ', "$schema": "file:///home/t/resources/timeline.schema.json"}', "f.json"
    )
    assert len(timeline) == 0 and timeline.warnings == ()


def test_schema_must_be_text() -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(MINIMAL + ', "$schema": 1}', "f.json")
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$schema", "'$schema' must be the schema's address, as text")
    ]


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("schema", "did you mean '$schema'?"),
        ("$shema", "did you mean '$schema'?"),
        ("titel", "did you mean 'title'?"),
        ("evens", "did you mean 'events'?"),
        (
            "zzz",
            "the top level may have: format, version, title, description, sources, "
            "categories, eras, events, $schema",
        ),
    ],
)
def test_schema_is_suggested_only_for_what_resembles_it(key: str, hint: str) -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(MINIMAL + f', "{key}": ""}}', "f.json")
    assert info.value.first.message == f"unknown field {key!r}; {hint}"
