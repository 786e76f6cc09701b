"""Cut, Copy and Paste of events between windows and timelines. The clipboard carries the
events in the app's own format (with their quotes, sources and categories) under their own
MIME type, and as plain text for other programs."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QMimeData

from timeline_app.formats.errors import TimelineFileError
from timeline_app.formats.timeline_json import loads_timeline, timeline_to_dict
from timeline_app.i18n import context
from timeline_app.model.edit import Batch, ChangeTimeline, Edit, PutEvent, new_event_id
from timeline_app.model.timeline import Category, Event, Quote, Source, Timeline

tr = context("EventClipboard")

MIME = "application/x-timeline-app-events+json"


def events_mime(timeline: Timeline, events: list[Event]) -> QMimeData:
    """``events`` of ``timeline`` as clipboard data."""
    used = {e.category for e in events}
    part = Timeline(events, categories=[c for c in timeline.categories if c.id in used])
    data = QMimeData()
    doc = json.dumps(timeline_to_dict(part), ensure_ascii=False)
    data.setData(MIME, doc.encode("utf-8"))
    lines = []
    for e in events:
        lines.append(f"{e.title} — {e.date_text()}")
        lines.extend(q.with_citation() for q in e.quotes)
    data.setText("\n\n".join(lines))
    return data


def pasted_events(data: QMimeData) -> Timeline | None:
    """The events on the clipboard, or None when it holds none of this app's."""
    if not data.hasFormat(MIME):
        return None
    try:
        return loads_timeline(bytes(data.data(MIME).data()).decode("utf-8"), "<clipboard>")
    except (UnicodeDecodeError, TimelineFileError):
        return None


def paste_edit(target: Timeline, pasted: Timeline) -> tuple[Edit, list[str]]:
    """The edit that adds ``pasted``'s events to ``target`` on their own dates: new ids where
    theirs are taken, their categories matched by id or name or else added, and a source whose
    id means another source in ``target`` renamed. Also the new events' ids."""
    cats = list(target.categories)
    by_id = {c.id: c for c in cats}
    by_label = {c.label.casefold(): c for c in cats}
    cat_map: dict[str, str] = {}
    for c in pasted.categories:
        if c.id in by_id and by_id[c.id].label == c.label:
            cat_map[c.id] = c.id
        elif c.label.casefold() in by_label:
            cat_map[c.id] = by_label[c.label.casefold()].id
        else:
            cid = c.id if c.id not in by_id else f"{c.id}-2"
            while cid in by_id:
                cid += "-2"
            new = Category(cid, c.label, c.color)
            cats.append(new)
            by_id[cid] = new
            cat_map[c.id] = cid
    known = _sources_of(target)
    taken: set[str] = set()
    ids: list[str] = []
    puts: list[Edit] = []
    for e in pasted.events:
        quotes = tuple(_same_source(q, known) for q in e.quotes)
        eid = e.id if target.index_of(e.id) < 0 and e.id not in taken else ""
        eid = eid or new_event_id(target, e.title, taken)
        taken.add(eid)
        ids.append(eid)
        category = cat_map.get(e.category, e.category if e.category in by_id else "")
        puts.append(PutEvent(None, replace(e, id=eid, category=category, quotes=quotes)))
    name = tr.n("Paste %n Events", len(ids), one="Paste %n Event")
    edits: list[Edit] = []
    if len(cats) != len(target.categories):
        edits.append(ChangeTimeline(name, categories=tuple(cats)))
    return Batch((*edits, *puts), name), ids


def _sources_of(timeline: Timeline) -> dict[str, Source]:
    known = {s.id: s for s in timeline.sources}
    for extras in timeline.columns.extras.values():
        for q in extras[6]:
            known.setdefault(q.source.id, q.source)
    return known


def _same_source(q: Quote, known: dict[str, Source]) -> Quote:
    """``q`` with its source renamed if the target knows another source by that id."""
    s = q.source
    if s.id not in known or known[s.id] == s:
        known.setdefault(s.id, s)
        return q
    sid = f"{s.id}-2"
    while sid in known and known[sid] != s:
        sid += "-2"
    s2 = replace(s, id=sid)
    known[sid] = s2
    return replace(q, source=s2)
