"""Starting the GUI: the QApplication, the error safety net and the main window."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QObject

from timeline_app import __version__
from timeline_app.i18n import context

log = logging.getLogger("timeline_app")
tr = context("App")


def log_dir() -> str:
    override = os.environ.get("TIMELINE_APP_LOG_DIR")
    if override:
        return override
    from platformdirs import user_log_dir

    return user_log_dir("timeline-app", appauthor=False)


def log_file_path() -> str:
    return os.path.join(log_dir(), "timeline-app.log")


_FAULT_LOG: list[object] = []  # the open file faulthandler writes to; kept open for life


def setup_logging() -> str:
    """Log to a file under the user log directory, and let faulthandler write a hard crash's
    stack there too; return the path ('' if the folder cannot be written)."""
    try:
        folder = log_dir()
        os.makedirs(folder, exist_ok=True)
        path = log_file_path()
        handler = logging.FileHandler(path, encoding="utf-8")
        fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process
    except OSError:
        return ""
    import faulthandler

    faulthandler.enable(fault_file)
    _FAULT_LOG.append(fault_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ErrorReporter:
    """Exceptions that escape a slot or a paint event: logged, shown once, the app carries on."""

    def __init__(self, log_path: str) -> None:
        self.log_path = log_path
        self.shown = False
        self.count = 0
        self.box: object = None  # kept, or Python would delete the dialog at once

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.count += 1
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if self.shown:
            return
        self.shown = True
        from PySide6 import QtCore
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        text = tr("An unexpected error occurred: {error}.\nThe app will keep running.").format(
            error=value
        )
        if self.log_path:
            text += "\n\n" + tr("Details were written to {path}.").format(path=self.log_path)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Something went wrong"),
            text,
            QMessageBox.StandardButton.Ok,
            app.activeWindow(),
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("errorDialog")
        self.box = box
        box.open()


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked file to the running app as a FileOpen event."""

    def __init__(self, window: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file()  # type: ignore[attr-defined]
            if path:
                self.window.open_from_another_launch(path)
                return True
        return False


def handed_over_note(path: str | None) -> str:
    """The terminal's line for a launch that handed its file to the copy already running."""
    from timeline_app.formats.oneline import NAME_LIMIT, shown

    if path:
        what = f"{shown(os.path.basename(path) or path, NAME_LIMIT)} was handed to its window"
    else:
        what = "its window was brought to the front"
    return f"timeline-app: Timeline is already running on this display; {what}."


def run_gui(path: str | None, *, present: bool = False) -> int:
    """Open the main window (the bundled dataset, or ``path``) and run the event loop."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from timeline_app.resources_path import resource_path

    log_path = setup_logging()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Timeline")  # a name for the system (settings, the desktop file)
    app.setOrganizationName("timeline-app")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("timeline-app")
    if os.environ.get("TIMELINE_APP_LAYOUT", "").lower() == "rtl":
        # A right to left window (the panels mirror; the time axis does not), to check the
        # layout before a right to left translation sets it.
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    icon = resource_path("timeline-app.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = ErrorReporter(log_path)

    from timeline_app.ui.single_instance import InstanceServer, hand_over

    if not present and hand_over([path] if path else []):
        # The copy already running on this display opens it and comes to the front; said
        # here too, so that a launch from a terminal is never a silent exit.
        with contextlib.suppress(OSError):  # no terminal to say it on: the window shows it
            print(handed_over_note(path), flush=True)
        return 0
    server = InstanceServer(app)
    if not server.listen():
        log.warning("Another copy could not be reached and this one cannot listen for files")

    from timeline_app.settings import language_setting, load_settings
    from timeline_app.ui import language
    from timeline_app.ui.main_window import MainWindow

    try:
        # Before any text is made (the window's, the settings' notice): it is translated
        # as it is made.
        language.install(language.choose(language_setting()))
        window = MainWindow(load_settings())
        # What start-up made (modules, classes, the window) lasts as long as the app: set it
        # aside from the cyclic garbage collector, whose full collections would otherwise
        # walk it all, about 4 ms, in the middle of a frame.
        gc.freeze()
        window.show()
        # The bundled timeline is always underneath, so a file that fails to open leaves
        # something on screen behind its error message.
        window.open_bundled(restore_view=not path)
        if path:
            window.open_path(path, restore_view=True)
        # After the opens, whose own status messages would otherwise cover it at once.
        window.show_settings_notice()
        server.handedOver.connect(window.open_handed_over)
        app.installEventFilter(_FileOpenFilter(window, app))
    except Exception as err:
        log.exception("Start-up failed")
        where = f" (details in {log_path})" if log_path else ""
        print(f"timeline-app: could not start: {err}{where}", file=sys.stderr)
        return 1
    if not os.environ.get("TIMELINE_APP_QUIT_AFTER_FIRST_FRAME"):
        from PySide6.QtCore import QTimer

        # Work left unsaved by a crash or a kill is offered back once the window is up.
        QTimer.singleShot(0, window.recovery.offer)
    if os.environ.get("TIMELINE_APP_QUIT_AFTER_FIRST_FRAME"):
        # For benchmarks/startup.py: say when the first frame with events is painted, quit.
        def first_frame() -> None:
            print("first-frame", flush=True)
            app.quit()

        window.canvas.firstPainted.connect(first_frame)
    if present:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.present)
    return app.exec()
