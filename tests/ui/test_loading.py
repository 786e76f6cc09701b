"""Opening a large file: a worker thread, progress and Cancel in the status bar, and a window
that keeps answering; the timeline on screen stays until the new one is ready."""

import json

import pytest
from PySide6.QtCore import QTimer

from timeline_app.ui import loading

N = 60_000  # about 8 MB


def write_large(path, n=N, broken_at=None):
    events = [
        {
            "id": f"e{i}",
            "title": f"Event number {i}",
            "start": f"{1900 + i // 400:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00Z",
            "category": "c",
        }
        for i in range(n)
    ]
    if broken_at is not None:
        events[broken_at]["start"] = "2017-02-30"
    doc = {
        "format": "timeline-app",
        "version": 1,
        "title": "Large",
        "categories": [{"id": "c", "label": "C"}],
        "events": events,
    }
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert path.stat().st_size >= loading.BACKGROUND_BYTES
    return path


@pytest.fixture
def large(tmp_path):
    return write_large(tmp_path / "large.timeline.json")


def test_a_large_file_loads_in_the_background_while_the_window_answers(window, qtbot, large):
    bundled = window.canvas.timeline
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    # Each tick notes whether a load was still running: a load in the GUI thread would
    # leave no tick inside it.
    timer.timeout.connect(lambda: ticks.append(bool(window.loading_path)))
    timer.start()
    progress = []
    window.loading_bar.bar.valueChanged.connect(progress.append)

    assert window.open_path(str(large))  # returns at once: the load has started
    assert window.loading_path == str(large)
    assert window.loading_bar.isVisible()
    assert "large.timeline.json" in window.loading_bar.label.text()
    # Until the new timeline is ready, the old one is on screen and still works.
    assert window.canvas.timeline is bundled
    window.canvas.zoom_by(2.0)
    qtbot.waitUntil(lambda: not window.loading_path, timeout=60_000)
    timer.stop()

    assert len(window.canvas.timeline) == N
    assert window.canvas.timeline.title == "Large"
    assert not window.loading_bar.isVisible()
    assert f"{N:,} events" in window.statusBar().currentMessage()
    # The event loop ran during the load: the 10 ms timer fired while it was under way.
    assert any(ticks)
    assert progress and max(progress) > 500
    assert window.event_list.model.rowCount() == N


def test_cancel_keeps_the_timeline_on_screen(window, qtbot, large):
    bundled = window.canvas.timeline
    assert window.open_path(str(large))
    window.loading_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not window.loading_path, timeout=60_000)
    assert window.canvas.timeline is bundled
    assert len(window.canvas.timeline) == 14
    assert "Stopped opening large.timeline.json" in window.statusBar().currentMessage()
    assert not window.loading_bar.isVisible()


def test_a_broken_large_file_is_explained_and_the_timeline_stays(window, qtbot, tmp_path):
    path = write_large(tmp_path / "broken.timeline.json", broken_at=N - 10)
    bundled = window.canvas.timeline
    assert not window.open_path(str(path), wait=True)
    assert window.canvas.timeline is bundled
    assert f"events[{N - 10}].start" in window.last_error
    assert "February" in window.last_error and "broken.timeline.json:" in window.last_error


def test_opening_another_file_stops_the_first_load(window, qtbot, large, bundled_path):
    assert window.open_path(str(large))
    assert window.open_path(str(bundled_path))  # small: read at once
    qtbot.waitUntil(lambda: not window.loading_path, timeout=60_000)
    qtbot.wait(50)
    assert len(window.canvas.timeline) == 14  # the large file did not replace it


def test_closing_the_window_during_a_load_stops_it(qtbot, large):
    from timeline_app.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(str(large))
    w.close()  # must not hang or crash
    assert not w.loading_path


def test_searching_a_large_timeline_reads_titles(window, qtbot, large, monkeypatch):
    from timeline_app.ui import side_panels

    monkeypatch.setattr(side_panels, "FULL_SEARCH_EVENTS", 1_000)
    assert window.open_path(str(large), wait=True)
    window.event_list.search.setText("NUMBER 599")
    window.event_list.search.setText("NUMBER 5999")  # every word, in any case
    model = window.event_list.model
    assert model.rowCount() == N  # a large timeline's search waits until typing pauses
    qtbot.waitUntil(lambda: model.rowCount() < N, timeout=5_000)
    found = {model.event_at(r).id for r in range(model.rowCount())}
    assert found == {f"e{k}5999" for k in ("", 1, 2, 3, 4, 5)} | {f"e5999{d}" for d in range(10)}
    assert "16 of 60,000 events" in window.event_list.count.text()
    window.canvas.select("e59995")
    assert window.event_list.current_id() == "e59995"


def test_of_two_large_files_opened_in_a_row_the_second_is_shown(window, qtbot, tmp_path, large):
    second = write_large(tmp_path / "second.timeline.json", n=N // 2)
    assert window.open_path(str(large))
    assert window.open_path(str(second))
    assert window.loading_path == str(second)
    qtbot.waitUntil(lambda: not window.loading_path, timeout=60_000)
    qtbot.wait(100)  # the first load's end, if it comes after, changes nothing
    assert len(window.canvas.timeline) == N // 2
    assert window.canvas.timeline.path == str(second)
    assert not window.loading_bar.isVisible()


def test_a_window_deleted_during_a_load_neither_crashes_nor_hangs(qtbot, large):
    from PySide6.QtCore import QCoreApplication, QEvent

    from timeline_app.ui.main_window import MainWindow

    w = MainWindow()
    w.show()
    assert w.open_path(str(large))
    w.deleteLater()  # no closeEvent: the thread must outlive the window, not abort
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not loading._RUNNING, timeout=60_000)
    qtbot.wait(50)


def test_home_and_end_in_the_event_list_go_to_the_first_and_last_event(window, qtbot):
    from PySide6.QtCore import Qt

    view = window.event_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert window.event_list.current_id() == window.canvas.timeline.events[-1].id
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert window.event_list.current_id() == window.canvas.timeline.events[0].id
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.event_list.current_id() == window.canvas.timeline.events[1].id


def test_typing_on_narrows_the_search_and_deleting_widens_it_again(window, qtbot):
    model = window.event_list.model
    model.set_query("putin")
    some = model.rowCount()
    model.set_query("putin trump")  # narrows the rows already found
    fewer = {model.event_at(r).id for r in range(model.rowCount())}
    model.set_query("trump")  # not an extension: searched afresh
    trump = {model.event_at(r).id for r in range(model.rowCount())}
    model.set_query("putin trump")
    assert {model.event_at(r).id for r in range(model.rowCount())} == fewer
    assert 0 < len(fewer) <= some and fewer <= trump
    assert len(trump) > len(fewer)
