"""The event editor's quotes: the event's quotes in a list, each marked as the quote checker
finds it (✓ verbatim, ✗ not found, or unchecked), and a form for one quote (text, speaker,
source, locator) whose mark follows the typing: ✗ with the closest passage of the source and
what differs.

A source is picked from the timeline's sources or made here (title, publisher, year,
author, address, text file). "From Source Text…" opens the source's text with its ¶ numbers;
the passage selected there becomes a new quote with its locator filled in.

Each change (add, replace, remove, move) is one undoable edit of the timeline at once, named
for people ("Add Quote to ‘Warsaw speech’"): a new source goes in with the quote that names
it, in the same edit.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.formats.quotecheck import QuoteCheck, check_quotes, text_path_problem
from timeline_app.i18n import context, number
from timeline_app.model.edit import Batch, ChangeTimeline, Edit, PutEvent, new_event_id, quoted
from timeline_app.model.limits import MAX_FIELD, MAX_QUOTE
from timeline_app.model.timeline import Quote, Source
from timeline_app.ui.editor_media import field_name, field_with_button, relative_media_path

if TYPE_CHECKING:
    from timeline_app.ui.event_editor import EventEditor
    from timeline_app.ui.source_viewer import SourceViewer

tr = context("EditorQuotes")

NEW_SOURCE = "\x00new"  # the data of the list's last entry, "New source…"
TEXT_FILTER = tr.mark("Source texts (*.txt *.md *.markdown *.html *.htm)")


def quote_row(quote: Quote, check: QuoteCheck) -> str:
    """A quote as its row of the list says it: '✓ ¶10 Donald Trump: “The fundamental…”'
    (the mark and the place first, so that a narrow list shortens only the words)."""
    text = " ".join(quote.text.split())
    if len(text) > 60:  # shortened after a whole word
        text = text[:60].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    head = " ".join(p for p in (check.mark, quote.locator) if p)
    if quote.speaker:
        said = tr("{speaker}: “{quote}”").format(speaker=quote.speaker, quote=text)
    else:
        said = tr("“{quote}”").format(quote=text)
    return f"{head} {said}"


class NewSourceForm(QWidget):
    """The fields of a source made in the editor."""

    def __init__(self, timeline_path: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_path = timeline_path
        form = QFormLayout(self)
        form.setContentsMargins(12, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setObjectName("sourceTitleEdit")
        self.publisher = QLineEdit()
        self.publisher.setObjectName("sourcePublisherEdit")
        self.year = QLineEdit()
        self.year.setObjectName("sourceYearEdit")
        self.year.setPlaceholderText(tr("e.g. 2017 (or empty)"))
        self.author = QLineEdit()
        self.author.setObjectName("sourceAuthorEdit")
        self.url = QLineEdit()
        self.url.setObjectName("sourceUrlEdit")
        self.url.setPlaceholderText(tr("https://… (or empty)"))
        self.text = QLineEdit()
        self.text.setObjectName("sourceTextEdit")
        self.text.setPlaceholderText(tr("A .txt, .md or .html file beside the timeline"))
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setObjectName("chooseSourceTextButton")
        self.choose.setAccessibleName(tr("Choose the source's text file"))
        self.choose.clicked.connect(self.choose_text)
        text_row = field_with_button(self.text, self.choose)
        for label, widget, buddy in (
            (tr("Source title:"), self.title, self.title),
            (tr("Publisher:"), self.publisher, self.publisher),
            (tr("Year:"), self.year, self.year),
            (tr("Author:"), self.author, self.author),
            (tr("Address (URL):"), self.url, self.url),
            (tr("Text file:"), text_row, self.text),
        ):
            lab = QLabel(label)
            lab.setBuddy(buddy)
            buddy.setAccessibleName(label.replace("&", "").rstrip(": \u00a0\u202f"))
            form.addRow(lab, widget)
        self.ask_file: Callable[[], str] = self._file_dialog
        self.problem = ""

    def clear(self) -> None:
        for f in (self.title, self.publisher, self.year, self.author, self.url, self.text):
            f.clear()

    def source(self, taken: list[str], id_of: Callable[[str, list[str]], str]) -> Source | str:
        """The source as the fields say, or why it cannot be made."""
        title = " ".join(self.title.text().split())
        if not title:
            return tr("The new source needs a title.")
        parts = [" ".join(f.text().split()) for f in (self.publisher, self.author, self.url)]
        publisher, author, url = parts
        too_long = (
            (title, tr("The source's title is longer than {limit} characters.")),
            (publisher, tr("The source's publisher is longer than {limit} characters.")),
            (author, tr("The source's author is longer than {limit} characters.")),
            (url, tr("The source's address is longer than {limit} characters.")),
        )
        for value, message in too_long:
            if len(value) > MAX_FIELD:
                return message.format(limit=number(MAX_FIELD))
        year_text = self.year.text().strip()
        year: int | None = None
        if year_text:
            try:
                year = int(year_text)
            except ValueError:
                return tr("The source's year must be a number, such as 2017, not “{year}”.").format(
                    year=year_text
                )
        if url and not url.lower().startswith(("http://", "https://")):
            return tr("The source's address must start with http:// or https://.")
        text = self.text.text().strip()
        if text and (why := text_path_problem(text)):
            return tr("The source's text file: {reason}.").format(reason=why)
        return Source(id_of(title, taken), title, publisher, year, author, url, text=text)

    def choose_text(self) -> bool:
        path = self.ask_file()
        if not path:
            return False
        try:
            self.text.setText(relative_media_path(path, self.timeline_path()))
        except ValueError as err:
            self.problem = tr("The text file was not taken: {reason}.").format(reason=err)
            return False
        return True

    def _file_dialog(self) -> str:
        start = os.path.dirname(self.timeline_path()) if self.timeline_path() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the Source's Text"), start, tr(TEXT_FILTER)
        )
        return path


class QuotesSection(QGroupBox):
    """The quotes of the event the editor shows (see the module's description)."""

    def __init__(self, editor: EventEditor) -> None:
        super().__init__(tr("Quotes"))
        self.setObjectName("quotesSection")
        self.editor = editor
        self.quotes: tuple[Quote, ...] = ()
        self.viewer: SourceViewer | None = None
        outer = QVBoxLayout(self)
        list_label = QLabel(tr("Quotes of the event, with their checks:"))
        self.list = QListWidget()
        self.list.setObjectName("quoteList")
        self.list.setAccessibleName(tr("Quotes of the event"))
        self.list.setMaximumHeight(130)
        # A long quote is shortened in its row (whole in its tooltip and in the fields).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        list_label.setBuddy(self.list)
        outer.addWidget(list_label)
        outer.addWidget(self.list)
        row = QHBoxLayout()
        self.up_button = QPushButton(tr("Move Up"))
        self.up_button.setObjectName("quoteUpButton")
        self.up_button.setToolTip(tr("Move the quote up the list (Alt+Up in the list)"))
        self.down_button = QPushButton(tr("Move Down"))
        self.down_button.setObjectName("quoteDownButton")
        self.down_button.setToolTip(tr("Move the quote down the list (Alt+Down in the list)"))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeQuoteButton")
        self.remove_button.setToolTip(
            tr("Remove the quote (Delete in the list); Undo brings it back")
        )
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)

        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setObjectName("quoteTextEdit")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.speaker = QLineEdit()
        self.speaker.setObjectName("quoteSpeakerEdit")
        self.source = QComboBox()
        self.source.setObjectName("quoteSourceChoice")
        self.locator = QLineEdit()
        self.locator.setObjectName("quoteLocatorEdit")
        self.locator.setPlaceholderText(tr("¶14, p. 12 (or empty)"))
        self.new_source = NewSourceForm(self.timeline_path)
        self.new_source.setObjectName("newSourceForm")
        for label_text, widget in (
            (tr("Quote (&just as written):"), self.text),
            (tr("Spea&ker:"), self.speaker),
            (tr("Source (&book, article…):"), self.source),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(field_name(label_text))
            form.addRow(label, widget)
        form.addRow(self.new_source)
        form.setRowVisible(self.new_source, False)
        loc_label = QLabel(tr("Locator (¶ or page):"))
        loc_label.setBuddy(self.locator)
        self.locator.setAccessibleName(tr("Locator"))
        form.addRow(loc_label, self.locator)
        self.check = QLabel()
        self.check.setObjectName("quoteCheck")
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check.setAccessibleName(tr("Check of the quote against its source"))
        # A row of its own: a wrapped label gets its height for its width only so.
        form.addRow(self.check)
        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        actions = QHBoxLayout()
        self.from_text_button = QPushButton(tr("From Source Te&xt…"))
        self.from_text_button.setObjectName("fromSourceTextButton")
        self.from_text_button.setToolTip(
            tr(
                "Show the source's text with its ¶ numbers; a passage selected there becomes a "
                "new quote with its locator"
            )
        )
        self.add_button = QPushButton(tr("Add &Quote"))
        self.add_button.setObjectName("addQuoteButton")
        self.add_button.setToolTip(tr("Add the quote in the fields to the event"))
        self.replace_button = QPushButton(tr("Repla&ce Quote"))
        self.replace_button.setObjectName("replaceQuoteButton")
        self.replace_button.setToolTip(
            tr("Put the fields in place of the quote chosen in the list")
        )
        actions.addWidget(self.from_text_button)
        actions.addStretch(1)
        actions.addWidget(self.replace_button)
        actions.addWidget(self.add_button)
        outer.addLayout(actions)

        self.list.currentRowChanged.connect(self._row_changed)
        self.text.textChanged.connect(self.update_check)
        self.locator.textChanged.connect(self.update_check)
        self.source.currentIndexChanged.connect(self._source_changed)
        ns = self.new_source
        for f in (ns.title, ns.publisher, ns.year, ns.author, ns.url, ns.text):
            f.textChanged.connect(self.update_check)
        self.add_button.clicked.connect(self.add_quote)
        self.replace_button.clicked.connect(self.replace_quote)
        self.remove_button.clicked.connect(self.remove_quote)
        self.up_button.clicked.connect(lambda: self.move_quote(-1))
        self.down_button.clicked.connect(lambda: self.move_quote(1))
        self.from_text_button.clicked.connect(self.from_source_text)
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, Delete removes the quote (not the event, as the window's Delete
        would) and Alt+Up / Alt+Down move it."""
        if watched is self.list and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            alt = mods == Qt.KeyboardModifier.AltModifier
            action = None
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
                action = self.remove_quote
            elif alt and key == Qt.Key.Key_Up:
                action = lambda: self.move_quote(-1)  # noqa: E731
            elif alt and key == Qt.Key.Key_Down:
                action = lambda: self.move_quote(1)  # noqa: E731
            if action is not None:
                event.accept()  # the key is the list's, not a shortcut's
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    # --- showing ---------------------------------------------------------------------------

    def timeline_path(self) -> str:
        return self.editor.main.detail.timeline_path

    def set_quotes(self, quotes: tuple[Quote, ...], row: int = -1) -> None:
        """Show ``quotes``, with the quote at ``row`` chosen (-1: none, the fields empty for
        a new quote)."""
        self.quotes = quotes
        self._fill_sources("")
        self.list.blockSignals(True)
        self.list.clear()
        checks = check_quotes(quotes, self.timeline_path())
        for q, c in zip(quotes, checks, strict=True):
            item = QListWidgetItem(quote_row(q, c))
            item.setToolTip(f"{q.text}\n\n{c.line()}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(row if 0 <= row < len(quotes) else -1)
        self._row_changed(self.list.currentRow())

    def _fill_sources(self, current: str) -> None:
        self.source.blockSignals(True)
        self.source.clear()
        for s in self.editor.main.canvas.timeline.sources:
            self.source.addItem(s.title or s.id, s.id)
        self.source.addItem(tr("New source…"), NEW_SOURCE)
        k = self.source.findData(current) if current else -1
        self.source.setCurrentIndex(k if k >= 0 else 0)
        self.source.blockSignals(False)
        self._show_new_source()

    def _row_changed(self, row: int) -> None:
        q = self.quotes[row] if 0 <= row < len(self.quotes) else None
        self.text.setPlainText(q.text if q else "")
        self.speaker.setText(q.speaker if q else "")
        self.locator.setText(q.locator if q else "")
        if q is not None and self.source.findData(q.source.id) < 0:
            # A source the quote holds but the timeline's list does not: kept as it is.
            self.source.insertItem(self.source.count() - 1, q.source.title, q.source.id)
        self._fill_or_keep_source(q.source.id if q else "")
        self.new_source.clear()
        self.message.setText("")
        has = q is not None
        self.replace_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.quotes) - 1)
        self.update_check()

    def _fill_or_keep_source(self, source_id: str) -> None:
        k = self.source.findData(source_id) if source_id else -1
        if k >= 0:
            self.source.setCurrentIndex(k)
        self._show_new_source()

    def _source_changed(self, _index: int) -> None:
        self._show_new_source()
        self.update_check()

    def _show_new_source(self) -> None:
        self.form.setRowVisible(self.new_source, self.source.currentData() == NEW_SOURCE)

    def chosen_source(self) -> Source | str:
        """The source the form names (a new one made from its fields), or why none."""
        sid = self.source.currentData()
        if sid == NEW_SOURCE:
            timeline = self.editor.main.canvas.timeline
            taken = [s.id for s in timeline.sources]
            return self.new_source.source(taken, lambda t, k: new_event_id(timeline, t, k))
        for s in self.editor.main.canvas.timeline.sources:
            if s.id == sid:
                return s
        for q in self.quotes:
            if q.source.id == sid:
                return q.source
        return tr("Choose the source of the quote, or make a new one.")

    def update_check(self) -> None:
        """The mark of the quote in the fields, as typed."""
        text = self.text.toPlainText().strip()
        source = self.chosen_source()
        if not text:
            shown = ""
        elif isinstance(source, str):
            reason = f"{source[:1].lower()}{source[1:]}"
            shown = tr("Check: unchecked: {reason}").format(reason=reason)
        else:
            [check] = check_quotes([Quote(text, source, self.locator.text().strip())],
                                   self.timeline_path())  # fmt: skip
            shown = tr("Check: {result}").format(result=check.line())
        self.check.setText(shown)
        self.check.setAccessibleDescription(shown)

    # --- editing ---------------------------------------------------------------------------

    def quote_in_fields(self) -> tuple[Quote, Source | None] | str:
        """The quote the fields say, with the new source it needs (None for a known one),
        or why it cannot be made."""
        text = self.text.toPlainText().strip()
        if not text:
            return tr("The quote's text is empty: type it, or take it from the source's text.")
        if len(text) > MAX_QUOTE:
            return tr("A quote holds at most {limit} characters.").format(limit=number(MAX_QUOTE))
        speaker = " ".join(self.speaker.text().split())
        locator = self.locator.text().strip()
        too_long = (
            (speaker, tr("The speaker is longer than {limit} characters.")),
            (locator, tr("The locator is longer than {limit} characters.")),
        )
        for value, message in too_long:
            if len(value) > MAX_FIELD:
                return message.format(limit=number(MAX_FIELD))
        source = self.chosen_source()
        if isinstance(source, str):
            return source
        new = source if self.source.currentData() == NEW_SOURCE else None
        return Quote(text, source, locator, speaker), new

    def _commit(self, quotes: tuple[Quote, ...], naming: str, row: int,
                new_source: Source | None = None) -> bool:  # fmt: skip
        """One undoable edit: the event with ``quotes`` (and ``new_source`` added to the
        timeline's sources), named by ``naming`` with the event's title ('Add Quote to
        {title}')."""
        ed = self.editor
        event = ed.current
        if event is None:
            return False
        name = naming.format(title=quoted(event.title))
        put = PutEvent(event.id, replace(event, quotes=quotes), name)
        edit: Edit = put
        if new_source is not None:
            sources = (*ed.main.canvas.timeline.sources, new_source)
            edit = Batch((ChangeTimeline(name, sources=sources), put), name)
        if not ed.do_own(edit):
            self.message.setText(tr("The change was not made (see the status bar)."))
            return False
        self.set_quotes(ed.current.quotes if ed.current else (), row)
        if new_source is not None:
            self._fill_or_keep_source(new_source.id)
        return True

    def add_quote(self) -> bool:
        """Add Quote: the fields as a new quote, after the one chosen (or last)."""
        made = self.quote_in_fields()
        if isinstance(made, str):
            self.message.setText(made)
            return False
        quote, new_source = made
        return self._insert(quote, new_source)

    def _insert(self, quote: Quote, new_source: Source | None) -> bool:
        row = self.list.currentRow()
        at = row + 1 if row >= 0 else len(self.quotes)
        quotes = (*self.quotes[:at], quote, *self.quotes[at:])
        return self._commit(quotes, tr("Add Quote to {title}"), at, new_source)

    def replace_quote(self) -> bool:
        """Replace Quote: the fields in place of the quote chosen in the list."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.quotes):
            self.message.setText(tr("Choose a quote in the list to replace it."))
            return False
        made = self.quote_in_fields()
        if isinstance(made, str):
            self.message.setText(made)
            return False
        quote, new_source = made
        if quote == self.quotes[row]:
            self.message.setText(tr("The quote has not changed."))
            return False
        quotes = (*self.quotes[:row], quote, *self.quotes[row + 1 :])
        return self._commit(quotes, tr("Edit Quote in {title}"), row, new_source)

    def remove_quote(self) -> bool:
        row = self.list.currentRow()
        if not 0 <= row < len(self.quotes):
            return False
        quotes = (*self.quotes[:row], *self.quotes[row + 1 :])
        if not self._commit(quotes, tr("Remove Quote from {title}"), min(row, len(quotes) - 1)):
            return False
        self.list.setFocus()
        return True

    def move_quote(self, step: int) -> bool:
        row = self.list.currentRow()
        to = row + step
        if not (0 <= row < len(self.quotes) and 0 <= to < len(self.quotes)):
            return False
        q = list(self.quotes)
        q[row], q[to] = q[to], q[row]
        if not self._commit(tuple(q), tr("Move Quote in {title}"), to):
            return False
        self.list.setFocus()
        return True

    def from_source_text(self) -> SourceViewer | None:
        """From Source Text…: the chosen source's text; each passage taken there is added as
        a new quote of the event, with the speaker typed here."""
        from timeline_app.ui.source_viewer import open_source_viewer

        source = self.chosen_source()
        if isinstance(source, str):
            self.message.setText(source)
            return None
        new_source = source if self.source.currentData() == NEW_SOURCE else None
        if self.viewer is not None:
            self.viewer.close()
        viewer = open_source_viewer(source, self.timeline_path(), self)
        if viewer is None:
            return None
        self.viewer = viewer
        pending = [new_source]  # the new source goes in with the first quote taken
        event_id = self.editor.current.id if self.editor.current else ""

        def take(text: str, locator: str) -> None:
            now = self.editor.current
            if now is None or now.id != event_id:
                # Another event is in the editor: a passage is not added to it unasked.
                viewer.status.setText(
                    tr("The editor shows another event now: press From Source Text… there.")
                )
                return
            speaker = " ".join(self.speaker.text().split())
            if self._insert(Quote(text, source, locator, speaker), pending[0]):
                pending[0] = None
                self.message.setText(tr("Added from {locator}.").format(locator=locator))

        viewer.quote_chosen.connect(take)
        return viewer
