"""The event editor's quotes and picture: quotes added, changed, moved and removed with keys and
clicks, each one named undoable step; each marked ✓, ✗ or unchecked as typed; a passage
selected in the source's text taken as a quote with its locator; a source made inline; a
picture chosen beside the timeline file, with its caption, credit and alt text."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.formats.timeline_json import load_timeline
from timeline_app.ui.event_editor import EventEditor
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
SHOTS = os.environ.get("TIMELINE_APP_SCREENSHOTS", "")
WARSAW = "trump-warsaw-speech-2017-07-06"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def lesson(tmp_path: Path, bundled_path: Path) -> Path:
    """The bundled timeline saved in a folder with the article's text beside it, named as
    the text of its source 'valdai-2017'."""
    folder = tmp_path / "lesson"
    folder.mkdir()
    data = json.loads(bundled_path.read_text("utf-8"))
    for s in data["sources"]:
        if s["id"] == "valdai-2017":
            s["text"] = "article.txt"
    path = folder / "lesson.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    text = re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8"))
    (folder / "article.txt").write_text(text, "utf-8")
    return path


def open_editor(qtbot: QtBot, path: Path) -> tuple[MainWindow, EventEditor]:
    """The window on ``path``, the Warsaw speech clicked and F2 pressed."""
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(path), wait=True)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    mark = w.canvas.scene().mark_for(WARSAW)
    assert mark is not None
    r = mark.marker
    qtbot.mouseClick(
        w.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2))
    )
    qtbot.keyClick(w.canvas, Qt.Key.Key_F2)
    ed = w.editing.editor
    assert ed.isVisible() and ed.current is not None and ed.current.id == WARSAW
    return w, ed


def type_text(widget: QWidget, text: str) -> None:
    """Typed key by key, as a keyboard sends them; characters QTest cannot name (’ ‘ ¶ ń)
    come as key events carrying their text, as an input method sends them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for ch in text:
        if ch.isascii():
            QTest.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def rows(ed: EventEditor) -> list[str]:
    lst = ed.quotes.list
    return [lst.item(k).text() for k in range(lst.count())]


def warsaw(w: MainWindow):  # type: ignore[no-untyped-def]
    e = w.canvas.timeline.get(WARSAW)
    assert e is not None
    return e


def test_each_quote_is_listed_with_its_check(qtbot: QtBot, lesson: Path) -> None:
    w, ed = open_editor(qtbot, lesson)
    assert rows(ed) == [
        "✓ ¶10 “This was in evidence in his speech in Warsaw on 6 July just…”",
        "✓ ¶10 Donald Trump: “The fundamental question of our time is whether the West…”",
        "✓ ¶10 Donald Trump: “cease its destabilising activities in Ukraine and elsewhere…”",
    ]
    # Every field of the quote form has a label that names it for a screen reader.
    q = ed.quotes
    for field in (q.text, q.speaker, q.source, q.locator, q.list):
        assert field.accessibleName()
        assert any(lab.buddy() is field for lab in ed.findChildren(QLabel))


