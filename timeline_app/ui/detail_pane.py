"""The detail pane: the selected event, its facts and its verbatim source quotes.

Dataset text is escaped before it becomes HTML, so nothing in a file is ever interpreted as
markup, and no link is followed on its own: only the pane's own copy links are handled.
"""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from timeline_app.model.timeline import Event, Quote
from timeline_app.render.theme import LIGHT, Theme

DATE_SOURCE_TEXT = {
    "article": "Date as given in the article.",
    "public-record": "Date from the public record, not from the article.",
}


def _p(text: str) -> str:
    """Escaped text with line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def event_html(event: Event, theme: Theme) -> str:
    """The pane's content for one event; every piece of dataset text is escaped."""
    muted = theme.muted_text
    parts = [
        f"<h2 style='margin-bottom:2px'>{_p(event.title)}</h2>",
        f"<p style='margin-top:0; font-size:large'><b>{_p(event.date_text())}</b></p>",
    ]
    facts = []
    cell = f"<td style='color:{muted}; padding-right:8px'>"
    if event.location:
        facts.append(f"<tr>{cell}Where</td><td>{_p(event.location)}</td></tr>")
    if event.participants:
        facts.append(f"<tr>{cell}Who</td><td>{_p(', '.join(event.participants))}</td></tr>")
    if facts:
        parts.append(f"<table cellspacing='0' cellpadding='1'>{''.join(facts)}</table>")
    if event.summary:
        parts.append(f"<p>{_p(event.summary)}</p>")
    note = DATE_SOURCE_TEXT.get(event.date_source, "")
    if event.date_note:
        note = f"{note} {event.date_note}".strip()
    if note:
        parts.append(f"<p style='color:{muted}; font-size:small'>{_p(note)}</p>")
    if event.quotes:
        label = "Source quote" if len(event.quotes) == 1 else "Source quotes"
        parts.append(f"<h3 style='margin-bottom:0'>{label}</h3>")
    for i, quote in enumerate(event.quotes):
        parts.append(_quote_html(i, quote, theme))
    return "".join(parts)


def _quote_html(i: int, quote: Quote, theme: Theme) -> str:
    speaker = (
        f"<span style='font-style:normal'><b>{_p(quote.speaker)}</b>, quoted in </span>"
        if quote.speaker
        else ""
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' style='margin-top:8px'>"
        f"<tr><td width='4' bgcolor='{theme.grid}'></td>"
        f"<td><p style='margin:0'>“{_p(quote.text)}”</p>"
        f"<p style='margin:4px 0 0 0; color:{theme.muted_text}'>— {speaker}"
        f"<i>{_p(quote.source.title)}</i>"
        f"{_p(', ' + quote.source.publisher) if quote.source.publisher else ''}"
        f"{_p(', ' + str(quote.source.year)) if quote.source.year is not None else ''}"
        f"{_p(', ' + quote.locator) if quote.locator else ''}</p>"
        f"<p style='margin:4px 0 0 0'><a href='copy:{i}'>Copy quote with citation</a></p>"
        f"</td></tr></table>"
    )


EMPTY_HTML = (
    "<p style='color:{muted}'>Select an event on the timeline or in the list to read its "
    "source quotes.</p><p style='color:{muted}'>Tab moves to the next event; Enter zooms to it; "
    "Home shows the whole timeline.</p>"
)


class DetailPane(QWidget):
    """Shows one event; emits ``copied`` with a status message after copying a quote."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.setAccessibleName("Event details")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.browser)
        self._event: Event | None = None
        self._theme = LIGHT
        self.show_event(None)

    @property
    def event(self) -> Event | None:
        return self._event

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.show_event(self._event)

    def show_event(self, event: Event | None) -> None:
        self._event = event
        if event is None:
            self.browser.setHtml(EMPTY_HTML.format(muted=self._theme.muted_text))
        else:
            self.browser.setHtml(event_html(event, self._theme))
        self.browser.verticalScrollBar().setValue(0)

    def copy_quote(self, index: int) -> str:
        """Copy quote ``index`` of the shown event with its citation; return what was copied."""
        if self._event is None or not 0 <= index < len(self._event.quotes):
            return ""
        text = self._event.quotes[index].with_citation()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit("Quote copied with its citation.")
        return text

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            with contextlib.suppress(ValueError):
                self.copy_quote(int(url.path()))
