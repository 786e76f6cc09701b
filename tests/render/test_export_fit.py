"""Every event on paper: the A4 PDF labels every event of the bundled timeline, the preview
is the page the file holds, and an export that cannot label every event says so first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, TimePoint
from timeline_app.model.timeline import Timeline
from timeline_app.render import export as ex
from timeline_app.view.compose import Page

TITLE = "Putin and Trump Establish Bilateral Channel to Move Forward"


@pytest.fixture
def timeline(bundled_path: Path, qapp: object) -> Timeline:
    return load_timeline(bundled_path)


def whole(tl: Timeline) -> tuple[float, float]:
    return ex.whole_range(tl, 1920)


def pdf_pages(
    tl: Timeline, options: ex.ExportOptions, monkeypatch: pytest.MonkeyPatch
) -> list[Page]:
    """The pages a PDF export draws."""
    drawn: list[Page] = []
    real = ex.render_page

    def record(painter, page, theme, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(page)
        real(painter, page, theme, *args, **kwargs)

    monkeypatch.setattr(ex, "render_page", record)
    ex.pdf_bytes(tl, *whole(tl), options)
    return drawn


@pytest.mark.parametrize("title", ["", TITLE])
@pytest.mark.parametrize("handout", [False, True])
def test_the_a4_pdf_labels_every_event(
    timeline: Timeline, tmp_path: Path, title: str, handout: bool
) -> None:
    out = tmp_path / "a4.pdf"
    options = ex.ExportOptions(page="A4", title=title, handout=handout)
    ex.export_file(timeline, out, *whole(timeline), options)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    for event in timeline.events:
        # Each label begins with its title's first words (a long one may end in "…").
        assert " ".join(event.title.split()[:3]) in text, event.title
    assert "+1" not in text and "+2" not in text


def test_the_preview_is_the_page_the_pdf_holds(
    timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    for options in (
        ex.ExportOptions(page="A4", title=TITLE),
        ex.ExportOptions(page="Letter", landscape=False, margin_mm=25.0),
        ex.ExportOptions(page="A4", poster=True, poster_pages=2),
    ):
        printed = pdf_pages(timeline, options, monkeypatch)[0]
        monkeypatch.undo()
        image, shown = ex.preview_image(timeline, *whole(timeline), options, "pdf", 400, 300)
        assert shown.scene == printed.scene
        assert (shown.width, shown.height) == (printed.width, printed.height)
        assert 0 < image.width() <= 400 and 0 < image.height() <= 300


def test_the_preview_of_an_image_is_the_image(timeline: Timeline) -> None:
    options = ex.ExportOptions(width=1000, height=700, dpi=120.0, title=TITLE)
    t0, t1 = whole(timeline)
    _image, shown = ex.preview_image(timeline, t0, t1, options, "png", 300, 300)
    made = ex.make_page(timeline, t0, t1, 1000 / 1.25, 700 / 1.25, options, 16.0)
    assert shown.scene == made.scene


def crowded() -> Timeline:
    """Forty events a day apart in one category, one more in another far away."""
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


def test_an_export_that_cannot_label_every_event_says_so_and_what_would(qapp: object) -> None:
    tl = crowded()
    t0, t1 = ex.whole_range(tl, 1920)
    options = ex.ExportOptions(page="A4")
    page = ex.pdf_timeline_page(tl, t0, t1, options)
    folded = ex.unfitted(page)
    assert folded > 0
    warning = ex.fit_warning(tl, t0, t1, options, "pdf", page)
    assert warning.startswith(f"{folded} events do not fit on A4: try ")
    # What it suggests does fit.
    for suggestion, bigger in (
        ("A3", ex.ExportOptions(page="A3")),
        *(
            (f"a {n}-page poster", ex.ExportOptions(poster=True, poster_pages=n))
            for n in (2, 3, 4, 5)
        ),
    ):
        if suggestion in warning:
            assert ex.unfitted(ex.pdf_timeline_page(tl, t0, t1, bigger)) == 0, suggestion


def test_an_export_with_room_for_every_label_says_nothing(timeline: Timeline) -> None:
    t0, t1 = whole(timeline)
    options = ex.ExportOptions(page="A4", title=TITLE)
    page = ex.pdf_timeline_page(timeline, t0, t1, options)
    assert ex.fit_warning(timeline, t0, t1, options, "pdf", page) == ""


def test_a_lane_caption_wider_than_the_picture_is_shortened_after_a_word(qapp: object) -> None:
    import xml.etree.ElementTree as ET

    label = "Diplomatic correspondence between the great powers of Europe"
    tl = Timeline(
        [Event("e", "Congress", TimePoint(1815, 6, 9), category="c")],
        categories=[Category("c", label)],
    )
    options = ex.ExportOptions(width=300, height=200, legend=False, footer=False)
    root = ET.fromstring(ex.svg_bytes(tl, *ex.whole_range(tl, 300), options))
    texts = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    captions = [t for t in texts if t.startswith("DIPLOMATIC")]
    assert len(captions) == 1
    caption = captions[0]
    assert caption.endswith("…") and label.upper().startswith(caption[:-1])
    assert label.upper()[len(caption) - 1] == " "  # after a whole word
