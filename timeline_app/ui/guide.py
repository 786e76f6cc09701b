"""Help › File Format Guide: the format's documentation, shipped with the app and read in the
app, so it works offline and shows the version of the format this copy reads."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from timeline_app.i18n import context
from timeline_app.resources_path import FORMAT_GUIDE, doc_path

tr = context("FormatGuide")


def heading_slug(text: str) -> str:
    """A heading's anchor as GitHub makes it, which the guide's own links use: lower case,
    punctuation dropped, spaces as hyphens ('The `precision` field' → the-precision-field)."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class FormatGuide(QDialog):
    """The guide in a browser that follows its own links to its sections and asks before
    handing a web address to the system's browser; nothing is fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatGuideDialog")
        self.setWindowTitle(tr("File Format Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("formatGuide")
        self.browser.setAccessibleName(tr("File format guide"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.link_dialog: QMessageBox | None = None
        path = doc_path(FORMAT_GUIDE)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as err:
            # A damaged installation: say where the guide should be rather than fail.
            self.browser.setPlainText(
                tr("The file format guide could not be read from {path}: {problem}").format(
                    path=path, problem=getattr(err, "strerror", None) or err
                )
            )
            self.loaded = False
        else:
            self.browser.setMarkdown(text)
            self.browser.document().setDocumentMargin(14)
            self.loaded = True
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.resize(820, 720)

    def headings(self) -> dict[str, int]:
        """Each heading's anchor and the position of its block in the document."""
        found: dict[str, int] = {}
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.setdefault(heading_slug(block.text()), block.position())
            block = block.next()
        return found

    def follow(self, url: QUrl) -> None:
        """A link in the guide: its own sections are scrolled to; web addresses are opened
        only when the user agrees; anything else (a file, a script) is left alone."""
        if url.scheme() in ("http", "https"):
            self.confirm_open(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.show_section(url.fragment())

    def show_section(self, anchor: str) -> bool:
        position = self.headings().get(anchor)
        if position is None:
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        block = self.browser.document().findBlock(position)
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(round(top))
        return True

    def confirm_open(self, url: QUrl) -> None:
        """Show the address first; open it in the browser only if the user agrees."""
        from timeline_app.ui.detail_pane import confirm_open_link

        self.link_dialog = confirm_open_link(self, url)
