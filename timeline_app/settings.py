"""User settings: a small JSON file under the user config directory, written atomically.

Every value is checked against its field's type and range as it is loaded (``SCHEMA``), so the
window, the splitters, the view and the dialogs only ever see values they can use. A bad value
falls back to its default and the file is repaired on the next save. A file that cannot be used
at all (not JSON, not an object, too large, not a regular file) is moved aside next to itself
under a timestamped name and the defaults are used. Either way ``Settings.notice`` says so
once, for the status bar: whatever the file holds, the app starts.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
import os
import re
import stat
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol

from timeline_app.fsutil import atomic_write_bytes, describe_os_error
from timeline_app.i18n import context
from timeline_app.view.viewport import ABS_LIMIT, MIN_SPAN

APP_NAME = "timeline-app"
MAX_RECENT = 10
THEME_CHOICES = ("system", "light", "dark")
# View › Language: the system's language (English when it is not shipped), or one chosen.
LANGUAGE_CHOICES = ("system", "en", "de", "fr")

# Far above anything the app writes (a few kilobytes), and bounded so that reading a huge file
# cannot stall the start: ``test_settings`` checks that a file with every field at its limit,
# worst-case escaped, still fits.
MAX_SETTINGS_BYTES = 16 * 1024 * 1024
# Windows' extended-length limit, the longest of the common systems (Linux: 4,096 bytes).
MAX_PATH_CHARS = 32_767
# Qt's largest widget size (QWIDGETSIZE_MAX): splitter sizes beyond it are never real.
MAX_WIDGET_PX = 16_777_215
MAX_GEOMETRY_CHARS = 16_384  # Qt's saved geometry is under 100 characters, a state under 1,000
MAX_TEXT_CHARS = 1_000
MAX_HIDDEN = 1_000
MAX_EXPORT_TITLES = 20  # the files exported last; keeps the worst-case file small
# The export dialog's bounds; ``tests/test_settings.py`` checks that they match the dialog and
# render.export (imported only when an export is first opened, so not imported here).
EXPORT_MIN_PX, EXPORT_MAX_PX = 16, 16_384
EXPORT_DPI = (24.0, 2400.0)
EXPORT_MARGIN_MM = (0.0, 50.0)
EXPORT_POSTER_PAGES = (2, 20)
EXPORT_PAGES = ("A4", "A3", "Letter")
EXPORT_FORMATS = ("png", "svg", "pdf")
EXPORT_VIEWS = ("view", "whole", "range")
# View › Text Size and the export's text size (render.theme.TEXT_SIZE_RANGE).
TEXT_SIZE_RANGE = (0.5, 4.0)

log = logging.getLogger(__name__)
tr = context("Settings")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1 control characters, and DEL


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
    # Where the Save As and Export dialogs open: the folder last saved or exported into.
    last_folder: str = ""
    theme: str = "system"
    language: str = "system"
    text_size: float = 1.0
    view_file: str = ""
    view_start: float | None = None
    view_span: float | None = None
    hidden_categories: list[str] = field(default_factory=list)
    export: dict[str, Any] = field(default_factory=dict)
    # The title last given to an export of each file (absolute path -> title), newest last.
    export_titles: dict[str, str] = field(default_factory=dict)
    notice: str = field(default="", compare=False)

    def remember_export_title(self, path: str, title: str) -> None:
        key = os.path.abspath(path)
        self.export_titles.pop(key, None)
        if title:
            self.export_titles[key] = title
        while len(self.export_titles) > MAX_EXPORT_TITLES:
            del self.export_titles[next(iter(self.export_titles))]

    def add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("notice")
        return json.dumps(data, indent=2) + "\n"


# --- the schema: one check per kind of value -------------------------------------------------


class BadValue(ValueError):
    """A settings value that does not fit its field; the message says why, for the log."""


def json_kind(value: Any) -> str:
    """What a JSON value is, in words (for messages about settings and hand-over requests)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Spec(Protocol):
    def check(self, value: Any, name: str, problems: list[str]) -> Any:
        """The value as the app uses it, or BadValue; problems of parts that were dropped
        (a bad entry of a list) are added to ``problems`` as 'name: reason'."""
        ...


@dataclass(frozen=True)
class Int:
    lo: int
    hi: int

    def check(self, value: Any, name: str, problems: list[str]) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"is {json_kind(value)}, not a whole number")
        if not self.lo <= value <= self.hi:
            raise BadValue(f"is out of range ({self.lo:,} to {self.hi:,})")
        return value


@dataclass(frozen=True)
class Float:
    lo: float
    hi: float
    optional: bool = False

    def check(self, value: Any, name: str, problems: list[str]) -> float | None:
        if value is None and self.optional:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise BadValue(f"is {json_kind(value)}, not a number")
        try:
            number = float(value)
        except OverflowError:  # an integer with hundreds of digits
            raise BadValue("is out of range") from None
        if not math.isfinite(number):
            raise BadValue("is not a finite number")
        if not self.lo <= number <= self.hi:
            raise BadValue(f"is out of range ({self.lo:g} to {self.hi:g})")
        return number


