"""The pure data model: time points, events, quotes, sources and the timeline. No Qt here."""

from timeline_app.model.timeline import Category, Event, Lane, Quote, Source, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

__all__ = ["Category", "Event", "Lane", "Precision", "Quote", "Source", "TimePoint", "Timeline"]
