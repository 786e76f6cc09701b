"""plaintext.plain gives exactly what richtext.to_plain gives, by a faster way for cells
without markup and for simple HTML; and it takes out invisible control characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.tljs_helpers import sample
from timeline_app.formats import richtext
from timeline_app.formats.plaintext import plain, visible
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


_BLOCK_TAGS = ["p", "div", "blockquote", "h1", "h3", "li", "ul", "ol"]
_INLINE_TAGS = ["b", "strong", "i", "em", "u", "span", "cite", "small", "sup", "sub", "a"]


@st.composite
def tree(draw: st.DrawFn, depth: int = 0) -> str:
    """Well-formed HTML of the tags a TimelineJS cell holds, nested: lists in lists, links
    in emphasis in block quotes, line breaks, entities and runs of white space."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(0, 5 if depth < 3 else 1))
        if choice == 0:
            parts.append(draw(_WORDS))
        elif choice == 1:
            parts.append(
                draw(st.sampled_from(["<br>", "<br/>", "</br>", " \n\t ", "&amp;", "&#10;", "  "]))
            )
        else:
            tag = draw(st.sampled_from(_BLOCK_TAGS if choice < 4 else _INLINE_TAGS))
            attrs = ""
            if tag == "a":
                href = draw(
                    st.sampled_from(
                        [
                            "https://x.org/a?b=1&amp;c=2",
                            "",
                            "#top",
                            "mailto:m@x.org",
                            "a \n - b",
                            "x \n\n\n# y",
                        ]
                    )
                )
                attrs = draw(st.sampled_from([f' href="{href}"', f" HREF='{href}' title='t'", ""]))
            inner = draw(tree(depth + 1))
            parts.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "".join(parts)


@settings(max_examples=400)
@given(tree())
def test_nested_html_comes_out_as_to_plain_gives_it(text: str) -> None:
    assert plain(text) == to_plain(text)


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_every_text_of_every_sample_comes_out_as_to_plain_gives_it() -> None:
    """Each cell, JSON string, XML text and attribute, and line of the shared samples of
    every format (the HTML of TimelineJS and SIMILE among them)."""
    import csv
    import json
    from xml.etree import ElementTree

    folder = sample("").parent
    texts: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_text(encoding="utf-8")
        texts += [content, *content.splitlines()]
        if path.suffix == ".csv":
            texts += [cell for row in csv.reader(content.splitlines()) for cell in row]
        elif path.suffix == ".json":
            texts += _texts(json.loads(content))
        elif path.suffix in (".xml", ".timeline"):
            for element in ElementTree.fromstring(content).iter():
                texts += [element.text or "", element.tail or "", *element.attrib.values()]
    assert sum("<p>" in t for t in texts) > 20  # the samples' HTML is among them
    for text in texts:
        assert plain(text) == to_plain(visible(text)), text


def test_simple_html_is_converted_without_an_html_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The HTML of a TimelineJS cell (paragraphs, links, emphasis, lists, quotes) is what
    makes a large sheet slow to open: it is converted without making an HTML parser per
    cell, which costs as much as the rest of reading the row."""
    made: list[str] = []

    class Counting(richtext._HtmlToText):
        def __init__(self) -> None:
            made.append("parser")
            super().__init__()

    monkeypatch.setattr(richtext, "_HtmlToText", Counting)
    cells = [
        "<p>What happened in event 7, with a <a href='https://example.org/7'>link</a>.</p>",
        "<blockquote><p><em>We</em> came &amp; saw</p></blockquote><ul><li>one<li>two</ul>",
        "A line<br>and another<br/>",
    ]
    for cell in cells:
        plain(cell)
    assert made == []
    assert plain("<p>hi<script>alert(1)</script></p>") == "hi"
    assert made == ["parser"]  # anything else still goes through the full converter
