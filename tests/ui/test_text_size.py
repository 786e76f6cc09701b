"""The timeline's text follows the user's font size, View › Text Size makes it larger or
smaller, and exports can choose it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.render import export as ex
from timeline_app.render.painter import fonts_for
from timeline_app.render.theme import LIGHT
from timeline_app.ui.accessibility import user_text_scale
from timeline_app.ui.main_window import MainWindow


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    before = QApplication.font()
    yield before
    QApplication.setFont(before)


def label_px(window: MainWindow) -> int:
    return fonts_for(window.canvas.theme)["label"].pixelSize()


def test_a_20_pt_font_makes_the_timeline_text_as_large(
    app_font: QFont, qtbot: QtBot, window: MainWindow
) -> None:
    normal = label_px(window)
    assert normal == round(LIGHT.label_px)  # the default 9 pt font keeps the design's sizes
    big = QFont(app_font)
    big.setPointSizeF(20)
    QApplication.setFont(big)  # as the desktop's font settings do, while the app runs
    qtbot.waitUntil(lambda: label_px(window) > normal)
    assert window.canvas.text_size == pytest.approx(2.0)
    assert label_px(window) == round(LIGHT.label_px * 2)
    # The rows grow with the text: the scene is laid out for it.
    assert window.canvas.scene().axis_rect.h == pytest.approx(2 * 42.0)


def test_the_platform_font_scale_counts_too() -> None:
    font = QFont()
    font.setPointSizeF(10)
    assert user_text_scale(font, 96) == pytest.approx(1.0)
    assert user_text_scale(font, 144) == pytest.approx(1.5)
    font.setPointSizeF(8)
    assert user_text_scale(font, 96) == 1.0  # never smaller than the design


def test_view_text_size_larger_smaller_normal(window: MainWindow) -> None:
    normal = label_px(window)
    window.act_text_larger.trigger()
    assert window.settings.text_size == 1.25
    assert label_px(window) == round(LIGHT.label_px * 1.25)
    window.act_text_larger.trigger()
    assert label_px(window) == round(LIGHT.label_px * 1.5)
    window.act_text_smaller.trigger()
    window.act_text_smaller.trigger()
    window.act_text_smaller.trigger()
    assert window.settings.text_size == 0.9
    assert label_px(window) < normal
    window.act_text_normal.trigger()
    assert label_px(window) == normal
    assert "Text size 100%" in window.statusBar().currentMessage()
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "textSizeMenu")
    assert menu is not None and len(menu.actions()) == 3


def test_the_text_size_is_kept_in_the_settings(window: MainWindow) -> None:
    window.set_text_size(1.5)
    window.store_settings()
    from timeline_app.settings import load_settings

    assert load_settings().text_size == 1.5


def test_an_export_chooses_its_text_size(window: MainWindow, qtbot: QtBot) -> None:
    window.set_text_size(2.0)
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.options().text_size == 2.0  # as on screen, until chosen in the dialog
    dialog.set_text_size(1.25)
    options = dialog.options()
    assert options.text_size == 1.25
    assert ex.theme_of(options).scale == 1.25
    assert fonts_for(ex.theme_of(options))["label"].pixelSize() == round(LIGHT.label_px * 1.25)
    assert dialog.remembered()["text_size"] == 1.25
    dialog.reject()
    with pytest.raises(ex.ExportError, match="text size 9 is out of range"):
        ex.check_options(ex.ExportOptions(text_size=9.0), "png")
