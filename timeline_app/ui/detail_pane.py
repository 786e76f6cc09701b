"""The detail pane: the selected event, its facts and its verbatim source quotes.

Dataset text is escaped before it becomes HTML, so nothing in a file is ever interpreted as
markup, and no link is followed on its own: only the pane's own copy links are handled.
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from timeline_app.formats.quotecheck import QuoteCheck, check_quotes
from timeline_app.i18n import context
from timeline_app.model.timeline import Event
from timeline_app.render.html import event_html, quotes_shown
from timeline_app.render.media import event_images
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.ui import accessibility
from timeline_app.view.text import unbreak

tr = context("DetailPane")

EMPTY_HTML = "<p style='color:{muted}'>{select}</p><p style='color:{muted}'>{keys}</p>"


class _NoResourceBrowser(QTextBrowser):
    """A text browser that never loads an image, style sheet or page: whatever a file holds,
    nothing local and nothing from the network is read because of it."""

    images: dict[int, QImage]

    def loadResource(self, kind: int, name: QUrl) -> object:
        # Only the shown event's own pictures, read beforehand (render.media).
        if name.scheme() == "media" and name.path().isdigit():
            return getattr(self, "images", {}).get(int(name.path()))
        return None

    def createMimeDataFromSelection(self) -> QMimeData:
        """What is copied is the text as the file has it, without the invisible break
        opportunities that long words are given for display."""
        data = QMimeData()
        data.setText(unbreak(self.textCursor().selection().toPlainText()))
        return data


class DetailPane(QWidget):
    """Shows one event; emits ``copied`` with a status message after copying a quote."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.browser = _NoResourceBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setAccessibleName(tr("Event details"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        # Each quote and link as an accessible child of its own (ui.accessibility); a link
        # reached with Tab is announced.
        accessibility.install()
        self.viewport_accessible: object = None
        self.browser.highlighted.connect(lambda _url: accessibility.link_focused(self))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.browser)
        self._event: Event | None = None
        self._theme = LIGHT
        self.timeline_path = ""  # pictures are read from beside this file
        self._quote_pages = 1
        self.show_event(None)

    @property
    def event(self) -> Event | None:
        return self._event

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.show_event(self._event)

    def show_event(self, event: Event | None) -> None:
        self._event = event
        self._quote_pages = 1
        if event is None:
            select = tr("Select an event on the timeline or in the list to read its source quotes.")
            keys = tr(
                "Tab moves to the next event; Enter zooms to it; Home shows the whole timeline."
            )
            self.browser.setHtml(
                EMPTY_HTML.format(
                    muted=self._theme.muted_text,
                    select=html.escape(select),
                    keys=html.escape(keys),
                )
            )
        else:
            width = max(160, min(480, self.browser.viewport().width() - 24))
            images = event_images(event, self.timeline_path, width) if event.media else {}
            self.browser.images = images
            self.browser.setHtml(
                event_html(
                    event,
                    self._theme,
                    shown_media=images,
                    quote_pages=1,
                    checks=self.quote_checks(event, 1),
                )
            )
        self.browser.verticalScrollBar().setValue(0)

    def show_more_quotes(self) -> None:
        """One more page of the shown event's quotes, the view staying where it was."""
        if self._event is None:
            return
        self._quote_pages += 1
        bar = self.browser.verticalScrollBar()
        at = bar.value()
        self.browser.setHtml(
            event_html(
                self._event,
                self._theme,
                shown_media=self.browser.images,
                quote_pages=self._quote_pages,
                checks=self.quote_checks(self._event, self._quote_pages),
            )
        )
        bar.setValue(at)

    def quote_checks(self, event: Event, pages: int) -> list[QuoteCheck]:
        """The checks of the quotes the first ``pages`` pages show, against their sources'
        texts (each text read once, and again only when its file changes)."""
        return check_quotes(event.quotes[: quotes_shown(event.quotes, pages)], self.timeline_path)

    def copy_quote(self, index: int) -> str:
        """Copy quote ``index`` of the shown event with its citation; return what was copied."""
        if self._event is None or not 0 <= index < len(self._event.quotes):
            return ""
        quote = self._event.quotes[index]
        text = quote.with_citation()
        data = QMimeData()  # plain text, and HTML with the link for word processors
        data.setText(text)
        data.setHtml(quote.with_citation_html())
        QGuiApplication.clipboard().setMimeData(data)
        self.copied.emit(tr("Quote copied with its citation."))
        accessibility.announce(self.browser, tr("Quote copied with its citation"))
        return text

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "more":
            self.show_more_quotes()
        elif url.scheme() == "copy":
            with contextlib.suppress(ValueError):
                self.copy_quote(int(url.path()))
        elif url.scheme() in ("http", "https"):
            self.confirm_open(url)

    def confirm_open(self, url: QUrl) -> None:
        """Show the address first; open it in the browser only if the user agrees."""
        self.link_dialog = confirm_open_link(self, url)


def confirm_open_link(parent: QWidget, url: QUrl) -> QMessageBox:
    """Ask before a web address opens in the browser, showing the address (the detail pane
    and the File Format Guide both ask this way); returns the open question."""
    address = url.toString()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Open link"),
        tr("Open this address in your web browser?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("openLinkDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(address if len(address) <= 300 else address[:300] + "…")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(
        lambda result: result == QMessageBox.StandardButton.Open and QDesktopServices.openUrl(url)
    )
    box.open()
    return box
