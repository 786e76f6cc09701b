"""Checks on the bundled example timeline resources/timeline-2017.json.

The dataset quotes a Valdai Discussion Club article. These tests make sure every quote is a
verbatim excerpt of the article (checked against a byte-for-byte copy of the numbered article in
tests/fixtures/source/paragraphs.txt), that dates match what the article says or are marked as
coming from the public record, and that the app does not ship the article itself.

Only the standard library and pytest are used, so the tests run without the application package.
"""

import json
import re
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = TESTS_DIR.parent
DATASET = REPO_ROOT / "resources" / "timeline-2017.json"
FIXTURE = TESTS_DIR / "fixtures" / "source" / "paragraphs.txt"
SHARED_SOURCE = REPO_ROOT.parent / "shared" / "source" / "paragraphs.txt"

ARTICLE_SOURCE = "valdai-2017"
SHERR_SOURCE = "valdai-sherr-2017"
LOCATOR_RE = re.compile(r"^¶([1-9]|1[0-5])$")
DATED_PARAGRAPHS = {1, 4, 5, 9, 10, 11, 12, 13, 14}
MAX_QUOTE_CHARS = 400


@pytest.fixture(scope="module")
def data():
    with DATASET.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def events(data):
    return {e["id"]: e for e in data["events"]}


@pytest.fixture(scope="module")
def paragraphs():
    """Map block number (int, or "TITLE") to the block's text without its [¶N] marker."""
    text = FIXTURE.read_text(encoding="utf-8")
    blocks = {}
    for block in text.split("\n\n"):
        block = block.strip("\n")
        m = re.match(r"^\[(TITLE|¶(\d+))\] ", block)
        assert m, f"unnumbered block in fixture: {block[:40]!r}"
        key = int(m.group(2)) if m.group(2) else "TITLE"
        assert key not in blocks, f"duplicate block number {key}"
        blocks[key] = block[m.end() :]
    assert set(k for k in blocks if k != "TITLE") == set(range(1, 16))
    return blocks


def all_quotes(data):
    for event in data["events"]:
        for quote in event.get("quotes", []):
            yield event, quote


def paragraph_number(quote):
    m = LOCATOR_RE.match(quote["locator"])
    assert m, f"bad locator {quote['locator']!r}"
    return int(m.group(1))


# --- structure ---------------------------------------------------------------------------------


def test_file_is_utf8_json_with_right_format_and_version():
    raw = DATASET.read_bytes()
    text = raw.decode("utf-8")  # raises if not UTF-8
    data = json.loads(text)
    assert data["format"] == "timeline-app"
    assert data["version"] == 1
    assert data["title"].strip()
    assert text.endswith("\n")
    # Non-ASCII characters are written as themselves, not as \u escapes.
    assert "\\u" not in text
    assert "¶" in text


def test_event_ids_are_unique(data):
    ids = [e["id"] for e in data["events"]]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def test_every_event_has_at_least_one_quote(data):
    missing = [e["id"] for e in data["events"] if not e.get("quotes")]
    assert not missing


def test_referenced_categories_exist(data):
    category_ids = {c["id"] for c in data["categories"]}
    for event in data["events"]:
        assert event.get("category") in category_ids, event["id"]


def test_referenced_quote_sources_exist(data):
    source_ids = {s["id"] for s in data["sources"]}
    for event, quote in all_quotes(data):
        assert quote["source"] in source_ids, (event["id"], quote["source"])


def test_sources_are_cited_without_invented_author(data):
    sources = {s["id"]: s for s in data["sources"]}
    article = sources[ARTICLE_SOURCE]
    assert article["title"] == "Putin and Trump Establish Bilateral Channel to Move Forward"
    assert article["year"] == 2017
    assert "author" not in article
    sherr = sources[SHERR_SOURCE]
    assert "James Sherr" in sherr["note"]


# --- quotes ------------------------------------------------------------------------------------


def test_quotes_are_verbatim_in_the_paragraph_named_by_locator(data, paragraphs):
    for event, quote in all_quotes(data):
        n = paragraph_number(quote)
        assert quote["text"] in paragraphs[n], (
            f"{event['id']}: quote not found verbatim in ¶{n}: {quote['text'][:60]!r}"
        )


def test_locators_are_valid_and_never_the_disclaimer(data):
    for event, quote in all_quotes(data):
        assert LOCATOR_RE.match(quote["locator"]), (event["id"], quote["locator"])
        assert quote["locator"] != "¶15", event["id"]


def test_sherr_teaser_quotes_cite_the_sherr_item(data):
    for event, quote in all_quotes(data):
        if paragraph_number(quote) == 11:
            assert quote["source"] == SHERR_SOURCE, event["id"]
            # ¶11 is the publisher's paraphrase, not Sherr's own words.
            assert "speaker" not in quote, event["id"]
        else:
            assert quote["source"] == ARTICLE_SOURCE, event["id"]


