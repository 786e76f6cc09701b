"""The main window: builds the widgets in one place and wires their signals in another."""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, Qt, QThread, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.formats import TimelineFileError
from timeline_app.formats.errors import Problem
from timeline_app.formats.mediapaths import rebase_media
from timeline_app.formats.registry import NATIVE, file_filters, open_any
from timeline_app.formats.registry import detect_file as detect_format
from timeline_app.formats.summary import import_summary
from timeline_app.i18n import context, number
from timeline_app.model.timeline import Timeline
from timeline_app.render.theme import TEXT_SIZE_RANGE, TEXT_SIZES, THEMES, Theme
from timeline_app.resources_path import bundled_dataset, resource_path
from timeline_app.settings import (
    LANGUAGE_CHOICES,
    THEME_CHOICES,
    Settings,
    load_settings,
    save_settings,
)
from timeline_app.ui import loading
from timeline_app.ui.accessibility import announce, user_text_scale
from timeline_app.ui.canvas import TimelineCanvas, span_text
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.editing import Editing
from timeline_app.ui.folders import remember_folder, start_folder
from timeline_app.ui.live_reload import FileFollower, NoteBar, reload_problem
from timeline_app.ui.loading import BackgroundLoad, LoadingBar
from timeline_app.ui.overview_strip import OverviewStrip
from timeline_app.ui.recovery import Recovery
from timeline_app.ui.shortcuts import PaneCycle, ShortcutsDialog, all_keys
from timeline_app.ui.side_panels import EventList, Legend, literal_label
from timeline_app.ui.status_bar import StatusBar
from timeline_app.ui.theming import apply_palette, system_prefers_dark
from timeline_app.ui.window_fit import ScreenFit
from timeline_app.view.viewport import Viewport
from timeline_app.view.window_fit import DEFAULT_SIZE

tr = context("MainWindow")

