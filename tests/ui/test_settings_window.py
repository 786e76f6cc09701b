"""Whatever the settings file holds, the window starts, restores what it can, opens every
dialog, and says once that settings were reset; the checks agree with the widgets they feed."""

from __future__ import annotations

import base64
import json
import math
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from timeline_app import settings as st_mod
from timeline_app.render import export as ex
from timeline_app.resources_path import bundled_dataset
from timeline_app.settings import EXPORT_SPECS, SCHEMA, Settings, load_settings, settings_path
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.main_window import MainWindow
from timeline_app.view import viewport as vpm
from timeline_app.view.viewport import YEAR

pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)

BUNDLED = os.path.abspath(bundled_dataset())


def start(qtbot: QtBot, s: Settings | None = None) -> MainWindow:
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    w.open_bundled(restore_view=True)  # in the order the app starts
    w.show_settings_notice()
    return w


def test_the_checks_agree_with_the_export_dialog_and_the_exporter(qtbot: QtBot) -> None:
    w = start(qtbot)
    dialog = w.export_dialog()
    assert (dialog.width_px.minimum(), dialog.width_px.maximum()) == (ex.MIN_PX, ex.MAX_PX)
    assert (st_mod.EXPORT_MIN_PX, st_mod.EXPORT_MAX_PX) == (ex.MIN_PX, ex.MAX_PX)
    assert (dialog.height_px.minimum(), dialog.height_px.maximum()) == (ex.MIN_PX, ex.MAX_PX)
    assert (dialog.dpi.minimum(), dialog.dpi.maximum()) == st_mod.EXPORT_DPI
    assert (dialog.margin.minimum(), dialog.margin.maximum()) == st_mod.EXPORT_MARGIN_MM
    pages = (dialog.poster_pages.minimum(), dialog.poster_pages.maximum())
    assert pages == st_mod.EXPORT_POSTER_PAGES
    assert tuple(ex.PAGE_SIZES) == st_mod.EXPORT_PAGES
    formats = tuple(dialog.fmt.itemData(i) for i in range(dialog.fmt.count()))
    assert formats == st_mod.EXPORT_FORMATS
    # What the dialog remembers is exactly what the settings check, and passes the checks.
    remembered = dialog.remembered()
    assert set(remembered) == set(EXPORT_SPECS)
    problems: list[str] = []
    assert SCHEMA["export"].check(remembered, "export", problems) == remembered
    assert problems == []
    dialog.close()


def test_the_files_of_the_issue_start_the_window_and_say_so_once(qtbot: QtBot) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for data, name in (
        ({"geometry": "AdnQywADAAAAAAé"}, "geometry"),
        ({"main_splitter": [99999999999999999999, 1]}, "main_splitter"),
        ({"export": {"width": 10**20}}, "export.width"),
        ({"export": {"width": 1e20}}, "export.width"),
        ({"recent_files": ["/tmp/a\0b.json"]}, "recent_files"),
    ):
        path.write_text(json.dumps(data))
        w = start(qtbot)
        assert name in w.statusBar().currentMessage()
        w.statusBar().clearMessage()
        w.show_settings_notice()  # once: a second call says nothing
        assert w.statusBar().currentMessage() == ""
        dialog = w.export_dialog()
        assert dialog.width_px.value() == 1920
        dialog.close()
        assert w.recent_menu.actions() == [] and not w.recent_menu.isEnabled()


@pytest.mark.parametrize(
    "view",
    [
        (math.nan, 1e7),
        (math.inf, 1e7),
        (1.49e9, math.inf),
        (1.49e9, 1e308),
        (1e308, 1e7),
        (1.49e9, 100_000 * YEAR * 2),
        (-1e15, 30 * 86_400),
    ],
)
def test_a_saved_view_out_of_reach_gives_the_whole_timeline(
    qtbot: QtBot, view: tuple[float, float]
) -> None:
    fitted = start(qtbot).canvas.viewport
    # Settings made in code pass no check: the canvas itself refuses a view out of reach.
    s = Settings(view_file=BUNDLED, view_start=view[0], view_span=view[1])
    w = start(qtbot, s)
    assert w.canvas.viewport.start == pytest.approx(fitted.start)
    assert w.canvas.viewport.span == pytest.approx(fitted.span)
    assert "2016" in w.range_label.text() and "2017" in w.range_label.text()


def test_a_saved_view_within_reach_is_restored(qtbot: QtBot) -> None:
    s = Settings(view_file=BUNDLED, view_start=1_498_000_000.0, view_span=30 * 86_400.0)
    w = start(qtbot, s)
    assert w.canvas.viewport.start == pytest.approx(1_498_000_000.0)
    assert w.canvas.viewport.span == pytest.approx(30 * 86_400.0)


# --- any file at all ----------------------------------------------------------------------------

