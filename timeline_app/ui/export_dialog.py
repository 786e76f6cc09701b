"""File › Export…: choose what and how, see a live preview, and write the file.

The preview is drawn by the same export code at a small size; exports that take longer than
half a second show a progress dialog with Cancel. The last choices are remembered.
"""

from __future__ import annotations

import os
from dataclasses import asdict, replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.i18n import context, number
from timeline_app.model.limits import MAX_TIMELINE_TITLE
from timeline_app.model.timeline import Timeline
from timeline_app.render import export as ex
from timeline_app.render.theme import TEXT_SIZES
from timeline_app.ui.folders import documents_folder
from timeline_app.view.viewport import Viewport

tr = context("ExportDialog")

FORMAT_FILTERS = {
    "png": tr.mark("PNG image (*.png)"),
    "svg": tr.mark("SVG vector image (*.svg)"),
    "pdf": tr.mark("PDF document (*.pdf)"),
}
# What the lists say for the export's names of themes, page sizes and image sizes (the
# options keep the names themselves); a name not listed here is shown as it is.
THEME_LABELS = {
    "light": tr.mark("Light"),
    "dark": tr.mark("Dark"),
    "projector": tr.mark("Projector"),
}
PAGE_LABELS = {"Letter": tr.mark("Letter")}
PRESET_LABELS = {
    "1920 × 1080 (Full HD)": tr.mark("1920 × 1080 (Full HD)"),
    "3840 × 2160 (4K, sharp)": tr.mark("3840 × 2160 (4K, sharp)"),
    "A4 landscape, 300 dpi": tr.mark("A4 landscape, 300 dpi"),
    "A3 landscape, 300 dpi": tr.mark("A3 landscape, 300 dpi"),
}
CANCELLED = "\x00cancelled"  # the word for an export the user cancelled


