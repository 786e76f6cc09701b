"""Reading and writing timeline files. Errors carry the file, line:column and field path."""

from timeline_app.formats import registry, timelinejs_json, timelinejs_sheet
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.timeline_json import load_timeline, loads_timeline, save_timeline

registry.register(timelinejs_sheet.FORMAT)
registry.register(timelinejs_json.FORMAT)

__all__ = ["Problem", "TimelineFileError", "load_timeline", "loads_timeline", "save_timeline"]