@dataclass(frozen=True)
class Bool:
    def check(self, value: Any, name: str, problems: list[str]) -> bool:
        if not isinstance(value, bool):
            raise BadValue(f"is {json_kind(value)}, not true or false")
        return value


@dataclass(frozen=True)
class Text:
    """A string of at most ``max_chars``: one of ``choices`` if given; a file name (``path``:
    no NUL, and one the system can encode); base64 that decodes (``base64``); otherwise
    without control characters."""

    max_chars: int = MAX_TEXT_CHARS
    choices: tuple[str, ...] = ()
    path: bool = False
    base64: bool = False

    def check(self, value: Any, name: str, problems: list[str]) -> str:
        if not isinstance(value, str):
            raise BadValue(f"is {json_kind(value)}, not text")
        if len(value) > self.max_chars:
            raise BadValue(f"is {len(value):,} characters long (at most {self.max_chars:,})")
        if self.choices and value not in self.choices:
            raise BadValue(f"is not one of {', '.join(self.choices)}")
        if self.path:
            if "\0" in value:
                raise BadValue("holds a NUL character, which no file name can")
            try:
                os.fsencode(value)
            except UnicodeError:
                raise BadValue("holds characters no file name can") from None
        else:
            if _CONTROL.search(value):
                raise BadValue("holds control characters")
            try:
                value.encode("utf-8")
            except UnicodeError:
                raise BadValue("holds a lone surrogate, which is not text") from None
        if self.base64 and value:
            try:
                base64.b64decode(value.encode("ascii"), validate=True)
            except (UnicodeError, binascii.Error):
                raise BadValue("is not base64") from None
        return value


@dataclass(frozen=True)
class ListOf:
    """A list of ``item``: exactly ``length`` long (or empty) if given, else at most
    ``max_items``; with ``keep_good``, bad entries are dropped and the rest kept."""

    item: Spec
    max_items: int
    length: int | None = None
    keep_good: bool = False

    def check(self, value: Any, name: str, problems: list[str]) -> list[Any]:
        if not isinstance(value, list):
            raise BadValue(f"is {json_kind(value)}, not a list")
        if self.length is not None and len(value) not in (0, self.length):
            n = len(value)
            raise BadValue(f"has {n:,} {'entry' if n == 1 else 'entries'}, not {self.length}")
        if len(value) > self.max_items:
            if not self.keep_good:
                raise BadValue(f"has {len(value):,} entries (at most {self.max_items:,})")
            problems.append(f"{name}: only the first {self.max_items:,} entries are kept")
            value = value[: self.max_items]
        out = []
        for i, v in enumerate(value):
            try:
                out.append(self.item.check(v, f"{name}[{i}]", problems))
            except BadValue as err:
                if not self.keep_good:
                    raise BadValue(f"entry {i + 1} {err}") from None
                problems.append(f"{name}[{i}] {err}")
        return out


