"""Quotes checked against the full text of their source (formats.quotecheck): the bundled
dataset against the article it quotes, altered quotes with the messages a teacher reads, how
paragraphs and pages are counted, and the 'text' field of a source."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, load_timeline, loads_timeline
from timeline_app.formats import quotecheck as qc
from timeline_app.formats.timeline_json import dumps_timeline
from timeline_app.model.timeline import Quote

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "resources" / "timeline-2017.json"
NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
SHARED_ARTICLE = ROOT.parent / "shared" / "source" / "putin-trump-bilateral-channel.txt"


@pytest.fixture(scope="module")
def plain_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The article as received: the numbered copy without its [TITLE] and [¶N] markers (the
    two differ only by those, tests/test_bundled_dataset.py keeps the numbered one exact)."""
    text = re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8"))
    path = tmp_path_factory.mktemp("article") / "article.txt"
    path.write_text(text.removesuffix("\n"), "utf-8")
    return path


@pytest.fixture(scope="module")
def article(plain_article: Path) -> qc.SourceText:
    return qc.read_source_text(str(plain_article))


def bundled_quotes() -> list[tuple[str, str]]:
    data = json.loads(DATASET.read_text("utf-8"))
    return [(q["text"], q["locator"]) for e in data["events"] for q in e.get("quotes", [])]


# --- the bundled dataset -----------------------------------------------------------------


def test_the_article_is_counted_as_its_readme_counts_it(article: qc.SourceText) -> None:
    numbered = qc.read_source_text(str(NUMBERED))
    assert [b.label for b in article.blocks] == ["title"] + [f"¶{n}" for n in range(1, 16)]
    assert [(b.label, b.text) for b in article.blocks] == [
        (b.label, b.text) for b in numbered.blocks
    ]
    assert article.blocks[2].text == "From Leadership to Greatness"  # a heading is ¶2


@pytest.mark.parametrize("text_file", ["plain", "numbered", "shared"])
def test_every_bundled_quote_checks_verbatim(text_file: str, plain_article: Path) -> None:
    path = {"plain": plain_article, "numbered": NUMBERED, "shared": SHARED_ARTICLE}[text_file]
    if not path.exists():
        pytest.skip("the shared copy of the article is not here")
    source = qc.read_source_text(str(path))
    quotes = bundled_quotes()
    results = [qc.check_quote(text, locator, source) for text, locator in quotes]
    assert len(results) == 23
    assert [(r.mark, r.where) for r in results] == [("✓", loc) for _, loc in quotes]


def test_the_bundled_timeline_checks_through_its_sources(plain_article: Path) -> None:
    timeline = load_timeline(str(DATASET))
    quotes = [q for e in timeline.events for q in e.quotes]
    overrides = {s.id: str(plain_article) for s in timeline.sources}
    checks = qc.check_quotes(quotes, timeline.path, overrides)
    assert {c.status for c in checks} == {qc.VERBATIM}
    # Without the article the app cannot check, and says why.
    unchecked = qc.check_quotes(quotes, timeline.path)
    assert {c.line() for c in unchecked} == {
        "unchecked: the source names no full text to check against"
    }


