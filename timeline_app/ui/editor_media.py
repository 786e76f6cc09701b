"""The event editor's picture: a file chosen with a file dialog (named relative to the timeline
file, as imported pictures are) or a web link, with its caption, credit and alt text.

The editor shows the event's first picture; any others the file holds are kept as they are.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from timeline_app.i18n import context, number
from timeline_app.model.limits import MAX_FIELD
from timeline_app.model.timeline import Media

tr = context("EditorMedia")

PICTURE_FILTER = tr.mark("Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff)")


def field_name(label: str) -> str:
    """A form label as the name of its field for a screen reader: 'Spea&ker:' is 'Speaker',
    'Quote (&just as written):' is 'Quote', French 'Titre :' is 'Titre'."""
    plain = label.replace("&", "").split(" (")[0]
    return plain.rstrip(": \u00a0\u202f")


def relative_media_path(picture: str, timeline_path: str) -> str:
    """``picture`` (an absolute path) as the timeline file names it: relative to the folder
    of ``timeline_path``, with forward slashes, so the timeline and its pictures move together.
    Raises ValueError with a reason for people when no relative path can name it."""
    if not timeline_path:
        raise ValueError(
            tr("save the timeline first: a picture is named relative to the timeline file")
        )
    base = os.path.dirname(os.path.abspath(timeline_path))
    try:
        rel = os.path.relpath(os.path.abspath(picture), base)
    except ValueError:  # another drive (Windows): no relative path leads there
        raise ValueError(
            tr(
                "{name} is on another drive than the timeline file: copy it beside the "
                "timeline first"
            ).format(name=os.path.basename(picture))
        ) from None
    return rel.replace(os.sep, "/")


def field_with_button(field: QWidget, button: QWidget) -> QWidget:
    """One form row of a field that takes the room and the button beside it (Choose…, New…)."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(field, 1)
    lay.addWidget(button)
    return row


class MediaSection(QWidget):
    """The picture fields; ``rows()`` gives them labelled for the editor's form."""

    def __init__(self, timeline_path: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_path = timeline_path
        self.others: tuple[Media, ...] = ()  # the event's further pictures, kept
        self.first: Media | None = None
        self.url = QLineEdit()
        self.url.setObjectName("mediaUrlEdit")
        self.url.setPlaceholderText(tr("A picture beside the timeline, or https://…"))
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setObjectName("choosePictureButton")
        self.choose.setToolTip(tr("Choose a picture file (named relative to the timeline file)"))
        self.choose.clicked.connect(self.choose_picture)
        self.url_row = field_with_button(self.url, self.choose)
        self.caption = QLineEdit()
        self.caption.setObjectName("mediaCaptionEdit")
        self.credit = QLineEdit()
        self.credit.setObjectName("mediaCreditEdit")
        self.alt = QLineEdit()
        self.alt.setObjectName("mediaAltEdit")
        self.alt.setPlaceholderText(tr("What the picture shows, for those who cannot see it"))
        self.note = QLabel()
        self.note.setObjectName("mediaNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        # A file dialog to use in place of Qt's (tests and scripted runs answer it).
        self.ask_file: Callable[[], str] = self._file_dialog

    def rows(self) -> list[tuple[str, QWidget, QWidget]]:
        """(label, widget, buddy) for each row of the editor's form."""
        return [
            (tr("Picture or &link:"), self.url_row, self.url),
            (tr("Capt&ion:"), self.caption, self.caption),
            (tr("Cre&dit:"), self.credit, self.credit),
            (tr("Alt text (&what it shows):"), self.alt, self.alt),
        ]

    def set_media(self, media: tuple[Media, ...]) -> None:
        self.first = media[0] if media else None
        self.others = media[1:]
        m = self.first
        self.url.setText(m.url if m else "")
        self.caption.setText(m.caption if m else "")
        self.credit.setText(m.credit if m else "")
        self.alt.setText(m.alt if m else "")
        n = len(self.others)
        self.note.setText(
            tr.n(
                "The event has %n more pictures, kept as they are.",
                n,
                one="The event has %n more picture, kept as it is.",
            )
            if n
            else ""
        )
        self.note.setVisible(bool(n))

    def media(self) -> tuple[Media, ...] | str:
        """The event's media as the fields say, or why they cannot be taken."""
        url = self.url.text().strip()
        caption, credit, alt = (" ".join(f.text().split()) for f in (self.caption, self.credit,
                                                                      self.alt))  # fmt: skip
        too_long = (
            (url, tr("The picture is longer than {limit} characters.")),
            (caption, tr("The caption is longer than {limit} characters.")),
            (credit, tr("The credit is longer than {limit} characters.")),
            (alt, tr("The alt text is longer than {limit} characters.")),
        )
        for value, message in too_long:
            if len(value) > MAX_FIELD:
                return message.format(limit=number(MAX_FIELD))
        if not url:
            if caption or credit or alt:
                return tr("The picture: choose a file or type a link for the caption to go with.")
            return self.others
        if url.lower().startswith(("javascript:", "file:")):
            return tr("The picture: name a file beside the timeline or an http(s) link.")
        m = self.first or Media(url)
        if (m.url, m.caption, m.credit, m.alt) != (url, caption, credit, alt):
            # A new file or link is of the kind its address says, not of the old one's.
            kind = m.kind if m.url == url else ""
            thumb = m.thumbnail if m.url == url else ""
            m = replace(m, url=url, caption=caption, credit=credit, alt=alt, kind=kind,
                        thumbnail=thumb)  # fmt: skip
        return (m, *self.others)

    def choose_picture(self) -> bool:
        """The Choose… button: a picture file, named relative to the timeline file."""
        path = self.ask_file()
        if not path:
            return False
        try:
            self.url.setText(relative_media_path(path, self.timeline_path()))
        except ValueError as err:
            self.note.setText(tr("The picture was not taken: {reason}.").format(reason=err))
            self.note.show()
            return False
        self.note.setText("")
        self.note.hide()
        self.caption.setFocus()
        return True

    def _file_dialog(self) -> str:
        start = os.path.dirname(self.timeline_path()) if self.timeline_path() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a Picture"), start, tr(PICTURE_FILTER)
        )
        return path
