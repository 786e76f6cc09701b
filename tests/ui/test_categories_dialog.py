"""Categories and eras are added, renamed, recoloured, reordered and removed, each as one
undoable edit, and the timeline shows it at once."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timeline_app.formats.timeline_json import load_timeline
from timeline_app.model import Category
from timeline_app.ui.categories_dialog import CategoriesDialog
from timeline_app.ui.main_window import MainWindow


def test_categories_and_eras_are_managed_as_undoable_edits(
    qtbot: QtBot, tmp_path: Path, bundled_path: Path
) -> None:
    path = tmp_path / "lesson.timeline.json"
    shutil.copyfile(bundled_path, path)
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    d = w.editing.edit_categories()
    assert isinstance(d, CategoriesDialog) and d.isVisible()
    labels = [c.label for c in w.canvas.timeline.categories]
    assert [d.cat_list.item(i).text() for i in range(d.cat_list.count())] == labels

    assert d.add_named_category("Protests")
    tl = w.canvas.timeline
    assert tl.categories[-1].label == "Protests" and tl.lane_of(tl.categories[-1].id) is not None
    assert w.editing.act_undo.text() == "&Undo Add Category ‘Protests’"

    d.cat_list.setCurrentRow(0)
    assert d.rename_current_category("Summits")
    assert d.recolour_current_category("#112233")
    assert w.canvas.timeline.categories[0] == Category("summit", "Summits", "#112233")
    assert w.canvas.scene().lanes[0].label == "Summits"
    d.cat_list.setCurrentRow(0)
    assert d.move_category(1)
    assert [c.id for c in w.canvas.timeline.categories][:2] == ["diplomacy", "summit"]
    assert d.cat_list.currentRow() == 1
    assert [b.category_id for b in w.canvas.scene().lanes][:2] == ["diplomacy", "summit"]

    qtbot.keyClicks(d.era_start.edit, "03/04/2017")
    assert d.era_start.said.text() == "Ambiguous: 3 April 2017 or 4 March 2017?"
    assert not d.add_named_era("Spring")
    assert d.message.text().startswith("The era's start: Ambiguous")
    d.era_start.edit.setText("1 March 2017")
    d.era_end.edit.setText("31 May 2017")
    assert d.add_named_era("Spring")
    assert [e.title for e in w.canvas.timeline.eras] == ["Spring"]
    assert any(b.label == "Spring" for b in w.canvas.scene().eras)
    w.editing.stack.undo()
    assert w.canvas.timeline.eras == ()
    w.editing.stack.redo()
    assert w.editing.save()
    again = load_timeline(path)
    assert [e.title for e in again.eras] == ["Spring"]
    assert [c.id for c in again.categories][:2] == ["diplomacy", "summit"]
    assert again.categories[1].label == "Summits"
    d.close()
    qtbot.keyClick(w.canvas, Qt.Key.Key_Escape)