def test_the_app_does_not_ship_the_article() -> None:
    data = json.loads(DATASET.read_text("utf-8"))
    assert all("text" not in s for s in data["sources"])
    shipped = [p.name for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert not any(name.endswith((".txt", ".md", ".html")) for name in shipped), shipped


# --- altered quotes ----------------------------------------------------------------------

LAVROV = "a meeting on 10 May in the White House between the president and Russia’s foreign minister Sergei Lavrov"


def test_one_changed_character_is_not_found_with_the_closest_passage(
    article: qc.SourceText,
) -> None:
    r = qc.check_quote(LAVROV.replace("10 May", "10 Mai"), "¶4", article)
    assert r.mark == "✗" and r.status == qc.NOT_FOUND
    assert r.where == "¶4" and r.passage == LAVROV
    assert r.message == (
        f"not found verbatim; closest passage in ¶4: “{LAVROV}”; "
        "the quote has “i” where the source has “y”, after “a meeting on 10 Ma”"
    )
    assert [d for d in r.diff if d[0] != "equal"] == [("replace", "i", "y")]


def test_a_straight_apostrophe_is_named_against_the_curly_one(article: qc.SourceText) -> None:
    r = qc.check_quote(LAVROV.replace("’", "'"), "¶4", article)
    assert r.status == qc.NOT_FOUND
    assert (
        "the quote has “'” (U+0027 apostrophe) where the source has “’” "
        "(U+2019 right single quotation mark), after “and Russia”"
    ) in r.message


def test_a_plain_space_for_the_no_break_space_is_named(article: qc.SourceText) -> None:
    quote = "The two leaders also set up a working group on cyber-security.\u00a0 Above all"
    assert qc.check_quote(quote, "¶14", article).status == qc.VERBATIM
    r = qc.check_quote(quote.replace("\u00a0", " "), "¶14", article)
    assert r.status == qc.NOT_FOUND
    assert "“ ” (U+0020 space) where the source has “\u00a0” (U+00A0 no-break space)" in r.message


def test_a_wrong_paragraph_number(article: qc.SourceText) -> None:
    r = qc.check_quote(LAVROV, "¶16", article)
    assert r.mark == "✗"
    assert r.message == "the source has no ¶16 (its paragraphs are ¶1–¶15); the words are in ¶4"


def test_a_quote_from_another_paragraph(article: qc.SourceText) -> None:
    r = qc.check_quote(LAVROV, "¶9", article)
    assert (r.status, r.mark, r.where) == (qc.WRONG_PLACE, "✗", "¶4")
    assert r.message == "found verbatim in ¶4, not in ¶9 as its locator says"


def test_a_quote_joined_from_two_paragraphs_is_not_verbatim(article: qc.SourceText) -> None:
    end_of_3 = "attempts were made to poison the well of good relations."
    start_of_4 = "Second, the key point was to normalise relations."
    r = qc.check_quote(f"{end_of_3} {start_of_4}", "¶3", article)
    assert r.status == qc.NOT_FOUND
    assert r.message.startswith("not found verbatim; closest passage in ¶3: “attempts were")
    assert "the quote adds “ Second, the key point was to normalise relations.”" in r.message


def test_words_that_are_nowhere_in_the_source(article: qc.SourceText) -> None:
    r = qc.check_quote("Bananas are yellow and grow in bunches on tall plants.", "¶3", article)
    assert r.line() == "✗ not found: no passage of the source resembles it"


def test_an_added_word_and_a_left_out_word(article: qc.SourceText) -> None:
    r = qc.check_quote(
        LAVROV.replace("foreign minister", "foreign foreign minister"), "¶4", article
    )
    assert "the quote adds “foreign ”" in r.message or "the quote adds “ foreign”" in r.message
    r = qc.check_quote(LAVROV.replace("foreign ", ""), "¶4", article)
    assert "the quote leaves out “foreign ”, after “and Russia’s”" in r.message


# --- counting paragraphs and pages -------------------------------------------------------


def source(tmp_path: Path, name: str, text: str) -> qc.SourceText:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return qc.read_source_text(str(path))


def test_a_line_break_inside_a_paragraph_reads_as_a_space(tmp_path: Path) -> None:
    s = source(
        tmp_path,
        "w.txt",
        "Title\n\nThe first paragraph,\n  wrapped at a\nnarrow width.\n\n\n\nSecond.\n",
    )
    assert [b.text for b in s.blocks] == [
        "Title",
        "The first paragraph, wrapped at a narrow width.",
        "Second.",
    ]
    assert qc.check_quote("paragraph, wrapped at a narrow", "¶1", s).status == qc.VERBATIM
    assert qc.check_quote("Second.", "¶2", s).status == qc.VERBATIM


def test_pages_by_form_feed_and_by_marker_lines(tmp_path: Path) -> None:
    s = source(
        tmp_path,
        "book.txt",
        "Book\n\nOn the first page.\fOn the second page.\n\nStill two.\f\nThree.",
    )
    assert [(b.page, b.text) for b in s.blocks] == [
        (1, "Book"),
        (1, "On the first page."),
        (2, "On the second page."),
        (2, "Still two."),
        (3, "Three."),
    ]
    assert qc.check_quote("Still two.", "p. 2", s).line() == "✓ verbatim in ¶3"
    assert qc.check_quote("Still two.", "pp. 1–2", s).status == qc.VERBATIM
    assert qc.check_quote("Still two.", "p. 3", s).line() == (
        "✗ found verbatim in ¶3, not in p. 3 as its locator says"
    )
    marked = source(tmp_path, "m.txt", "Reader\n[p. 41]\nA passage.\n[p. 42]\nAnother passage.\n")
    assert [(b.page, b.text) for b in marked.blocks] == [
        (None, "Reader"),
        (41, "A passage."),
        (42, "Another passage."),
    ]
    assert qc.check_quote("Another passage.", "p. 42", marked).status == qc.VERBATIM
    assert qc.check_quote("Another passage.", "p. 41", marked).status == qc.WRONG_PLACE


def test_a_page_locator_on_a_text_without_pages_checks_the_words(tmp_path: Path) -> None:
    s = source(tmp_path, "a.txt", "T\n\nSome words here.")
    assert qc.check_quote("words here", "p. 42", s).line() == (
        "✓ verbatim in ¶1; the text marks no pages, so the page was not checked"
    )
    assert qc.check_quote("words here", "chapter 3", s).line() == (
        "✓ verbatim in ¶1; the locator 'chapter 3' names no ¶ or page, so only the words "
        "were checked"
    )


def test_markdown_and_html_are_read_as_a_reader_sees_them(tmp_path: Path) -> None:
    md = source(
        tmp_path,
        "a.md",
        "# The Title\n\nA **bold** claim, [a link](https://x.org).\n\n## Part\n\nMore.\n",
    )
    assert [b.text for b in md.blocks] == [
        "The Title",
        "A bold claim, a link (https://x.org).",
        "Part",
        "More.",
    ]
    assert qc.check_quote("A bold claim", "¶1", md).status == qc.VERBATIM
    page = (
        "<html><head><title>Not a block</title><script>var a = 1;</script></head><body>"
        "<h1>The Title</h1><p>First <em>para</em>graph\nover two lines,<br>and a break.</p>"
        "<p>Second &ndash; with an en dash, and *stars* kept.</p></body></html>"
    )
    html = source(tmp_path, "a.html", page)
    assert [b.label for b in html.blocks] == ["title", "¶1", "¶2"]
    assert html.blocks[1].text == "First paragraph over two lines, and a break."
    assert qc.check_quote("Second – with an en dash, and *stars* kept.", "¶2", html).status == (
        qc.VERBATIM
    )


def test_a_text_read_once_until_its_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("T\n\nOne.", "utf-8")
    first = qc.read_source_text(str(path))
    assert qc.read_source_text(str(path)) is first
    path.write_text("T\n\nTwo, longer.", "utf-8")
    os.utime(path, ns=(1, 1))
    second = qc.read_source_text(str(path))
    assert second is not first and second.blocks[1].text == "Two, longer."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"T\n\n\xff\xfe\xfd", "t.txt: not UTF-8 text (byte offset 3: 0xFF); save it as UTF-8"),
        (None, "t.txt: no such file"),
    ],
)
def test_a_text_that_cannot_be_read_leaves_quotes_unchecked_with_the_reason(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    if content is not None:
        (tmp_path / "t.txt").write_bytes(content)
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "s", "title": "S", "text": "t.txt"}],
        "events": [
            {
                "id": "e",
                "title": "E",
                "start": "2017",
                "quotes": [{"text": "x", "source": "s", "locator": "¶1"}],
            }
        ],
    }
    tl = tmp_path / "tl.json"
    tl.write_text(json.dumps(doc), "utf-8")
    timeline = load_timeline(str(tl))
    [check] = qc.check_quotes(timeline.events[0].quotes, timeline.path)
    assert (check.mark, check.message) == ("unchecked", reason)