@dataclass(frozen=True)
class Record:
    """An object of named fields, each checked by its own spec; a bad field is dropped (the
    reader uses its default), unknown fields are left out."""

    specs: dict[str, Spec]

    def check(self, value: Any, name: str, problems: list[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise BadValue(f"is {json_kind(value)}, not an object")
        out: dict[str, Any] = {}
        for key, spec in self.specs.items():
            if key in value:
                try:
                    out[key] = spec.check(value[key], f"{name}.{key}", problems)
                except BadValue as err:
                    problems.append(f"{name}.{key} {err}")
        return out


@dataclass(frozen=True)
class MapOf:
    """An object whose keys are checked by ``key`` and values by ``value``, at most
    ``max_items`` of them; bad entries are dropped and the rest kept."""

    key: Spec
    value: Spec
    max_items: int

    def check(self, value: Any, name: str, problems: list[str]) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise BadValue(f"is {json_kind(value)}, not an object")
        out: dict[Any, Any] = {}
        for k, v in list(value.items())[-self.max_items :]:
            try:
                out[self.key.check(k, f"{name} key", problems)] = self.value.check(
                    v, f"{name}[{k!r:.40}]", problems
                )
            except BadValue as err:
                problems.append(f"{name} entry {err}")
        return out


PATH = Text(MAX_PATH_CHARS, path=True)
SPLITTER = ListOf(Int(0, MAX_WIDGET_PX), max_items=2, length=2)

EXPORT_SPECS: dict[str, Spec] = {
    "width": Int(EXPORT_MIN_PX, EXPORT_MAX_PX),
    "height": Int(EXPORT_MIN_PX, EXPORT_MAX_PX),
    "dpi": Float(*EXPORT_DPI),
    "legend": Bool(),
    "axis": Bool(),
    "footer": Bool(),
    "transparent": Bool(),
    "page": Text(choices=EXPORT_PAGES),
    "landscape": Bool(),
    "margin_mm": Float(*EXPORT_MARGIN_MM),
    "poster": Bool(),
    "poster_pages": Int(*EXPORT_POSTER_PAGES),
    "handout": Bool(),
    "format": Text(choices=EXPORT_FORMATS),
    "view": Text(choices=EXPORT_VIEWS),
    "range": Text(),
    "text_size": Float(*TEXT_SIZE_RANGE),
}

# One spec for every field of Settings but ``notice``: a field without one fails every load
# (a KeyError in the tests), so none can slip past unchecked.
SCHEMA: dict[str, Spec] = {
    "geometry": Text(MAX_GEOMETRY_CHARS, base64=True),
    "window_state": Text(MAX_GEOMETRY_CHARS, base64=True),
    "main_splitter": SPLITTER,
    "side_splitter": SPLITTER,
    "last_file": PATH,
    "recent_files": ListOf(PATH, max_items=MAX_RECENT, keep_good=True),
    "last_folder": PATH,
    "theme": Text(choices=THEME_CHOICES),
    "language": Text(choices=LANGUAGE_CHOICES),
    "text_size": Float(*TEXT_SIZE_RANGE),
    "view_file": PATH,
    "view_start": Float(-ABS_LIMIT, ABS_LIMIT, optional=True),
    # Limits.around allows spans up to 1.5 times the widest timeline, itself within 2 ABS_LIMIT.
    "view_span": Float(MIN_SPAN, 3 * ABS_LIMIT, optional=True),
    "hidden_categories": ListOf(Text(), max_items=MAX_HIDDEN, keep_good=True),
    "export": Record(EXPORT_SPECS),
    "export_titles": MapOf(PATH, Text(), MAX_EXPORT_TITLES),
}


def _coerce(data: Any) -> Settings:
    """Settings from parsed JSON: every known field checked by its spec; a bad value is
    replaced by its default and named in ``notice``; unknown fields are left out."""
    if not isinstance(data, dict):
        raise ValueError("the settings file does not hold a JSON object")
    s = Settings()
    problems: list[str] = []
    for f in fields(Settings):
        if f.name == "notice":
            continue
        spec = SCHEMA[f.name]
        if f.name not in data:
            continue
        try:
            setattr(s, f.name, spec.check(data[f.name], f.name, problems))
        except BadValue as err:
            problems.append(f"{f.name} {err}")
    if problems:
        log.warning("Settings reset to their defaults: %s", "; ".join(problems))
        names = sorted({p.split(" ", 1)[0].split("[", 1)[0] for p in problems})
        shown = ", ".join(names[:4])
        if len(names) > 4:
            shown = tr.n("{names} and %n more", len(names) - 4).format(names=shown)
        s.notice = tr(
            "Some settings were not valid and were reset to their defaults ({names})."
        ).format(names=shown)
    return s


def settings_path() -> Path:
    return config_dir() / "settings.json"


class _Unusable(Exception):
    """The settings file as a whole cannot be used; the message says why."""


def _read_limited(path: Path) -> bytes:
    """The file's bytes, if it is a regular file of at most MAX_SETTINGS_BYTES. Opened without
    blocking, so a FIFO put in its place cannot stop the start."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Unusable("it is not a regular file")
        chunks = []
        size = 0
        while size <= MAX_SETTINGS_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_SETTINGS_BYTES:
            raise _Unusable(f"it is larger than {MAX_SETTINGS_BYTES // (1024 * 1024)} MiB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _parse(raw: bytes) -> Settings:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Unusable("it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise _Unusable("it nests too deeply") from None
    except json.JSONDecodeError as err:
        raise _Unusable(f"it is not valid JSON: line {err.lineno}, column {err.colno}") from None
    except ValueError:  # an integer of more digits than Python converts
        raise _Unusable("it holds a number too long to read") from None
    if not isinstance(data, dict):
        raise _Unusable(f"it holds {json_kind(data)}, not a JSON object")
    return _coerce(data)


def move_aside(path: Path) -> Path:
    """Rename ``path`` next to itself with the time in its name (kept for a look or a bug
    report, never read again); return the new path."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    return target


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        s = _parse(_read_limited(path))
    except FileNotFoundError:
        return Settings()
    except OSError as err:
        s = Settings()
        s.notice = tr("Settings could not be read ({problem}); using defaults.").format(
            problem=describe_os_error(err)
        )
        return s
    except _Unusable as why:
        s = Settings()
        s.notice = tr("The settings file was damaged ({why}); defaults are used.").format(why=why)
        try:
            kept = move_aside(path).name
        except OSError:
            pass
        else:
            s.notice += " " + tr("The old file was kept as {name}.").format(name=kept)
        log.warning("Settings file %s not used: %s", path, why)
    return s


def language_setting(path: Path | None = None) -> str:
    """The saved language choice, read without changing anything: "system" when the file is
    missing or cannot be used (the window's own load reports and repairs it)."""
    try:
        return _parse(_read_limited(path or settings_path())).language
    except (OSError, _Unusable, ValueError):
        return "system"


def save_settings(settings: Settings, path: Path | None = None) -> str:
    """Write the settings; return '' or a one-line reason why they could not be saved."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, settings.to_json().encode("utf-8"))
    except OSError as err:
        return f"Settings could not be saved: {describe_os_error(err)}"
    return ""