WILD = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.sampled_from([0, -1, 2**31, 2**63, 10**20, 16_777_216])
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.text(alphabet="A\0\n\x1b/é\ud800+=", max_size=3000),
    lambda children: (
        st.lists(children, max_size=12) | st.dictionaries(st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=12,
)
GOOD_GEOMETRY = (
    "AdnQywADAAAAAAAAAAAAAAAABP8AAAMfAAAAAAAAAAAAAAT/AAADHwAAAAAAAAAAB4AAAAAAAAAAAAAABP8AAAMf"
)
GOOD: dict[str, st.SearchStrategy[Any]] = {
    "geometry": st.sampled_from(["", GOOD_GEOMETRY])
    | st.binary(max_size=120).map(lambda b: base64.b64encode(b).decode()),
    "window_state": st.sampled_from(["", "AAAA/wAAAAD9AAAAAA=="])
    | st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()),
    "main_splitter": st.lists(st.integers(0, 16_777_215), min_size=2, max_size=2),
    "side_splitter": st.lists(st.integers(0, 16_777_215), min_size=2, max_size=2),
    "last_file": st.sampled_from(["", BUNDLED, "/nowhere/x.json"]),
    "recent_files": st.lists(st.sampled_from([BUNDLED, "/nowhere/x.json", "/a&b.json"])),
    "theme": st.sampled_from(["system", "light", "dark"]),
    "view_file": st.just(BUNDLED),
    "view_start": st.floats(-3e14, 3e14),
    "view_span": st.floats(60, 1e15),
    "hidden_categories": st.lists(st.sampled_from(["diplomacy", "meetings", "x"])),
    "export": st.fixed_dictionaries(
        {},
        optional={
            "width": st.integers(1, 20_000),
            "height": st.integers(1, 20_000),
            "dpi": st.floats(0, 3000),
            "title": st.text(max_size=50),
            "format": st.sampled_from(["png", "svg", "pdf", "gif"]),
            "view": st.sampled_from(["view", "whole", "range", "x"]),
            "range": st.sampled_from(["", "2017-05..2017-07", "nonsense"]),
            "page": st.sampled_from(["A4", "A3", "Letter", "B5"]),
            "poster": st.booleans(),
            "poster_pages": st.integers(-5, 50),
            "margin_mm": st.floats(allow_nan=True),
            "handout": WILD,
            "legend": WILD,
        },
    ),
}
OBJECTS = st.fixed_dictionaries(
    {}, optional={name: good | WILD for name, good in GOOD.items()}
).map(lambda d: json.dumps(d).encode())
CONTENTS = st.one_of(
    OBJECTS,
    OBJECTS,
    OBJECTS,
    WILD.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=300),
    st.integers(1, 200_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 200_000).map(lambda n: b'{"theme": ' * n),
)


def close_modal_soon(seen: list[str]) -> None:
    """Close the modal dialog that is about to open (a static QFileDialog runs its own loop)."""

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            seen.append(type(modal).__name__)
            modal.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def open_and_close(qtbot: QtBot, w: MainWindow, open_it: Callable[[], object], name: str) -> None:
    before = set(QApplication.topLevelWidgets())
    open_it()
    dialog = w.findChild(QDialog, name)
    assert dialog is not None, name
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
    for top in set(QApplication.topLevelWidgets()) - before:
        top.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(CONTENTS)
def test_any_settings_file_starts_restores_and_opens_every_dialog(
    qtbot: QtBot, content: bytes
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    s = load_settings()
    assert "\n" not in s.notice
    w = start(qtbot, s)
    assert w.current_path and w.canvas.viewport.span > 0
    vp = w.canvas.viewport
    assert math.isfinite(vp.start) and math.isfinite(vp.span)
    saved = (s.view_start, s.view_span)
    if (
        s.view_file != BUNDLED
        or None in saved
        or not vpm.restorable(
            *saved,  # type: ignore[arg-type]
            vpm.Limits.around(*w.canvas.timeline.extent()),
        )
    ):
        # The whole 2017 timeline, never 100,000 years of it.
        w.canvas.zoom_to_fit()
        assert (vp.start, vp.span) == (w.canvas.viewport.start, w.canvas.viewport.span)
        assert "BCE" not in w.range_label.text()
    opened: list[str] = []

    def export() -> None:
        w.export_dialog()

    open_and_close(qtbot, w, export, "exportDialog")
    dialog = w.findChild(ExportDialog)
    assert dialog is None or not dialog.isVisible()
    open_and_close(qtbot, w, w.show_about, "aboutDialog")
    open_and_close(qtbot, w, w.show_shortcuts, "shortcutsDialog")
    open_and_close(qtbot, w, w.show_log, "logDialog")
    open_and_close(qtbot, w, w.print_dialog, "printPreview")
    close_modal_soon(opened)
    w.open_dialog()
    assert opened == ["QFileDialog"]
    for action in w.recent_menu.actions():
        action.trigger()
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMessageBox) and top.isVisible():
                assert top.objectName() == "loadErrorDialog"
                top.close()
    # The next save repairs the file: it loads again without a word.
    assert w.store_settings() == ""
    again = load_settings()
    assert again.notice == ""
    w.close()
