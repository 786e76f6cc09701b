"""The event editor: a dock beside the timeline with a labelled field for each part of the
selected event, usable from the keyboard alone (F2 opens it on the selected event, Tab moves
through the fields, Ctrl+Return applies, Escape puts the fields back). Each Apply is one
undoable edit; so is each change of the quotes (ui/editor_quotes.py), made at once."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.formats.datefield import Reading, read_date_field
from timeline_app.i18n import context
from timeline_app.model.edit import ChangeTimeline, Edit, PutEvent, new_event_id, quoted
from timeline_app.model.timeline import Category, Event
from timeline_app.model.timepoint import TimePoint, format_point
from timeline_app.ui.editor_media import MediaSection, field_name, field_with_button
from timeline_app.ui.editor_quotes import QuotesSection

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

tr = context("EventEditor")

# Colours offered to new categories in turn (colour-blind-safe, as the bundled lesson's).
NEW_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442")


class DateField(QWidget):
    """A date typed freely, with the reading said back under it; when day and month could be
    either way round, a list asks which."""

    changed = Signal()

    def __init__(self, name: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}Edit")
        self.edit.setPlaceholderText(
            tr("14 July 1789, 1789-07-14, 14/07/1789 (or empty)")
            if optional
            else tr("14 July 1789, 1789-07-14, 14/07/1789")
        )
        self.choice = QComboBox(self)
        self.choice.setObjectName(f"{name}Choice")
        self.choice.setAccessibleName(tr("Which date is meant"))
        self.choice.hide()
        self.said = QLabel(self)
        self.said.setObjectName(f"{name}Reading")
        self.said.setTextFormat(Qt.TextFormat.PlainText)
        self.said.setWordWrap(True)
        lay.addWidget(self.edit)
        lay.addWidget(self.choice)
        # ``said`` is placed by the form, on a row of its own under the field: a wrapped
        # label gets its height for its width only as a row of the form.
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._read)
        self.choice.currentIndexChanged.connect(lambda _i: self._say())
        self._reading = Reading()

    def set_point(self, point: TimePoint | None) -> None:
        self.edit.setText("" if point is None else format_point(point))

    def reading(self) -> Reading:
        return self._reading

    def point(self) -> TimePoint | None:
        """The date meant, or None (nothing typed, not read, or not yet chosen)."""
        r = self._reading
        if r.point is not None:
            return r.point
        k = self.choice.currentIndex()
        return r.choices[k - 1] if r.choices and k > 0 else None

    def problem(self) -> str:
        """Why no date can be taken from the field; '' when one can (or it may be empty)."""
        if self.optional and not self.edit.text().strip():
            return ""
        if self.point() is not None:
            return ""
        if self._reading.choices:
            return tr("{reading} Choose one in the list.").format(reading=self._reading.shown)
        return self._reading.problem

    def _read(self, text: str) -> None:
        self._reading = Reading() if self.optional and not text.strip() else read_date_field(text)
        self.choice.blockSignals(True)
        self.choice.clear()
        if self._reading.choices:
            self.choice.addItem(tr("Which date?"))
            self.choice.addItems([format_point(p) for p in self._reading.choices])
        self.choice.blockSignals(False)
        self.choice.setVisible(bool(self._reading.choices))
        self._say()

    def _say(self) -> None:
        r = self._reading
        point = self.point()
        if point is not None:
            text = tr("Read as {date}").format(date=format_point(point))
        elif r.choices:
            text = r.shown
        else:
            text = r.problem
        self.said.setText(text)
        self.said.setAccessibleDescription(text)
        self.changed.emit()


class EventEditor(QDockWidget):
    """The editor of the selected event (see the module's description)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Event Editor"), window)
        self.setObjectName("eventEditor")
        self.main = window
        self.current: Event | None = None
        self._own_edit = False  # True while an edit made here is being shown
        self._focus_back: QWidget | None = None  # the field to give the keyboard back to
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the fields, not between them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def line(name: str) -> QLineEdit:
            w = QLineEdit()
            w.setObjectName(name)
            return w

        def text(name: str) -> QPlainTextEdit:
            w = QPlainTextEdit()
            w.setObjectName(name)
            w.setTabChangesFocus(True)
            w.setFixedHeight(70)
            return w

        self.title = line("titleEdit")
        self.start = DateField("start")
        self.end = DateField("end", optional=True)
        self.category = QComboBox()
        self.category.setObjectName("categoryChoice")
        self.new_category = QPushButton(tr("&New…", "a new category"))
        self.new_category.setObjectName("newCategoryButton")
        self.new_category.setToolTip(tr("Add a category, with its own colour"))
        self.new_category.clicked.connect(self.add_category)
        cat_row = field_with_button(self.category, self.new_category)
        self.place = line("placeEdit")
        self.participants = line("participantsEdit")
        self.participants.setPlaceholderText(tr("Names, separated by commas"))
        self.summary = text("summaryEdit")
        self.notes = text("notesEdit")
        self.date_source = line("dateSourceEdit")
        self.date_note = line("dateNoteEdit")
        self.media = MediaSection(lambda: self.main.detail.timeline_path, body)
        rows: list[tuple[str, QWidget, QWidget]] = [
            (tr("&Title:"), self.title, self.title),
            (tr("&Start:"), self.start, self.start.edit),
            (tr("&End:"), self.end, self.end.edit),
            (tr("Cate&gory:"), cat_row, self.category),
            (tr("&Place:"), self.place, self.place),
            (tr("P&articipants:"), self.participants, self.participants),
            (tr("Su&mmary:"), self.summary, self.summary),
            (tr("N&otes:"), self.notes, self.notes),
            (tr("Date so&urce:"), self.date_source, self.date_source),
            (tr("Date no&te:"), self.date_note, self.date_note),
            *self.media.rows(),
        ]
        for label_text, widget, buddy in rows:
            label = QLabel(label_text)
            label.setBuddy(buddy)
            buddy.setAccessibleName(field_name(label_text))
            form.addRow(label, widget)
            if isinstance(widget, DateField):
                form.addRow("", widget.said)
        form.addRow("", self.media.note)
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QWidget()
        b_lay = QHBoxLayout(buttons)
        b_lay.setContentsMargins(0, 0, 0, 0)
        self.apply_button = QPushButton(tr("&Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setToolTip(tr("Apply the changes (Ctrl+Return); Undo takes them back"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(tr("&Revert"))
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(tr("Put the fields back as the event is (Escape)"))
        self.revert_button.clicked.connect(self.revert)
        b_lay.addStretch(1)
        b_lay.addWidget(self.revert_button)
        b_lay.addWidget(self.apply_button)
        form.addRow(buttons)
        self.quotes = QuotesSection(self)
        outer.insertWidget(1, self.quotes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.apply)
        revert = QShortcut(QKeySequence("Escape"), self)
        revert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.activated.connect(self.revert)
        self.show_event(None)

    # --- showing ---------------------------------------------------------------------------

    def show_event(self, event: Event | None) -> None:
        """Fill the fields from ``event`` (None: nothing selected, the fields are off)."""
        if self._own_edit:
            return  # the edit made here shows its result itself, keeping what is typed
        self.current = event
        # An edit shows a new timeline: the selection goes for a moment, and the fields are
        # off, which takes the keyboard out of them. It is put back where it was (the field
        # the person was typing in) as soon as the event is back.
        focused = QApplication.focusWidget()
        if event is None and focused is not None and self.isAncestorOf(focused):
            self._focus_back = focused
        self.widget().setEnabled(event is not None)
        back, self._focus_back = self._focus_back, None if event is not None else self._focus_back
        if event is not None and back is not None and QApplication.focusWidget() is None:
            back.setFocus()
        e = event
        self.title.setText(e.title if e else "")
        self.start.set_point(e.start if e else None)
        self.end.set_point(e.end if e else None)
        self._fill_categories(e.category if e else "")
        self.place.setText(e.location if e else "")
        self.participants.setText(", ".join(e.participants) if e else "")
        self.summary.setPlainText(e.summary if e else "")
        self.notes.setPlainText(e.notes if e else "")
        self.date_source.setText(e.date_source if e else "")
        self.date_note.setText(e.date_note if e else "")
        self.media.set_media(e.media if e else ())
        self.quotes.set_quotes(e.quotes if e else ())
        self.message.setText("" if e else tr("Select an event to edit it."))

    def revert(self) -> None:
        """Revert (Escape): the fields as the event is."""
        self.show_event(self.current)

    def do_own(self, edit: Edit) -> bool:
        """Make ``edit`` of the event shown (a change of its quotes) as one undoable step,
        leaving the other fields as typed: a title typed but not applied stays."""
        event = self.current
        if event is None:
            return False
        self._own_edit = True
        try:
            done = self.main.editing.do(edit, select=event.id)
        finally:
            self._own_edit = False
        if done:
            self.current = self.main.canvas.timeline.get(event.id)
        return done

    def _fill_categories(self, current: str) -> None:
        self.category.clear()
        timeline = self.main.canvas.timeline
        for c in timeline.categories:
            self.category.addItem(c.label, c.id)
        k = self.category.findData(current)
        if k < 0 and current:
            self.category.addItem(current, current)
            k = self.category.count() - 1
        self.category.setCurrentIndex(max(k, 0))

    # --- editing ---------------------------------------------------------------------------

    def edited_event(self) -> Event | str:
        """The event as the fields say, or why it cannot be made."""
        if self.current is None:
            return tr("Select an event to edit it.")
        title = " ".join(self.title.text().split())
        if not title:
            return tr("The title is empty: every event needs one.")
        if self.start.problem():
            return tr("The start: {problem}").format(problem=self.start.problem())
        if self.end.problem():
            return tr("The end: {problem}").format(problem=self.end.problem())
        start = self.start.point()
        assert start is not None
        end = self.end.point()
        if end is not None and end.start_seconds < start.start_seconds:
            return tr("The end comes before the start.")
        precision = start.precision if end is None else min(start.precision, end.precision)
        media = self.media.media()
        if isinstance(media, str):
            return media
        people = tuple(p.strip() for p in self.participants.text().split(",") if p.strip())
        # The file's own display date no longer holds once the dates change.
        same_dates = start == self.current.start and end == self.current.end
        return replace(
            self.current,
            title=title,
            start=start,
            end=end,
            precision=precision if not same_dates else self.current.precision,
            category=str(self.category.currentData() or ""),
            location=self.place.text().strip(),
            participants=people,
            summary=self.summary.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            date_source=self.date_source.text().strip(),
            date_note=self.date_note.text().strip(),
            media=media,
            display_date=self.current.display_date if same_dates else "",
        )

    def apply(self) -> bool:
        """Apply the fields to the event: one undoable edit, named for it."""
        new = self.edited_event()
        if isinstance(new, str):
            self.message.setText(new)
            return False
        assert self.current is not None
        if new == self.current:
            self.message.setText(tr("Nothing has changed."))
            return False
        e = self.current
        same_but_dates = replace(
            new, start=e.start, end=e.end, precision=e.precision, display_date=e.display_date
        )
        naming = tr("Move {title}") if same_but_dates == e else tr("Edit {title}")
        done = self.main.editing.do(
            PutEvent(self.current.id, new, naming.format(title=quoted(new.title))), select=new.id
        )
        self.message.setText("" if done else tr("The change was not made (see the status bar)."))
        return done

    def add_category(self) -> bool:
        """A new category, named here, with the next colour; the event is put in it."""
        name, ok = QInputDialog.getText(self, tr("New Category"), tr("Name of the new category:"))
        name = " ".join(name.split())
        if not ok or not name:
            return False
        return self.make_category(name)

    def make_category(self, name: str) -> bool:
        timeline = self.main.canvas.timeline
        cats = timeline.categories
        cid = new_event_id(timeline, name, taken=[c.id for c in cats])
        colour = NEW_COLOURS[len(cats) % len(NEW_COLOURS)]
        edit = ChangeTimeline(
            tr("Add Category {name}").format(name=quoted(name)),
            categories=(*cats, Category(cid, name, colour)),
        )
        # The fields keep what is typed and not yet applied (a new event's title and date):
        # only the category list changes, to the new category.
        done = self.do_own(edit) if self.current is not None else self.main.editing.do(edit)
        if not done:
            return False
        self._fill_categories(cid)
        return True
