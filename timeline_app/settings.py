"""User settings: a small JSON file under the user config directory, written atomically.

A settings file that cannot be read is moved aside as ``settings.json.bak`` and the defaults
are used; ``Settings.notice`` then says so, for the status bar.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from timeline_app.fsutil import atomic_write_bytes, describe_os_error

APP_NAME = "timeline-app"
MAX_RECENT = 10
THEME_CHOICES = ("system", "light", "dark")


def config_dir() -> Path:
    override = os.environ.get("TIMELINE_APP_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    geometry: str = ""
    window_state: str = ""
    main_splitter: list[int] = field(default_factory=list)
    side_splitter: list[int] = field(default_factory=list)
    last_file: str = ""
    recent_files: list[str] = field(default_factory=list)
    theme: str = "system"
    view_file: str = ""
    view_start: float | None = None
    view_span: float | None = None
    hidden_categories: list[str] = field(default_factory=list)
    export: dict[str, Any] = field(default_factory=dict)
    notice: str = field(default="", compare=False)

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("notice")
        return json.dumps(data, indent=2) + "\n"


def _coerce(data: Any) -> Settings:
    """Settings from parsed JSON, keeping only well-typed known keys."""
    if not isinstance(data, dict):
        raise ValueError("the settings file does not hold a JSON object")
    s = Settings()
    for f in fields(Settings):
        if f.name == "notice" or f.name not in data:
            continue
        value = data[f.name]
        default = getattr(s, f.name)
        if isinstance(default, dict):
            if isinstance(value, dict):
                setattr(s, f.name, value)
        elif isinstance(default, list):
            kind = int if f.name.endswith("splitter") else str
            if isinstance(value, list) and all(
                isinstance(v, kind) and not isinstance(v, bool) for v in value
            ):
                setattr(s, f.name, value)
        elif f.name in ("view_start", "view_span"):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                setattr(s, f.name, float(value))
        elif isinstance(value, type(default)):
            setattr(s, f.name, value)
    if s.theme not in THEME_CHOICES:
        s.theme = "system"
    return s


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as err:
        s = Settings()
        s.notice = f"Settings could not be read ({describe_os_error(err)}); using defaults."
        return s
    try:
        return _coerce(json.loads(raw.decode("utf-8")))
    except (ValueError, UnicodeDecodeError, RecursionError):
        backup = path.with_name(path.name + ".bak")
        try:
            os.replace(path, backup)
            moved = f" The old file was kept as {backup.name}."
        except OSError:
            moved = ""
        s = Settings()
        s.notice = f"The settings file was damaged; defaults are used.{moved}"
        return s


def save_settings(settings: Settings, path: Path | None = None) -> str:
    """Write the settings; return '' or a one-line reason why they could not be saved."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, settings.to_json().encode("utf-8"))
    except OSError as err:
        return f"Settings could not be saved: {describe_os_error(err)}"
    return ""