def test_a_long_text_is_searched_with_bounded_work() -> None:
    quote = "the fundamental question of our time " * 500  # 18,500 characters
    pieces = qc._pieces(quote)
    assert len(pieces) <= qc._ANCHORS
    text = qc.parse_text("Title\n\n" + "the fundamental question of our time, " * 20_000)
    votes = qc._votes(quote, text.joined, pieces)
    assert sum(votes.values()) <= qc._ANCHORS * qc._HITS_PER_ANCHOR
    r = qc.check_quote(quote, "¶1", text)
    assert r.status == qc.NOT_FOUND and r.where == "¶1"


# --- the 'text' field ---------------------------------------------------------------------


def doc_with_text(value: object) -> str:
    return (
        '{"format": "timeline-app", "version": 1,\n "sources": [\n  {"id": "s", "title": "S", '
        f'"text": {json.dumps(value)}}}\n ],\n "events": []}}'
    )


def test_the_text_field_is_kept_through_save_and_load() -> None:
    timeline = loads_timeline(doc_with_text("sources/reader ch3.md"), "f.json")
    assert timeline.sources[0].text == "sources/reader ch3.md"
    saved = json.loads(dumps_timeline(timeline))
    assert saved["sources"][0]["text"] == "sources/reader ch3.md"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("/home/t/article.txt", "'text' must be a path relative to the timeline file"),
        ("C:\\texts\\article.txt", "'text' must be a path relative to the timeline file"),
        ("https://valdaiclub.com/a.html", "the app never fetches a source from the web"),
        ("article.pdf", "'text' must name a .txt, .md or .html file, not 'article.pdf'"),
        (12, "'text' must be text in double quotes, not a number"),
    ],
)
def test_a_text_field_that_cannot_be_read_is_refused_at_its_place(
    value: object, message: str
) -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(doc_with_text(value), "f.json")
    [problem] = info.value.problems
    assert (problem.line, problem.path) == (3, "sources[0].text")
    assert message in problem.message


