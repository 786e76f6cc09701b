"""The source viewer: the source's text with its ¶ numbers, a selected passage taken as a
quote with its locator, and a quote taken so checks ✓ against the same text."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from timeline_app.formats import quotecheck as qc
from timeline_app.model.timeline import Source
from timeline_app.ui.source_viewer import SourceViewer, open_source_viewer

ROOT = Path(__file__).resolve().parents[2]
NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
SHOTS = os.environ.get("TIMELINE_APP_SCREENSHOTS", "")
SOURCE = Source("valdai-2017", "Putin and Trump Establish Bilateral Channel to Move Forward")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8")), "utf-8")
    return path


@pytest.fixture
def viewer(article: Path, qtbot: QtBot) -> Iterator[SourceViewer]:
    parent = QWidget()
    qtbot.addWidget(parent)
    v = open_source_viewer(SOURCE, "", parent, text_file=str(article))
    assert v is not None and v.isVisible()
    yield v
    v.close()


def test_the_text_is_shown_with_its_paragraph_numbers(viewer: SourceViewer) -> None:
    doc = viewer.view.document()
    assert doc.blockCount() == 16
    assert doc.findBlockByNumber(0).text().startswith("Title\u2003Putin and Trump")
    assert doc.findBlockByNumber(2).text() == "¶2\u2003From Leadership to Greatness"
    assert doc.findBlockByNumber(15).text().startswith("¶15\u2003")
    assert viewer.windowTitle() == f"Source text — {SOURCE.title}"
    if SHOTS:
        viewer.select_in_block(14, 0, 120)
        viewer.grab().save(os.path.join(SHOTS, "source-viewer.png"))


def test_a_selection_becomes_a_quote_with_its_locator(
    viewer: SourceViewer, qtbot: QtBot, article: Path
) -> None:
    text = viewer.source_text.blocks[14].text
    start = text.index("The two leaders")
    end = text.index("Above all") + len("Above all")
    viewer.select_in_block(14, start, end)
    assert viewer.use_button.isEnabled()
    assert viewer.status.text() == f"¶14: {end - start} characters selected"
    with qtbot.waitSignal(viewer.quote_chosen) as signal:
        qtbot.mouseClick(viewer.use_button, Qt.MouseButton.LeftButton)
    quote, locator = signal.args
    assert (quote, locator) == (text[start:end], "¶14")
    assert "\u00a0" in quote  # the no-break space of ¶14 is kept
    check = qc.check_quote(quote, locator, qc.read_source_text(str(article)))
    assert check.line() == "✓ verbatim in ¶14"


def test_a_whole_paragraph_selected_with_its_number_leaves_the_number_out(
    viewer: SourceViewer, qtbot: QtBot
) -> None:
    block = viewer.view.document().findBlockByNumber(2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    viewer.view.setTextCursor(cursor)
    with qtbot.waitSignal(viewer.quote_chosen) as signal:
        viewer.use_selection()
    assert signal.args == ["From Leadership to Greatness", "¶2"]


def test_a_selection_over_two_paragraphs_is_not_a_quote(viewer: SourceViewer) -> None:
    doc = viewer.view.document()
    cursor = QTextCursor(doc.findBlockByNumber(3))
    cursor.setPosition(doc.findBlockByNumber(4).position() + 10, QTextCursor.MoveMode.KeepAnchor)
    viewer.view.setTextCursor(cursor)
    assert not viewer.use_button.isEnabled()
    assert viewer.status.text() == "A quote is one passage from one paragraph: make two quotes."
    # Up to the very start of the next paragraph is still one paragraph.
    cursor = QTextCursor(doc.findBlockByNumber(3))
    cursor.setPosition(doc.findBlockByNumber(4).position(), QTextCursor.MoveMode.KeepAnchor)
    viewer.view.setTextCursor(cursor)
    assert viewer.selection()[1:] == ("¶3", "")


def test_a_source_without_text_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_source_viewer(SOURCE, str(tmp_path / "t.json"), parent) is None
    [box] = parent.findChildren(QMessageBox, "sourceTextMissing")
    assert box.text() == (
        f"The text of “{SOURCE.title}” cannot be shown: "
        "the source names no full text to check against."
    )
    box.close()
    named = Source("s", "Reader", text="reader.txt")
    assert open_source_viewer(named, str(tmp_path / "t.json"), parent) is None
    box = parent.findChildren(QMessageBox, "sourceTextMissing")[-1]
    assert box.text() == "The text of “Reader” cannot be shown: reader.txt: no such file."
