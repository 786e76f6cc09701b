"""plaintext.plain gives exactly what richtext.to_plain gives, by a faster way for cells
without markup and for simple HTML; and it takes out invisible control characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.tljs_helpers import sample
from timeline_app.formats.plaintext import plain
from timeline_app.formats.richtext import to_plain

_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x7f")
    | st.sampled_from(list(" \n\t-+#>*_`[]()<&;!1.\"'=/")),
    max_size=30,
)
_TAGS = [
    "p",
    "a",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "span",
    "cite",
    "div",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "script",
    "img",
    "iframe",
    "P",
    "A",
]


@st.composite
def html(draw: st.DrawFn) -> str:
    """Simple HTML as TimelineJS cells hold it, with now and then something that is not."""
    out = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.integers(0, 6))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            out.append(draw(_WORDS))
        elif kind == 1:
            quote = draw(st.sampled_from(['"', "'"]))
            href = draw(
                st.sampled_from(["https://example.org/a_b", "#x", "", "mailto:a@b.c", "x &amp; y"])
            )
            out.append(f"<{tag} href={quote}{href}{quote} class={quote}c{quote}>")
        elif kind == 2:
            out.append(f"</{tag}>")
        elif kind == 3:
            out.append(f"<{tag}/>" if draw(st.booleans()) else f"<{tag} />")
        elif kind == 4:
            out.append(
                draw(st.sampled_from(["&amp;", "&lt;", "&eacute;", "&#8212;", "&nbsp;", "&bogus;"]))
            )
        elif kind == 5:
            out.append(f"<{tag}>")
        else:
            out.append(
                draw(st.sampled_from(["<!-- c -->", "a < b", "<p", "</>", "<a href=x>", "\n\n\n"]))
            )
    return "".join(out)


@given(_WORDS)
def test_text_without_markup_comes_out_as_to_plain_gives_it(text: str) -> None:
    assert plain(text) == to_plain(text)


@settings(max_examples=400)
@given(html())
def test_html_comes_out_as_to_plain_gives_it(text: str) -> None:
    assert plain(text) == to_plain(text)


def test_the_samples_text_comes_out_as_to_plain_gives_it() -> None:
    import csv

    with open(sample("contrib/women_in_computing.csv"), encoding="utf-8", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert any("<p>" in cell for cell in cells)
    for cell in cells:
        assert plain(cell) == to_plain(cell), cell


def test_invisible_characters_are_taken_out() -> None:
    assert plain("Revo\x00lutions\x07") == "Revolutions"
    assert plain("<b>Bold\x00</b> text") == "Bold text"
