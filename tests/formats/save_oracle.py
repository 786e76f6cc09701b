"""The writer as it was before it wrote from the columns: ``json.dumps`` with an indent over
``timeline_to_dict`` built from Event objects. Kept as the oracle the writer's text must
equal byte for byte."""

from __future__ import annotations

import json
from typing import Any

from timeline_app.model.timeline import Era, Event, Media, Timeline


def oracle_dumps(timeline: Timeline) -> str:
    return json.dumps(_timeline_to_dict(timeline), ensure_ascii=False, indent=2) + "\n"


def _timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    """The file-format dictionary of a timeline (the inverse of loading)."""
    doc: dict[str, Any] = {"format": "timeline-app", "version": 1}
    if timeline.title:
        doc["title"] = timeline.title
    if timeline.description:
        doc["description"] = timeline.description
    used_sources = {q.source.id: q.source for e in timeline.events for q in e.quotes}
    sources = {s.id: s for s in timeline.sources} | used_sources
    if sources:
        doc["sources"] = [
            _drop_empty(
                {
                    "id": s.id,
                    "title": s.title,
                    "publisher": s.publisher,
                    "year": s.year,
                    "author": s.author,
                    "url": s.url,
                    "note": s.note,
                    "text": s.text,
                }
            )
            for s in sources.values()
        ]
    cats = [
        c
        for c in timeline.categories
        if c.id != "uncategorised" or any(e.category == c.id for e in timeline.events)
    ]
    if cats:
        doc["categories"] = [
            _drop_empty({"id": c.id, "label": c.label, "color": c.color}) for c in cats
        ]
    if timeline.eras:
        doc["eras"] = [_era_to_dict(era) for era in timeline.eras]
    doc["events"] = [_event_to_dict(e) for e in timeline.events]
    return doc


def _era_to_dict(era: Era) -> dict[str, Any]:
    d: dict[str, Any] = {"title": era.title, "start": era.start.iso(), "end": era.end.iso()}
    if era.precision != min(era.start.precision, era.end.precision):
        d["precision"] = era.precision.label
    return _drop_empty({"id": era.id, **d, "color": era.color})


def _media_to_dict(m: Media) -> dict[str, Any]:
    return _drop_empty(
        {
            "url": m.url,
            "caption": m.caption,
            "credit": m.credit,
            "alt": m.alt,
            "thumbnail": m.thumbnail,
            "kind": m.kind,
        }
    )


def _event_to_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"id": e.id, "title": e.title, "start": e.start.iso()}
    if e.end is not None:
        d["end"] = e.end.iso()
    if e.precision != e.start.precision:
        d["precision"] = e.precision.label
    d.update(
        _drop_empty(
            {
                "category": e.category,
                "location": e.location,
                "participants": list(e.participants),
                "summary": e.summary,
                "date_source": e.date_source,
                "date_note": e.date_note,
                "notes": e.notes,
                "quotes": [
                    _drop_empty(
                        {
                            "text": q.text,
                            "speaker": q.speaker,
                            "source": q.source.id,
                            "locator": q.locator,
                        }
                    )
                    for q in e.quotes
                ],
                "display_date": e.display_date,
                "media": [_media_to_dict(m) for m in e.media],
            }
        )
    )
    return d


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], ())}
