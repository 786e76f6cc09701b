"""The commonest cell of a TimelineJS sheet, a paragraph with links, is read by one pattern
(plaintext._paragraph) and gives exactly the text richtext.to_plain gives; any cell near that
shape that it cannot read exactly is left to the general way."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from defusedxml.ElementTree import fromstring
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks import sheetfiles
from tests.formats.tljs_helpers import SAMPLES
from timeline_app.formats import plaintext
from timeline_app.formats.plaintext import plain
from timeline_app.formats.richtext import to_plain

_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(list("ab. ,-*_#1:/()'\"")), max_size=12),
    st.text(alphabet=st.sampled_from(list("ab \t\n\xa0\u2028'\"<>&;=[]")), max_size=6),
)
_HREF = st.sampled_from(
    [
        "https://example.org/1",
        "https://example.org/1",
        "http://e.org",
        "http://e.org",
        "https://e.org/a b",
        "mailto:a@b.c",
        "#top",
        "",
        "javascript:x()",
        "https://e.org/?a=1&amp;b=2",
        "link",
    ]
)


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """A paragraph of text and links in the shape a sheet's cell has, with now and then
    something that is not that shape: other tags, white space, entities, links to other
    kinds of address or whose text is their address."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            parts.append(draw(_TEXT))
        else:
            href = draw(_HREF)
            quote = draw(st.sampled_from(["'", '"']))
            text = draw(st.sampled_from(["link", "the link", "a.b", href, "", "*b*", " x"]) | _TEXT)
            open_tag = draw(
                st.sampled_from(
                    [f"<a href={quote}{href}{quote}>"] * 4
                    + [f"<A HREF={quote}{href}{quote}>", f"<a class='c' href={quote}{href}{quote}>"]
                )
            )
            parts.append(f"{open_tag}{text}{draw(st.sampled_from(['</a>', '</a>', '</A>', '']))}")
    body = "".join(parts)
    before = draw(st.sampled_from(["<p>", "<p>", "", " \n<p>", "<p><p>", "<b>"]))
    after = draw(st.sampled_from(["</p>", "</p>", "", "</p>\n ", "</p></p>", "</b>"]))
    return before + body + after


@settings(max_examples=1500)
@given(paragraph())
@example(" ;")  # (no tag at all: plain text keeps its leading space)
def test_a_paragraph_with_links_comes_out_as_to_plain_gives_it(text: str) -> None:
    expected = to_plain(text)
    assert plain(text) == expected
    found = plaintext._paragraph(text)
    if found is not None and not re.search(r"[\[\]*_`#<>]|^\s*[-*+]", found):
        assert found == expected  # (with Markdown in it, the Markdown pass follows)


def _cells() -> list[str]:
    """Every text of the samples (cells of sheets, strings of JSON, texts and attributes of
    XML, lines of the others), and the cells of the benchmark's sheet."""
    cells: list[str] = []
    for path in sorted(Path(SAMPLES).parent.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in (".xml", ".timeline"):
            root = fromstring(path.read_bytes())
            for element in root.iter():
                cells += [element.text or "", *element.attrib.values()]
        elif path.suffix in (".mw", ".md", ".txt"):
            cells += path.read_text(encoding="utf-8", errors="replace").split("\n")
        elif path.suffix == ".csv":
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                cells += [cell for row in csv.reader(fh) for cell in row]
        elif path.suffix == ".json":
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, ValueError):
                continue
            stack = [data]
            while stack:
                value = stack.pop()
                if isinstance(value, str):
                    cells.append(value)
                elif isinstance(value, dict):
                    stack.extend(value.values())
                elif isinstance(value, list):
                    stack.extend(value)
    cells += [str(v) for row in sheetfiles.timeline_rows(200) for v in row if v is not None]
    return cells


def test_every_cell_of_the_samples_comes_out_as_to_plain_gives_it() -> None:
    cells = _cells()
    read = [cell for cell in cells if "<" in cell and plaintext._paragraph(cell) is not None]
    assert len(read) > 200  # the fast way is taken, for the samples' cells too
    assert any("<a href=" in cell for cell in read)
    for cell in cells:
        assert plain(cell) == to_plain(cell), cell


def test_the_common_cell_is_read_by_the_pattern() -> None:
    """What makes a large sheet's text quick: its cells are read by the pattern."""
    for i in range(50):
        text = (
            f"<p>What happened in event {i}, with a <a href='https://example.org/{i}'>link</a>.</p>"
        )
        assert plaintext._paragraph(text) == (
            f"What happened in event {i}, with a link (https://example.org/{i})."
        )
    two = '<p>See <a href="https://a.org">A</a> and <a href="http://b.org/x">the B</a></p>'
    assert plaintext._paragraph(two) == "See A (https://a.org) and the B (http://b.org/x)"
    assert plaintext._paragraph("<p>Plain words.</p>\n") == "Plain words."