if TYPE_CHECKING:
    # Export, presentation and the dialogs are imported when first used: the first frame
    # needs none of them, and PySide6 builds a class's enum types when it is first imported.
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialog

    from timeline_app.render import export as ex
    from timeline_app.ui.downloads import ImageDownload
    from timeline_app.ui.export_dialog import ExportDialog
    from timeline_app.ui.guide import FormatGuide
    from timeline_app.ui.presentation import PresentationWindow
    from timeline_app.ui.single_instance import HandOver


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else load_settings()
        self.current_path: str = ""
        self._build()
        self._build_actions()
        self._wire()
        self.recovery = Recovery(self)
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_SIZE)
        self._restore_geometry()
        # On a small screen or at a large scale factor the window takes what the screen
        # offers; a restored window is brought back inside it.
        self.screen_fit = ScreenFit(self, centre=not self.settings.geometry)
        self.apply_theme_choice(self.settings.theme)
        self.apply_text_size()

    # --- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(tr("Timeline", "the application's name"))
        icon = resource_path("timeline-app.svg")
        if icon.is_file():
            self.setWindowIcon(QIcon(str(icon)))
        self.canvas = TimelineCanvas()
        self.overview = OverviewStrip()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        self.reload_bar = NoteBar("reloadBar")
        self.import_note = NoteBar("importNote")
        left_layout.addWidget(self.reload_bar)
        left_layout.addWidget(self.import_note)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(self.overview)
        self.detail = DetailPane()
        self.event_list = EventList()
        self.legend = Legend()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setAccessibleName(tr("Events and categories"))
        self.tabs.addTab(self.event_list, tr("Events"))
        self.tabs.addTab(self.legend, tr("Categories"))
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(self.detail)
        self.side_splitter.addWidget(self.tabs)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(0, False)
        self.main_splitter.setSizes([900, 380])
        self.setCentralWidget(self.main_splitter)
        self.setStatusBar(StatusBar(self))
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        # A gap between a long status message and the dates shown, which it would run into.
        self.range_label.setContentsMargins(24, 0, 4, 0)
        self.statusBar().addPermanentWidget(self.range_label)
        self.loading_bar = LoadingBar()
        self.loading_bar.cancelRequested.connect(self.cancel_loading)
        self.statusBar().addPermanentWidget(self.loading_bar)
        self._load: BackgroundLoad | None = None
        self._stale_loads: set[BackgroundLoad] = set()  # cancelled, still finishing
        # The open file is followed: saved elsewhere, it is read again (live reload).
        self.follower = FileFollower(self)
        self.follower.changed.connect(lambda _path: self.reload())
        self._reload: BackgroundLoad | None = None
        self.download: ImageDownload | None = None  # File › Download Images…, while it runs
        self._reload_again = False  # the file changed again while it was being read

    def _action(
        self, text: str, slot: object, shortcuts: list[QKeySequence] | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            # A key listed twice (a standard key that is also spelled out) would make the
            # shortcut ambiguous, and Qt would then trigger nothing.
            unique = {k.toString(): k for k in shortcuts if not k.isEmpty()}
            action.setShortcuts(list(unique.values()))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence
        self.act_open = self._action(
            tr("&Open…"), self.open_dialog, [K(K.StandardKey.Open)], tr("Open a timeline file")
        )
        self.act_open_bundled = self._action(
            tr("Open the E&xample Timeline"), lambda: self.open_bundled()
        )
        self.act_template = self._action(
            tr("New Timeline from &Template…"),
            self.template_dialog,
            tip=tr("A spreadsheet laid out like the TimelineJS template, with columns for quotes"),
        )
        self.act_save_as = self._action(
            tr("Save &As…"),
            self.save_as_dialog,
            [K(K.StandardKey.SaveAs), K("Ctrl+Shift+S")],
            tr("Save the timeline in the app's own format (an imported file stays as it is)"),
        )
        self.act_download = self._action(
            tr("Download &Images…"),
            self.download_images,
            tip=tr("Fetch the timeline's pictures from the web once, into a folder beside it"),
        )
        self.act_export = self._action(
            tr("&Export…"),
            self.export_dialog,
            [K("Ctrl+E")],
            tr("Export an image or PDF of the timeline"),
        )
        self.act_copy_image = self._action(
            tr("&Copy Image"),
            self.copy_image,
            [K("Ctrl+Shift+C")],
            tr("Copy the current view as an image, at twice its size"),
        )
        self.act_print = self._action(tr("&Print…"), self.print_dialog, [K(K.StandardKey.Print)])
        self.act_present = self._action(
            tr("&Present"),
            lambda: self.present(),
            [K("F5")],
            tr("Present full screen for a class: clicker keys, large type, event cards"),
        )
        self.act_quit = self._action(tr("&Quit"), self.close, [K(K.StandardKey.Quit), K("Ctrl+Q")])
        # F5, the usual Refresh key, is Present here (as in presentation programs).
        self.act_reload = self._action(
            tr("&Reload"),
            lambda: self.reload(by_hand=True),
            [K("Ctrl+R")],
            tr("Read the open file again (it is also read again by itself when it is saved)"),
        )
        self.act_zoom_in = self._action(
            tr("Zoom &In"), self.canvas.zoom_in, [K(K.StandardKey.ZoomIn), K("Ctrl+=")],
            tr("Zoom in"),
        )  # fmt: skip
        self.act_zoom_out = self._action(
            tr("Zoom &Out"), self.canvas.zoom_out, [K(K.StandardKey.ZoomOut), K("Ctrl+-")],
            tr("Zoom out"),
        )  # fmt: skip
        self.act_fit = self._action(
            tr("Zoom to &Fit"), self.canvas.zoom_to_fit, [K("Ctrl+0")],
            tr("Show the whole timeline"),
        )  # fmt: skip
        self.act_find = self._action(tr("Fin&d Event…"), self.focus_search, [K(K.StandardKey.Find)])
        self.act_shortcuts = self._action(tr("&Keyboard Shortcuts"), self.show_shortcuts, [K("F1")])
        self.act_next_pane = self._action(
            tr("Ne&xt Pane"), lambda: self.panes.move(+1), [K("F6")], tr("Move to the next pane")
        )
        self.act_prev_pane = self._action(
            tr("Previous Pa&ne"), lambda: self.panes.move(-1), [K("Shift+F6")],
            tr("Move to the previous pane"),
        )  # fmt: skip
        self.act_text_larger = self._action(
            tr("&Larger"), lambda: self.step_text_size(+1), [K("Ctrl+Alt+="), K("Ctrl+Alt++")],
            tr("Larger text on the timeline"),
        )  # fmt: skip
        self.act_text_smaller = self._action(
            tr("&Smaller"), lambda: self.step_text_size(-1), [K("Ctrl+Alt+-")],
            tr("Smaller text on the timeline"),
        )  # fmt: skip
        self.act_text_normal = self._action(
            tr("&Normal"), lambda: self.set_text_size(1.0), [K("Ctrl+Alt+0")],
            tr("The timeline's text at the size of the system's font"),
        )  # fmt: skip
        self.panes = PaneCycle(
            [
                ("timeline", self.canvas, lambda: self._focus(self.canvas)),
                ("details", self.detail, lambda: self._focus(self.detail.browser)),
                ("events", self.event_list, self._focus_event_list),
                ("categories", self.legend, self._focus_legend),
                ("overview", self.overview, lambda: self._focus(self.overview)),
            ]
        )
        self.act_format_guide = self._action(
            tr("&File Format Guide"),
            self.show_format_guide,
            tip=tr("How to write a timeline file by hand: every field, with examples"),
        )
        self.act_about = self._action(tr("&About Timeline"), self.show_about)
        self.act_log = self._action(
            tr("Show &Log File"),
            self.show_log,
            tip=tr("The app's log: what to send with a bug report"),
        )
        for a in (self.act_zoom_in, self.act_zoom_out, self.act_fit):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_template)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(self.act_open_bundled)
        file_menu.addSeparator()
        file_menu.addAction(self.act_save_as)
        file_menu.addAction(self.act_download)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_copy_image)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = menu.addMenu(tr("&View"))
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit])
        view_menu.addSeparator()
        view_menu.addAction(self.act_reload)
        view_menu.addSeparator()
        view_menu.addAction(self.act_present)
        self.present_menu = view_menu.addMenu(tr("Pr&esent On"))
        self.present_menu.setObjectName("presentOnMenu")
        self.present_menu.aboutToShow.connect(self._fill_present_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.act_find)
        view_menu.addActions([self.act_next_pane, self.act_prev_pane])
        text_menu = view_menu.addMenu(tr("Text Si&ze"))
        text_menu.setObjectName("textSizeMenu")
        text_menu.addActions([self.act_text_larger, self.act_text_smaller, self.act_text_normal])
        theme_menu = view_menu.addMenu(tr("&Theme"))
        self.theme_actions: dict[str, QAction] = {}
        # One of the three: an exclusive group, which menus show with radio marks.
        theme_group = QActionGroup(self)
        theme_group.setExclusive(True)
        for choice in THEME_CHOICES:
            act = QAction(
                {
                    "system": tr("Follow the &System"),
                    "light": tr("&Light", "theme"),
                    "dark": tr("&Dark", "theme"),
                }[choice],
                self,
            )
            act.setCheckable(True)
            act.setActionGroup(theme_group)
            act.triggered.connect(lambda _=False, c=choice: self.apply_theme_choice(c))
            theme_menu.addAction(act)
            self.theme_actions[choice] = act
        self._build_language_menu(view_menu)
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self.act_format_guide)
        help_menu.addAction(self.act_log)
        help_menu.addAction(self.act_about)

        toolbar = QToolBar(tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.act_open)
        toolbar.addSeparator()
        toolbar.addActions([self.act_zoom_out, self.act_zoom_in, self.act_fit])
        toolbar.addSeparator()
        toolbar.addAction(self.act_present)
        toolbar.addAction(self.act_export)
        self.addToolBar(toolbar)
        self._update_recent_menu()
        self.editing = Editing(self)
        self.editing.install_menus(
            file_menu, self.act_open, self.act_save_as, view_menu.menuAction()
        )

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View › Language: the system's, or one of the shipped languages, each named in its
        own words; the one chosen is shown from the next start."""
        from timeline_app.ui.language import NATIVE_NAMES

        menu = view_menu.addMenu(tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for choice in LANGUAGE_CHOICES:
            text = tr("&System Language") if choice == "system" else "&" + NATIVE_NAMES[choice]
            act = QAction(text, self)
            act.setCheckable(True)
            act.setActionGroup(group)
            act.setChecked(choice == self.settings.language)
            act.triggered.connect(lambda _=False, c=choice: self.choose_language(c))
            menu.addAction(act)
            self.language_actions[choice] = act

    def choose_language(self, choice: str) -> None:
        """Keep ``choice`` (a LANGUAGE_CHOICES value) as the language of the next start."""
        if choice not in LANGUAGE_CHOICES:
            return
        for c, act in self.language_actions.items():
            act.setChecked(c == choice)
        if choice == self.settings.language:
            return
        self.settings.language = choice
        problem = save_settings(self.settings)
        message = tr("The language changes when Timeline is next started.")
        if problem:
            logging.getLogger(__name__).warning("%s", problem)
        self.statusBar().showMessage(message, 10000)
        announce(self, message)

    def _wire(self) -> None:
        self.canvas.selectionChanged.connect(self._on_selection)
        self.canvas.viewportChanged.connect(self._on_viewport)
        self.overview.centerRequested.connect(self._center_on)
        self.event_list.selected.connect(self._select_from_list)
        self.event_list.activated.connect(self._activate_from_list)
        # After the search changes, the list shows the timeline's selection again.
        self.event_list.filtered.connect(lambda: self.event_list.select_id(self.canvas.selected_id))
        self.event_list.matchesChanged.connect(self.canvas.set_matches)
        self.event_list.matchesChanged.connect(self.overview.set_matches)
        self.legend.hiddenChanged.connect(self._on_hidden)
        self.detail.copied.connect(lambda msg: self.statusBar().showMessage(msg, 4000))

    # --- loading ---------------------------------------------------------------------------

    def open_bundled(self, *, restore_view: bool = False) -> bool:
        return self.open_path(str(bundled_dataset()), restore_view=restore_view)

    def open_path(
        self,
        path: str,
        *,
        restore_view: bool = False,
        wait: bool = False,
        errors: list[tuple[str, TimelineFileError]] | None = None,
    ) -> bool:
        """Load a file; on failure explain it and keep the current timeline on screen.

        A large file loads in a worker thread, with progress and Cancel in the status bar,
        while the timeline on screen stays usable; then the result is True when the load has
        started (or, with ``wait``, when it succeeded). With ``errors``, a file that cannot
        be opened at once is added there instead of having a dialog of its own.
        Unsaved changes are saved or discarded first, as the user answers; Cancel opens
        nothing.
        """
        if not self.editing.may_discard(f"opening {os.path.basename(path)}"):
            return False
        if self._load is not None:  # a newer open wins: the running load is dropped
            self._load.cancel()
            self._load.progressed.disconnect(self.loading_bar.set_progress)
            self._stale_loads.add(self._load)
            self._load = None
            self.loading_bar.hide()
        try:
            large = os.stat(path).st_size >= loading.BACKGROUND_BYTES
        except OSError:
            large = False  # the loader reports why the file cannot be read
        if large:
            return self._load_in_background(path, restore_view, wait)
        try:
            timeline = open_any(path)
        except TimelineFileError as err:
            if errors is not None:
                errors.append((path, err))
            else:
                self._show_load_error(path, err)
            return False
        self.set_timeline(timeline, path, restore_view=restore_view)
        return True

    @property
    def loading_path(self) -> str:
        """The file being opened in the background, or ''."""
        return self._load.path if self._load is not None else ""

    def _load_in_background(
        self, path: str, restore_view: bool, wait: bool, loader: loading.Loader = open_any
    ) -> bool:
        load = BackgroundLoad(path, loader)
        self._load = load
        outcome: list[bool] = []

        def done(timeline: object, error: object) -> None:
            if not shiboken6.isValid(self):  # the window was deleted during the load
                outcome.append(False)
                return
            if self._load is not load:  # another file was opened since: this one is stale
                self._stale_loads.discard(load)
                outcome.append(False)
                return
            self._load = None
            self.loading_bar.hide()
            outcome.append(isinstance(timeline, Timeline))
            if isinstance(timeline, Timeline):
                self.set_timeline(timeline, path, restore_view=restore_view)
            elif isinstance(error, TimelineFileError):
                self._show_load_error(path, error)
            elif error == loading.CANCELLED:
                self.statusBar().showMessage(
                    tr("Stopped opening {name}; the timeline on screen is unchanged.").format(
                        name=os.path.basename(path)
                    ),
                    8000,
                )
            else:
                self._show_load_error(
                    path, TimelineFileError([Problem(path, 1, 1, "", str(error))])
                )

        load.progressed.connect(self.loading_bar.set_progress)
        load.done.connect(done)
        self.loading_bar.begin(path)
        self.statusBar().clearMessage()
        load.start()
        if wait:
            while not outcome:
                QApplication.processEvents()
                QThread.msleep(5)
            return outcome[0]
        return True

    def cancel_loading(self) -> None:
        """Stop a background load; the timeline on screen stays."""
        if self._load is not None:
            self._load.cancel()

    def _show_load_error(self, path: str, err: TimelineFileError) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("loadErrorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Cannot open timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("“{name}” could not be opened.").format(name=os.path.basename(path)))
        kept = tr("The timeline on screen is unchanged.") if self.current_path else ""
        more = len(err.problems) - 1
        also = (
            "\n\n"
            + tr.n(
                "%n more problems under Show Details.",
                more,
                one="%n more problem under Show Details.",
            )
            if more
            else ""
        )
        if err.more:  # found beyond those the reader lists
            also += " " + tr.n(
                "%n more were found and not listed.",
                err.more,
                one="%n more was found and not listed.",
            )
        box.setInformativeText(f"{err.first.for_people()}{also}\n\n{kept}".strip())
        if len(err.problems) > 1:
            # Counted as the line above counts ("event 3, quote 1"), not as paths from 0.
            listed = "\n".join(p.for_people() for p in err.problems)
            unlisted = (
                "\n" + tr.n("… and %n more problems", err.more, one="… and %n more problem")
                if err.more
                else ""
            )
            box.setDetailedText(listed + unlisted)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        from timeline_app.formats.partial import only_events_at_fault

        if only_events_at_fault(err) and detect_format(path) is NATIVE:
            partial = box.addButton(tr("Open the Other Events"), QMessageBox.ButtonRole.AcceptRole)
            partial.setObjectName("openFineEvents")
            partial.setToolTip(tr("Open the events without problems; the file is not changed"))
            partial.clicked.connect(lambda: self.open_fine_events(path))
        self.statusBar().showMessage(
            tr("Could not open {name}: {problem}").format(
                name=os.path.basename(path), problem=err.first.message
            ),
            10000,
        )
        self.last_error = str(err)
        box.open()

    def _show_around_canvas(self, timeline: Timeline, path: str) -> None:
        """The panes beside the canvas and the window title, for the timeline it now shows."""
        hidden = self.canvas.hidden_categories
        self.overview.set_timeline(timeline)
        self.overview.set_hidden(hidden)
        self.event_list.set_timeline(timeline)
        self.event_list.set_hidden(hidden)
        self.legend.set_timeline(timeline, hidden)
        self.detail.timeline_path = timeline.path
        self.detail.show_event(None)
        name = timeline.title or Path(path).stem or tr("Untitled")
        # [*] is where Qt shows the mark of unsaved changes (setWindowModified).
        self.setWindowTitle(tr("{name}[*] — Timeline").format(name=name))

    def _show_notes(self, timeline: Timeline) -> None:
        """The quiet note over the timeline: events left out, or what an import read."""
        if timeline.left_out:
            left_out = len(timeline.left_out)
            opened = tr.n("%n events", len(timeline), one="%n event")
            self.import_note.say(
                tr.n(
                    "{opened} opened; %n left out because of problems (see Details). Fix them"
                    " in the file: it is followed, and they appear as soon as it is saved.",
                    left_out,
                ).format(opened=opened),
                "\n".join(w.for_people() for w in timeline.warnings),
            )
        elif timeline.format_name:  # a file of another tool: say what was read
            details = "\n".join(
                getattr(w, "for_people", lambda w=w: str(w))() for w in timeline.warnings
            )
            self.import_note.say(import_summary(timeline), details)
        else:
            self.import_note.hide()

    def open_fine_events(self, path: str, *, wait: bool = False) -> bool:
        """Open the events of ``path`` that have no problem, saying which were left out."""
        from timeline_app.formats.partial import load_fine_events

        return self._load_in_background(path, False, wait, lambda p, _progress: load_fine_events(p))

    def set_timeline(self, timeline: Timeline, path: str, *, restore_view: bool = False) -> None:
        self.current_path = path
        self.follower.follow("" if _is_bundled(path) else path)
        self.reload_bar.hide()
        self._show_notes(timeline)
        s = self.settings
        hidden = frozenset(s.hidden_categories) if restore_view else frozenset()
        self.canvas.set_hidden_categories(hidden)
        view = None
        if (
            restore_view
            and s.view_file == os.path.abspath(path)
            and s.view_start is not None
            and s.view_span
        ):
            view = (s.view_start, s.view_span)
        self.canvas.set_timeline(timeline, view)
        self._show_around_canvas(timeline, path)
        if not _is_bundled(path):
            s.add_recent(path)
            self._update_recent_menu()
        s.last_file = "" if _is_bundled(path) else os.path.abspath(path)
        loaded = tr.n("%n events from {name}", len(timeline), one="%n event from {name}").format(
            name=os.path.basename(path)
        )
        if timeline.warnings:
            first = timeline.warnings[0]
            self.statusBar().showMessage(
                tr.n(
                    "{loaded}, with %n warnings: {first}",
                    len(timeline.warnings),
                    one="{loaded}, with %n warning: {first}",
                ).format(loaded=loaded, first=getattr(first, "message", first)),
                15000,
            )
        else:
            self.statusBar().showMessage(loaded, 5000)
        self._on_viewport(self.canvas.viewport)
        self.editing.opened()

    def show_unsaved_timeline(self, timeline: Timeline, path: str = "") -> None:
        """Show a timeline that no file holds yet (File › New), or unsaved work of the file
        ``path`` (restored after a crash): Save asks where to write it, or writes ``path``."""
        self.current_path = path
        self.follower.follow(path)
        self.reload_bar.hide()
        self.import_note.hide()
        self.canvas.set_timeline(timeline)
        self._show_around_canvas(timeline, path)
        self._on_viewport(self.canvas.viewport)
        self.editing.opened()

    @staticmethod
    def is_bundled(path: str) -> bool:
        """Whether ``path`` is the example timeline shipped with the app (never written)."""
        return _is_bundled(path)

    # --- live reload -------------------------------------------------------------------------

    def reload(self, *, by_hand: bool = False) -> None:
        """Read the open file again in the background; the view, the selection, the hidden
        categories, a presentation's step and an export preview are kept. A file that does
        not read keeps the last good timeline on screen, with a note saying why."""
        path = self.current_path
        if not path or self._load is not None:
            return  # nothing open, or another file is on its way in
        if self.editing.modified and not self.editing.reload_allowed:
            # Unsaved edits and a change on disk: the user chooses, nothing is dropped.
            self.editing.conflict_bar.say(os.path.basename(path))
            return
        if self._reload is not None:
            self._reload_again = True
            return
        # A file opened without its faulty events is read the same way again.
        loader = open_any
        if self.canvas.timeline.left_out:
            from timeline_app.formats.partial import load_fine_events

            loader = lambda p, _progress: load_fine_events(p)  # noqa: E731
        load = BackgroundLoad(path, loader)
        self._reload = load

        def done(timeline: object, error: object) -> None:
            if not shiboken6.isValid(self) or self._reload is not load:
                return
            self._reload = None
            if path != self.current_path:
                return  # another file was opened meanwhile
            reloaded = isinstance(timeline, Timeline)
            if isinstance(timeline, Timeline):
                self.apply_reload(timeline)
            elif isinstance(error, TimelineFileError):
                name = os.path.basename(path)
                details = "\n".join(p.for_people() for p in error.problems)
                self.reload_bar.say(reload_problem(name, error.first.for_people()), details)
            elif error != loading.CANCELLED:
                self.reload_bar.say(reload_problem(os.path.basename(path), str(error)))
            if by_hand and reloaded:
                self.follower.mark_seen()
            elif by_hand:
                self.follower.mark_noticed()  # still not what is on screen
            if self._reload_again:
                self._reload_again = False
                self.reload()

        load.done.connect(done)
        load.start()

    def apply_reload(self, timeline: Timeline) -> None:
        """Show a new version of the open file where the old one was."""
        sid = self.canvas.selected_id
        selected = self.canvas.timeline.get(sid) if sid is not None else None
        was_partial = bool(self.canvas.timeline.left_out)
        same = timeline.find_same(selected) if selected is not None else None
        self.replace_timeline(timeline, same)
        self.follower.mark_on_screen()
        self.editing.opened()  # the history was of the version before
        self.reload_bar.hide()
        if timeline.left_out or was_partial:
            self._show_notes(timeline)
        self.statusBar().showMessage(
            tr.n(
                "{name} changed on disk: %n events now",
                len(timeline),
                one="{name} changed on disk: %n event now",
            ).format(name=os.path.basename(self.current_path)),
            5000,
        )

    def replace_timeline(self, timeline: Timeline, select: str | None) -> None:
        """Show ``timeline`` in place of the one on screen (a reload, an edit, an undo): the
        view is kept, ``select`` is selected, and the panes, a running presentation and an
        open export preview show it at once."""
        vp = self.canvas.viewport
        self.canvas.set_timeline(timeline, None if self.canvas.fitted else (vp.start, vp.span))
        self._show_around_canvas(timeline, self.current_path)
        if select is not None and timeline.index_of(select) >= 0:
            self.canvas.select(select, ensure_visible=False)
        presentation = getattr(self, "presentation", None)
        if presentation is not None and shiboken6.isValid(presentation):
            presentation.set_timeline(timeline)
        dialogs = sys.modules.get("timeline_app.ui.export_dialog")
        if dialogs is not None:  # imported once an export dialog has been opened
            for dialog in self.findChildren(dialogs.ExportDialog):
                dialog.set_timeline(timeline)
        self._on_viewport(self.canvas.viewport)

    def open_from_another_launch(self, path: str) -> None:
        """A file double-clicked while this window runs: open it here, come to the front."""
        self._come_forward()
        if path:
            self.open_path(path, restore_view=True)

    def _come_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_handed_over(self, request: HandOver) -> None:
        """A request from a later launch: open its files in turn (the last one stays on
        screen) and say what went wrong with the request and its files in one dialog."""
        from timeline_app.ui.single_instance import shown

        self._come_forward()
        failed: list[tuple[str, TimelineFileError]] = []
        for path in request.paths:
            self.open_path(path, restore_view=True, errors=failed)
        if len(failed) == 1 and not request.problems:
            self._show_load_error(*failed[0])  # as if the file had been opened here
            return
        lines = [*request.problems]
        lines += [
            tr("“{name}”: {problem}").format(name=shown(path), problem=err.first.for_people())
            for path, err in failed
        ]
        if lines:
            asked = len(request.paths) + len(request.problems)
            self._show_hand_over_problems(lines, asked, changed=len(failed) < len(request.paths))

    def _show_hand_over_problems(self, lines: list[str], asked: int, *, changed: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("handOverDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Cannot open timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        n = len(lines)
        if asked > 1 and n == asked:
            box.setText(tr.n("None of the %n files handed over could be opened.", asked))
        elif asked > 1:
            box.setText(
                tr.n("{failed} of the %n files handed over could not be opened.", asked).format(
                    failed=number(n)
                )
            )
        else:
            box.setText(tr("Nothing from the other launch could be opened."))
        more = "\n\n" + tr.n("%n more under Show Details.", n - 1) if n > 1 else ""
        kept = (
            "\n\n" + tr("The timeline on screen is unchanged.")
            if self.current_path and not changed
            else ""
        )
        box.setInformativeText(f"{lines[0]}{more}{kept}")
        if n > 1:
            box.setDetailedText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.statusBar().showMessage(lines[0], 10000)
        self.last_error = "\n".join(lines)
        box.open()

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = (
            os.path.dirname(self.current_path)
            if self.current_path and not _is_bundled(self.current_path)
            else ""
        )
        filters = ";;".join(file_filters())
        path, _ = QFileDialog.getOpenFileName(self, tr("Open Timeline"), start, filters)
        if path:
            self.open_path(path)

    def download_images(self) -> ImageDownload | None:
        """Fetch the web pictures of the open timeline into a folder beside it, with
        progress and Cancel; the pictures then show in the detail pane, the cards and the
        handout. Nothing else in the app ever asks the network for anything."""
        from PySide6.QtWidgets import QProgressDialog

        from timeline_app.ui.downloads import ImageDownload

        if self.download is not None:
            return self.download
        timeline = self.canvas.timeline
        run = ImageDownload(timeline, self)
        if not run.urls or not timeline.path:
            self.statusBar().showMessage(tr("This timeline names no pictures on the web."), 6000)
            return None
        n = len(run.urls)
        folder = os.path.basename(run.folder)
        progress = QProgressDialog(
            tr.n(
                "Downloading %n pictures into “{folder}”…",
                n,
                one="Downloading %n picture into “{folder}”…",
            ).format(folder=folder),
            tr("Cancel"),
            0,
            n,
            self,
        )
        progress.setObjectName("downloadProgress")
        progress.setWindowTitle(tr("Download Images"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(run.cancel)
        run.progressed.connect(lambda done, _total: progress.setValue(done))

        def finished(saved: int, failed: list[tuple[str, str]]) -> None:
            self.download = None
            progress.close()
            progress.deleteLater()
            run.deleteLater()
            self.detail.show_event(self.detail.event)  # its pictures, now on disk
            if run.cancelled:
                text = tr.n(
                    "{saved} of %n pictures are in “{folder}” (stopped).",
                    n,
                    one="{saved} of %n picture is in “{folder}” (stopped).",
                )
            else:
                text = tr.n(
                    "{saved} of %n pictures are in “{folder}”.",
                    n,
                    one="{saved} of %n picture is in “{folder}”.",
                )
            text = text.format(saved=number(saved), folder=folder)
            self.statusBar().showMessage(text, 10000)
            self.last_download = (saved, list(failed))
            if failed:
                from PySide6.QtWidgets import QMessageBox

                box = QMessageBox(self)
                box.setObjectName("downloadReport")
                box.setIcon(QMessageBox.Icon.Warning)
                box.setWindowTitle(tr("Download Images"))
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setText(text)
                box.setInformativeText(
                    tr.n(
                        "%n could not be fetched; they show as links. Details name each address"
                        " and why.",
                        len(failed),
                        one="%n could not be fetched; it shows as a link. Details name its"
                        " address and why.",
                    )
                )
                box.setDetailedText("\n".join(f"{u}: {why}" for u, why in failed))
                box.open()
                self.download_report = box

        run.done.connect(finished)
        self.download = run
        progress.show()
        run.start()
        return run

    def template_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        current = self.current_path
        folder = start_folder(self.settings, current if not _is_bundled(current) else "")
        start = os.path.join(folder, tr("my-timeline", "a new file's suggested name") + ".xlsx")
        sheet = tr("Excel or LibreOffice spreadsheet (*.xlsx)")
        csv = tr("CSV, for any spreadsheet program (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, tr("New Timeline from Template"), start, f"{sheet};;{csv}"
        )
        if path:
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".csv" if chosen == csv else ".xlsx"
            self.new_from_template(path)

    def new_from_template(self, path: str) -> bool:
        """Write the template (the bundled lesson as a TimelineJS sheet with quote columns)
        and open it: the teacher edits it in their spreadsheet program, and the timeline here
        follows every save."""
        from timeline_app.formats.template import write_template
        from timeline_app.formats.timeline_json import load_timeline

        try:
            write_template(path, load_timeline(bundled_dataset()))
        except OSError as err:
            from timeline_app.fsutil import describe_os_error

            self.last_error = describe_os_error(err)
            self.statusBar().showMessage(
                tr("Could not write the template: {problem}").format(problem=self.last_error),
                10000,
            )
            return False
        remember_folder(self.settings, path)
        if not self.open_path(path, wait=True):
            return False
        self.statusBar().showMessage(
            tr(
                "{name} is ready: open it in your spreadsheet program and replace the rows;"
                " the timeline here follows every save."
            ).format(name=os.path.basename(path)),
            15000,
        )
        return True

    def save_as_dialog(self) -> bool:
        """Ask where to save in the app's own format, and save there; False if cancelled or
        the save failed."""
        from PySide6.QtWidgets import QFileDialog

        current = self.current_path
        folder = start_folder(self.settings, current if not _is_bundled(current) else "")
        stem = Path(current).name.split(".")[0] if current else tr("timeline", "a file's name")
        suggested = os.path.join(folder, f"{stem}.timeline.json")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save Timeline As"), suggested, tr("Timeline files (*.timeline.json)")
        )
        return bool(path) and self.save_as(path)

    def save_as(self, path: str) -> bool:
        """Write the timeline on screen in the app's own format (atomically: a failed save
        leaves any file there as it was), then follow the new file. Pictures named by a
        path relative to the old file are named relative to the new one."""
        from timeline_app.formats.timeline_json import save_timeline

        if not Path(path).name.lower().endswith((".json", ".tljson")):
            path += ".timeline.json"
        timeline = rebase_media(self.canvas.timeline, path)
        try:
            save_timeline(timeline, path)
        except OSError as err:
            from timeline_app.fsutil import describe_os_error

            self.show_save_error(path, describe_os_error(err))
            return False
        timeline.path = path
        timeline.format_name = ""
        self.current_path = path
        self.follower.follow(path)
        self.import_note.hide()
        self.detail.timeline_path = path
        self.settings.add_recent(path)
        self._update_recent_menu()
        self.settings.last_file = os.path.abspath(path)
        remember_folder(self.settings, path)
        if timeline is not self.canvas.timeline:
            self.replace_timeline(timeline, self.canvas.selected_id)
        self.editing.saved()
        self.statusBar().showMessage(tr("Saved {name}").format(name=os.path.basename(path)), 6000)
        return True

    def show_save_error(self, path: str, why: str) -> None:
        """A save that failed: which file, why, and that the timeline on screen is unchanged
        (its edits stay, and so does their recovery file)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("saveErrorDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Cannot save"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("“{name}” could not be saved.").format(name=os.path.basename(path)))
        box.setInformativeText(why + "\n\n" + tr("The timeline on screen is unchanged."))
        self.last_error = why
        box.open()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            act = self.recent_menu.addAction(literal_label(os.path.basename(path)))
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    # --- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = urls[0].toLocalFile()
            QTimer.singleShot(0, lambda: self.open_path(path))

    # --- reactions -------------------------------------------------------------------------

    def _on_selection(self, event_id: str | None) -> None:
        event = self.canvas.timeline.get(event_id) if event_id else None
        self.detail.show_event(event)
        self.event_list.select_id(event_id)

    def _on_viewport(self, vp: Viewport) -> None:
        self.overview.set_viewport(vp, self.canvas.fit_viewport())
        self.range_label.setText(span_text(vp))

    def _center_on(self, t: float) -> None:
        vp = self.canvas.viewport
        self.canvas.set_viewport(Viewport(t - vp.span / 2, vp.span, vp.width))

    def _select_from_list(self, event_id: str) -> None:
        self.canvas.select(event_id)

    def _activate_from_list(self, event_id: str) -> None:
        event = self.canvas.timeline.get(event_id)
        if event is not None:
            self.canvas.select(event_id, ensure_visible=False)
            self.canvas.frame(event)

    def _on_hidden(self, hidden: frozenset[str]) -> None:
        self.canvas.set_hidden_categories(hidden)
        self.overview.set_hidden(hidden)
        self.event_list.set_hidden(hidden)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.event_list)
        self.event_list.search.setFocus()
        self.event_list.search.selectAll()

    # --- presenting ------------------------------------------------------------------------

    def _fill_present_menu(self) -> None:
        self.present_menu.clear()
        screens = QGuiApplication.screens()
        for screen in screens:
            g = screen.geometry()
            act = self.present_menu.addAction(f"{screen.name()} ({g.width()} × {g.height()})")
            act.triggered.connect(lambda _=False, sc=screen: self.present(sc))
        self.present_menu.setEnabled(len(screens) > 1)

    def present(self, screen: QScreen | None = None) -> PresentationWindow:
        """Present on ``screen``; by default on a screen other than this window's, with the
        presenter view here, or full screen here when there is only one screen."""
        here = self.screen()
        screens = QGuiApplication.screens()
        if screen is None:
            others = [s for s in screens if s is not here]
            screen = others[0] if others else here
        presenter = here if (len(screens) > 1 and screen is not here) else None
        from timeline_app.ui.presentation import start_presentation

        self.presentation = start_presentation(
            self.canvas.timeline, self.canvas.hidden_categories, screen, presenter
        )
        self.presentation.finished.connect(self._presentation_finished)
        return self.presentation

    def _presentation_finished(self) -> None:
        self.activateWindow()
        self.raise_()
        self.canvas.setFocus()

    # --- export, copy, print ----------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        from timeline_app.ui.export_dialog import ExportDialog

        current = self.current_path
        dialog = ExportDialog(
            self.canvas.timeline,
            self.canvas.viewport,
            self.canvas.hidden_categories,
            self.canvas.theme.name,
            self.settings.export,
            self,
            self.settings.export_titles.get(os.path.abspath(self.current_path))
            if self.current_path
            else None,
            folder=start_folder(self.settings, current if not _is_bundled(current) else ""),
        )
        if "text_size" not in self.settings.export:
            dialog.set_text_size(self.canvas.text_size)  # as on screen, until chosen there
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(
                tr("Exported {name}").format(name=os.path.basename(path)), 6000
            )
        )
        file = self.current_path

        def keep(_code: int) -> None:
            self.settings.export = dialog.remembered()
            if file:
                self.settings.remember_export_title(file, dialog.title.text().strip())

        dialog.exported.connect(lambda path: remember_folder(self.settings, path))
        dialog.finished.connect(keep)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _export_options(self) -> ex.ExportOptions:
        from timeline_app.render import export as ex

        return ex.ExportOptions(
            theme=self.canvas.theme.name,
            legend=False,
            axis=True,
            footer=False,
            hidden=self.canvas.hidden_categories,
            text_size=self.canvas.text_size,
        )

    def copy_image(self) -> None:
        from timeline_app.render import export as ex

        vp = self.canvas.viewport
        image = ex.clipboard_image(
            self.canvas.timeline,
            vp.start,
            vp.end,
            self.canvas.width(),
            self.canvas.height(),
            self._export_options(),
        )
        QGuiApplication.clipboard().setImage(image)
        self.statusBar().showMessage(
            tr("Copied the view as a {width} × {height} image").format(
                width=image.width(), height=image.height()
            ),
            5000,
        )

    def print_dialog(self) -> None:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # The dialog keeps only a pointer: the printer must live as long as the dialog.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(self._printer, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setObjectName("printPreview")
        preview.paintRequested.connect(self.paint_for_printer)
        preview.open()

    def paint_for_printer(self, printer: object) -> None:
        """Print the current view on one landscape page, through the export code."""
        from PySide6.QtPrintSupport import QPrinter

        from timeline_app.render import export as ex

        assert isinstance(printer, QPrinter)
        vp = self.canvas.viewport
        opts = replace(  # paper in the light theme, to save ink
            self._export_options(),
            theme="light",
            legend=True,
            footer=True,
            title=self.canvas.timeline.title,
        )
        try:
            ex.paint_document(
                printer, self.canvas.timeline, vp.start, vp.end, opts, use_device_layout=True
            )
        except ex.ExportError as err:
            self.statusBar().showMessage(tr("Could not print: {problem}").format(problem=err), 8000)

    # --- theme -----------------------------------------------------------------------------

    def apply_theme_choice(self, choice: str) -> None:
        if choice not in THEME_CHOICES:
            choice = "system"
        self.settings.theme = choice
        for c, act in self.theme_actions.items():
            act.setChecked(c == choice)
        dark = system_prefers_dark() if choice == "system" else choice == "dark"
        theme: Theme = THEMES["dark" if dark else "light"]
        apply_palette(choice, dark)
        self.canvas.set_theme(theme)
        self.overview.set_theme(theme)
        self.detail.set_theme(theme)

    # --- text size -------------------------------------------------------------------------

    def apply_text_size(self) -> None:
        """The canvas's text at the user's font size (the application font and the
        platform's font scale), times View › Text Size."""
        # The primary screen's: QWidget.screen() would tie the screen's Python object to
        # this window in PySide6 6.11, and it would be dead once the window is deleted.
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        user = user_text_scale(QApplication.font(), dpi)
        self.canvas.set_text_size(user * self.settings.text_size)

    def set_text_size(self, factor: float) -> None:
        lo, hi = TEXT_SIZE_RANGE
        self.settings.text_size = min(max(factor, lo), hi)
        self.apply_text_size()
        message = tr("Text size {size}%").format(size=round(self.settings.text_size * 100))
        self.statusBar().showMessage(message, 4000)
        announce(self, message)

    def step_text_size(self, step: int) -> None:
        """The next listed size up (or down) from the current one."""
        now = self.settings.text_size
        sizes = [s for s in TEXT_SIZES if (s > now + 1e-9 if step > 0 else s < now - 1e-9)]
        if sizes:
            self.set_text_size(sizes[0] if step > 0 else sizes[-1])

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply_text_size()  # the user's font changed: the timeline's text follows
        return super().event(event)

    # --- dialogs ---------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        self.shortcuts_dialog = ShortcutsDialog(all_keys(self.command_keys()), self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def command_keys(self) -> list[tuple[str, str]]:
        """(keys, command) of every menu command that has a key, in menu order."""
        rows: list[tuple[str, str]] = []
        seen: set[int] = set()

        def walk(actions: list[QAction]) -> None:
            for a in actions:
                if a.menu() is not None:
                    walk(a.menu().actions())  # type: ignore[union-attr]
                elif a.shortcuts() and id(a) not in seen:
                    seen.add(id(a))
                    keys = tr(" or ", "between two keys of one command").join(
                        k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()
                    )
                    rows.append((keys, re.sub("&(.)", r"\1", a.text()).rstrip("…")))

        walk(self.menuBar().actions())
        return rows

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_event_list(self) -> None:
        self.tabs.setCurrentWidget(self.event_list)
        self._focus(self.event_list.view)

    def _focus_legend(self) -> None:
        self.tabs.setCurrentWidget(self.legend)
        self.legend.focus_first()

    def show_format_guide(self) -> FormatGuide:
        """The file format's documentation, shipped with the app: readable offline."""
        from timeline_app.ui.guide import FormatGuide

        guide = FormatGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        self.format_guide = guide
        return guide

    def show_log(self) -> QDialog:
        """The most recent lines of the log file, and where it is."""
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

        from timeline_app.ui.app import log_file_path

        path = log_file_path()
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                lines = fh.readlines()[-400:]
            text = "".join(lines) or tr("(The log is empty: nothing has gone wrong.)")
        except OSError:
            text = tr("(There is no log yet: nothing has gone wrong.)")
        dialog = QDialog(self)
        dialog.setObjectName("logDialog")
        dialog.setWindowTitle(tr("Log File"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        where = QLabel(path)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        view = QPlainTextEdit(text)
        view.setObjectName("logText")
        view.setReadOnly(True)
        view.moveCursor(QTextCursor.MoveOperation.End)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        lay = QVBoxLayout(dialog)
        lay.addWidget(where)
        lay.addWidget(view)
        lay.addWidget(buttons)
        dialog.resize(900, 500)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(tr("About Timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("Timeline {version}").format(version=__version__))
        box.setInformativeText(
            tr(
                "A timeline viewer for teaching history: zoom from millennia to minutes and read"
                " each event's verbatim source quotes.\n\n"
                "Qt {qt} (LGPL-3.0), PySide6 {pyside} (LGPL-3.0), python-dateutil"
                " (Apache-2.0/BSD), platformdirs (MIT). Timeline itself is under the MIT"
                " licence. Show Details for the licences and for how to replace the Qt"
                " libraries."
            ).format(qt=qVersion(), pyside=pyside_version)
        )
        box.setDetailedText(licence_text())
        self.about_box = box
        box.open()

    # --- settings --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """Window, toolbars and splitters as they were; ``load_settings`` has checked every
        value (base64 that decodes, two sizes in range), so each goes to Qt as it is."""
        s = self.settings
        if s.geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.geometry.encode("ascii")))
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode("ascii")))
        if len(s.main_splitter) == 2:
            self.main_splitter.setSizes(s.main_splitter)
        if len(s.side_splitter) == 2:
            self.side_splitter.setSizes(s.side_splitter)

    def store_settings(self) -> str:
        s = self.settings
        s.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        s.window_state = bytes(self.saveState().toBase64().data()).decode("ascii")
        s.main_splitter = list(self.main_splitter.sizes())
        s.side_splitter = list(self.side_splitter.sizes())
        vp = self.canvas.viewport
        s.view_file = os.path.abspath(self.current_path) if self.current_path else ""
        s.view_start, s.view_span = vp.start, vp.span
        s.hidden_categories = sorted(self.canvas.hidden_categories)
        return save_settings(s)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editing.may_discard("closing"):
            event.ignore()
            return
        dialogs = sys.modules.get("timeline_app.ui.export_dialog")
        if dialogs is not None:  # imported only once an export has been opened
            for dialog in self.findChildren(dialogs.ExportDialog):
                dialog.stop_export()
        for load in [self._load, self._reload, *self._stale_loads]:
            if load is not None:
                load.cancel()
                load.wait()
        if self.download is not None:
            self.download.cancel()
            self.download.wait()
            self.download = None
        self._load = None
        self._reload = None
        self._stale_loads.clear()
        problem = self.store_settings()
        if problem:
            logging.getLogger(__name__).warning("%s", problem)
        super().closeEvent(event)

    def show_settings_notice(self) -> None:
        """Say once that the settings file was damaged or some values were reset."""
        if self.settings.notice:
            self.statusBar().showMessage(self.settings.notice, 15000)
            self.settings.notice = ""


def _is_bundled(path: str) -> bool:
    try:
        return Path(path).resolve() == bundled_dataset().resolve()
    except OSError:
        return False


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


QT_REPLACEMENT = """Replacing Qt (LGPL-3.0)

Qt and PySide6 are used under the GNU Lesser General Public License, version 3. You may
replace them with your own build of the same version: in an installed bundle the Qt
libraries are ordinary shared libraries (Linux: _internal/PySide6/Qt/lib/*.so.6;
Windows: _internal\\PySide6\\*.dll; macOS: Contents/Frameworks/PySide6/Qt/lib), loaded at
start-up, so swapping in compatible builds of those files replaces them. In a pip
installation, install another PySide6 build into the same environment."""


def licence_text() -> str:
    """The third-party licences: the bundle's licences folder, the source tree's, or a
    summary where neither is present (a plain pip installation)."""
    here = Path(__file__).resolve()
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "licenses" / "THIRD-PARTY.md",
        here.parents[2] / "packaging" / "licenses" / "THIRD-PARTY.md",
    ]
    for path in candidates:
        try:
            return path.read_text(encoding="utf-8") + "\n\n" + QT_REPLACEMENT
        except OSError:
            continue
    return (
        "Third-party software: Qt and PySide6 (LGPL-3.0), python-dateutil (Apache-2.0 and "
        "BSD-3-Clause), platformdirs (MIT), Python (PSF-2.0). Their licence texts are in "
        "the installed packages' metadata.\n\n" + QT_REPLACEMENT
    )
