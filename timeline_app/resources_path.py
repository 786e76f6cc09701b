"""Where the bundled resources are: inside the installed package, or beside the sources."""

from __future__ import annotations

from pathlib import Path

BUNDLED_DATASET = "timeline-2017.json"


def resource_path(name: str) -> Path:
    """The path of a bundled resource file (the dataset, the schema, the icon)."""
    try:
        from importlib.resources import files

        candidate = files("timeline_app.resources") / name
        if candidate.is_file():
            return Path(str(candidate))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources" / name


def bundled_dataset() -> Path:
    return resource_path(BUNDLED_DATASET)
