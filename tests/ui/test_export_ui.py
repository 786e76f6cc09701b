"""Export from the window: the dialog's live preview and memory, Copy Image and printing."""

from __future__ import annotations

import threading
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.main_window import MainWindow


def open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.update_preview()
    return dialog


def test_preview_follows_the_options(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    first = dialog.preview.pixmap().toImage()
    assert not first.isNull()
    dialog.width_px.setValue(800)
    dialog.height_px.setValue(800)
    dialog.update_preview()
    square = dialog.preview.pixmap().toImage()
    assert abs(square.width() - square.height()) <= 1
    assert square.width() != first.width() or square.height() != first.height()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.update_preview()
    dark = dialog.preview.pixmap().toImage()
    assert dark.pixelColor(dark.width() // 2, dark.height() - 3).lightness() < 80
    dialog.reject()


def test_the_preview_fits_the_dialog_as_it_opens_and_when_it_is_resized(
    window: MainWindow, qtbot: QtBot
) -> None:
    # The first preview was drawn before the dialog had its size, and stayed larger than
    # its place: cut off on both sides.
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)

    def fits() -> bool:
        picture = dialog.preview.pixmap()
        label = dialog.preview.size()
        return (
            picture.width() <= label.width()
            and picture.height() <= label.height()
            and (picture.width() >= label.width() - 12 or picture.height() >= label.height() - 12)
        )

    qtbot.waitUntil(fits, timeout=3000)
    dialog.resize(dialog.width() + 300, dialog.height() + 100)
    qtbot.waitUntil(fits, timeout=3000)  # and grows to fill the larger place
    dialog.reject()


def test_the_size_list_names_the_preset_the_size_is(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.dpi.setValue(96)
    dialog.width_px.setValue(1920)
    dialog.height_px.setValue(1080)
    assert "Full HD" in dialog.preset.currentText()
    dialog.width_px.setValue(1000)
    assert dialog.preset.currentText() == "Custom size"
    assert dialog.width_px.value() == 1000  # naming the preset changes no value
    dialog.preset.setCurrentIndex(dialog.preset.findData("3840 × 2160 (4K, sharp)"))
    assert (dialog.width_px.value(), dialog.height_px.value(), dialog.dpi.value()) == (
        3840,
        2160,
        192,
    )
    assert "4K" in dialog.preset.currentText()
    dialog.reject()


def test_bad_range_disables_export_and_says_why(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.view_range.setChecked(True)
    dialog.range_text.setText("1999-01..1999-02")
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    assert "No events between" in dialog.message.text()
    dialog.range_text.setText("2017-05..2017-07")
    dialog.update_preview()
    assert dialog.export_button.isEnabled()
    dialog.reject()


def test_export_writes_the_file_and_choices_are_remembered(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    dialog.handout.setChecked(True)
    dialog.title.setText("For Tuesday's class")
    dialog.view_whole.setChecked(True)
    out = tmp_path / "class.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_to(str(out))
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    assert "For Tuesday" in " ".join(reader.pages[0].extract_text().split())
    assert "Exported class.pdf" in window.statusBar().currentMessage()
    again = open_dialog(window, qtbot)
    assert again.format() == "pdf" and again.handout.isChecked()
    assert again.title.text() == "For Tuesday's class" and again.view_kind() == "whole"
    again.reject()


def test_export_failure_shows_a_message_and_keeps_the_old_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(window, qtbot)
    out = tmp_path / "missing-folder" / "x.png"
    dialog.export_to(str(out))
    qtbot.waitUntil(lambda: bool(dialog.last_error), timeout=10000)
    assert "does not exist" in dialog.last_error
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "exportErrorDialog" and w.isVisible()
    ]
    assert boxes
    for box in boxes:
        box.close()
    dialog.reject()


def test_copy_image_is_the_view_at_twice_the_size(window: MainWindow) -> None:
    window.copy_image()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (
        window.canvas.width() * 2,
        window.canvas.height() * 2,
    )
    assert "Copied the view" in window.statusBar().currentMessage()


def test_printing_paints_the_same_pages(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    window.paint_for_printer(printer)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "First Putin–Trump meeting" in text and "Valdai Discussion Club" in text


def test_the_title_belongs_to_its_file_and_paper_is_light(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The title defaults to the open timeline's own and is remembered per file; a PDF takes
    the light theme whatever the window's, unless the user picks a theme."""
    window.apply_theme_choice("dark")
    dialog = open_dialog(window, qtbot)
    assert dialog.title.text() == window.canvas.timeline.title
    dialog.title.setText("Lesson 4: Putin and Trump, 2017")
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("png"))
    assert dialog.theme.currentData() == "dark"  # an image for a dark slide
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    assert dialog.theme.currentData() == "light"  # paper
    dialog.reject()
    other = tmp_path / "revolution.timeline.json"
    other.write_text(
        '{"format": "timeline-app", "version": 1, "title": "The French Revolution", '
        '"events": [{"id": "b", "title": "Bastille", "start": "1789-07-14"}]}'
    )
    assert window.open_path(str(other))
    second = open_dialog(window, qtbot)
    assert second.title.text() == "The French Revolution"  # not the 2017 lesson's title
    second.reject()
    assert window.open_bundled()
    third = open_dialog(window, qtbot)
    assert third.title.text() == "Lesson 4: Putin and Trump, 2017"
    # A theme picked in the dialog stays, also for a PDF.
    third.theme.setCurrentIndex(third.theme.findData("dark"))
    third.theme.activated.emit(third.theme.currentIndex())
    third.fmt.setCurrentIndex(third.fmt.findData("pdf"))
    assert third.theme.currentData() == "dark"
    third.reject()


def _handout_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    dialog = open_dialog(window, qtbot)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    dialog.handout.setChecked(True)
    dialog.view_whole.setChecked(True)
    return dialog


def test_an_export_runs_in_the_gui_thread_and_cancel_between_pages_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The export draws in the GUI thread (a worker thread could hang the app: see
    ExportDialog.export_to), page by page, and Cancel pressed between pages stops it before
    anything is written."""
    dialog = _handout_dialog(window, qtbot)
    threads: list[threading.Thread] = []
    shown = dialog._on_progress

    def progress_then_cancel(done: int, total: int) -> None:
        threads.append(threading.current_thread())
        shown(done, total)
        if dialog._progress is not None:
            dialog._progress.canceled.emit()  # (what its Cancel button sends)

    dialog._on_progress = progress_then_cancel  # type: ignore[method-assign]
    out = tmp_path / "handout.pdf"
    dialog.export_to(str(out))
    assert threads == [threading.main_thread()]  # one page drawn, then cancelled
    assert not out.exists() and not list(tmp_path.iterdir())
    assert dialog.message.text() == "Export cancelled; nothing was written."
    assert dialog.export_button.isEnabled() and dialog.isVisible()
    dialog._on_progress = shown  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_to(str(out))  # the same export again, not cancelled
    assert len(PdfReader(out).pages) >= 3


def test_closing_the_dialog_while_it_exports_stops_the_export(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The window is closed (Escape) while the progress lets events through: the export
    stops at its next page, nothing is written, and the dialog stays closed."""
    dialog = _handout_dialog(window, qtbot)
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    shown = dialog._on_progress

    def progress_then_close(done: int, total: int) -> None:
        shown(done, total)
        dialog.reject()

    dialog._on_progress = progress_then_close  # type: ignore[method-assign]
    out = tmp_path / "handout.pdf"
    dialog.export_to(str(out))
    assert not out.exists() and exported == []
    assert not dialog.isVisible()
