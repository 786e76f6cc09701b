"""Where an event's pictures are on disk: a relative address names a file beside the
timeline file, and a timeline written somewhere else names the same files from there."""

from __future__ import annotations

import os
from dataclasses import replace

from timeline_app.model.timeline import Media, Timeline


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


def rebase_media(timeline: Timeline, new_path: str) -> Timeline:
    """The timeline with relative media paths rewritten for a file at ``new_path`` (the same
    timeline when no path changes)."""
    old_dir = os.path.dirname(os.path.abspath(timeline.path)) if timeline.path else ""
    new_dir = os.path.dirname(os.path.abspath(new_path))
    if not old_dir or old_dir == new_dir or not timeline.columns.extras:
        return timeline

    def moved(m: Media) -> Media:
        local = local_media_path(m, timeline.path)
        if local is None:
            return m
        return replace(m, url=os.path.relpath(local, new_dir).replace(os.sep, "/"))

    events = []
    changed = False
    for e in timeline.events:
        if e.media:
            media = tuple(moved(m) for m in e.media)
            changed = changed or media != e.media
            e = replace(e, media=media)
        events.append(e)
    if not changed:
        return timeline
    out = Timeline(
        events,
        title=timeline.title,
        description=timeline.description,
        categories=timeline.categories,
        sources=timeline.sources,
        eras=timeline.eras,
        path=new_path,
    )
    out.warnings = timeline.warnings
    out.format_name = timeline.format_name
    out.left_out = timeline.left_out
    return out
