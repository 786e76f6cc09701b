"""Posters are for walls: their type, measured on the printed PDF, grows with their size as
far as the rows have room for it."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, Timeline, TimePoint
from timeline_app.render import export as ex
from timeline_app.render.painter import fonts_for
from timeline_app.ui.main_window import MainWindow

TITLE = "Putin and Trump, 2017"


@pytest.fixture
def timeline(bundled_path: Path, qapp: object) -> Timeline:
    return load_timeline(bundled_path)


def label_sizes_pt(pdf: Path, titles: list[str]) -> dict[str, list[float]]:
    """The size in points on paper of every piece of text that is one of ``titles``: the
    font size the PDF gives times the scale of its text and drawing matrices."""
    found: dict[str, list[float]] = {t: [] for t in titles}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        words = " ".join(text.split())
        if words in found:
            c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
            found[words].append(size * math.hypot(c, d))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return found


def export(timeline: Timeline, out: Path, **options: object) -> Path:
    # As `timeline-app export --poster` does: the whole timeline.
    ex.export_file(timeline, out, *ex.whole_range(timeline, 1920), ex.ExportOptions(**options))  # type: ignore[arg-type]
    return out


def test_a_four_page_a3_poster_has_labels_of_at_least_18_pt(
    timeline: Timeline, tmp_path: Path
) -> None:
    titles = [e.title for e in timeline.events]
    page = label_sizes_pt(export(timeline, tmp_path / "page.pdf", title=TITLE), titles)
    poster = label_sizes_pt(
        export(timeline, tmp_path / "p.pdf", title=TITLE, poster=True, poster_pages=4, page="A3"),
        titles,
    )
    # One A4 page: labels under 10 pt, for reading in the hand.
    assert max(s for sizes in page.values() for s in sizes) < 10
    # On the wall every event is labelled, each label at least 18 pt, legible at 3 m.
    assert all(poster.values()), [t for t, sizes in poster.items() if not sizes]
    assert min(s for sizes in poster.values() for s in sizes) >= 18.0


def test_a_posters_type_grows_with_its_size(timeline: Timeline) -> None:
    t0, t1 = ex.whole_range(timeline, 1920)

    def label_px(**options: object) -> float:
        o = ex.ExportOptions(poster=True, title=TITLE, **options)  # type: ignore[arg-type]
        _page, scale = ex.poster_page(timeline, t0, t1, *ex.poster_size_px(o), o)
        theme = ex.scaled_theme(ex.theme_of(o), scale)
        return float(fonts_for(theme)["label"].pixelSize())

    a4 = [label_px(poster_pages=n) for n in (2, 3)]
    a3 = [label_px(poster_pages=n, page="A3") for n in (2, 4)]
    assert 13 < a4[0] <= a4[1] < a3[1]  # larger than a page's 13 px, and more on A3


def crowded(per_day: int, lanes: int = 5) -> Timeline:
    """``lanes`` categories, each with ``per_day`` events on one day (a day of its own for
    each of the first five): the rows they need stack up."""
    cats = [Category(f"c{k}", f"Category {k}") for k in range(lanes)]
    events = [
        Event(
            f"e{k}-{i}", f"Event {i} of lane {k}", TimePoint(2017, 5, 1 + 20 * (k % 5)),
            category=c.id,
        )
        for k, c in enumerate(cats)
        for i in range(per_day)
    ]  # fmt: skip
    return Timeline(events, categories=cats)


CROWDED = ex.ExportOptions(poster=True, poster_pages=4, page="A3", title="Crowded")


def a3_poster(tl: Timeline, px: int | None = None) -> tuple[ex.Page, int]:
    """The four-page A3 poster of ``tl`` and its label size in pixels; or with ``px``, its
    page in that label size."""
    lo, hi = tl.extent()
    t0, t1 = lo - 20 * 86_400, hi + 20 * 86_400
    size = ex.poster_size_px(CROWDED)
    if px is not None:
        return ex.make_page(tl, t0, t1, *size, CROWDED, poster_scale=px / 13), px
    page, scale = ex.poster_page(tl, t0, t1, *size, CROWDED)
    return page, round(13 * scale)


def labels_inside_their_lanes(page: ex.Page) -> None:
    lanes = {band.index: band.rect for band in page.scene.lanes}
    for mark in page.scene.marks:
        lane, label = lanes[mark.lane], mark.label_rect
        assert lane.y <= label.y and label.bottom <= lane.bottom


def test_a_sparse_poster_keeps_every_label_and_grows_its_type_as_far_as_that_allows(
    qapp: object,
) -> None:
    tl = crowded(2)
    page, px = a3_poster(tl)
    at_page_type, _ = a3_poster(tl, 13)
    assert len(at_page_type.scene.marks) == len(page.scene.marks) == len(tl.events)
    labels_inside_their_lanes(page)
    width, height = ex.poster_size_px(CROWDED)
    wanted = round(13 * math.sqrt(width * height / ex.A4_AREA_PX))
    assert 24 <= px <= wanted
    if px < wanted:  # one pixel more of label would have folded some into counts
        larger, _ = a3_poster(tl, px + 1)
        assert len(larger.scene.marks) < len(tl.events)


@pytest.mark.parametrize("per_day", [3, 8])
def test_a_crowded_poster_is_legible_from_across_the_room(qapp: object, per_day: int) -> None:
    # In a page's type it would label more, but nobody reads 9.75 pt on a wall: 18 pt, the
    # rest counted in badges, every lane still labelled.
    tl = crowded(per_day)
    page, px = a3_poster(tl)
    at_page_type, _ = a3_poster(tl, 13)
    assert px == 24  # 18 pt
    assert len(page.scene.marks) < len(at_page_type.scene.marks)
    assert {m.lane for m in page.scene.marks} == set(range(5))
    assert len(page.scene.marks) + sum(b.count for b in page.scene.badges) == len(tl.events)
    labels_inside_their_lanes(page)


def test_a_poster_of_many_lanes_keeps_a_label_in_each(qapp: object) -> None:
    # Fourteen lanes on an A3 sheet's height: 18 pt rows would leave the lanes no room for
    # one, so the type grows only as far as every label keeps its place.
    tl = crowded(1, lanes=14)
    page, px = a3_poster(tl)
    at_page_type, _ = a3_poster(tl, 13)
    assert 13 < px < 24
    assert len(page.scene.marks) == len(at_page_type.scene.marks) == len(tl.events)
    labels_inside_their_lanes(page)


def ink(image: QImage) -> int:
    """How many pixels are dark (text, markers): more where the type is larger."""
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for y in range(image.height())
        for x in range(image.width())
    )


def test_the_export_dialog_previews_a_poster_in_its_type(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = window.export_dialog()
    dialog.resize(1400, 600)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    dialog.page.setCurrentText("A3")
    dialog.poster.setChecked(True)
    dialog.poster_pages.setValue(4)
    dialog.update_preview()
    preview = dialog.preview.pixmap().toImage()
    # The same preview in a page's type: what it showed before posters had their own.
    poster_page = ex.poster_page
    monkeypatch.setattr(ex, "poster_page", lambda *args: (poster_page(*args)[0], 1.0))
    dialog.update_preview()
    in_page_type = dialog.preview.pixmap().toImage()
    dialog.reject()
    assert preview.size() == in_page_type.size()
    assert ink(preview) > 1.3 * ink(in_page_type)


def test_a_poster_and_a_handout_open_in_light_ink_from_a_dark_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Remembered as a poster with a handout, the export opens in the light theme though
    the window is dark, and its PDF is light; the user can still choose dark."""
    window.apply_theme_choice("dark")
    window.settings.export = {"format": "pdf", "poster": True, "poster_pages": 4, "handout": True}
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    light = dialog.options()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.theme.activated.emit(dialog.theme.currentIndex())
    dark = dialog.options()
    t0, t1 = dialog.time_range()
    dialog.reject()
    assert (light.poster, light.handout, light.theme) == (True, True, "light")
    assert dark.theme == "dark"
    for options, theme in ((light, ex.THEMES["light"]), (dark, ex.THEMES["dark"])):
        out = tmp_path / f"{options.theme}.pdf"
        ex.export_file(window.canvas.timeline, out, t0, t1, options)
        reader = PdfReader(out)
        assert len(reader.pages) > 4  # four sheets, then the cards
        assert background(reader) == theme.background.upper()


def background(reader: PdfReader) -> str:
    """The colour the first sheet is filled with first: the page's background."""
    content = reader.pages[0].get_contents()
    assert content is not None
    found = re.search(rb"([\d.]+) ([\d.]+) ([\d.]+) scn", content.get_data())
    assert found is not None
    r, g, b = (round(float(v) * 255) for v in found.groups())
    return QColor(r, g, b).name().upper()
