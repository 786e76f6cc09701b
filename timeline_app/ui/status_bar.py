"""The window's status bar, whose messages read in their own direction in a mirrored window.

A status bar draws its message in the window's direction: in a right to left window the
bidi algorithm reorders an English message around its numbers ('events from x.json 11' for
'11 events from x.json'). Each message is set apart as an isolate, so that it reads from its
own first letter, and sits at the leading edge as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from timeline_app.render.shaping import isolate


class StatusBar(QStatusBar):
    """A QStatusBar whose messages, and the status tips of the window's actions, are isolated
    where the bidi algorithm could reorder them (see ``shaping.isolate``)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        # The window hands an action's status tip to its status bar from C++, past this
        # class's showMessage: it is taken here first.
        window.installEventFilter(self)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        super().showMessage(isolate(text, rtl_around=self.isRightToLeft()), timeout or 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StatusTip and isinstance(event, QStatusTipEvent):
            self.showMessage(event.tip())
            return True
        return super().eventFilter(watched, event)
