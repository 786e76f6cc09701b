"""Every key of the app in one place: Help › Keyboard Shortcuts shows this list, and the
pane cycle (F6 / Shift+F6) that makes every part of the window reachable from the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.i18n import context

tr = context("Shortcuts")

# (key, what it does), marked here and translated in all_keys. Menu commands are added from the
# window's own actions, so that a key given to a command can never be missing here.
TIMELINE_KEYS: list[tuple[str, str]] = [
    (tr.mark("Mouse wheel"), tr.mark("Zoom in and out around the pointer")),
    (tr.mark("Shift+wheel, horizontal wheel, drag"), tr.mark("Move along the timeline")),
    ("+ / −", tr.mark("Zoom in / out")),
    (tr.mark("0 or Home"), tr.mark("Show the whole timeline")),
    ("← / →", tr.mark("Move along the timeline (Shift: faster)")),
    (tr.mark("Tab / Shift+Tab"),
     tr.mark("Select the next / previous event in time; past the last, on to the next pane")),
    (tr.mark("Ctrl+Tab / Ctrl+Shift+Tab"),
     tr.mark("Leave the timeline: the next / previous control")),
    (tr.mark("Enter or double-click"), tr.mark("Zoom to the selected event")),
    (tr.mark("Esc"), tr.mark("Clear the selection")),
]  # fmt: skip
WINDOW_KEYS: list[tuple[str, str]] = [
    (
        tr.mark("F6 / Shift+F6"),
        tr.mark("Next / previous pane: timeline, details, events, categories, overview"),
    ),
    (
        tr.mark("Tab / Shift+Tab"),
        tr.mark("Next / previous control (in the details: the next link)"),
    ),
    (tr.mark("Enter or Space"), tr.mark("Follow the link or press the button that has the focus")),
]
EVENT_LIST_KEYS: list[tuple[str, str]] = [
    (tr.mark("↓ in the search box"), tr.mark("Go to the events found")),
    ("↑ / ↓", tr.mark("Previous / next event in the list")),
    (tr.mark("Enter"), tr.mark("Zoom to the event")),
]
OVERVIEW_KEYS: list[tuple[str, str]] = [
    ("← / →", tr.mark("Move the view a little earlier / later")),
    (tr.mark("Page Up / Page Down"), tr.mark("Move the view by its own width")),
    (tr.mark("Home / End"), tr.mark("Go to the beginning / the end of the timeline")),
]


def all_keys(commands: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(section, key, what it does) for the whole app; ``commands`` are the menu's
    (key, command) pairs."""
    # Imported here: the first frame does not wait for the presentation's modules.
    from timeline_app.view.presentation import KEY_HELP

    def translated(keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(tr(k), tr(v)) for k, v in keys]

    rows: list[tuple[str, str, str]] = []
    for section, keys in (
        (tr("Timeline", "a part of the window"), translated(TIMELINE_KEYS)),
        (tr("Window"), translated(WINDOW_KEYS)),
        (tr("Menu commands"), list(commands)),  # the actions' own (translated) text
        (tr("Event list"), translated(EVENT_LIST_KEYS)),
        (tr("Overview strip"), translated(OVERVIEW_KEYS)),
        (tr("Presenting"), KEY_HELP),
    ):
        rows += [(section, k, v) for k, v in keys]
    return rows


class ShortcutsDialog(QDialog):
    """The keys as a table that a screen reader reads cell by cell (not a picture of text)."""

    def __init__(self, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Key"), tr("What it does")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the Close button
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        note = QLabel(tr("Tab moves between the table and the Close button; Esc closes."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(760, 560)
        # Each row as tall as its wrapped text, whatever the language's length, at any width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()


class PaneCycle:
    """F6 / Shift+F6: the keyboard focus goes round the window's panes, wherever it is (no
    pane keeps it). Each pane is (its outermost widget, a function that gives it the focus)."""

    def __init__(self, panes: Sequence[tuple[str, QWidget, Callable[[], None]]]) -> None:
        self.panes = list(panes)

    def current(self) -> int:
        from PySide6.QtWidgets import QApplication

        return self._pane_of(QApplication.focusWidget())

    def _pane_of(self, focus: QWidget | None) -> int:
        for i, (_name, widget, _enter) in enumerate(self.panes):
            w = focus
            while w is not None:
                if w is widget:
                    return i
                w = w.parentWidget()
        return -1

    def move(self, step: int) -> str:
        """Focus the next (step 1) or previous (-1) pane that takes it; return its name."""
        from PySide6.QtWidgets import QApplication

        i = self.current()
        n = len(self.panes)
        start = i if i >= 0 else (-1 if step > 0 else 0)
        for k in range(1, n + 1):
            j = (start + step * k) % n
            name, widget, enter = self.panes[j]
            if not widget.isEnabled():
                continue
            enter()
            if self._pane_of(QApplication.focusWidget()) == j:
                return name
        return ""
