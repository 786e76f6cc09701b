"""Help › File Format Guide: the format's documentation, shipped with the app and read in the
app, so it works offline and shows the version of the format this copy reads; in the app's
language where the guide is translated (docs/file-format.de.md), else in English."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

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
from timeline_app.ui import language

tr = context("FormatGuide")
log = logging.getLogger(__name__)


def guide_paths(code: str) -> list[Path]:
    """Where to read the guide for the language ``code``, best first: its translation
    (file-format.de.md beside file-format.md) when the app ships one, then the English."""
    english = doc_path(FORMAT_GUIDE)
    if code == language.ENGLISH:
        return [english]
    stem, _, suffix = FORMAT_GUIDE.rpartition(".")
    translated = doc_path(f"{stem}.{code}.{suffix}")
    return [translated, english] if translated.is_file() else [english]


def read_first(paths: list[Path]) -> tuple[Path, str | None, str]:
    """The first of ``paths`` that can be read, and its text; else the first path, None and
    what went wrong with it (a damaged translation falls back to the English guide)."""
    problem = ""
    for path in paths:
        try:
            return path, path.read_text(encoding="utf-8"), ""
        except (OSError, UnicodeError) as err:
            log.warning("The file format guide %s could not be read: %s", path, err)
            problem = problem or str(getattr(err, "strerror", None) or err)
    return paths[0], None, problem


def heading_slug(text: str) -> str:
    """A heading's anchor as GitHub makes it, which the guide's own links use: lower case,
    punctuation dropped, spaces as hyphens ('The `precision` field' → the-precision-field)."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class FormatGuide(QDialog):
    """The guide in a browser that follows its own links to its sections and asks before
    handing a web address to the system's browser; nothing is fetched."""

    def __init__(self, parent: QWidget | None = None, code: str | None = None) -> None:
        """The guide in the language ``code`` ("de"), by default the app's language."""
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
        paths = guide_paths(language.current() if code is None else code)
        self.path, text, problem = read_first(paths)
        if text is None:
            # A damaged installation: say where the guide should be rather than fail.
            self.browser.setPlainText(
                tr("The file format guide could not be read from {path}: {problem}").format(
                    path=self.path, problem=problem
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
