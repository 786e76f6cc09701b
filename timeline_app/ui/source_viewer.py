"""The source viewer: a source's full text with its paragraph numbers, where a selected
passage becomes a quote with its locator filled in.

The text is shown as the quote checker reads it (formats.quotecheck), one paragraph a block,
so the passage taken is verbatim and its ¶ is the one the checker counts. A quote is one
passage from one paragraph; two passages make two quotes.

Use: ``viewer = open_source_viewer(source, timeline_path, parent)`` and connect
``viewer.quote_chosen(text, locator)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.formats.quotecheck import SourceText, load_for
from timeline_app.i18n import context, number
from timeline_app.model.limits import MAX_QUOTE
from timeline_app.model.timeline import Source

tr = context("SourceViewer")

HINT = tr.mark("Select a passage within one paragraph, then press Use as Quote.")


class SourceViewer(QDialog):
    """A source's text with ¶ numbers; ``quote_chosen(text, locator)`` is emitted when the
    selected passage is taken as a quote. The dialog stays open for the next one."""

    quote_chosen = Signal(str, str)

    def __init__(self, text: SourceText, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.setWindowTitle(
            tr("Source text — {title}").format(title=title) if title else tr("Source text")
        )
        self.source_text = text
        self.view = QTextEdit(self)
        self.view.setObjectName("sourceText")
        self.view.setReadOnly(True)
        self.view.setAccessibleName(tr("Source text"))
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.hint = QLabel(tr(HINT), self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel("", self)
        self.status.setObjectName("sourceSelection")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use_button = QPushButton(tr("Use as Quote"), self)
        self.use_button.setObjectName("useAsQuote")
        self.use_button.setEnabled(False)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use_selection)
        self.view.selectionChanged.connect(self._selection_changed)
        self._label_lengths: list[int] = []
        self._fill()
        self.resize(720, 640)
        self._selection_changed()

    def _fill(self) -> None:
        """One document block per paragraph: its label ('¶4'), then its text."""
        cursor = QTextCursor(self.view.document())
        label_format = QTextCharFormat()
        label_format.setForeground(QColor(self.palette().placeholderText().color()))
        label_format.setFontWeight(QFont.Weight.Bold)
        text_format = QTextCharFormat()
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(8)
        for k, block in enumerate(self.source_text.blocks):
            if k:
                cursor.insertBlock(block_format)
            else:
                cursor.setBlockFormat(block_format)
            label = self.source_text.locator(k) or tr("Title", "the title of a source text")
            label = f"{label}\u2003"  # an em space: the number stands apart from the text
            cursor.insertText(label, label_format)
            cursor.insertText(block.text, text_format)
            self._label_lengths.append(len(label))
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def selection(self) -> tuple[str, str, str]:
        """(text, locator, why not): the selected passage and its locator, or a reason it
        cannot be a quote."""
        cursor = self.view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            return "", "", tr(HINT)
        doc = self.view.document()
        first, last = doc.findBlock(start), doc.findBlock(end)
        if last.blockNumber() > first.blockNumber() and end == last.position():
            last = last.previous()  # a selection up to the start of the next paragraph
        if first.blockNumber() != last.blockNumber():
            return "", "", tr("A quote is one passage from one paragraph: make two quotes.")
        k = first.blockNumber()
        if not 0 <= k < len(self.source_text.blocks):
            return "", "", tr(HINT)
        text = self.source_text.blocks[k].text
        skip = self._label_lengths[k]
        lo = max(0, start - first.position() - skip)
        hi = max(0, end - first.position() - skip)
        passage = text[lo:hi].strip(" \t")
        if not passage:
            return "", "", tr(HINT)
        if len(passage) > MAX_QUOTE:
            return (
                "",
                "",
                tr("A quote holds at most {limit} characters.").format(limit=number(MAX_QUOTE)),
            )
        return passage, self.source_text.locator(k) or "title", ""

    def _selection_changed(self) -> None:
        passage, locator, why = self.selection()
        self.use_button.setEnabled(bool(passage))
        if passage:
            said = tr.n(
                "{locator}: %n characters selected",
                len(passage),
                one="{locator}: %n character selected",
            )
            self.status.setText(said.format(locator=locator))
        else:
            self.status.setText(why)

    def use_selection(self) -> None:
        passage, locator, _ = self.selection()
        if passage:
            self.quote_chosen.emit(passage, locator)

    def select_in_block(self, k: int, start: int, end: int) -> None:
        """Select characters [start, end) of paragraph block ``k`` (keyboard users and tests
        reach a passage this way too)."""
        block = self.view.document().findBlockByNumber(k)
        at = block.position() + self._label_lengths[k]
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(at + start)
        cursor.setPosition(at + end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()


def open_source_viewer(
    source: Source, timeline_path: str, parent: QWidget | None = None, text_file: str = ""
) -> SourceViewer | None:
    """Show the source viewer for ``source`` (its 'text' read beside ``timeline_path``, or
    ``text_file`` if given) and return it; when the text cannot be read, say why in a message
    and return None."""
    overrides = {source.id: text_file} if text_file else None
    found = load_for(source, timeline_path, overrides)
    if not isinstance(found, SourceText):
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Source text"),
            tr("The text of “{title}” cannot be shown: {reason}.").format(
                title=source.title, reason=found.message
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("sourceTextMissing")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return None
    viewer = SourceViewer(found, source.title, parent)
    viewer.show()
    return viewer