def test_a_passage_selected_in_the_source_becomes_a_quote_with_its_locator(
    qtbot: QtBot, lesson: Path, tmp_path: Path
) -> None:
    w, ed = open_editor(qtbot, lesson)
    # A title typed and not applied stays through the quote's edit.
    ed.title.setFocus()
    ed.title.selectAll()
    qtbot.keyClicks(ed.title, "Warsaw speech")
    ed.quotes.speaker.setFocus()
    qtbot.keyClicks(ed.quotes.speaker, "Richard Sakwa")
    qtbot.mouseClick(ed.quotes.from_text_button, Qt.MouseButton.LeftButton)
    viewer = ed.quotes.viewer
    assert viewer is not None and viewer.isVisible()
    text = viewer.source_text.blocks[14].text
    start = text.index("A bilateral channel")
    end = text.index("Ukraine conflict") + len("Ukraine conflict")
    viewer.select_in_block(14, start, end)
    if SHOTS:
        viewer.grab().save(os.path.join(SHOTS, "editor-source-viewer.png"))
    qtbot.mouseClick(viewer.use_button, Qt.MouseButton.LeftButton)
    e = warsaw(w)
    assert len(e.quotes) == 4
    added = e.quotes[3]
    assert (added.text, added.locator, added.speaker) == (text[start:end], "¶14", "Richard Sakwa")
    assert added.source.id == "valdai-2017"
    assert rows(ed)[3] == (
        "✓ ¶14 Richard Sakwa: “A bilateral channel was established to try to find a way…”"
    )
    assert ed.quotes.check.text() == "Check: ✓ verbatim in ¶14"
    assert w.editing.act_undo.text() == "&Undo Add Quote to ‘Trump's speech in Warsaw’"
    assert ed.title.text() == "Warsaw speech"  # still as typed
    assert e.title == "Trump's speech in Warsaw"
    # The detail pane marks the new quote too.
    assert "A bilateral channel was established" in w.detail.browser.toPlainText()
    viewer.close()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)  # the keys reach it again
    w.grab().save(str(tmp_path / "editor-quotes.png"))
    if SHOTS:
        w.grab().save(os.path.join(SHOTS, "editor-quotes.png"))
    qtbot.keyClick(w.canvas, Qt.Key.Key_Z, CTRL)
    assert len(warsaw(w).quotes) == 3 and len(rows(ed)) == 3
    # A passage taken once another event is in the editor is not added to that event.
    qtbot.mouseClick(ed.quotes.from_text_button, Qt.MouseButton.LeftButton)
    viewer = ed.quotes.viewer
    assert viewer is not None
    w.canvas.select("g20-hamburg-2017-07-07")
    other = ed.current
    assert other is not None and other.id != WARSAW
    viewer.select_in_block(14, start, end)
    viewer.use_selection()
    assert w.canvas.timeline.get(other.id) == other and len(warsaw(w).quotes) == 3
    assert viewer.status.text().startswith("The editor shows another event now")
    viewer.close()


