"""Handouts: cards packed in two columns and never split, the title and "page n of m" on
every page, and the bundled timeline on five A4 pages or fewer."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from timeline_app.formats import load_timeline
from timeline_app.model import Event, Quote, Source, Timeline, TimePoint
from timeline_app.render import export as ex
from timeline_app.render import handout as ho

A4_HEIGHT = 297 * 96 / 25.4


@pytest.fixture
def timeline(bundled_path: Path, qapp: object) -> Timeline:
    return load_timeline(bundled_path)


def handout(timeline: Timeline, out: Path, **options: object) -> PdfReader:
    t0, t1 = ex.whole_range(timeline, 1920)
    ex.export_file(timeline, out, t0, t1, ex.ExportOptions(handout=True, **options))  # type: ignore[arg-type]
    return PdfReader(out)


def flat(text: str) -> str:
    """Text as read from a PDF, compared with the file's: NFKC (a PDF may carry "ﬃ"), one
    space for any run of white space, none after a hyphen that ended a line."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))).strip()


def test_the_bundled_handout_takes_five_pages_or_fewer(timeline: Timeline, tmp_path: Path) -> None:
    reader = handout(timeline, tmp_path / "h.pdf")
    assert len(reader.pages) <= 5
    text = flat(" ".join(p.extract_text() for p in reader.pages[1:]))
    for event in timeline.events:  # nothing left out to get there
        assert flat(event.title) in text and flat(event.summary) in text, event.title
        for quote in event.quotes:
            assert flat(quote.text) in text, quote.text[:60]


def test_every_page_has_the_title_and_its_number(timeline: Timeline, tmp_path: Path) -> None:
    reader = handout(timeline, tmp_path / "h.pdf", title="Lesson 4: Putin and Trump")
    pages = [flat(p.extract_text()) for p in reader.pages]
    m = len(pages)
    for n, text in enumerate(pages, start=1):
        assert "Lesson 4: Putin and Trump" in text, n
        assert f"page {n} of {m}" in text, n
    # Without a title of its own, the handout is named by the timeline's.
    reader = handout(timeline, tmp_path / "untitled.pdf")
    assert all(timeline.title in flat(p.extract_text()) for p in reader.pages)


def card_title_columns(reader: PdfReader, titles: list[str]) -> list[set[str]]:
    """Per page after the first, which halves ("left", "right") hold the first line of a
    card's title."""
    found: list[set[str]] = []
    for page in reader.pages[1:]:
        half = float(page.mediabox.width) / 2
        sides: set[str] = set()

        def visit(text: str, cm: list[float], tm: list[float], _f: object, _s: float) -> None:
            words = " ".join(text.split())
            if len(words) >= 8 and any(t.startswith(words) for t in titles):
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                sides.add("left" if x < half else "right")  # noqa: B023

        page.extract_text(visitor_text=visit)
        found.append(sides)
    return found


def test_the_cards_are_packed_in_two_columns(timeline: Timeline, tmp_path: Path) -> None:
    reader = handout(timeline, tmp_path / "h.pdf")
    columns = card_title_columns(reader, [e.title for e in timeline.events])
    assert all(columns), columns  # a card on every page after the timeline
    assert sum(sides == {"left", "right"} for sides in columns) >= len(columns) - 1


def cards(n: int, words: int) -> list[tuple[str, dict[int, QImage]]]:
    return [
        (f"<div><h2>Card {k}</h2><p>{' '.join(['word'] * words)} end{k}</p></div><hr>", {})
        for k in range(n)
    ]