class ExportDialog(QDialog):
    """Export options with a live preview."""

    exported = Signal(str)  # the path written

    def __init__(
        self,
        timeline: Timeline,
        viewport: Viewport,
        hidden: frozenset[str],
        theme: str,
        remembered: dict[str, Any],
        parent: QWidget | None = None,
        title: str | None = None,
        *,
        folder: str = "",
    ) -> None:
        super().__init__(parent)
        # Where the file dialog opens (ui.folders.start_folder): a name alone would be
        # taken from the program's working directory.
        self.folder = folder
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export Timeline"))
        self.timeline = timeline
        self.viewport = viewport
        self.hidden = hidden
        self._exporting = False  # an export is running (with events let through by progress)
        self._cancel_requested = False
        self._closing = False  # the dialog was closed while it exported
        self._progress: QProgressDialog | None = None
        self._path = ""
        self.last_error = ""
        self.fit_warning = ""  # events the export cannot label, said under the preview
        self.replace_box: QMessageBox | None = None
        self._build(theme)
        self._restore(remembered)
        # The title belongs to the file: the one last given to it, else the timeline's own.
        self.title.setText(self.timeline.title if title is None else title)
        # Paper takes the light theme, whatever the window's, unless the user picks one here.
        self._window_theme = theme
        self._theme_chosen = False
        self.theme.activated.connect(lambda _i: setattr(self, "_theme_chosen", True))
        self.fmt.currentIndexChanged.connect(self._paper_in_light)
        self._paper_in_light()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)
        for spin in (self.width_px, self.height_px, self.dpi, self.margin, self.poster_pages):
            spin.valueChanged.connect(self._schedule)
        for combo in (self.fmt, self.preset, self.page, self.theme, self.text_size):
            combo.currentIndexChanged.connect(self._schedule)
        for box in (
            self.view_current,
            self.view_whole,
            self.view_range,
            self.transparent,
            self.landscape,
            self.poster,
            self.handout,
            self.legend,
            self.axis,
            self.footer,
        ):
            box.toggled.connect(self._schedule)
        for line in (self.range_text, self.title):
            line.textChanged.connect(self._schedule)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        for spin in (self.width_px, self.height_px, self.dpi):
            spin.valueChanged.connect(self._match_preset)
        self._match_preset()
        self.fmt.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self.update_preview()
        # The first preview is drawn before the dialog has its size: draw it again whenever
        # the preview's size changes (opening, resizing the dialog).
        self.preview.installEventFilter(self)

    # --- construction ----------------------------------------------------------------------

    def _build(self, theme: str) -> None:
        what = QGroupBox(tr("What to export"))
        self.view_current = QRadioButton(tr("The current view"))
        self.view_whole = QRadioButton(tr("The whole timeline"))
        self.view_range = QRadioButton(tr("Dates:"))
        self.range_text = QLineEdit()
        self.range_text.setObjectName("exportRange")
        self.range_text.setPlaceholderText("2017-05..2017-07")
        self.range_text.setMaxLength(ex.MAX_RANGE_CHARS)  # the longest range parse_range reads
        self.view_current.setChecked(True)
        range_row = QHBoxLayout()
        range_row.addWidget(self.view_range)
        range_row.addWidget(self.range_text, 1)
        wl = QVBoxLayout(what)
        wl.addWidget(self.view_current)
        wl.addWidget(self.view_whole)
        wl.addLayout(range_row)

        self.fmt = QComboBox()
        self.fmt.setObjectName("exportFormat")
        for key, label in (
            ("png", tr("PNG image")),
            ("svg", tr("SVG vector image")),
            ("pdf", tr("PDF")),
        ):
            self.fmt.addItem(label, key)
        self.preset = QComboBox()
        self.preset.addItem(tr("Custom size"), None)
        for name in ex.PNG_PRESETS:
            self.preset.addItem(tr(PRESET_LABELS[name]) if name in PRESET_LABELS else name, name)
        self.width_px = QSpinBox()
        self.width_px.setRange(ex.MIN_PX, ex.MAX_PX)
        self.width_px.setSuffix(tr(" px"))
        self.height_px = QSpinBox()
        self.height_px.setRange(ex.MIN_PX, ex.MAX_PX)
        self.height_px.setSuffix(tr(" px"))
        self.dpi = QDoubleSpinBox()
        self.dpi.setRange(24, 2400)
        self.dpi.setDecimals(0)
        self.dpi.setSuffix(tr(" dpi"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_px)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_px)
        size_row.addWidget(self.dpi)
        self.transparent = QCheckBox(tr("Transparent background"))

        self.page = QComboBox()
        for name in ex.PAGE_SIZES:
            self.page.addItem(tr(PAGE_LABELS[name]) if name in PAGE_LABELS else name, name)
        self.landscape = QCheckBox(tr("Landscape"))
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 50)
        self.margin.setSuffix(tr(" mm"))
        self.poster = QCheckBox(tr("Poster over"))
        self.poster_pages = QSpinBox()
        self.poster_pages.setRange(2, 20)
        self.poster_pages.setSuffix(tr(" pages"))
        self.handout = QCheckBox(tr("Handout: the timeline, then a card per event with its quotes"))
        page_row = QHBoxLayout()
        page_row.addWidget(self.page)
        page_row.addWidget(self.landscape)
        page_row.addWidget(QLabel(tr("Margins")))
        page_row.addWidget(self.margin)
        poster_row = QHBoxLayout()
        poster_row.addWidget(self.poster)
        poster_row.addWidget(self.poster_pages)
        poster_row.addStretch(1)

        self.title = QLineEdit()
        self.title.setObjectName("exportTitle")
        # As long as a timeline's own title may be: one line above the picture.
        self.title.setMaxLength(MAX_TIMELINE_TITLE)
        example = self.timeline.title or tr("Lesson 4: the first meeting")
        self.title.setPlaceholderText(
            tr("Optional, for example: {example}").format(example=example)
        )
        self.theme = QComboBox()
        for name in ex.THEMES:
            label = tr(THEME_LABELS[name]) if name in THEME_LABELS else name.capitalize()
            self.theme.addItem(label, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.text_size = QComboBox()
        self.text_size.setObjectName("exportTextSize")
        for factor in TEXT_SIZES:
            percent = tr("{percent}%", "a text size, such as 125%")
            self.text_size.addItem(percent.format(percent=round(factor * 100)), factor)
        self.text_size.setCurrentIndex(self.text_size.findData(1.0))
        self.legend = QCheckBox(tr("Category legend"))
        self.axis = QCheckBox(tr("Date axis"))
        self.footer = QCheckBox(tr("Source credit"))
        parts = QHBoxLayout()
        for w in (self.legend, self.axis, self.footer):
            parts.addWidget(w)

        form = QFormLayout()
        form.addRow(tr("Format"), self.fmt)
        form.addRow(tr("Size"), self.preset)
        form.addRow("", size_row)
        form.addRow("", self.transparent)
        form.addRow(tr("Page"), page_row)
        form.addRow("", poster_row)
        form.addRow("", self.handout)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Theme"), self.theme)
        form.addRow(tr("Text size"), self.text_size)
        form.addRow(tr("Show"), parts)

        self.preview = QLabel()
        self.preview.setObjectName("exportPreview")
        self.preview.setMinimumSize(420, 260)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The picture follows the label's size, never the other way round: a pixmap's size
        # would otherwise hold the dialog at the size of the first preview.
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setStyleSheet("QLabel { background: palette(mid); }")
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(what)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Preview")))
        right.addWidget(self.preview, 1)
        right.addWidget(self.message)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.buttons)
        self.resize(1000, 600)
        # Controls whose row has no label of its own get a name a screen reader can say.
        for widget, name in (
            (self.range_text, tr("Dates to export")),
            (self.width_px, tr("Width in pixels")),
            (self.height_px, tr("Height in pixels")),
            (self.dpi, tr("Resolution in dots per inch")),
            (self.page, tr("Page size")),
            (self.margin, tr("Margins")),
            (self.poster_pages, tr("Pages of the poster")),
            (self.preview, tr("Preview")),
            (self.message, tr("Export message")),
        ):
            widget.setAccessibleName(name)

    # --- options ---------------------------------------------------------------------------

    def _restore(self, d: dict[str, Any]) -> None:
        o = ex.ExportOptions()
        known = asdict(o)
        values = {k: v for k, v in d.items() if k in known and isinstance(v, type(known[k]))}
        o = replace(o, **{k: v for k, v in values.items() if k != "hidden"})
        self.width_px.setValue(o.width)
        self.height_px.setValue(o.height)
        self.dpi.setValue(o.dpi)
        self.transparent.setChecked(o.transparent)
        self.page.setCurrentText(o.page)
        self.landscape.setChecked(o.landscape)
        self.margin.setValue(o.margin_mm)
        self.poster.setChecked(o.poster)
        self.poster_pages.setValue(max(2, o.poster_pages))
        self.handout.setChecked(o.handout)
        self.legend.setChecked(o.legend)
        self.axis.setChecked(o.axis)
        self.footer.setChecked(o.footer)
        self.set_text_size(o.text_size)
        fmt = d.get("format")
        if isinstance(fmt, str) and self.fmt.findData(fmt) >= 0:
            self.fmt.setCurrentIndex(self.fmt.findData(fmt))
        view = d.get("view")
        if view == "whole":
            self.view_whole.setChecked(True)
        elif view == "range":
            self.view_range.setChecked(True)
        if isinstance(d.get("range"), str):
            self.range_text.setText(d["range"])

    def remembered(self) -> dict[str, Any]:
        """What to keep in the settings for next time."""
        d = asdict(self.options())
        d.pop("hidden")
        d.pop("theme")
        d.pop("title")  # kept per file (Settings.export_titles)
        d["format"] = self.format()
        d["view"] = self.view_kind()
        d["range"] = self.range_text.text()
        return d

    def format(self) -> str:
        return str(self.fmt.currentData())

    def view_kind(self) -> str:
        if self.view_whole.isChecked():
            return "whole"
        if self.view_range.isChecked():
            return "range"
        return "view"

    def options(self) -> ex.ExportOptions:
        return ex.ExportOptions(
            width=self.width_px.value(),
            height=self.height_px.value(),
            dpi=self.dpi.value(),
            theme=str(self.theme.currentData()),
            title=self.title.text().strip(),
            legend=self.legend.isChecked(),
            axis=self.axis.isChecked(),
            footer=self.footer.isChecked(),
            transparent=self.transparent.isChecked() and self.format() == "png",
            page=str(self.page.currentData()),
            landscape=self.landscape.isChecked(),
            margin_mm=self.margin.value(),
            poster=self.poster.isChecked(),
            poster_pages=self.poster_pages.value(),
            handout=self.handout.isChecked(),
            hidden=self.hidden,
            text_size=float(self.text_size.currentData()),
        )

    def set_text_size(self, factor: float) -> None:
        """Choose the listed text size nearest to ``factor``."""
        best = min(range(len(TEXT_SIZES)), key=lambda i: abs(TEXT_SIZES[i] - factor))
        self.text_size.setCurrentIndex(best)

    def time_range(self) -> tuple[float, float]:
        kind = self.view_kind()
        if kind == "range":
            t0, t1 = ex.parse_range(self.range_text.text())
            return ex.range_to_show(self.timeline, t0, t1, self.hidden)
        if kind == "whole":
            o = self.options()
            return ex.whole_range(self.timeline, o.width / (o.dpi / 96))
        return self.viewport.start, self.viewport.end

    def _apply_preset(self) -> None:
        name = self.preset.currentData()
        if name in ex.PNG_PRESETS:
            w, h, dpi = ex.PNG_PRESETS[name]
            for box, value in ((self.width_px, w), (self.height_px, h), (self.dpi, dpi)):
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
            self._schedule()

    def _match_preset(self) -> None:
        """Name the preset the size is (typed, or remembered from last time), else Custom."""
        size = (self.width_px.value(), self.height_px.value(), self.dpi.value())
        name = next((n for n, v in ex.PNG_PRESETS.items() if tuple(v) == size), None)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(max(0, self.preset.findData(name)) if name else 0)
        self.preset.blockSignals(False)

    def _update_enabled(self) -> None:
        pdf = self.format() == "pdf"
        for w in (
            self.page,
            self.landscape,
            self.margin,
            self.poster,
            self.poster_pages,
            self.handout,
        ):
            w.setEnabled(pdf)
        for w in (self.preset, self.width_px, self.height_px, self.dpi):
            w.setEnabled(not pdf)
        self.transparent.setEnabled(self.format() == "png")

    # --- preview ---------------------------------------------------------------------------

    def _schedule(self, *_: object) -> None:
        self._preview_timer.start()

    def _paper_in_light(self, *_: object) -> None:
        """PDF (pages, posters, handouts) in the light theme, to save ink; images in the
        window's theme. A theme the user picked in this dialog stays."""
        if self._theme_chosen:
            return
        want = "light" if self.format() == "pdf" else self._window_theme
        index = self.theme.findData(want)
        if index >= 0:
            self.theme.setCurrentIndex(index)

    def set_timeline(self, timeline: Timeline) -> None:
        """A new version of the open file (live reload): the preview follows it."""
        self.timeline = timeline
        self.hidden = frozenset(h for h in self.hidden if timeline.lane_of(h) is not None)
        self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview and event.type() == QEvent.Type.Resize:
            self._schedule()
        return super().eventFilter(watched, event)

    def update_preview(self) -> None:
        """Draw the export small: the same page, scaled to the preview's size."""
        try:
            t0, t1 = self.time_range()
            o = self.options()
            fmt = self.format()
            ex.check_options(o, fmt)
            ex.check_has_events(self.timeline, t0, t1, self.hidden)
        except ex.ExportError as err:
            # Only the first letter: str.capitalize() lowered the rest ("10 may", "from..to").
            text = str(err)
            self.message.setText(text[:1].upper() + text[1:])
            self.export_button.setEnabled(False)
            self.last_error = str(err)
            return
        self.last_error = ""
        self.export_button.setEnabled(True)
        # The very page the file holds, drawn small: same layout, same events.
        avail_w, avail_h = max(50, self.preview.width() - 8), max(50, self.preview.height() - 8)
        image, page = ex.preview_image(self.timeline, t0, t1, o, fmt, avail_w, avail_h)
        self.preview.setPixmap(QPixmap.fromImage(image))
        desc = self._describe(o, fmt)
        # Said before the export: events the page has no room to label.
        warning = ex.fit_warning(self.timeline, t0, t1, o, fmt, page)
        self.fit_warning = warning
        self.message.setText(f"{desc}\n{warning}." if warning else desc)

    @staticmethod
    def _describe(o: ex.ExportOptions, fmt: str) -> str:
        """What the file will be: '1,920 × 1,080 px at 96 dpi', 'A4 landscape, with a
        handout'."""
        if fmt != "pdf":
            return tr("{width} × {height} px at {dpi} dpi").format(
                width=number(o.width), height=number(o.height), dpi=f"{o.dpi:g}"
            )
        page = tr(PAGE_LABELS[o.page]) if o.page in PAGE_LABELS else o.page
        if o.poster and o.handout:
            text = tr.n("{page} landscape, poster over %n pages, with a handout", o.poster_pages)
        elif o.poster:
            text = tr.n("{page} landscape, poster over %n pages", o.poster_pages)
        elif o.landscape and o.handout:
            text = tr("{page} landscape, with a handout")
        elif o.landscape:
            text = tr("{page} landscape")
        elif o.handout:
            text = tr("{page} portrait, with a handout")
        else:
            text = tr("{page} portrait")
        return text.format(page=page)

    # --- exporting -------------------------------------------------------------------------

    def choose_file_and_export(self) -> None:
        fmt = self.format()
        base = (self.timeline.title or "timeline").replace("/", "-").replace(":", "")
        folder = self.folder if os.path.isdir(self.folder) else documents_folder()
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export Timeline"),
            os.path.join(folder, f"{base}.{fmt}"),
            tr(FORMAT_FILTERS[fmt]),
        )
        if path:
            if not os.path.splitext(path)[1]:
                path += f".{fmt}"
            self.export_to(path)

    def export_to(self, path: str, *, force: bool = False) -> None:
        """Export, done when this returns; progress appears if it takes over half a second,
        and keeps the window drawn and Cancel working between pages.

        The export runs in the GUI thread. In a worker thread it could hang the app: the
        worker holds Python's lock while Qt's connections of the QTextDocuments and writers
        it makes take one of Qt's shared mutexes, and the GUI thread, deleting an object
        connected to a widget made in Python, holds such a mutex while it waits for
        Python's lock (seen as a hang in a test).

        A write-protected file is replaced only after the user says so (``force``); a place
        that cannot be written is explained before anything is drawn."""
        if self._exporting:
            return
        try:
            t0, t1 = self.time_range()
            ex.check_output(path, force=force)
        except ex.WriteProtected:
            self._ask_to_replace(path)
            return
        except ex.ExportError as err:
            self._fail(str(err))
            return
        self._path = path
        self._cancel_requested = False
        self._progress = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, self)
        self._progress.setObjectName("exportProgress")
        self._progress.setWindowTitle(tr("Export Timeline"))
        # (Window-modal: once it shows, each step of progress lets the window draw itself
        # and Cancel be pressed, and nothing else in the window be done meanwhile.)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(500)
        self._progress.setAutoClose(False)
        self._progress.canceled.connect(self._cancel)
        self.export_button.setEnabled(False)
        self._exporting = True
        try:
            error = self._export(path, t0, t1, force)
        finally:
            self._exporting = False
        self._on_finished(error)

    def _export(self, path: str, t0: float, t1: float, force: bool) -> str:
        """'' once the file is written, else what went wrong (CANCELLED if the user
        cancelled)."""
        try:
            ex.export_file(
                self.timeline,
                path,
                t0,
                t1,
                self.options(),
                progress=self._on_progress,
                cancelled=lambda: self._cancel_requested,
                force=force,
            )
        except ex.ExportCancelled:
            return CANCELLED
        except ex.ExportError as err:
            return str(err)
        except Exception as err:
            return tr("the export failed: {reason}").format(reason=err)
        return ""

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _on_finished(self, error: str) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if self._closing:
            error = CANCELLED  # (the dialog was closed while it exported: it stays closed)
        if error:
            self._fail(error)
        else:
            self.exported.emit(self._path)
            self.accept()

    def _cancel(self) -> None:
        self._cancel_requested = True

    def stop_export(self) -> None:
        """Cancel a running export: it stops at its next step, and nothing is half written
        (the file is only replaced at the end)."""
        if self._exporting:
            self._cancel()

    def reject(self) -> None:
        if self._exporting:
            self._closing = True
        self.stop_export()
        super().reject()

    def closeEvent(self, event: object) -> None:
        if self._exporting:
            self._closing = True
        self.stop_export()
        super().closeEvent(event)  # type: ignore[arg-type]

    def _ask_to_replace(self, path: str) -> None:
        """A write-protected file is replaced only when the user says so, as a shell asks
        before removing one; Cancel (the default) leaves it as it is."""
        name = os.path.basename(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Replace write-protected file?"),
            tr("“{name}” is write-protected.").format(name=name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("replaceProtectedDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            tr(
                "Someone marked this file read-only, perhaps to keep it as it is. Replace it "
                "with the export anyway? It stays write-protected afterwards."
            )
        )
        replace_button = box.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace_button.setObjectName("replaceButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)

        def answered(_code: int) -> None:
            if box.clickedButton() is replace_button:
                self.export_to(path, force=True)
            else:
                self.message.setText(
                    tr("Nothing was exported; “{name}” is unchanged.").format(name=name)
                )

        box.finished.connect(answered)
        self.replace_box = box
        box.open()

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.export_button.setEnabled(True)
        if message == CANCELLED:
            self.last_error = ex.ExportCancelled().args[0]
            self.message.setText(tr("Export cancelled; nothing was written."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Export failed"),
            tr("Could not export: {reason}.").format(reason=message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("exportErrorDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
