"""Making and changing timelines in the window: File › New and Save, the Edit menu with named
Undo and Redo, the mark of unsaved changes in the title bar, and the question asked before
unsaved changes would be lost (closing, quitting, opening another file, New)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QBoxLayout, QDialog, QMenu, QMessageBox

from timeline_app.i18n import context
from timeline_app.model.edit import Edit, EditError, PutEvent, new_event_id, quoted
from timeline_app.model.timeline import Category, Event, Timeline
from timeline_app.model.timepoint import TimePoint
from timeline_app.ui.undo import EditCommand

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

tr = context("Editing")

NEW_CATEGORY = Category("events", tr.mark("Events"), "#1f77b4")
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
WRITE_BACK, OWN_FORMAT = "write back", "own format"  # Save of an imported sheet
# A sheet of more events is checked in a worker thread (below, it takes under about 50 ms).
BACKGROUND_EVENTS = 5_000


def new_timeline() -> Timeline:
    """An empty timeline with one category, named in the user's language, ready for its
    first event."""
    return Timeline([], categories=[replace(NEW_CATEGORY, label=tr(NEW_CATEGORY.label))])


class _HistoryAction(QAction):
    """Edit › Undo or Redo, named for the change it takes back or makes again ('&Undo Move
    ‘Warsaw speech’'), as one sentence a translation may order as it needs."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.redo = redo
        self.triggered.connect(stack.redo if redo else stack.undo)
        if redo:
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self.name)
        else:
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self.name)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.name(stack.redoText() if redo else stack.undoText())

    def name(self, change: str) -> None:
        if self.redo:
            self.setText(tr("&Redo {change}").format(change=change) if change else tr("&Redo"))
        else:
            self.setText(tr("&Undo {change}").format(change=change) if change else tr("&Undo"))


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Each key once: a key listed twice makes the shortcut ambiguous, and Qt then triggers
    nothing."""
    return list({k.toString(): k for k in keys if not k.isEmpty()}.values())


class Editing(QObject):
    """The window's edits: every change goes through ``do`` and onto the undo stack."""

    discarded = Signal()  # the user chose to let the unsaved changes go

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = QUndoStack(self)
        self.stack.setObjectName("undoStack")
        self.stack.cleanChanged.connect(self._on_clean_changed)
        # Answers the Save/Discard/Cancel question; tests and scripted runs may replace it.
        self.ask = self._ask_dialog
        self.ask_overwrite = self._ask_overwrite_dialog
        self.ask_import_save = self._ask_import_save_dialog
        self._writes_back = ""  # the sheet the user chose to write back to with Save
        self._checking = False  # a sheet's write-back is being worked out
        self._build_actions()
        from timeline_app.ui.event_editor import EventEditor

        self.editor = EventEditor(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor)
        self.editor.hide()
        window.canvas.selectionChanged.connect(self._on_selection)
        from timeline_app.ui.live_reload import ConflictBar

        self.conflict_bar = ConflictBar()
        bar_layout = window.reload_bar.parentWidget().layout()
        assert isinstance(bar_layout, QBoxLayout)
        bar_layout.insertWidget(0, self.conflict_bar)
        self.conflict_bar.reloadRequested.connect(self.reload_from_disk)
        self.reload_allowed = False  # True while the user's own Reload from Disk runs
        from timeline_app.ui.canvas_edit import CanvasEditing

        self.canvas_editing = CanvasEditing(self)

    # --- actions and menus -----------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        K = QKeySequence
        self.act_undo = _HistoryAction(self.stack, False, w)
        self.act_undo.setShortcuts(_unique([K(K.StandardKey.Undo), K("Ctrl+Z")]))
        self.act_undo.setObjectName("actUndo")
        self.act_redo = _HistoryAction(self.stack, True, w)
        self.act_redo.setShortcuts(_unique([K("Ctrl+Shift+Z"), K(K.StandardKey.Redo)]))
        self.act_redo.setObjectName("actRedo")
        self.act_new = QAction(tr("&New"), w)
        self.act_new.setObjectName("actNew")
        self.act_new.setShortcuts([K(K.StandardKey.New)])
        self.act_new.setStatusTip(tr("Start an empty timeline"))
        self.act_new.triggered.connect(self.new)
        self.act_save = QAction(tr("&Save"), w)
        self.act_save.setObjectName("actSave")
        self.act_save.setShortcuts([K(K.StandardKey.Save)])
        self.act_save.setStatusTip(
            tr("Save the timeline (a file of another program is never overwritten unasked)")
        )
        self.act_save.triggered.connect(self.save)
        self.act_delete = QAction(tr("&Delete Event"), w)
        self.act_delete.setObjectName("actDelete")
        self.act_delete.setShortcuts([K(K.StandardKey.Delete)])
        self.act_delete.setStatusTip(tr("Remove the selected event (Undo brings it back)"))
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_duplicate = QAction(tr("D&uplicate Event"), w)
        self.act_duplicate.setObjectName("actDuplicate")
        self.act_duplicate.setShortcuts([K("Ctrl+D")])
        self.act_duplicate.setStatusTip(tr("Copy the selected event, with its quotes, beside it"))
        self.act_duplicate.triggered.connect(self.duplicate_selected)
        self.act_cut = QAction(tr("Cu&t Event"), w)
        self.act_cut.setObjectName("actCut")
        self.act_cut.setShortcuts([K(K.StandardKey.Cut)])
        self.act_cut.triggered.connect(self.cut_selected)
        self.act_copy = QAction(tr("&Copy Event"), w)
        self.act_copy.setObjectName("actCopy")
        self.act_copy.setShortcuts([K(K.StandardKey.Copy)])
        self.act_copy.setStatusTip(tr("Copy the selected event, with its quotes and sources"))
        self.act_copy.triggered.connect(self.copy_selected)
        self.act_paste = QAction(tr("&Paste Events"), w)
        self.act_paste.setObjectName("actPaste")
        self.act_paste.setShortcuts([K(K.StandardKey.Paste)])
        self.act_paste.setStatusTip(tr("Add the events copied, in this or another timeline"))
        self.act_paste.triggered.connect(self.paste)
        self.act_categories = QAction(tr("Categories and E&ras…"), w)
        self.act_categories.setObjectName("actCategories")
        self.act_categories.setStatusTip(
            tr("Add, rename, recolour and reorder categories; edit eras")
        )
        self.act_categories.triggered.connect(self.edit_categories)
        self.act_edit_event = QAction(tr("&Edit Event…"), w)
        self.act_edit_event.setObjectName("actEditEvent")
        self.act_edit_event.setShortcuts([K("F2")])
        self.act_edit_event.setStatusTip(tr("Edit the selected event in the event editor"))
        self.act_edit_event.triggered.connect(self.edit_selected)
        self.act_new_event = QAction(tr("New E&vent"), w)
        self.act_new_event.setObjectName("actNewEvent")
        self.act_new_event.setShortcuts([K("Ctrl+Shift+N")])
        self.act_new_event.setStatusTip(tr("Add an event in the middle of the view, and edit it"))
        self.act_new_event.triggered.connect(self.add_event_here)
        for act in (self.act_undo, self.act_redo, self.act_new, self.act_save, self.act_delete,
                    self.act_duplicate, self.act_edit_event, self.act_new_event, self.act_cut,
                    self.act_copy, self.act_paste):  # fmt: skip
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.addAction(act)

    def install_menus(self, file_menu: QMenu, before_file: QAction, before_save: QAction,
                      before_menu: QAction) -> QMenu:  # fmt: skip
        """New at the top of the File menu, Save before Save As, and an Edit menu."""
        file_menu.insertAction(before_file, self.act_new)
        file_menu.insertAction(before_save, self.act_save)
        menu_bar = self.window.menuBar()
        self.edit_menu = QMenu(tr("&Edit"), menu_bar)
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.act_cut, self.act_copy, self.act_paste])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_new_event)
        self.edit_menu.addAction(self.act_edit_event)
        self.edit_menu.addAction(self.act_duplicate)
        self.edit_menu.addAction(self.act_delete)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_categories)
        menu_bar.insertMenu(before_menu, self.edit_menu)
        return self.edit_menu

    def _on_clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self.window):  # the stack says so once more as it goes
            self.window.setWindowModified(not clean)

    # --- edits -----------------------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def do(self, edit: Edit, select: str | None = None) -> bool:
        """Apply ``edit`` to the timeline on screen and put it on the undo stack; an edit
        that does not fit is explained in the status bar and changes nothing."""
        w = self.window
        try:
            result, undo = edit.apply(w.canvas.timeline)
        except EditError as err:
            said = (
                tr("{change} was not made: {reason}").format(change=edit.name, reason=err)
                if edit.name
                else tr("The change was not made: {reason}").format(reason=err)
            )
            w.statusBar().showMessage(said, 8000)
            return False
        command = EditCommand(edit, undo, result, lambda: w.canvas.timeline, self._show, select)
        command.set_selection_before(w.canvas.selected_id)
        self.stack.push(command)
        return True

    def selected_event(self) -> Event | None:
        sid = self.window.canvas.selected_id
        return self.window.canvas.timeline.get(sid) if sid else None

    def _on_selection(self, event_id: str | None) -> None:
        if shiboken6.isValid(self.editor) and self.editor.isVisible():
            self.editor.show_event(self.window.canvas.timeline.get(event_id) if event_id else None)

    def edit_selected(self) -> None:
        """Edit › Edit Event (F2): the editor, on the selected event, its title focused."""
        self.editor.show()
        self.editor.raise_()
        self.editor.show_event(self.selected_event())
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def add_event_here(self) -> bool:
        """Edit › New Event: an event on the day in the middle of the view, in the first
        category, selected and open in the editor to be named."""
        from timeline_app.model.timepoint import Precision, point_from_seconds

        w = self.window
        vp = w.canvas.viewport
        day = point_from_seconds(vp.start + vp.span / 2, Precision.DAY)
        return self.add_event_at(day)

    def add_event_at(self, start: TimePoint, name: str = "", category: str | None = None) -> bool:
        """A new event at ``start`` in ``category`` (else the first category shown), selected
        and opened in the editor with its title ready to be typed over; ``name`` names the
        edit ('New Event')."""
        canvas = self.window.canvas
        timeline = canvas.timeline
        if category is None:
            shown = [c.id for c in timeline.categories if c.id not in canvas.hidden_categories]
            if timeline.categories and not shown:
                self.window.statusBar().showMessage(
                    tr("Every category is hidden: show one in the Categories tab first"), 6000
                )
                return False
            category = shown[0] if shown else ""
        title = tr("New event")
        e = Event(new_event_id(timeline, title), title, start, category=category)
        if not self.do(PutEvent(None, e, name or tr("New Event")), select=e.id):
            return False
        self.edit_selected()
        return True

    def edit_categories(self) -> QDialog:
        """Edit › Categories and Eras: the dialog, open beside the window."""
        from timeline_app.ui.categories_dialog import CategoriesDialog

        dialog = self.window.findChild(CategoriesDialog)
        if dialog is None:
            dialog = CategoriesDialog(self.window)
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def copy_selected(self) -> bool:
        """Edit › Copy: the selected event, with its quotes and sources, on the clipboard."""
        from PySide6.QtGui import QGuiApplication

        from timeline_app.ui.event_clipboard import events_mime

        e = self.selected_event()
        if e is None:
            self.window.statusBar().showMessage(tr("Select an event to copy"), 4000)
            return False
        QGuiApplication.clipboard().setMimeData(events_mime(self.window.canvas.timeline, [e]))
        self.window.statusBar().showMessage(
            tr("Copied {title}").format(title=quoted(e.title)), 4000
        )
        return True

    def cut_selected(self) -> bool:
        """Edit › Cut: copied, then removed (one undoable step)."""
        e = self.selected_event()
        if e is None or not self.copy_selected():
            return False
        return self.do(PutEvent(e.id, None, tr("Cut {title}").format(title=quoted(e.title))))

    def paste(self) -> bool:
        """Edit › Paste: the events copied (here or in another window) added on their
        dates; the first is selected."""
        from PySide6.QtGui import QGuiApplication

        from timeline_app.ui.event_clipboard import paste_edit, pasted_events

        pasted = pasted_events(QGuiApplication.clipboard().mimeData())
        if pasted is None or not len(pasted):
            self.window.statusBar().showMessage(tr("The clipboard holds no events to paste"), 4000)
            return False
        edit, ids = paste_edit(self.window.canvas.timeline, pasted)
        return self.do(edit, select=ids[0])

    def delete_selected(self) -> bool:
        """Edit › Delete: remove the selected event."""
        e = self.selected_event()
        if e is None:
            self.window.statusBar().showMessage(tr("Select an event to delete"), 4000)
            return False
        return self.do(PutEvent(e.id, None, tr("Delete {title}").format(title=quoted(e.title))))

    def duplicate_selected(self) -> bool:
        """Edit › Duplicate: a copy of the selected event at the same time, selected."""
        e = self.selected_event()
        if e is None:
            self.window.statusBar().showMessage(tr("Select an event to duplicate"), 4000)
            return False
        copy = replace(e, id=new_event_id(self.window.canvas.timeline, e.title))
        naming = tr("Duplicate {title}").format(title=quoted(e.title))
        return self.do(PutEvent(None, copy, naming), select=copy.id)

    def _show(self, timeline: Timeline, select: str | None) -> None:
        self.window.replace_timeline(timeline, select)

    def reload_from_disk(self) -> None:
        """The conflict bar's Reload from Disk: the file is read, and the unsaved changes go
        once it is on screen. Their recovery file goes then too (``opened`` clears the
        history, and a clean history has none), not before: a reload that fails leaves the
        edits in the window and so in the recovery file."""
        self.conflict_bar.hide()
        self.reload_allowed = True
        try:
            self.window.reload(by_hand=True)
        finally:
            self.reload_allowed = False

    def opened(self) -> None:
        """Another timeline is on screen (opened or new): its history starts here."""
        self.stack.clear()
        self.stack.setClean()
        self._writes_back = ""
        self.window.setWindowModified(False)
        self.conflict_bar.hide()

    def saved(self) -> None:
        self.stack.setClean()

    # --- files -----------------------------------------------------------------------------

    def new(self) -> bool:
        """File › New: an empty timeline, after asking about unsaved changes."""
        if not self.may_discard():
            return False
        w = self.window
        w.show_unsaved_timeline(new_timeline())
        w.statusBar().showMessage(tr("A new timeline: double-click to add an event"), 5000)
        return True

    def can_save_in_place(self) -> bool:
        """Whether Save may write over the open file: a file of the app's own format, read
        in full. A file of another program, or one opened without its faulty events, is
        never overwritten silently: Save asks where to save it in the app's own format."""
        w = self.window
        path, timeline = w.current_path, w.canvas.timeline
        return bool(
            path
            and not w.is_bundled(path)
            and not timeline.format_name
            and not timeline.left_out
            and Path(path).name.lower().endswith((".json", ".tljson"))
        )

    def save(self) -> bool:
        """File › Save: write the open file in place when that loses nothing, otherwise
        ask where (Save As). An imported TimelineJS sheet (CSV) may be written back where
        nothing would be lost, once the user has chosen so."""
        w = self.window
        if not self.can_save_in_place():
            if self._is_sheet():
                return self._save_sheet()
            return w.save_as_dialog()
        if w.follower.newer_on_disk():
            answer = self.ask_overwrite()
            if answer == CANCEL:
                return False
            if answer == "save as":
                return w.save_as_dialog()
        return w.save_as(w.current_path)

    def _is_sheet(self) -> bool:
        from timeline_app.formats import timelinejs_sheet

        w = self.window
        return bool(
            w.current_path
            and not w.is_bundled(w.current_path)
            and w.canvas.timeline.format_name == timelinejs_sheet.NAME
        )

    def _save_sheet(self) -> bool:
        """Save of an imported TimelineJS sheet: asks whether to write back to the sheet (a
        CSV whose reading again loses nothing) or to save in the app's own format."""
        w = self.window
        path = w.current_path
        is_csv = path.lower().endswith(".csv")
        lost: list[str] = []
        text = None
        if is_csv:
            checked = self._check_sheet()
            if checked is None:
                return False
            lost, text = checked
        if not is_csv or lost or self._writes_back != path:
            answer = self.ask_import_save(is_csv, lost)
            if answer == OWN_FORMAT:
                return w.save_as_dialog()
            if answer != WRITE_BACK or not is_csv or lost:
                return False
        if w.follower.newer_on_disk():
            again = self.ask_overwrite()
            if again == CANCEL:
                return False
            if again == "save as":
                return w.save_as_dialog()
        return self.write_back(path, text)

    def _check_sheet(self) -> tuple[list[str], str] | None:
        """What writing the timeline on screen back as a TimelineJS sheet would lose, and
        the sheet's CSV text where it would lose nothing (else ''). A large timeline is
        worked out in a worker thread while the window stays responsive, with a progress
        dialog and Cancel after a moment; None where the user cancelled (or a check runs
        already). A timeline changed meanwhile is checked again."""
        from timeline_app.formats import timelinejs_sheet_writer as writer
        from timeline_app.ui.busy import Cancelled, Progress, run_busy

        w = self.window
        if self._checking:
            return None
        self._checking = True
        try:
            while True:
                timeline = w.canvas.timeline

                def work(progress: Progress | None, timeline: Timeline = timeline) -> Any:
                    made = writer.sheet(timeline, progress)
                    return made.losses, "" if made.losses else made.text()

                if len(timeline) < BACKGROUND_EVENTS:
                    checked = work(None)
                else:
                    name = os.path.basename(w.current_path)
                    text = tr("Checking what the sheet “{name}” can hold…").format(name=name)
                    try:
                        checked = run_busy(w, text, work)
                    except Cancelled:
                        w.statusBar().showMessage(tr("Not saved: the check was cancelled"), 6000)
                        return None
                    except Exception as err:  # a bug: said, never a crash
                        why = tr("Not saved: the sheet could not be checked ({error})")
                        w.statusBar().showMessage(why.format(error=err), 10000)
                        return None
                if w.canvas.timeline is timeline:
                    lost, sheet_text = checked
                    return list(lost), str(sheet_text)
        finally:
            self._checking = False

    def write_back(self, path: str, text: str | None = None) -> bool:
        """Write the timeline on screen back into its TimelineJS sheet (atomically; the
        file is left as it was where anything would be lost or the write fails); ``text``
        is its CSV text where it was made already."""
        from timeline_app.formats import timelinejs_sheet_writer as writer
        from timeline_app.fsutil import describe_os_error

        w = self.window
        try:
            if text:
                writer.write_text(text, path)
            else:
                writer.write_sheet(w.canvas.timeline, path)
        except (writer.WouldLose, OSError) as err:
            why = str(err) if isinstance(err, writer.WouldLose) else describe_os_error(err)
            w.show_save_error(path, why)
            return False
        self._writes_back = path
        w.follower.follow(path)
        self.saved()
        w.statusBar().showMessage(tr("Saved {name}").format(name=os.path.basename(path)), 6000)
        return True

    def _ask_import_save_dialog(self, is_csv: bool, lost: list[str]) -> str:
        w = self.window
        name = os.path.basename(w.current_path)
        box = QMessageBox(w)
        box.setObjectName("importSaveDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Save a TimelineJS sheet"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        back = None
        if is_csv and not lost:
            box.setText(
                tr("Write your changes back into the TimelineJS sheet “{name}”?").format(name=name)
            )
            box.setInformativeText(
                tr(
                    "Nothing would be lost: every event, era and category fits the sheet's "
                    "columns, and the sheet reads back as the timeline you see. Or save it "
                    "in the app's own format, beside the sheet, which leaves the sheet as it is."
                )
            )
            back = box.addButton(tr("&Write Back to the Sheet"), QMessageBox.ButtonRole.AcceptRole)
        elif is_csv:
            box.setText(
                tr(
                    "“{name}” is a TimelineJS sheet, which cannot hold all of this timeline."
                ).format(name=name)
            )
            box.setInformativeText(
                tr(
                    "Writing back into the sheet would lose: {what}.\n\nSave in the app's own "
                    "format instead, beside the sheet: it keeps everything, and the sheet is "
                    "left as it is."
                ).format(what="; ".join(lost))
            )
        else:
            box.setText(tr("“{name}” is a spreadsheet workbook.").format(name=name))
            box.setInformativeText(
                tr(
                    "The app does not write back into workbooks (.xlsx, .ods): one may hold "
                    "other sheets and formatting that writing it again would lose. Save in the "
                    "app's own format, beside it: the workbook is left as it is."
                )
            )
        own = box.addButton(tr("Save in the App's &Format…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back or own)
        box.exec()
        if back is not None and box.clickedButton() is back:
            return WRITE_BACK
        if box.clickedButton() is own:
            return OWN_FORMAT
        return CANCEL

    def may_discard(self, doing: str = "") -> bool:
        """True when unsaved changes may go: there are none, or the user saved them or chose
        to discard them. False when the user cancelled (or a save failed). ``doing`` is what
        the question names: 'closing', 'opening <file name>' or '' (see ``question``)."""
        if not self.modified:
            return True
        answer = self.ask(doing)
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.discarded.emit()
            return True
        return False

    def _ask_overwrite_dialog(self) -> str:
        w = self.window
        box = QMessageBox(w)
        box.setObjectName("newerOnDiskDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("The file has changed"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            tr(
                "“{name}” was changed on disk after it was opened here. Save your version over it?"
            ).format(name=os.path.basename(w.current_path))
        )
        box.setInformativeText(tr("The version on disk is then lost. Save As keeps both."))
        overwrite = box.addButton(tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        if box.clickedButton() is overwrite:
            return "overwrite"
        if box.clickedButton() is save_as:
            return "save as"
        return CANCEL

    @staticmethod
    def question(name: str, doing: str) -> str:
        """The question before unsaved changes would be lost, one sentence for each thing
        the user is ``doing``: 'closing', 'opening <file name>', or '' (anything else)."""
        if doing == "closing":
            return tr("Save the changes to “{name}” before closing?").format(name=name)
        if doing.startswith("opening "):
            return tr("Save the changes to “{name}” before opening {file}?").format(
                name=name, file=doing.removeprefix("opening ")
            )
        return tr("Save the changes to “{name}” before going on?").format(name=name)

    def _ask_dialog(self, doing: str) -> str:
        w = self.window
        name = w.canvas.timeline.title or (
            os.path.basename(w.current_path) if w.current_path else tr("Untitled")
        )
        box = QMessageBox(w)
        box.setObjectName("unsavedChangesDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.question(name, doing))
        box.setInformativeText(tr("If you don't save, your changes will be lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        choice = box.exec()
        if choice == buttons.Save:
            return SAVE
        if choice == buttons.Discard:
            return DISCARD
        return CANCEL