def test_special_characters_survive(data, paragraphs):
    # The article uses curly quotes, an en dash and a no-break space; quotes copied from it must
    # keep them (a straight ' or a plain space would fail the verbatim check above).
    texts = [q["text"] for _, q in all_quotes(data)]
    assert any("\u00a0" in t for t in texts), "no quote spans the no-break space in ¶14"
    assert any("\u2019" in t for t in texts), "no quote contains a curly apostrophe"


def test_every_dated_paragraph_is_quoted(data):
    quoted = {paragraph_number(q) for _, q in all_quotes(data)}
    assert quoted >= DATED_PARAGRAPHS, sorted(DATED_PARAGRAPHS - quoted)


def test_quoted_words_of_trump_are_attributed(events, paragraphs):
    warsaw = events["trump-warsaw-speech-2017-07-06"]
    spoken = [q for q in warsaw["quotes"] if q.get("speaker") == "Donald Trump"]
    assert any(
        q["text"]
        == "The fundamental question of our time is whether the West has the will to survive"
        for q in spoken
    )
    for q in spoken:
        # The speaker's words sit inside curly quotes in the article.
        assert "\u2018" + q["text"] + "\u2019" in paragraphs[10]


# --- dates -------------------------------------------------------------------------------------

REQUIRED_DATES = {
    "us-election-2016-11-08": ("2016-11-08", None),
    "trump-inauguration-2017-01-20": ("2017-01-20", None),
    "flynn-resignation-2017-02-13": ("2017-02-13", None),
    "white-house-lavrov-2017-05-10": ("2017-05-10", None),
    "trump-warsaw-speech-2017-07-06": ("2017-07-06", None),
    "g20-hamburg-2017-07-07": ("2017-07-07", "2017-07-08"),
    "putin-merkel-macron-breakfast-2017-07-08": ("2017-07-08", None),
}


@pytest.mark.parametrize("event_id", sorted(REQUIRED_DATES))
def test_required_events_have_their_dates(events, event_id):
    start, end = REQUIRED_DATES[event_id]
    assert event_id in events
    assert events[event_id]["start"] == start
    assert events[event_id].get("end") == end


def test_putin_trump_meeting_is_on_7_july(events):
    meeting = events["putin-trump-meeting-2017-07-07"]
    assert meeting["start"].startswith("2017-07-07")
    if "end" in meeting:
        assert meeting["end"].startswith("2017-07-07")


def test_both_phone_calls_are_present(events):
    calls = [e for e in events.values() if "telephone" in e["title"].lower()]
    assert sorted(e["start"] for e in calls) == ["2017-01-28", "2017-05-02"]


def test_dates_given_by_the_article_match_the_article(events, paragraphs):
    assert "7 July 2017" in paragraphs[1]
    assert "on 7 July" in paragraphs[12]
    assert "10 May" in paragraphs[4]
    assert "6 July" in paragraphs[10]
    assert "November 2016" in paragraphs[9]
    assert "the following day" in paragraphs[14]
    for event_id, locator in [
        ("putin-trump-meeting-2017-07-07", "¶1"),
        ("white-house-lavrov-2017-05-10", "¶4"),
        ("trump-warsaw-speech-2017-07-06", "¶10"),
    ]:
        event = events[event_id]
        assert event["date_source"] == "article", event_id
        assert any(q["locator"] == locator for q in event["quotes"]), event_id


def test_dates_not_in_the_article_are_marked_public_record(events):
    for event_id in [
        "us-election-2016-11-08",
        "trump-inauguration-2017-01-20",
        "flynn-resignation-2017-02-13",
        "putin-trump-call-2017-01-28",
        "putin-trump-call-2017-05-02",
        "tillerson-syria-deescalation-2017-07-05",
        "g20-hamburg-2017-07-07",
    ]:
        event = events[event_id]
        assert event["date_source"] == "public-record", event_id
        assert event.get("date_note", "").strip(), event_id


def test_every_event_states_where_its_date_comes_from(data):
    for event in data["events"]:
        assert event.get("date_source") in ("article", "public-record"), event["id"]
        if event["date_source"] == "public-record":
            assert event.get("date_note", "").strip(), event["id"]


# --- fixture and size --------------------------------------------------------------------------


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="shared source article not present")
def test_fixture_is_identical_to_shared_source():
    assert FIXTURE.read_bytes() == SHARED_SOURCE.read_bytes()


def test_dataset_does_not_ship_the_article(data, paragraphs):
    article_chars = sum(len(text) for key, text in paragraphs.items())
    lengths = [len(q["text"]) for _, q in all_quotes(data)]
    assert max(lengths) <= MAX_QUOTE_CHARS
    assert sum(lengths) < 0.4 * article_chars, (sum(lengths), article_chars)
    # No whole paragraph of substantial length is reproduced.
    for _, quote in all_quotes(data):
        n = paragraph_number(quote)
        if len(paragraphs[n]) > 200:
            assert quote["text"] != paragraphs[n]
