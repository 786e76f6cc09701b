"""JSON files that are not timelines: what they look like, said in the first line.

A teacher who opens a package.json, a GeoJSON map or the app's own settings by mistake reads
"this is not a timeline file: it looks like a GeoJSON file (map data)" instead of a list of
unknown fields. ``describe_foreign_json`` recognises a kind of file from its parsed top-level
value; a reader for another format extends it by adding one function to ``RECOGNISERS``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from timeline_app.i18n import context
from timeline_app.settings import Settings

tr = context("ForeignFiles")

Recogniser = Callable[[Mapping[str, Any]], str | None]

_GEOJSON_TYPES = frozenset(
    (
        "FeatureCollection",
        "Feature",
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    )
)
_NPM_KEYS = frozenset(
    ("dependencies", "devDependencies", "peerDependencies", "scripts", "main", "private")
)
_SETTINGS_KEYS = frozenset(f.name for f in fields(Settings) if f.name != "notice")
# The fields that make a timeline a timeline; a misspelling of one still counts as one.
_TIMELINE_MARKS = ("format", "events")


def _package_json(obj: Mapping[str, Any]) -> str | None:
    if isinstance(obj.get("name"), str) and (
        not _NPM_KEYS.isdisjoint(obj) or isinstance(obj.get("version"), str)
    ):
        return tr.mark("a package.json (npm)")
    return None


def _geojson(obj: Mapping[str, Any]) -> str | None:
    if obj.get("type") in _GEOJSON_TYPES:
        return tr.mark("a GeoJSON file (map data)")
    return None


def _settings(obj: Mapping[str, Any]) -> str | None:
    if len(_SETTINGS_KEYS.intersection(obj)) >= 2:
        return tr.mark("the settings file of this app")
    return None


def _json_schema(obj: Mapping[str, Any]) -> str | None:
    if "$schema" in obj and ("properties" in obj or "$defs" in obj):
        return tr.mark(
            "a JSON Schema (timeline.schema.json describes timeline files; it is not one)"
        )
    return None


RECOGNISERS: list[Recogniser] = [_package_json, _geojson, _settings, _json_schema]


def describe_foreign_json(obj: object) -> str | None:
    """What kind of file another program made, from its parsed top-level value: 'a
    package.json (npm)', 'a GeoJSON file (map data)'; None when nothing recognises it, and
    always for an object that says it is a timeline ("format": "timeline-app")."""
    if not isinstance(obj, dict) or obj.get("format") == "timeline-app":
        return None
    for recognise in RECOGNISERS:
        kind = recognise(obj)
        if kind is not None:
            return kind
    return None


def not_a_timeline(obj: Mapping[str, Any]) -> str | None:
    """The one message for a top-level object that is not a timeline, or None when it may
    be one (with mistakes that the usual messages explain). It is not when another program's
    kind of file is recognised, or when it has neither "format" nor "events", nor a field
    spelt like either."""
    kind = describe_foreign_json(obj)
    if kind is not None:
        return tr("this is not a timeline file: it looks like {kind}").format(kind=tr(kind))
    if obj.get("format") == "timeline-app":
        return None
    for key in obj:
        if difflib.get_close_matches(key.lower(), _TIMELINE_MARKS, n=1, cutoff=0.75):
            return None
    if not obj:
        return tr('this is not a timeline file: it is an empty JSON object, without "events"')
    keys = list(obj)[:4]
    listed = ", ".join(repr(k[:30]) for k in keys) + (", …" if len(obj) > len(keys) else "")
    return tr(
        'this is not a timeline file: a JSON file without "events" (its fields: {fields})'
    ).format(fields=listed)
