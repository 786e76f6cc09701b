"""Exports opened again and checked: sizes, text, pages, and that failures lose nothing."""

from __future__ import annotations

import itertools
import os
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, TimePoint
from timeline_app.model.timeline import Timeline
from timeline_app.render import export as ex
from timeline_app.render.painter import Highlight
from timeline_app.ui.canvas import TimelineCanvas
from timeline_app.view.compose import poster_tiles

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def timeline(bundled_path: Path, qapp: object) -> Timeline:
    return load_timeline(bundled_path)


def whole(tl: Timeline, width: float = 1920) -> tuple[float, float]:
    return ex.whole_range(tl, width)


def test_png_has_the_requested_size_dpi_and_drawn_labels(
    timeline: Timeline, tmp_path: Path
) -> None:
    out = tmp_path / "t.png"
    opts = ex.ExportOptions(width=3508, height=2480, dpi=300, title="Putin and Trump, 2017")
    ex.export_file(timeline, out, *whole(timeline, 3508 / (300 / 96)), opts)
    img = QImage(str(out))
    assert (img.width(), img.height()) == (3508, 2480)
    assert round(img.dotsPerMeterX() * 0.0254) == 300
    # Where the layout put each label there is ink (text darker than the background).
    page = ex.make_page(
        timeline,
        *whole(timeline, 3508 / (300 / 96)),
        3508 / 3.125,
        2480 / 3.125,
        opts,
        ex.image_margin(opts),
    )
    assert len(page.scene.marks) >= 10
    for mark in page.scene.marks:
        r = mark.label_rect
        x0, y0 = (r.x + page.origin_x) * 3.125, (r.y + page.origin_y) * 3.125
        dark = sum(
            1 for dx in range(0, int(min(r.w, 80) * 3.125), 3) for dy in range(0, int(r.h * 3.125), 3)
            if img.pixelColor(int(x0 + dx), int(y0 + dy)).lightness() < 120
        )  # fmt: skip
        assert dark > 5, mark.event_id


