"""Reading and writing timeline files. Errors carry the file, line:column and field path."""

# Each format module registers itself with formats.registry when it is imported.
import timeline_app.formats.markwhen
import timeline_app.formats.simile
import timeline_app.formats.thetimelineproject  # noqa: F401
from timeline_app.formats import registry, timelinejs_json, timelinejs_sheet
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.timeline_json import load_timeline, loads_timeline, save_timeline

registry.register(timelinejs_sheet.FORMAT)
registry.register(timelinejs_json.FORMAT)

__all__ = ["Problem", "TimelineFileError", "load_timeline", "loads_timeline", "save_timeline"]
