"""Where the bundled resources are: inside the installed package, or beside the sources."""

from __future__ import annotations

from pathlib import Path

BUNDLED_DATASET = "timeline-2017.json"
_PACKAGE = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The path of a bundled resource file (the dataset, the schema, the icon).

    Installed (a wheel, the bundle), resources/ ships inside the package as
    timeline_app/resources; in a checkout it sits beside the package. Plain paths, not
    importlib.resources, whose import alone costs start-up about 7 ms."""
    inside = _PACKAGE / "resources" / name
    if inside.is_file():
        return inside
    return _PACKAGE.parent / "resources" / name


def bundled_dataset() -> Path:
    return resource_path(BUNDLED_DATASET)


FORMAT_GUIDE = "file-format.md"


def doc_path(name: str) -> Path:
    """The path of a shipped document (the file format guide): docs/ ships inside the
    package as timeline_app/docs, as resources/ does; in a checkout it sits beside it."""
    inside = _PACKAGE / "docs" / name
    if inside.is_file():
        return inside
    return _PACKAGE.parent / "docs" / name