def test_png_transparent_background(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    opts = ex.ExportOptions(width=800, height=500, transparent=True)
    ex.export_file(timeline, out, *whole(timeline), opts)
    img = QImage(str(out))
    assert img.hasAlphaChannel()
    page = ex.make_page(timeline, *whole(timeline), 800, 500, opts, ex.image_margin(opts))
    lane = page.scene.lanes[3].rect  # the Speeches lane: one event, much empty space
    empty = (round(page.origin_x + 60), round(page.origin_y + lane.y + lane.h * 0.85))
    assert img.pixelColor(*empty).alpha() == 0
    marks = [m for m in page.scene.marks if m.lane == 3]
    r = marks[0].marker
    assert (
        img.pixelColor(
            round(page.origin_x + r.x + r.w / 2), round(page.origin_y + r.y + r.h / 2)
        ).alpha()
        == 255
    )


def test_svg_is_vector_with_every_visible_title_as_text(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "t.svg"
    opts = ex.ExportOptions(width=1920, height=1080, title="Classroom")
    t0, t1 = whole(timeline)
    ex.export_file(timeline, out, t0, t1, opts)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("width", "").endswith("mm") and root.get("viewBox")
    width_mm = float(root.get("width", "0").removesuffix("mm"))
    assert width_mm == pytest.approx(1920 / 96 * 25.4, rel=0.01)
    texts = {"".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")}
    page = ex.make_page(timeline, t0, t1, 1920, 1080, opts, ex.image_margin(opts))
    for mark in page.scene.marks:
        assert mark.label in texts
    assert "Classroom" in texts
    assert not list(root.iter(f"{SVG}image"))  # nothing rasterised


def test_pdf_page_text_and_size(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    ex.export_file(
        timeline, out, *whole(timeline, 1050), ex.ExportOptions(page="A3", title="Hamburg")
    )
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (420, 297)
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for title in (
        "Hamburg",
        "First Putin–Trump meeting",
        "Trump's speech in Warsaw",
        "US presidential election",
    ):
        assert title in text
    assert "Valdai Discussion Club" in text


def test_pdf_portrait_letter(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    ex.export_file(
        timeline, out, *whole(timeline, 700), ex.ExportOptions(page="Letter", landscape=False)
    )
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_handout_has_timeline_cards_with_quotes_then_sources(
    timeline: Timeline, tmp_path: Path
) -> None:
    out = tmp_path / "h.pdf"
    ex.export_file(timeline, out, *whole(timeline, 1050), ex.ExportOptions(handout=True))
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # the timeline, landscape
    cards = "".join(p.extract_text() for p in reader.pages[1:])
    cards = re.sub(r"\s+", " ", cards)
    for event in timeline.events:
        assert event.title in cards, event.title
    assert (
        "The fundamental question of our time is whether the West has the will to survive" in cards
    )
    assert "¶10" in cards
    last = re.sub(r"\s+", " ", reader.pages[-1].extract_text())
    assert (
        "Sources" in last and "Putin and Trump Establish Bilateral Channel to Move Forward" in last
    )


def test_every_quote_copies_from_the_handout_letter_for_letter(
    timeline: Timeline, tmp_path: Path
) -> None:
    """A student who copies or searches a quote in the PDF gets its exact letters: no
    ligature characters (U+FB00–U+FB06, "ﬁ" for "fi") anywhere in the text."""
    out = tmp_path / "h.pdf"
    ex.export_file(timeline, out, *whole(timeline, 1050), ex.ExportOptions(handout=True))
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert not [c for c in text if 0xFB00 <= ord(c) <= 0xFB06]

    def flat(s: str) -> str:  # lines joined; a hyphen may end a line of a column
        return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", s))

    quotes = [q.text for e in timeline.events for q in e.quotes]
    assert any("fi" in q for q in quotes)  # the bundled quotes do hold such pairs
    for quote in quotes:
        assert flat(quote) in flat(text), quote[:60]


@pytest.mark.parametrize(
    ("name", "options"),
    [("t.pdf", {}), ("poster.pdf", {"poster": True}), ("t.svg", {})],
)
def test_no_ligature_character_in_any_pdf_or_svg(
    timeline: Timeline, tmp_path: Path, name: str, options: dict[str, object]
) -> None:
    out = tmp_path / name
    ex.export_file(timeline, out, *whole(timeline, 1050), ex.ExportOptions(**options))  # type: ignore[arg-type]
    if name.endswith(".svg"):
        text = out.read_text(encoding="utf-8")
    else:
        text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert text.strip() and not [c for c in text if 0xFB00 <= ord(c) <= 0xFB06]


def test_no_handout_card_is_split_across_two_pages(timeline: Timeline, tmp_path: Path) -> None:
    # A page that opens with the end of a citation helps nobody: each page of cards begins
    # with an event's title (or the list of sources), and every summary is printed whole.
    out = tmp_path / "h.pdf"
    ex.export_file(timeline, out, *whole(timeline, 1050), ex.ExportOptions(handout=True))
    # NFKC: the PDF's text has ligatures ("ﬃ"); a hyphen that ends a line of a column
    # ("anti-" / "Russian") is read with the line break after it.
    pages = [
        re.sub(
            r"-\s+", "-", re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text()))
        ).strip()
        for p in PdfReader(out).pages[1:]
    ]
    titles = [e.title for e in timeline.events]
    for k, text in enumerate(pages, start=2):
        assert any(text.startswith(t) for t in [*titles, "Sources"]), (k, text[:80])
    for event in timeline.events:
        heading = f"{event.title} {event.date_text()}"
        homes = [k for k, text in enumerate(pages) if heading in text]
        assert len(homes) == 1, event.title
        assert event.summary in pages[homes[0]], event.title  # on the card's own page


def test_a_card_taller_than_a_page_runs_on_and_the_next_starts_a_page(
    qapp: object, tmp_path: Path
) -> None:
    from timeline_app.model import Quote, Source

    src = Source("s", "A source", "A Publisher", 2017)
    long_card = Event(
        "long",
        "A day with many quotes",
        TimePoint(2017, 5, 1),
        quotes=tuple(Quote(f"Quote number {k} " + "word " * 60, src, f"¶{k}") for k in range(30)),
    )
    short = Event("short", "The day after", TimePoint(2017, 5, 2), summary="Short.")
    tl = Timeline([long_card, short], sources=[src])
    out = tmp_path / "tall.pdf"
    lo, hi = tl.extent()
    ex.export_file(tl, out, lo, hi + 86400, ex.ExportOptions(handout=True))
    pages = [
        re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())).strip()
        for p in PdfReader(out).pages[1:]
    ]
    text = " ".join(pages)
    assert all(f"Quote number {k} " in text for k in range(30))  # nothing lost at a page end
    assert sum("Quote number" in page for page in pages) >= 2  # it did run over
    after = [k for k, page in enumerate(pages) if "The day after" in page]
    assert len(after) == 1 and "Short." in pages[after[0]]  # the next card whole


def test_poster_tiles_cover_the_width_without_gaps() -> None:
    tiles = poster_tiles(1000.0, 40.0, 4)
    assert tiles[0][0] == 0
    for (_a0, a1), (b0, b1) in itertools.pairwise(tiles):
        assert b0 < a1  # overlap: no gap
        assert a1 - b0 == pytest.approx(40.0)
        assert b1 - b0 == pytest.approx(1000.0)


def test_poster_pdf_has_one_page_per_tile_with_overlapping_content(
    timeline: Timeline, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    t0, t1 = ex.parse_range("2017-01..2017-07")
    ex.export_file(timeline, out, t0, t1, ex.ExportOptions(poster=True, poster_pages=3))
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    for title in (
        "Trump inaugurated as US president",
        "First Putin–Trump meeting",
        "Trump's speech in Warsaw",
    ):
        assert title in text


def canvas_showing(qtbot: QtBot, timeline: Timeline, zoom: float, at: float) -> TimelineCanvas:
    """A 1000 × 560 canvas on screen with ``timeline``, zoomed in ``zoom`` times at x ``at``."""
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 560)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_timeline(timeline)
    canvas.zoom_by(zoom, at)
    return canvas


def test_current_view_export_matches_the_screen(timeline: Timeline, qtbot: QtBot) -> None:
    canvas = canvas_showing(qtbot, timeline, 1.7, 700)
    screen = canvas.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    vp = canvas.viewport
    opts = ex.ExportOptions(
        width=canvas.width(), height=canvas.height(), legend=False, footer=False, axis=True
    )
    exported = ex.render_image(timeline, vp.start, vp.end, opts, Highlight()).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert (exported.width(), exported.height()) == (screen.width(), screen.height())
    differing = 0
    for y in range(0, screen.height(), 2):
        for x in range(0, screen.width(), 2):
            a, b = screen.pixelColor(x, y), exported.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > 40
            ):
                differing += 1
    assert differing / ((screen.width() // 2) * (screen.height() // 2)) < 0.001


def dense_timeline(n: int = 5000) -> Timeline:
    rng = random.Random(3)
    words = ["Summit", "Call", "Speech", "Accord", "Visit", "Report", "Vote", "Treaty"]
    return Timeline(
        [
            Event(
                f"e{i}",
                f"{rng.choice(words)} {rng.choice(words).lower()} number {i}",
                TimePoint(rng.randint(2000, 2009), rng.randint(1, 12), rng.randint(1, 28)),
                category=rng.choice(["a", "b", "c"]),
            )
            for i in range(n)
        ],
        categories=[Category("a", "A"), Category("b", "B"), Category("c", "C")],
    )


def test_a_scaled_copy_of_the_view_shows_the_labels_the_window_shows(qtbot: QtBot) -> None:
    # Copy Image renders the view at 192 dpi; an A4 print or a 300 dpi PNG is scaled too.
    # Text must measure the same at every scale, or they would show other labels and counts.
    timeline = dense_timeline()
    canvas = canvas_showing(qtbot, timeline, 6.0, 400)
    vp = canvas.viewport
    shown = canvas.scene()
    assert len(shown.marks) > 50 and shown.badges, "a busy view"
    for dpi in (192.0, 300.0):
        opts = ex.ExportOptions(
            width=round(1000 * dpi / 96), height=round(560 * dpi / 96), dpi=dpi,
            legend=False, footer=False,
        )  # fmt: skip
        copy = ex.make_page(timeline, vp.start, vp.end, 1000, 560, opts, 0.0).scene
        assert [(m.event_id, m.label, m.label_rect) for m in copy.marks] == [
            (m.event_id, m.label, m.label_rect) for m in shown.marks
        ]
        assert [(b.count, b.rect) for b in copy.badges] == [(b.count, b.rect) for b in shown.badges]


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("t.gif", ex.ExportOptions(), "unknown file type '.gif'"),
        ("t.png", ex.ExportOptions(width=20000), "width 20000 px is out of range"),
        ("t.png", ex.ExportOptions(height=0), "height 0 px is out of range"),
        ("t.pdf", ex.ExportOptions(page="B5"), "unknown page size 'B5'"),
        ("t.png", ex.ExportOptions(theme="neon"), "unknown theme 'neon'"),
    ],
)
def test_bad_requests_leave_the_old_file_untouched(timeline: Timeline, tmp_path: Path, name: str,
                                                   options: ex.ExportOptions, message: str) -> None:  # fmt: skip
    out = tmp_path / name
    out.write_bytes(b"old contents")
    with pytest.raises(ex.ExportError, match=re.escape(message)):
        ex.export_file(timeline, out, *whole(timeline), options)
    assert out.read_bytes() == b"old contents"


