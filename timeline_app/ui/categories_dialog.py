"""Edit › Categories and Eras: add, rename, recolour and reorder the categories (the lanes),
and add, rename, re-date and remove the eras. Every button is one undoable edit, shown on the
timeline at once."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.i18n import context
from timeline_app.model.edit import ChangeTimeline, new_event_id, quoted
from timeline_app.model.timeline import UNCATEGORISED, Category, Era
from timeline_app.ui.editor_media import field_name
from timeline_app.ui.event_editor import NEW_COLOURS, DateField

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


tr = context("CategoriesDialog")


def _swatch(color: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(color) if QColor.isValidColorName(color) else QColor("#7f7f7f"))
    return QIcon(pix)


class CategoriesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(tr("Categories and Eras"))
        self.main = window
        lay = QVBoxLayout(self)
        cats = QGroupBox(tr("&Categories (lanes, top to bottom)"))
        c_lay = QHBoxLayout(cats)
        self.cat_list = QListWidget()
        self.cat_list.setObjectName("categoryList")
        self.cat_list.setAccessibleName(tr("Categories"))
        c_lay.addWidget(self.cat_list, 1)
        c_buttons = QVBoxLayout()
        self.add_cat = self._button(tr("&Add…"), "addCategory", self.add_category, c_buttons)
        self.rename_cat = self._button(
            tr("&Rename…"), "renameCategory", self.rename_category, c_buttons
        )
        self.colour_cat = self._button(tr("C&olour…"), "colourCategory", self.recolour_category,
                                       c_buttons)  # fmt: skip
        self.up_cat = self._button(tr("Move &Up"), "categoryUp", lambda: self.move_category(-1),
                                   c_buttons)  # fmt: skip
        self.down_cat = self._button(tr("Move &Down"), "categoryDown",
                                     lambda: self.move_category(1), c_buttons)  # fmt: skip
        c_buttons.addStretch(1)
        c_lay.addLayout(c_buttons)
        lay.addWidget(cats)
        eras = QGroupBox(tr("&Eras (bands behind the lanes)"))
        e_lay = QGridLayout(eras)
        self.era_list = QListWidget()
        self.era_list.setObjectName("eraList")
        self.era_list.setAccessibleName(tr("Eras"))
        e_lay.addWidget(self.era_list, 0, 0, 1, 2)
        form = QWidget()
        f_lay = QGridLayout(form)
        f_lay.setContentsMargins(0, 0, 0, 0)
        self.era_start = DateField("eraStart")
        self.era_end = DateField("eraEnd")
        for row, (text, field) in enumerate(
            ((tr("Fro&m:"), self.era_start), (tr("&To:"), self.era_end))
        ):
            label = QLabel(text)
            label.setBuddy(field.edit)
            field.edit.setAccessibleName(field_name(text))
            f_lay.addWidget(label, 2 * row, 0)
            f_lay.addWidget(field, 2 * row, 1)
            f_lay.addWidget(field.said, 2 * row + 1, 1)
        e_lay.addWidget(form, 1, 0, 1, 2)
        e_buttons = QVBoxLayout()
        self._button(tr("Add &Era…"), "addEra", self.add_era, e_buttons)
        self._button(tr("Re&name Era…"), "renameEra", self.rename_era, e_buttons)
        self._button(tr("&Set Dates"), "setEraDates", self.set_era_dates, e_buttons)
        self._button(tr("Remo&ve Era"), "removeEra", self.remove_era, e_buttons)
        e_lay.addLayout(e_buttons, 0, 2, 2, 1)
        lay.addWidget(eras)
        self.message = QLabel()
        self.message.setObjectName("categoriesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.era_list.currentRowChanged.connect(self._show_era)
        self.refresh()

    def _button(self, text: str, name: str, slot: object, into: QVBoxLayout) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        into.addWidget(b)
        return b

    # --- showing ---------------------------------------------------------------------------

    def refresh(self, cat_row: int | None = None, era_row: int | None = None) -> None:
        tl = self.main.canvas.timeline
        row = self.cat_list.currentRow() if cat_row is None else cat_row
        self.cat_list.clear()
        for c in tl.categories:
            item = QListWidgetItem(_swatch(c.color), c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.cat_list.addItem(item)
        self.cat_list.setCurrentRow(min(max(row, 0), self.cat_list.count() - 1))
        erow = self.era_list.currentRow() if era_row is None else era_row
        self.era_list.clear()
        for era in tl.eras:
            self.era_list.addItem(
                QListWidgetItem(
                    _swatch(era.color),
                    tr("{era} ({dates})").format(era=era.title, dates=era.date_text()),
                )
            )
        self.era_list.setCurrentRow(min(max(erow, 0), self.era_list.count() - 1))

    def _show_era(self, row: int) -> None:
        eras = self.main.canvas.timeline.eras
        if 0 <= row < len(eras):
            self.era_start.set_point(eras[row].start)
            self.era_end.set_point(eras[row].end)

    def _change(self, edit: ChangeTimeline, cat_row: int | None = None,
                era_row: int | None = None) -> bool:  # fmt: skip
        done = self.main.editing.do(edit, select=self.main.canvas.selected_id)
        self.message.setText("" if done else tr("Not changed: see the status bar."))
        self.refresh(cat_row, era_row)
        return done

    # --- categories ------------------------------------------------------------------------

    def _current_category(self) -> tuple[int, Category] | None:
        k = self.cat_list.currentRow()
        cats = self.main.canvas.timeline.categories
        if not 0 <= k < len(cats):
            return None
        if cats[k].id == UNCATEGORISED.id:
            self.message.setText(
                tr("‘Other’ holds the events of no category: give them a category instead.")
            )
            return None
        return k, cats[k]

    def add_category(self) -> bool:
        name, ok = QInputDialog.getText(self, tr("Add Category"), tr("Name of the new category:"))
        return ok and self.add_named_category(name)

    def add_named_category(self, name: str) -> bool:
        name = " ".join(name.split())
        if not name:
            return False
        tl = self.main.canvas.timeline
        cats = tl.categories
        cid = new_event_id(tl, name, taken=[c.id for c in cats])
        new = Category(cid, name, NEW_COLOURS[len(cats) % len(NEW_COLOURS)])
        naming = tr("Add Category {name}").format(name=quoted(name))
        return self._change(ChangeTimeline(naming, categories=(*cats, new)), cat_row=len(cats))

    def rename_category(self) -> bool:
        found = self._current_category()
        if found is None:
            return False
        name, ok = QInputDialog.getText(
            self, tr("Rename Category"), tr("New name:"), text=found[1].label
        )
        return ok and self.rename_current_category(name)

    def rename_current_category(self, name: str) -> bool:
        found = self._current_category()
        name = " ".join(name.split())
        if found is None or not name:
            return False
        k, c = found
        cats = list(self.main.canvas.timeline.categories)
        cats[k] = replace(c, label=name)
        return self._change(
            ChangeTimeline(
                tr("Rename Category {name}").format(name=quoted(c.label)), categories=tuple(cats)
            ),
            k,
        )

    def recolour_category(self) -> bool:
        found = self._current_category()
        if found is None:
            return False
        colour = QColorDialog.getColor(QColor(found[1].color), self, tr("Category Colour"))
        return colour.isValid() and self.recolour_current_category(colour.name())

    def recolour_current_category(self, colour: str) -> bool:
        found = self._current_category()
        if found is None:
            return False
        k, c = found
        cats = list(self.main.canvas.timeline.categories)
        cats[k] = replace(c, color=colour)
        return self._change(
            ChangeTimeline(
                tr("Recolour Category {name}").format(name=quoted(c.label)), categories=tuple(cats)
            ),
            k,
        )

    def move_category(self, step: int) -> bool:
        found = self._current_category()
        if found is None:
            return False
        k, c = found
        cats = list(self.main.canvas.timeline.categories)
        j = k + step
        if not 0 <= j < len(cats) or cats[j].id == UNCATEGORISED.id:
            return False
        cats[k], cats[j] = cats[j], cats[k]
        return self._change(
            ChangeTimeline(
                tr("Move Category {name}").format(name=quoted(c.label)), categories=tuple(cats)
            ),
            j,
        )

    # --- eras ------------------------------------------------------------------------------

    def _era_dates(self) -> tuple[Era, Era] | str:
        if self.era_start.problem():
            return tr("The era's start: {problem}").format(problem=self.era_start.problem())
        if self.era_end.problem():
            return tr("The era's end: {problem}").format(problem=self.era_end.problem())
        start, end = self.era_start.point(), self.era_end.point()
        assert start is not None and end is not None
        if end.start_seconds < start.start_seconds:
            return tr("The era ends before it starts.")
        precision = min(start.precision, end.precision)
        era = Era("", start, end, precision)
        return era, era

    def add_era(self) -> bool:
        name, ok = QInputDialog.getText(self, tr("Add Era"), tr("Name of the era:"))
        return ok and self.add_named_era(name)

    def add_named_era(self, name: str) -> bool:
        name = " ".join(name.split())
        dates = self._era_dates()
        if isinstance(dates, str):
            self.message.setText(dates)
            return False
        if not name:
            return False
        tl = self.main.canvas.timeline
        era = replace(dates[0], title=name, color=NEW_COLOURS[len(tl.eras) % len(NEW_COLOURS)])
        eras = (*tl.eras, era)
        row = sorted(eras, key=lambda e: (e.t0, -e.t1)).index(era)
        naming = tr("Add Era {name}").format(name=quoted(name))
        return self._change(ChangeTimeline(naming, eras=eras), era_row=row)

    def _current_era(self) -> tuple[int, Era] | None:
        k = self.era_list.currentRow()
        eras = self.main.canvas.timeline.eras
        return (k, eras[k]) if 0 <= k < len(eras) else None

    def rename_era(self) -> bool:
        found = self._current_era()
        if found is None:
            return False
        name, ok = QInputDialog.getText(
            self, tr("Rename Era"), tr("New name:"), text=found[1].title
        )
        name = " ".join(name.split())
        if not ok or not name:
            return False
        return self._replace_era(found, replace(found[1], title=name), tr("Rename Era {name}"))

    def set_era_dates(self) -> bool:
        found = self._current_era()
        dates = self._era_dates()
        if isinstance(dates, str):
            self.message.setText(dates)
            return False
        if found is None:
            return False
        d = dates[0]
        new = replace(found[1], start=d.start, end=d.end, precision=d.precision)
        return self._replace_era(found, new, tr("Change the Dates of Era {name}"))

    def remove_era(self) -> bool:
        found = self._current_era()
        if found is None:
            return False
        k, era = found
        eras = tuple(e for i, e in enumerate(self.main.canvas.timeline.eras) if i != k)
        naming = tr("Remove Era {name}").format(name=quoted(era.title))
        return self._change(ChangeTimeline(naming, eras=eras), era_row=k)

    def _replace_era(self, found: tuple[int, Era], new: Era, naming: str) -> bool:
        """``new`` in place of the era ``found``: one edit named by ``naming`` with the old
        era's name ('Rename Era {name}')."""
        k, old = found
        eras = list(self.main.canvas.timeline.eras)
        eras[k] = new
        row = sorted(eras, key=lambda e: (e.t0, -e.t1)).index(new)
        return self._change(
            ChangeTimeline(naming.format(name=quoted(old.title)), eras=tuple(eras)), era_row=row
        )
