"""The export dialog says, before the export, how many events the page cannot label."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from timeline_app.model import Category, Event, TimePoint
from timeline_app.model.timeline import Timeline
from timeline_app.render import export as ex
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.view.viewport import Limits, fit


def crowded() -> Timeline:
    """Forty events over four weeks in one category, one more in another a year before."""
    cats = [Category("a", "Crowded"), Category("b", "Quiet")]
    events = [
        Event(
            f"e{i}",
            f"A meeting of the council, day {i}",
            TimePoint(2017, 7, 1 + i % 28),
            category="a",
        )
        for i in range(40)
    ]
    events.append(Event("q", "Quiet", TimePoint(2016, 1, 1), category="b"))
    return Timeline(events, categories=cats)


def test_the_dialog_names_the_events_that_do_not_fit_and_larger_paper(qtbot: QtBot) -> None:
    tl = crowded()
    t0, t1 = tl.extent()
    vp = fit(t0, t1, 1000, Limits.around(t0, t1))
    dialog = ExportDialog(tl, vp, frozenset(), "light", {"format": "pdf", "view": "whole"})
    qtbot.addWidget(dialog)
    dialog.update_preview()
    page = ex.pdf_timeline_page(tl, *dialog.time_range(), dialog.options())
    folded = ex.unfitted(page)
    assert folded > 0
    assert f"{folded} events do not fit on A4: try A3" in dialog.message.text()
    assert dialog.export_button.isEnabled()  # a warning, not a refusal
    dialog.page.setCurrentText("A3")
    dialog.update_preview()
    assert "do not fit" not in dialog.message.text()
    dialog.reject()
