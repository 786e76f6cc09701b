"""The event list (sorted by date, filtered as you type) and the category legend."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.i18n import context, number
from timeline_app.model.search import SearchIndex, query_words
from timeline_app.model.timeline import Event, Timeline
from timeline_app.render.shaping import isolate
from timeline_app.render.theme import category_color
from timeline_app.ui.canvas import plain_tooltip
from timeline_app.view.text import prefix

tr = context("SidePanels")

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Above this many events the search waits until typing pauses: each search reads every
# event's folded text (about 60 ms for a million).
FULL_SEARCH_EVENTS = 50_000
SEARCH_PAUSE_MS = 200
LIST_TITLE_CHARS = 300  # more than a row of the list can show
SEARCH_MAX_CHARS = 200  # longer than any title one would search for


class EventListModel(QAbstractListModel):
    """The events in time order, filtered by a search text and the hidden categories."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = Timeline([])
        self._rows: Sequence[int] = range(0)  # positions in time order, ascending
        self._search = SearchIndex(self._timeline)  # folded texts, made on the first search
        self._query = ""  # folded
        self._hidden: frozenset[str] = frozenset()

    def set_timeline(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._search = SearchIndex(timeline)
        self._refilter()

    @property
    def searching(self) -> bool:
        """Whether a search narrows the list (else it lists every shown event)."""
        return bool(self._query)

    def matches(self) -> Sequence[int] | None:
        """The positions, ascending, of the shown events that match the search; None when
        there is no search."""
        return self._rows if self._query else None

    def set_query(self, query: str) -> None:
        old, new = self._query, " ".join(query_words(query))
        self._query = new
        # Typing on narrows: whatever matches the longer text matched the shorter one.
        self._refilter(self._rows if old and new.startswith(old) else None)

    def set_hidden(self, hidden: frozenset[str]) -> None:
        self._hidden = hidden
        self._refilter()

    def _refilter(self, within: Sequence[int] | None = None) -> None:
        words = self._query.split()
        self.beginResetModel()
        shown = self._timeline.shown_indices(self._hidden) if within is None else within
        self._rows = self._search.matching(words, shown) if words else shown
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def event_at(self, row: int) -> Event | None:
        if 0 <= row < len(self._rows):
            return self._timeline.event(self._rows[row])
        return None

    def row_of(self, event_id: str) -> int:
        """The row of an event, or -1: a bisection, the rows being in time order."""
        i = self._timeline.index_of(event_id)
        row = bisect_left(self._rows, i)
        return row if i >= 0 and row < len(self._rows) and self._rows[row] == i else -1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        event = self.event_at(index.row())
        if event is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The row elides what does not fit; it is given no more than can fit. Each line
            # reads in its own direction: the date '29 May 1453' in a right to left window,
            # an Arabic title with its bracket in a left to right one.
            rtl = QGuiApplication.isRightToLeft()
            date = isolate(event.date_text(), rtl_around=rtl)
            return f"{date}\n{isolate(prefix(event.title, LIST_TITLE_CHARS), rtl_around=rtl)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{event.title}\n{event.date_text()}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{prefix(event.title, LIST_TITLE_CHARS)}, {event.date_text()}"
        if role == EVENT_ID_ROLE:
            return event.id
        return None


class _EventTable(QTableView):
    """Home and End go to the first and last event, as in a list (a table would move along
    the row; it has one column)."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)


class _SearchBox(QLineEdit):
    """Up and Down in the search box move through the list below it."""

    moved = Signal(int)
    activated = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        else:
            super().keyPressEvent(event)


class EventList(QWidget):
    """Search box and list; emits ``selected`` and ``activated`` with event ids."""

    selected = Signal(str)
    activated = Signal(str)
    filtered = Signal()  # the list now shows what the search box says
    # The search's matches changed: (timeline, ascending positions), or (timeline, None)
    # when nothing is searched.
    matchesChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.search = _SearchBox(self)
        self.search.setObjectName("eventSearch")
        self.search.setPlaceholderText(tr("Search events…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_CHARS)
        self.search.setAccessibleName(tr("Search events"))
        self.model = EventListModel(self)
        # A table of one column rather than a list view: with fixed row heights it works
        # out only the rows in sight, where a list view lays out every row (seconds at 1M).
        self.view = _EventTable(self)
        self.view.setObjectName("eventListView")
        self.view.setAccessibleName(tr("Events in time order"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setShowGrid(False)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.count = QLabel(self)
        self.count.setObjectName("eventCount")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.view)
        lay.addWidget(self.count)
        self._syncing = False
        # On a large timeline a search takes a while: it waits until typing pauses.
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(SEARCH_PAUSE_MS)
        self._query_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(self._on_query)
        self.search.moved.connect(self._move)
        self.search.activated.connect(self._activate_current)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        # activated covers Enter and the platform's click or double-click to activate.
        self.view.activated.connect(lambda index: self._emit_activated(index.row()))

    def set_timeline(self, timeline: Timeline) -> None:
        self.model.set_timeline(timeline)
        self._update_count()
        self._emit_matches()

    def _emit_matches(self) -> None:
        self.matchesChanged.emit(self.model._timeline, self.model.matches())

    def set_hidden(self, hidden: frozenset[str]) -> None:
        current = self.current_id()
        self.model.set_hidden(hidden)
        self._update_count()
        if current:
            self.select_id(current)
        self._emit_matches()

    def _update_count(self) -> None:
        """'14 events', '12 of 14 events' with categories hidden; while searching, '2 of 5
        matches' where the current event is the second match, else '5 of 14 events match'."""
        total = len(self.model._timeline)
        shown = self.model.rowCount()
        if self.model.searching:
            row = self.view.currentIndex().row()
            if not shown:
                text = tr.n("No match among %n events", total, one="No match among %n event")
            elif 0 <= row < shown:
                text = tr.n("{row} of %n matches", shown, one="{row} of %n match")
                text = text.format(row=number(row + 1))
            else:
                text = tr.n("{shown} of %n events match", total, one="{shown} of %n event match")
                text = text.format(shown=number(shown))
        elif shown != total:
            text = tr.n("{shown} of %n events", total, one="{shown} of %n event")
            text = text.format(shown=number(shown))
        else:
            text = tr.n("%n events", total, one="%n event")
        self.count.setText(text)

    def _on_query(self, text: str) -> None:
        if len(self.model._timeline) > FULL_SEARCH_EVENTS:
            self._query_timer.start()
        else:
            self._apply_query()

    def _apply_query(self) -> None:
        current = self.current_id()
        self.model.set_query(self.search.text())
        self._update_count()
        if current:
            self.select_id(current)
        self._emit_matches()
        self.filtered.emit()

    def current_id(self) -> str | None:
        event = self.model.event_at(self.view.currentIndex().row())
        return event.id if event else None

    def select_id(self, event_id: str | None) -> None:
        """Follow the timeline's selection without echoing it back."""
        self._syncing = True
        try:
            row = self.model.row_of(event_id) if event_id else -1
            if row < 0:
                self.view.selectionModel().clearSelection()
                self.view.setCurrentIndex(QModelIndex())
            else:
                index = self.model.index(row)
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.view.scrollTo(index)
        finally:
            self._syncing = False

    def _move(self, delta: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else min(max(row + delta, 0), rows - 1)
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _activate_current(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0 and self.model.rowCount():
            self._move(1)
            row = 0
        self._emit_activated(row)

    def _emit_activated(self, row: int) -> None:
        event = self.model.event_at(row)
        if event is not None:
            self.activated.emit(event.id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_count()
        if self._syncing:
            return
        event = self.model.event_at(current.row())
        if event is not None:
            self.selected.emit(event.id)


def swatch(color: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pm)


class Legend(QWidget):
    """One toggle per category, in its colour; emits the set of hidden category ids."""

    hiddenChanged = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(tr("Categories"))
        self._boxes: dict[str, QCheckBox] = {}
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)

    def set_timeline(self, timeline: Timeline, hidden: frozenset[str]) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes.clear()
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for i, lane in enumerate(timeline.lanes):
            if not len(lane):
                continue
            cat = lane.category
            box = QCheckBox(literal_label(f"{cat.label} ({number(len(lane))})"), self._inner)
            box.setObjectName(f"legend-{cat.id}")
            box.setIcon(swatch(category_color(cat.color, i)))
            box.setChecked(cat.id not in hidden)
            box.setToolTip(
                plain_tooltip(tr("Show or hide the category “{name}”").format(name=cat.label))
            )
            box.toggled.connect(self._emit)
            self._boxes[cat.id] = box
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def hidden(self) -> frozenset[str]:
        return frozenset(cid for cid, box in self._boxes.items() if not box.isChecked())

    def focus_first(self) -> None:
        """The keyboard focus on the first category's check box (F6 comes here)."""
        box = next(iter(self._boxes.values()), None)
        (box or self).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_hidden(self, hidden: frozenset[str]) -> None:
        for cid, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(cid not in hidden)
            box.blockSignals(False)

    def _emit(self, _checked: bool) -> None:
        self.hiddenChanged.emit(self.hidden())


def literal_label(text: str) -> str:
    """``text`` for a button, check box or menu item, shown as written: Qt reads a lone "&"
    as the mark of a keyboard shortcut and hides it ("Summits & meetings")."""
    return text.replace("&", "&&")