def test_save_elsewhere_keeps_the_text_found(tmp_path: Path, plain_article: Path) -> None:
    from timeline_app.formats.mediapaths import rebase_media

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "article.txt").write_bytes(plain_article.read_bytes())
    data = json.loads(DATASET.read_text("utf-8"))
    data["sources"][0]["text"] = "article.txt"
    old = tmp_path / "a" / "lesson.timeline.json"
    old.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    new = tmp_path / "b" / "c" / "lesson.timeline.json"
    moved = rebase_media(load_timeline(str(old)), str(new))
    assert moved.sources[0].text == "../../a/article.txt"
    assert json.loads(dumps_timeline(moved))["sources"][0]["text"] == "../../a/article.txt"
    quotes = [q for e in moved.events for q in e.quotes if q.source.id == "valdai-2017"]
    assert {q.source.text for q in quotes} == {"../../a/article.txt"}
    assert {c.status for c in qc.check_quotes(quotes, str(new))} == {qc.VERBATIM}


def test_a_timeline_not_in_a_file_cannot_find_the_text_beside_it() -> None:
    timeline = loads_timeline(doc_with_text("article.txt"), "")
    quote = Quote("words", timeline.sources[0], "¶1")
    [check] = qc.check_quotes([quote], "")
    assert check.line() == (
        "unchecked: the timeline is not in a file, so the text beside it is not known"
    )