def test_a_range_without_events_is_refused(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    out.write_bytes(b"old")
    with pytest.raises(ex.ExportError, match="no events between 1 March 1999 and 1 April 1999"):
        ex.export_file(timeline, out, *ex.parse_range("1999-03..1999-03"), ex.ExportOptions())
    assert out.read_bytes() == b"old"


def test_unwritable_folder_gives_a_reason_and_keeps_the_file(timeline: Timeline, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "t.png"
    out.write_bytes(b"old")
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):
        # root writes anywhere: make the folder refuse new files as it would for a user.
        import tempfile

        def refuse(*_: object, **__: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(ex.ExportError, match=r"cannot write .*Permission denied"):
            ex.export_file(timeline, out, *whole(timeline), ex.ExportOptions())
    finally:
        folder.chmod(0o700)
    assert out.read_bytes() == b"old"


def test_write_failure_leaves_old_file_and_no_temporary(timeline: Timeline, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    out = tmp_path / "t.svg"
    out.write_bytes(b"old")

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ex.ExportError, match="No space left on device"):
        ex.export_file(timeline, out, *whole(timeline), ex.ExportOptions())
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.svg"]


def test_missing_folder_is_named(timeline: Timeline, tmp_path: Path) -> None:
    with pytest.raises(ex.ExportError, match="does not exist"):
        ex.export_file(timeline, tmp_path / "nope" / "t.png", *whole(timeline), ex.ExportOptions())


def test_parse_range() -> None:
    t0, t1 = ex.parse_range("2017-05..2017-07")
    assert ex.format_seconds(t0, ex.Precision.DAY) == "1 May 2017"
    assert ex.format_seconds(t1 - 1, ex.Precision.DAY) == "31 July 2017"
    for bad in ("2017-05", "2017-07..2017-05", "May..June"):
        with pytest.raises(ex.ExportError):
            ex.parse_range(bad)


def test_a_range_of_dates_that_end_in_dots_splits_where_both_sides_are_dates() -> None:
    t0, t1 = ex.parse_range("480 B.C...479 B.C.")
    assert ex.format_seconds(t0, ex.Precision.YEAR) == "480 BCE"
    assert ex.format_seconds(t1 - 1, ex.Precision.YEAR) == "479 BCE"
    t0, t1 = ex.parse_range("15 March 44 BCE .. 44 B.C.")
    assert ex.format_seconds(t0, ex.Precision.DAY) == "15 March 44 BCE"
    assert ex.format_seconds(t1 - 1, ex.Precision.DAY) == "31 December 44 BCE"
    with pytest.raises(ex.ExportError, match="no year"):
        ex.parse_range("10 May..2017")  # the first side's own problem is what is reported


def test_cancelling_writes_nothing(timeline: Timeline, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    out.write_bytes(b"old")
    seen: list[tuple[int, int]] = []
    calls = iter([False, True])  # carry on after the first page, then the user cancels

    with pytest.raises(ex.ExportCancelled):
        ex.export_file(
            timeline, out, *whole(timeline, 1050), ex.ExportOptions(handout=True),
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: next(calls, True),
        )  # fmt: skip
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.pdf"]
    assert seen and seen[0][0] == 1


def test_the_handout_lists_a_year_that_begins_in_the_range_though_its_middle_is_after():
    from timeline_app.model import Category, Event, Precision, Timeline, TimePoint
    from timeline_app.render.export import handout_parts
    from timeline_app.render.theme import LIGHT

    year = Event("y", "The whole year", TimePoint(2017, precision=Precision.YEAR),
                 precision=Precision.YEAR, category="c")  # fmt: skip
    later = Event("l", "In May", TimePoint(2017, 5, 1), category="c")
    tl = Timeline([year, later], categories=[Category("c", "C")])
    t0, t1 = TimePoint(2017, 1, 1).start_seconds, TimePoint(2017, 3, 31).start_seconds
    html = "".join(handout_parts(tl, t0, t1, LIGHT, frozenset()))
    assert "The whole year" in html and "In May" not in html
    assert "The whole year" not in "".join(handout_parts(tl, t0, t1, LIGHT, frozenset({"c"})))


@pytest.mark.parametrize("width", [900, 1200, 1400, 2000])
def test_labels_on_a_page_end_at_its_edge(qapp, width):
    from timeline_app.formats import load_timeline
    from timeline_app.render.export import ExportOptions, make_page
    from timeline_app.resources_path import bundled_dataset

    tl = load_timeline(bundled_dataset())
    t0, t1 = tl.extent()
    pad = (t1 - t0) * 0.02
    page = make_page(tl, t0 - pad, t1 + pad, width, 700, ExportOptions(legend=True, footer=True))
    scene = page.scene
    assert scene.marks
    for mark in scene.marks:
        assert mark.label_rect.right <= scene.width + 0.5, mark.label
    # A bare view is left as the window shows it (a label may run off the edge there).
    bare = make_page(tl, t0 - pad, t1 + pad, width, 700, ExportOptions(legend=False, footer=False))
    assert not bare.scene.marks or all(m.label for m in bare.scene.marks)
