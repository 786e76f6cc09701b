"""The editing and export UI in another language: under a translation that marks every text it
translates, each word of the export dialog, the event editor, the categories dialog, the Edit
menu, the event list and the unsaved-changes question is the translation's, and values such as
titles and counts go into the translated sentences whole."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from timeline_app import i18n
from timeline_app.ui.main_window import MainWindow

WARSAW = "trump-warsaw-speech-2017-07-06"


def pseudo(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """A translation that marks what it translates: 'Export…' becomes '⟦Export…⟧'. Dates and
    numbers keep their English form: a date shown in a field is read back from it."""
    shown = text.replace("%n", str(n)) if n >= 0 else text
    return shown if context in ("Dates", "Numbers") else "⟦" + shown + "⟧"


@pytest.fixture
def pseudo_window(qtbot: QtBot) -> Iterator[MainWindow]:
    i18n.install(pseudo)
    try:
        w = MainWindow()
        qtbot.addWidget(
            w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard")
        )
        w.resize(1300, 800)
        w.show()
        qtbot.waitExposed(w)
        assert w.open_bundled()
        yield w
    finally:
        i18n.reset()


def words(text: str) -> bool:
    return re.search(r"[A-Za-z]{2,}", text) is not None


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Each text a person sees in ``root`` (labels, buttons, group titles, placeholders,
    tooltips, accessible names) that has words but is neither translated nor data."""
    found: list[str] = []

    def check(kind: str, text: str) -> None:
        if text and words(text) and "⟦" not in text and text not in data:
            found.append(f"{kind}: {text!r}")

    for w in [root, *root.findChildren(QWidget)]:
        if w.metaObject().className() == "QDockWidgetTitleButton":
            continue  # Float and Close of a dock: Qt's own words, in Qt's catalogue
        if isinstance(w, QLabel):
            check("label", w.text())
        elif isinstance(w, QAbstractButton):
            box = w.parent()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(w) != (
                QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # Qt's own buttons are translated by Qt's catalogue
                check("button", w.text())
        elif isinstance(w, QGroupBox):
            check("group", w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            check("placeholder", w.placeholderText())
        check("tooltip", w.toolTip())
        check("accessible name", w.accessibleName())
    check("title", root.windowTitle())
    return found


def test_the_export_dialog_is_all_in_the_language(pseudo_window: MainWindow) -> None:
    dialog = pseudo_window.export_dialog()
    data = {pseudo_window.canvas.timeline.title}
    assert untranslated(dialog, data) == []
    for combo in (dialog.fmt, dialog.preset, dialog.theme, dialog.text_size):
        assert all("⟦" in combo.itemText(k) for k in range(combo.count())), combo.objectName()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    dialog.page.setCurrentIndex(dialog.page.findData("A4"))
    dialog.poster.setChecked(True)
    dialog.poster_pages.setValue(4)
    dialog.handout.setChecked(False)
    dialog.update_preview()
    # One sentence for the case, its plural chosen by the count, the page's name inside.
    assert dialog.message.text().startswith("⟦A4 landscape, poster over 4 pages⟧")


def test_the_event_editor_and_its_messages_are_in_the_language(
    pseudo_window: MainWindow, qtbot: QtBot
) -> None:
    w = pseudo_window
    w.canvas.select(WARSAW)
    w.editing.edit_selected()
    editor = w.editing.editor
    event = w.canvas.timeline.get(WARSAW)
    assert event is not None
    data = {c.label for c in w.canvas.timeline.categories} | {q.source.title for q in event.quotes}
    data |= {editor.quotes.list.item(k).toolTip() for k in range(editor.quotes.list.count())}
    assert untranslated(editor, data) == []
    assert editor.start.said.text().startswith("⟦Read as ")
    editor.title.setText("Warsaw speech")
    assert editor.apply()
    # The edit's name and the Undo action: each one translated sentence, the title inside.
    assert w.editing.act_undo.text() == "⟦&Undo {change}⟧".replace(
        "{change}", "⟦Edit ‘Warsaw speech’⟧"
    )
    editor.title.setText("")
    assert not editor.apply()
    assert editor.message.text() == "⟦The title is empty: every event needs one.⟧"


def test_the_categories_dialog_and_edit_menu_are_in_the_language(pseudo_window: MainWindow) -> None:
    w = pseudo_window
    dialog = w.editing.edit_categories()
    tl = w.canvas.timeline
    data = {c.label for c in tl.categories} | {e.title for e in tl.eras}
    assert untranslated(dialog, data) == []
    for act in w.editing.edit_menu.actions():
        assert act.isSeparator() or "⟦" in act.text(), act.text()
    assert "⟦" in w.editing.edit_menu.title()


def test_the_list_count_and_the_unsaved_question_are_in_the_language(
    pseudo_window: MainWindow,
) -> None:
    w = pseudo_window
    n = len(w.canvas.timeline)
    assert w.event_list.count.text() == f"⟦{n} events⟧"
    assert (
        w.editing.question("Lesson", "closing") == "⟦Save the changes to “Lesson” before closing?⟧"
    )
    asked = w.editing.question("Lesson", "opening other.json")
    assert asked == "⟦Save the changes to “Lesson” before opening other.json?⟧"
    assert untranslated(w.event_list, set()) == []
    assert untranslated(w.editing.conflict_bar, set()) == []