def test_a_typed_quote_is_checked_as_it_is_typed_and_added_with_keys(
    qtbot: QtBot, lesson: Path
) -> None:
    w, ed = open_editor(qtbot, lesson)
    q = ed.quotes
    q.list.setCurrentRow(-1)
    assert q.text.toPlainText() == "" and not q.replace_button.isEnabled()
    qtbot.keyClick(ed, Qt.Key.Key_J, ALT)  # "Quote (&just as written)"
    assert QApplication.focusWidget() is q.text
    type_text(q.text, "Trump's idea of American ‘greatness’")
    qtbot.keyClick(q.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is q.speaker
    qtbot.keyClick(q.speaker, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is q.source
    assert q.source.currentText() == "Putin and Trump Establish Bilateral Channel to Move Forward"
    qtbot.keyClick(q.source, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is q.locator
    type_text(q.locator, "¶6")
    check = q.check.text()
    assert check.startswith("Check: ✗ ")
    assert "closest passage in ¶6: “Trump’s idea of American ‘greatness’”" in check
    assert "the quote has “'” (U+0027 apostrophe) where the source has “’” (U+2019" in check
    if SHOTS:
        qtbot.wait(50)  # the layout settles, as on screen
        ed.widget().widget().grab().save(os.path.join(SHOTS, "editor-quote-not-found.png"))
    # Put right, the mark turns ✓ before anything is applied.
    q.text.setFocus()
    q.text.selectAll()
    type_text(q.text, "Trump’s idea of American ‘greatness’")
    assert q.check.text() == "Check: ✓ verbatim in ¶6"
    qtbot.keyClick(ed, Qt.Key.Key_Q, ALT)  # "Add &Quote": a click shown, then made
    qtbot.waitUntil(lambda: len(warsaw(w).quotes) == 4)
    e = warsaw(w)
    assert [x.text for x in e.quotes][-1] == "Trump’s idea of American ‘greatness’"
    assert e.quotes[-1].locator == "¶6"
    assert w.editing.act_undo.text() == "&Undo Add Quote to ‘Trump's speech in Warsaw’"
    assert q.list.currentRow() == 3
    # An empty quote is refused with the reason, and nothing changes.
    q.list.setCurrentRow(-1)
    n = w.editing.stack.count()
    qtbot.mouseClick(q.add_button, Qt.MouseButton.LeftButton)
    assert q.message.text().startswith("The quote's text is empty")
    assert w.editing.stack.count() == n


def test_quotes_are_moved_changed_and_removed_one_named_step_each(
    qtbot: QtBot, lesson: Path
) -> None:
    w, ed = open_editor(qtbot, lesson)
    q = ed.quotes
    first, second, third = warsaw(w).quotes
    q.list.setFocus()
    q.list.setCurrentRow(0)
    qtbot.keyClick(q.list, Qt.Key.Key_Down, ALT)
    assert warsaw(w).quotes == (second, first, third)
    assert w.editing.act_undo.text() == "&Undo Move Quote in ‘Trump's speech in Warsaw’"
    assert q.list.currentRow() == 1 and QApplication.focusWidget() is q.list
    qtbot.mouseClick(q.up_button, Qt.MouseButton.LeftButton)
    assert warsaw(w).quotes == (first, second, third)
    # A change of the speaker, put in place of the quote chosen.
    q.list.setCurrentRow(2)
    q.speaker.setFocus()
    q.speaker.selectAll()
    qtbot.keyClicks(q.speaker, "President Trump")
    qtbot.keyClick(ed, Qt.Key.Key_C, ALT)  # "Repla&ce Quote"
    qtbot.waitUntil(lambda: warsaw(w).quotes[2].speaker == "President Trump")
    assert warsaw(w).quotes[2].speaker == "President Trump"
    assert warsaw(w).quotes[2].text == third.text
    assert w.editing.act_undo.text() == "&Undo Edit Quote in ‘Trump's speech in Warsaw’"
    q.list.setFocus()
    qtbot.keyClick(q.list, Qt.Key.Key_Delete)
    assert warsaw(w).quotes == (first, second)
    assert w.editing.act_undo.text() == "&Undo Remove Quote from ‘Trump's speech in Warsaw’"
    assert q.list.count() == 2 and q.list.currentRow() == 1
    for _ in range(4):
        w.editing.stack.undo()
    assert warsaw(w).quotes == (first, second, third)
    assert rows(ed)[2].startswith("✓ ¶10 Donald Trump: “cease")


def test_a_source_is_made_inline_and_goes_in_with_its_first_quote(
    qtbot: QtBot, lesson: Path
) -> None:
    w, ed = open_editor(qtbot, lesson)
    folder = lesson.parent
    (folder / "texts").mkdir()
    (folder / "texts" / "speech.txt").write_text(
        "Remarks by President Trump to the People of Poland\n\n"
        "The fundamental question of our time is whether the West has the will to survive.\n",
        "utf-8",
    )
    q = ed.quotes
    sources_before = w.canvas.timeline.sources
    q.list.setCurrentRow(-1)
    q.source.setFocus()
    qtbot.keyClick(q.source, Qt.Key.Key_End)  # the last entry: New source…
    assert q.source.currentText() == "New source…" and q.new_source.isVisibleTo(ed)
    qtbot.keyClick(q.source, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is q.new_source.title
    qtbot.keyClicks(q.new_source.title, "Remarks to the People of Poland")
    qtbot.keyClick(q.new_source.title, Qt.Key.Key_Tab)
    qtbot.keyClicks(q.new_source.publisher, "The White House")
    qtbot.keyClick(q.new_source.publisher, Qt.Key.Key_Tab)
    qtbot.keyClicks(q.new_source.year, "20l7")
    q.new_source.ask_file = lambda: str(folder / "texts" / "speech.txt")
    qtbot.mouseClick(q.new_source.choose, Qt.MouseButton.LeftButton)
    assert q.new_source.text.text() == "texts/speech.txt"
    q.text.setFocus()
    qtbot.keyClicks(q.text, "whether the West has the will to survive")
    q.locator.setFocus()
    type_text(q.locator, "¶1")
    year_problem = "the source's year must be a number, such as 2017, not “20l7”."
    assert q.check.text() == f"Check: unchecked: {year_problem}"
    qtbot.mouseClick(q.add_button, Qt.MouseButton.LeftButton)
    assert q.message.text() == "T" + year_problem[1:]
    assert w.canvas.timeline.sources == sources_before
    q.new_source.year.setFocus()
    q.new_source.year.selectAll()
    qtbot.keyClicks(q.new_source.year, "2017")
    assert q.check.text() == "Check: ✓ verbatim in ¶1"
    qtbot.mouseClick(q.add_button, Qt.MouseButton.LeftButton)
    made = w.canvas.timeline.sources[-1]
    assert (made.title, made.publisher, made.year, made.text) == (
        "Remarks to the People of Poland", "The White House", 2017, "texts/speech.txt",
    )  # fmt: skip
    assert warsaw(w).quotes[-1].source == made
    assert q.source.currentText() == "Remarks to the People of Poland"
    # One undo takes back the quote and the source made for it.
    assert w.editing.act_undo.text() == "&Undo Add Quote to ‘Trump's speech in Warsaw’"
    w.editing.stack.undo()
    assert w.canvas.timeline.sources == sources_before and len(warsaw(w).quotes) == 3
    w.editing.stack.redo()
    # Saved and read back, the source and its text file stay.
    assert w.editing.save()
    again = load_timeline(str(lesson))
    assert again.get(WARSAW).quotes[-1].source.text == "texts/speech.txt"  # type: ignore[union-attr]


def test_a_picture_is_chosen_beside_the_timeline_with_caption_credit_and_alt_text(
    qtbot: QtBot, lesson: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    w, ed = open_editor(qtbot, lesson)
    pics = lesson.parent / "pictures"
    pics.mkdir()
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    assert image.save(str(pics / "warsaw.png"))
    m = ed.media
    m.ask_file = lambda: str(pics / "warsaw.png")
    qtbot.mouseClick(m.choose, Qt.MouseButton.LeftButton)
    assert m.url.text() == "pictures/warsaw.png"
    assert QApplication.focusWidget() is m.caption
    type_text(m.caption, "Krasiński Square, 6 July 2017")
    qtbot.keyClick(m.caption, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is m.credit
    qtbot.keyClicks(m.credit, "Test picture")
    qtbot.keyClick(m.credit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is m.alt
    qtbot.keyClicks(m.alt, "A blue rectangle")
    qtbot.keyClick(m.alt, Qt.Key.Key_Return, CTRL)
    [media] = warsaw(w).media
    assert (media.url, media.caption, media.credit, media.alt) == (
        "pictures/warsaw.png", "Krasiński Square, 6 July 2017", "Test picture", "A blue rectangle",
    )  # fmt: skip
    assert w.editing.act_undo.text() == "&Undo Edit ‘Trump's speech in Warsaw’"
    assert "Krasiński Square, 6 July 2017" in w.detail.browser.toPlainText()
    if SHOTS:
        w.grab().save(os.path.join(SHOTS, "editor-media.png"))
    # A caption with no picture is refused, with the reason.
    m.url.setFocus()
    m.url.clear()
    qtbot.keyClick(m.url, Qt.Key.Key_Return, CTRL)
    assert ed.message.text().startswith("The picture: choose a file or type a link")
    assert warsaw(w).media == (media,)
    w.editing.stack.undo()
    assert warsaw(w).media == ()
    # A web link is kept as typed (never fetched); a script address is refused.
    m.url.setFocus()
    m.url.clear()
    qtbot.keyClicks(m.url, "javascript:alert(1)")
    qtbot.keyClick(m.url, Qt.Key.Key_Return, CTRL)
    assert ed.message.text() == "The picture: name a file beside the timeline or an http(s) link."
    assert warsaw(w).media == ()
    m.url.clear()
    qtbot.keyClicks(m.url, "https://example.org/warsaw-2017.jpg")
    qtbot.keyClick(m.url, Qt.Key.Key_Return, CTRL)
    [link] = warsaw(w).media
    assert link.url == "https://example.org/warsaw-2017.jpg" and link.is_web


def test_a_picture_for_a_timeline_not_yet_saved_asks_to_save_first(
    qtbot: QtBot, lesson: Path, tmp_path: Path
) -> None:
    w = MainWindow()
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.editing, "ask", lambda _d: "discard"))
    w.show()
    qtbot.waitExposed(w)
    assert w.editing.new()
    assert w.editing.add_event_here()
    ed = w.editing.editor
    ed.media.ask_file = lambda: str(tmp_path / "x.png")
    assert not ed.media.choose_picture()
    assert ed.media.url.text() == ""
    assert ed.media.note.text() == (
        "The picture was not taken: save the timeline first: a picture is named relative "
        "to the timeline file."
    )
    assert isinstance(ed.media.note, QWidget) and ed.media.note.isVisible()
