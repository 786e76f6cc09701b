"""Reading and writing timeline files. Errors carry the file, line:column and field path."""

from timeline_app.formats import (
    simile,  # noqa: F401  (registers itself)
    thetimelineproject,  # noqa: F401  (registers itself)
)
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.formats.timeline_json import load_timeline, loads_timeline, save_timeline

__all__ = ["Problem", "TimelineFileError", "load_timeline", "loads_timeline", "save_timeline"]
