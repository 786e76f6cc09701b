"""The Export dialog's range of dates: the same reader and choice of events as the CLI."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timeline_app.render import export as ex
from timeline_app.ui.main_window import MainWindow


def test_the_range_field_is_bounded_and_a_dotted_paste_does_not_freeze(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.view_range.setChecked(True)
    assert dialog.range_text.maxLength() == ex.MAX_RANGE_CHARS
    dialog.range_text.setText("." * 120_000)  # a paste that used to hang the preview
    assert len(dialog.range_text.text()) == ex.MAX_RANGE_CHARS
    dialog.update_preview()
    assert not dialog.export_button.isEnabled()
    assert "too many dots" in dialog.message.text()
    assert len(dialog.message.text()) < 300
    dialog.reject()


def test_a_range_of_a_morning_shows_the_event_of_that_day(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.view_range.setChecked(True)
    dialog.range_text.setText("2017-05-10T00:00Z..2017-05-10T11:00Z")
    dialog.update_preview()
    assert dialog.export_button.isEnabled(), dialog.message.text()
    t0, t1 = dialog.time_range()
    page = ex.make_page(dialog.timeline, t0, t1, 1200, 800, dialog.options())
    assert "white-house-lavrov-2017-05-10" in {m.event_id for m in page.scene.marks}
    dialog.reject()


def test_a_message_keeps_its_capitals(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.view_range.setChecked(True)
    dialog.range_text.setText("1999-05..1999-05")
    dialog.update_preview()
    assert dialog.message.text().startswith("No events between 1 May 1999 and 1 June 1999")
    dialog.reject()