def test_no_card_is_split_and_the_order_is_kept(qapp: object) -> None:
    width, height = 700.0, 1000.0
    column = (width - ho.GUTTER) / 2
    pieces = cards(40, 60) + cards(5, 200)
    pages = ho.pack_cards(pieces, ho.paper_font(ho.CARD_PX), width, height)
    placed = [p for page in pages for p in page]
    assert len(placed) == len(pieces)  # one piece each: none cut in two
    for page in pages:
        for p in page:
            assert p.top == 0 and p.height == pytest.approx(p.doc.size().height())
            assert p.y >= 0 and p.y + p.height <= height + 0.01
            assert p.x in (0.0, pytest.approx(column + ho.GUTTER))
            assert p.doc.textWidth() == pytest.approx(column)
        # Down the first column, then the second; no two cards overlap.
        order = [(p.x, p.y) for p in page]
        assert order == sorted(order)
        for a, b in itertools.pairwise(page):
            if a.x == b.x:
                assert b.y >= a.y + a.height - 0.01
    texts = [p.doc.toPlainText() for p in placed]
    assert [t.split("\n")[0] for t in texts] == [f"Card {k}" for k in range(40)] + [
        f"Card {k}" for k in range(5)
    ]
    # Few columns are left more than half empty: only where the next card is too tall.
    assert len(pages) <= 1 + sum(p.height for p in placed) / (2 * height) * 1.5


def test_a_card_too_wide_for_a_column_goes_across_the_page(qapp: object) -> None:
    wide = QImage(600, 100, QImage.Format.Format_RGB32)
    wide.fill(QColor("#336699"))
    pieces = [
        *cards(3, 30),
        ("<div><h2>With a wide picture</h2><p><img src='media:0'></p></div><hr>", {0: wide}),
        *cards(2, 30),
    ]
    width, height = 700.0, 1000.0
    (page,) = ho.pack_cards(pieces, ho.paper_font(ho.CARD_PX), width, height)
    before, across, after = page[:3], page[3], page[4:]
    assert across.x == 0 and across.doc.textWidth() == width
    assert across.y >= max(p.y + p.height for p in before) - 0.01  # below both columns
    assert all(p.y >= across.y + across.height - 0.01 for p in after)  # columns go on under it
    assert after[0].x == 0 and after[0].doc.textWidth() < width / 2


def test_a_card_taller_than_a_page_runs_on_with_its_lines_whole(qapp: object) -> None:
    src = Source("s", "A source", "A Publisher", 2017)
    long_card = Event(
        "long",
        "A day with many quotes",
        TimePoint(2017, 5, 1),
        quotes=tuple(Quote(f"Quote number {k} " + "word " * 60, src, f"¶{k}") for k in range(60)),
    )
    short = Event("short", "The day after", TimePoint(2017, 5, 2), summary="Short.")
    tl = Timeline([long_card, short], sources=[src])
    lo, hi = tl.extent()
    pieces = ex.handout_cards(tl, lo, hi + 86_400, ex.THEMES["light"], frozenset())
    height = A4_HEIGHT * 0.8
    pages = ho.pack_cards(pieces, ho.paper_font(ho.CARD_PX), 700.0, height)
    runs = [p for page in pages for p in page if p.doc is pages[0][0].doc]
    assert len(runs) >= 2 and [p.top for p in runs] == [k * height for k in range(len(runs))]
    assert all(p.x == 0 and p.doc.textWidth() == 700.0 for p in runs)


def test_cards_with_pictures_share_the_page_in_two_columns_with_wide_margins(
    qapp: object, tmp_path: Path
) -> None:
    # With 30 mm margins a column of A4 is narrower than a picture's usual width: the
    # pictures are made as wide as a column, so their cards still fit one.
    import json

    picture = QImage(800, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4477AA"))
    assert picture.save(str(tmp_path / "square.png"))
    events = [
        {"id": f"e{k}", "title": f"Event number {k}", "start": f"2017-0{k + 1}-10",
         "media": [{"url": "square.png", "caption": "A square"}]}
        for k in range(8)
    ]  # fmt: skip
    path = tmp_path / "pictures.timeline.json"
    path.write_text(json.dumps({"format": "timeline-app", "version": 1, "events": events}))
    tl = load_timeline(path)
    reader = handout(tl, tmp_path / "h.pdf", margin_mm=30.0)
    columns = card_title_columns(reader, [e.title for e in tl.events])
    assert {"left", "right"} <= set().union(*columns), columns
