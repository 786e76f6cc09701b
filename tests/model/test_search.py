"""Search: every text an event shows, folded so that case and accents do not matter, built once
per timeline (without making an Event per row on large timelines)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.formats import load_timeline
from timeline_app.model import Category, Event, Quote, Source, Timeline, TimePoint
from timeline_app.model.search import (
    DATED_SEARCH_EVENTS,
    SearchIndex,
    contains,
    fold,
    query_words,
)
from timeline_app.model.timeline import EventColumns

SRC = Source("s", "Article")


def find(timeline: Timeline, query: str) -> list[str]:
    rows = SearchIndex(timeline).matching(query_words(query), range(len(timeline)))
    return [timeline.columns.ids[i] for i in rows]


def test_fold_ignores_case_accents_and_compatibility_forms() -> None:
    assert fold("Köln") == fold("KOLN") == "koln"
    assert fold("Straße") == "strasse"
    assert fold("ÉCOLE Française") == "ecole francaise"
    assert fold("ﬁnal") == "final"  # a ligature, as PDFs and old typesetting leave them
    assert fold("Łódź") == "łodz"  # Ł has no decomposition: it stays a letter of its own
    assert fold("Ἀθῆναι") == "αθηναι"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_fast_path_folds_as_the_full_rule_does(text: str) -> None:
    full = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()
    assert fold(text) == full


@pytest.fixture
def bundled(bundled_path: Path) -> Timeline:
    return load_timeline(bundled_path)


def test_a_word_found_only_in_a_quote_finds_its_event(bundled: Timeline) -> None:
    # "knaves" is in the article's words about the White House meeting, nowhere else.
    found = find(bundled, "knaves")
    assert found == ["white-house-lavrov-2017-05-10"]
    event = bundled.get(found[0])
    assert event is not None and any("knaves" in q.text for q in event.quotes)
    assert "knaves" not in f"{event.title} {event.summary}"


def test_every_word_must_be_found_in_any_order_and_case(bundled: Timeline) -> None:
    assert find(bundled, "HAMBURG putin meeting") == find(bundled, "meeting Putin hamburg")
    assert "putin-trump-meeting-2017-07-07" in find(bundled, "HAMBURG putin meeting")
    assert find(bundled, "knaves hamburg") == []


def test_speakers_places_people_and_dates_are_searched() -> None:
    lavrov_says = Event(
        "a",
        "Press conference in Moscow",
        TimePoint(2017, 5, 11),
        quotes=(Quote("We talked about Syria.", SRC, "¶2", speaker="Sergei Lavrov"),),
    )
    named = Event(
        "b",
        "Talks",
        TimePoint(2017, 5, 10),
        quotes=(Quote("the president and Sergei Lavrov met", SRC, "¶3"),),
    )
    place = Event("c", "Treffen", TimePoint(2017, 6, 1), location="Köln")
    people = Event("d", "Breakfast", TimePoint(2017, 7, 8), participants=("Angela Merkel",))
    shown = Event("e", "Harvest", TimePoint(1940, 6, 1), display_date="Summer 1940")
    tl = Timeline([lavrov_says, named, place, people, shown])
    assert sorted(find(tl, "lavrov")) == ["a", "b"]
    assert find(tl, "koln") == ["c"] and find(tl, "KÖLN") == ["c"]
    assert find(tl, "merkel") == ["d"]
    assert find(tl, "summer 1940") == ["e"]
    assert find(tl, "11 may 2017") == ["a"]  # the calendar date as the app shows it


def test_parts_do_not_run_into_each_other() -> None:
    # The title ends in "Syr", the summary starts with "ia": no event holds the word "syria".
    tl = Timeline([Event("a", "Flight to Syr", TimePoint(2017, 1, 1), summary="ia is far")])
    assert find(tl, "syria") == []


def test_the_texts_are_made_once_per_timeline(bundled: Timeline) -> None:
    index = SearchIndex(bundled)
    assert index.texts() is index.texts()


def test_a_large_timeline_is_indexed_from_its_columns_without_making_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cols = EventColumns()
    n = DATED_SEARCH_EVENTS + 10
    for k in range(n):
        cols.append(f"e{k}", f"Évènement {k}", TimePoint(2000, 1, 1 + k % 28))
    quote = (Quote("the knaves again", SRC, "¶1"),)
    cols.append("q", "Plain", TimePoint(2001, 1, 1), extras=("", (), "", "", "", "", quote, "", ()))
    tl = Timeline(cols)

    def no_events(i: int) -> Event:
        raise AssertionError("an Event was made to index a large timeline")

    monkeypatch.setattr(tl, "event", no_events)
    assert find(tl, "knaves") == ["q"]
    assert find(tl, "EVENEMENT 10005") == ["e10005"]


def test_contains_bisects_ascending_rows() -> None:
    rows = [2, 5, 9]
    assert [i for i in range(-1, 12) if contains(rows, i)] == rows


def test_matches_answer_for_events_and_for_a_badge_s_stretch_of_a_lane() -> None:
    from timeline_app.model.search import Matches
    from timeline_app.model.timeline import MERGED_LANE

    events = [
        Event("a1", "A one", TimePoint(2017, 1, 1), category="a"),
        Event("b1", "B one", TimePoint(2017, 1, 2), category="b"),
        Event("a2", "A two", TimePoint(2017, 3, 1), category="a"),
        Event("b2", "B two", TimePoint(2017, 3, 2), category="b"),
    ]
    tl = Timeline(events, categories=[Category("a", "A"), Category("b", "B")])
    rows = SearchIndex(tl).matching(query_words("two"), range(len(tl)))
    m = Matches(tl, rows)
    assert [e.id for e in events if m.has_id(e.id)] == ["a2", "b2"]
    assert not m.has_id("no-such-event")
    jan = (TimePoint(2017, 1, 1).start_seconds, TimePoint(2017, 2, 1).start_seconds)
    mar = (TimePoint(2017, 3, 1).start_seconds, TimePoint(2017, 3, 31).start_seconds)
    assert not m.any_between("a", *jan) and not m.any_between(MERGED_LANE, *jan)
    assert m.any_between("a", *mar) and m.any_between("b", *mar)
    assert m.any_between(MERGED_LANE, *mar)
    assert not m.any_between("no-such-category", *mar)
    only_b = Matches(tl, SearchIndex(tl).matching(query_words("b two"), range(len(tl))))
    assert not only_b.any_between("a", *mar) and only_b.any_between("b", *mar)
