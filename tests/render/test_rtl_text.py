"""Right to left and shaped text: Arabic joined, Hebrew in its order, eliding at words on the
right side, the same in the window and every export, and Latin text still on the fast path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout

from timeline_app.formats import load_timeline
from timeline_app.model import Timeline
from timeline_app.render import painter as painter_mod
from timeline_app.render.painter import QtTextMetrics, fonts_for, layout_style, render
from timeline_app.render.shaping import has_rtl, needs_shaping
from timeline_app.render.theme import LIGHT
from timeline_app.view.layout import elide_words, layout
from timeline_app.view.scene import EventMark, Rect, Scene
from timeline_app.view.text import ELLIPSIS
from timeline_app.view.viewport import Viewport

RTL_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "rtl" / "rtl-history.json"
HATTIN = "معركة حطين"  # Battle of Hattin, 1187
CONSTANTINOPLE = "فتح القسطنطينية على يد السلطان محمد الفاتح"  # Conquest of Constantinople
INDEPENDENCE = "הכרזת העצמאות"  # Declaration of Independence, 1948


def _ink_columns(image: QImage, background: QColor) -> list[int]:
    """The columns of ``image`` where anything differs from ``background``."""
    bg = background.rgb()
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != bg for y in range(image.height()))
    ]


def _ink_rows_in(image: QImage, x0: int, x1: int, background: QColor) -> list[int]:
    bg = background.rgb()
    return [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != bg for x in range(max(0, x0), min(image.width(), x1)))
    ]


def _draw_label(text: str, painter_direction: Qt.LayoutDirection) -> QImage:
    """One label drawn by ``render`` at x = 20, on a painter whose direction is
    ``painter_direction`` (a widget's painter takes its widget's)."""
    scene = Scene(400, 60, Rect(0, 0, 400, 0))
    width = QtTextMetrics(LIGHT).width("label", text)
    scene.marks.append(
        EventMark("e", "#0072B2", False, Rect(-50, 20, 10, 10), text, Rect(20, 14, width, 22), 0, 0)
    )
    image = QImage(400, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT.background))
    p = QPainter(image)
    p.setLayoutDirection(painter_direction)
    render(p, scene, LIGHT, axis=False)
    p.end()
    return image


def _reference_width(text: str) -> float:
    """The advance of ``text`` laid out by QTextLayout in a font that always shapes."""
    font = QFont(fonts_for(LIGHT)["label"])
    font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    tl = QTextLayout(text, font)
    tl.beginLayout()
    line = tl.createLine()
    tl.endLayout()
    return line.naturalTextWidth()


def test_arabic_labels_are_drawn_joined(qapp: object) -> None:
    # Unshaped, each letter takes its isolated form and the word is much wider; shaped, the
    # drawn ink spans what a QTextLayout reference measures.
    fm = QFontMetricsF(fonts_for(LIGHT)["label"])
    isolated = sum(fm.horizontalAdvance(ch) for ch in HATTIN)
    joined = _reference_width(HATTIN)
    assert joined < isolated - 8
    cols = _ink_columns(
        _draw_label(HATTIN, Qt.LayoutDirection.LeftToRight), QColor(LIGHT.background)
    )
    drawn = cols[-1] - cols[0] + 1
    assert abs(drawn - joined) <= 3
    assert drawn < isolated - 5


def test_measured_width_agrees_with_what_is_drawn(qapp: object) -> None:
    metrics = QtTextMetrics(LIGHT)
    for text in (HATTIN, CONSTANTINOPLE, INDEPENDENCE):
        assert abs(metrics.width("label", text) - _reference_width(text)) <= 1.5
        cols = _ink_columns(
            _draw_label(text, Qt.LayoutDirection.LeftToRight), QColor(LIGHT.background)
        )
        # The ink starts at the label's left edge and ends within its measured width.
        assert 20 <= cols[0] <= 22
        assert cols[-1] <= 20 + metrics.width("label", text) + 1


def test_rtl_label_elided_after_whole_words_with_the_ellipsis_on_the_left(qapp: object) -> None:
    metrics = QtTextMetrics(LIGHT)
    room = metrics.width("label", CONSTANTINOPLE) * 0.6
    shown = elide_words(metrics, "label", CONSTANTINOPLE, room)
    assert shown.endswith(ELLIPSIS) and metrics.width("label", shown) <= room
    kept = shown[: -len(ELLIPSIS)]
    words = CONSTANTINOPLE.split(" ")
    assert kept.split(" ") == words[: len(kept.split(" "))]  # whole words, from the start
    # Drawn in a left to right window, the ellipsis is still at the end of the Arabic
    # reading, on the left: the leftmost ink is the three dots, only a few rows tall.
    bg = QColor(LIGHT.background)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        image = _draw_label(shown, direction)
        cols = _ink_columns(image, bg)
        left_rows = _ink_rows_in(image, cols[0], cols[0] + 4, bg)
        right_rows = _ink_rows_in(image, cols[-1] - 3, cols[-1] + 1, bg)
        assert len(left_rows) <= 3 < len(right_rows), direction


def test_latin_label_keeps_its_ellipsis_on_the_right_in_a_mirrored_window(qapp: object) -> None:
    metrics = QtTextMetrics(LIGHT)
    shown = elide_words(metrics, "label", "Opening of the Suez Canal", 110)
    assert shown.endswith(ELLIPSIS)
    bg = QColor(LIGHT.background)
    image = _draw_label(shown, Qt.LayoutDirection.RightToLeft)
    cols = _ink_columns(image, bg)
    assert len(_ink_rows_in(image, cols[-1] - 3, cols[-1] + 1, bg)) <= 3
    assert len(_ink_rows_in(image, cols[0], cols[0] + 4, bg)) > 3


def test_hebrew_brackets_are_mirrored(qapp: object) -> None:
    # Bidi mirrors "(" in right to left text; without shaping Qt draws it unmirrored, so the
    # two brackets would face away from the year.
    text = INDEPENDENCE + " (1948)"
    font = QFont(fonts_for(LIGHT)["label"])
    font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    reference = QImage(400, 60, QImage.Format.Format_RGB32)
    reference.fill(QColor(LIGHT.background))
    p = QPainter(reference)
    p.setFont(font)
    p.setPen(QColor(LIGHT.label_text))
    fm = QFontMetricsF(font)
    p.drawText(QPointF(20, 14 + 11 + (fm.ascent() - fm.descent()) / 2), text)
    p.end()
    drawn = _draw_label(text, Qt.LayoutDirection.LeftToRight)
    assert drawn == reference


def test_latin_greek_and_cyrillic_take_the_fast_path() -> None:
    for text in ("Balfour Declaration", "Révolution française", "Οκτωβριανή Επανάσταση",
                 "Октябрьская революция", "Sykes–Picot Agreement", "Łódź 1820"):  # fmt: skip
        assert not needs_shaping(text), text
        assert not has_rtl(text)
    for text in (HATTIN, INDEPENDENCE, "स्वतंत्रता दिवस", "กรุงศรีอยุธยา", "e\u0301te\u0301",
                 "ދިވެހިރާއްޖެ", "ܐܪܡܝܐ"):  # fmt: skip
        assert needs_shaping(text), text
    assert has_rtl(HATTIN) and has_rtl(INDEPENDENCE)


@pytest.fixture
def rtl_timeline(qapp: object) -> Timeline:
    return load_timeline(RTL_FIXTURE)


def _frame(timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> list[list[EventMark]]:
    """The labels handed to the shaping drawer in one frame of the whole timeline."""
    calls: list[list[EventMark]] = []
    original = painter_mod._draw_shaped_labels

    def spy(painter: QPainter, marks: list[EventMark], *args: object) -> None:
        calls.append(list(marks))
        original(painter, marks, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(painter_mod, "_draw_shaped_labels", spy)
    t0, t1 = timeline.extent()
    vp = Viewport(t0 - (t1 - t0) * 0.05, (t1 - t0) * 1.1, 1100)
    scene = layout(timeline, vp, 400, QtTextMetrics(LIGHT), layout_style(LIGHT))
    image = QImage(1100, 400, QImage.Format.Format_RGB32)
    p = QPainter(image)
    render(p, scene, LIGHT)
    p.end()
    return calls


def test_only_labels_that_need_shaping_leave_the_fast_path(
    rtl_timeline: Timeline, bundled_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _frame(rtl_timeline, monkeypatch)
    assert len(calls) == 1  # one change of font a frame
    shaped = {m.label for m in calls[0]}
    assert HATTIN in shaped and all(needs_shaping(t) for t in shaped)
    assert "Sykes–Picot Agreement" not in shaped
    # A timeline in English never leaves the fast path.
    assert _frame(load_timeline(bundled_path), monkeypatch) == []
