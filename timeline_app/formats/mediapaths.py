"""Where an event's pictures are on disk: a relative address names a file beside the
timeline file, and a timeline written somewhere else names the same files from there."""

from __future__ import annotations

import os
from dataclasses import replace

from timeline_app.model.timeline import Media, Source, Timeline


def local_media_path(media: Media, timeline_path: str) -> str | None:
    """The file a relative media address names, next to ``timeline_path``; None for web and
    data addresses, absolute paths and addresses with a scheme."""
    url = media.url.strip()
    if not url or media.is_web or ":" in url.split("/", 1)[0] or not timeline_path:
        return None
    if os.path.isabs(url) or url.startswith(("\\", "~")):
        return None
    base = os.path.dirname(os.path.abspath(timeline_path))
    return os.path.normpath(os.path.join(base, url.replace("\\", "/")))


def _moved_source(source: Source, old_dir: str, new_dir: str) -> Source:
    """The source with the path of its full text written from ``new_dir``."""
    if not source.text or os.path.isabs(source.text) or ":" in source.text.split("/", 1)[0]:
        return source
    local = os.path.normpath(os.path.join(old_dir, source.text.replace("\\", "/")))
    try:
        text = os.path.relpath(local, new_dir).replace(os.sep, "/")
    except ValueError:  # another drive: no relative path leads there
        return source
    return replace(source, text=text)


def rebase_media(timeline: Timeline, new_path: str) -> Timeline:
    """The timeline with relative media paths, and the paths of its sources' full texts,
    rewritten for a file at ``new_path`` (the same timeline when no path changes)."""
    old_dir = os.path.dirname(os.path.abspath(timeline.path)) if timeline.path else ""
    new_dir = os.path.dirname(os.path.abspath(new_path))
    texts = any(s.text for s in timeline.sources)
    if not old_dir or old_dir == new_dir or not (timeline.columns.extras or texts):
        return timeline

    def moved(m: Media) -> Media:
        local = local_media_path(m, timeline.path)
        if local is None:
            return m
        return replace(m, url=os.path.relpath(local, new_dir).replace(os.sep, "/"))

    sources = {s.id: _moved_source(s, old_dir, new_dir) for s in timeline.sources}
    events = []
    changed = any(sources[s.id] is not s for s in timeline.sources)
    for e in timeline.events:
        if e.media:
            media = tuple(moved(m) for m in e.media)
            changed = changed or media != e.media
            e = replace(e, media=media)
        if any(q.source.text for q in e.quotes):
            quotes = tuple(
                replace(
                    q, source=sources.get(q.source.id) or _moved_source(q.source, old_dir, new_dir)
                )
                for q in e.quotes
            )
            changed = changed or quotes != e.quotes
            e = replace(e, quotes=quotes)
        events.append(e)
    if not changed:
        return timeline
    out = Timeline(
        events,
        title=timeline.title,
        description=timeline.description,
        categories=timeline.categories,
        sources=list(sources.values()),
        eras=timeline.eras,
        path=new_path,
    )
    out.warnings = timeline.warnings
    out.format_name = timeline.format_name
    out.left_out = timeline.left_out
    return out
