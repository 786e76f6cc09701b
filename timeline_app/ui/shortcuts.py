"""Every key of the app in one place: Help › Keyboard Shortcuts shows this list, and the
pane cycle (F6 / Shift+F6) that makes every part of the window reachable from the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
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

# (where, key, what it does). Menu commands are added from the window's own actions, so
# that a key given to a command can never be missing here.
TIMELINE_KEYS: list[tuple[str, str]] = [
    ("Mouse wheel", "Zoom in and out around the pointer"),
    ("Shift+wheel, horizontal wheel, drag", "Move along the timeline"),
    ("+ / −", "Zoom in / out"),
    ("0 or Home", "Show the whole timeline"),
    ("← / →", "Move along the timeline (Shift: faster)"),
    ("Tab / Shift+Tab", "Select the next / previous event in time; past the last, on to the "
     "next pane"),
    ("Ctrl+Tab / Ctrl+Shift+Tab", "Leave the timeline: the next / previous control"),
    ("Enter or double-click", "Zoom to the selected event"),
    ("Esc", "Clear the selection"),
]  # fmt: skip
WINDOW_KEYS: list[tuple[str, str]] = [
    ("F6 / Shift+F6", "Next / previous pane: timeline, details, events, categories, overview"),
    ("Tab / Shift+Tab", "Next / previous control (in the details: the next link)"),
    ("Enter or Space", "Follow the link or press the button that has the focus"),
]
EVENT_LIST_KEYS: list[tuple[str, str]] = [
    ("↓ in the search box", "Go to the events found"),
    ("↑ / ↓", "Previous / next event in the list"),
    ("Enter", "Zoom to the event"),
]
OVERVIEW_KEYS: list[tuple[str, str]] = [
    ("← / →", "Move the view a little earlier / later"),
    ("Page Up / Page Down", "Move the view by its own width"),
    ("Home / End", "Go to the beginning / the end of the timeline"),
]


def all_keys(commands: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(section, key, what it does) for the whole app; ``commands`` are the menu's
    (key, command) pairs."""
    # Imported here: the first frame does not wait for the presentation's modules.
    from timeline_app.view.presentation import KEY_HELP

    rows: list[tuple[str, str, str]] = []
    for section, keys in (
        ("Timeline", TIMELINE_KEYS),
        ("Window", WINDOW_KEYS),
        ("Menu commands", list(commands)),
        ("Event list", EVENT_LIST_KEYS),
        ("Overview strip", OVERVIEW_KEYS),
        ("Presenting", KEY_HELP),
    ):
        rows += [(section, k, v) for k, v in keys]
    return rows


class ShortcutsDialog(QDialog):
    """The keys as a table that a screen reader reads cell by cell (not a picture of text)."""

    def __init__(self, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard Shortcuts")
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Where", "Key", "What it does"])
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
        note = QLabel("Tab moves between the table and the Close button; Esc closes.")
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(760, 560)


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
