"""Blank text: a required text of invisible characters is refused like one of spaces, by one
definition (timeline_app.model.text) on every way a file is read."""

import json

import pytest

from timeline_app.formats import TimelineFileError, loads_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.model.text import any_blank, invisible_names, is_blank

INVISIBLE = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u2060": "WORD JOINER",
    "\u3164": "HANGUL FILLER",
    "\u115f": "HANGUL CHOSEONG FILLER",
    "\u1160": "HANGUL JUNGSEONG FILLER",
    "\uffa0": "HALFWIDTH HANGUL FILLER",
    "\u2800": "BRAILLE PATTERN BLANK",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
    "\u00ad": "SOFT HYPHEN",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u3000": "IDEOGRAPHIC SPACE",
    "\u00a0": "NO-BREAK SPACE",
    "\u2028": "LINE SEPARATOR",
    "\ufe0f": "VARIATION SELECTOR-16",
    "\U000e0020": "TAG SPACE",
}


@pytest.mark.parametrize("char", list(INVISIBLE), ids=list(INVISIBLE.values()))
def test_a_text_of_one_invisible_character_is_blank(char: str) -> None:
    assert is_blank(char)
    assert is_blank(f" {char}{char}\t")
    assert invisible_names(f" {char} ") == [f"U+{ord(char):04X} {INVISIBLE[char]}"]


@pytest.mark.parametrize(
    "text",
    ["A", "\u200bA", "Café\u00a0", "e\u0301", "\u0301", "👨\u200d👩\u200d👧", "\u2801", "ㄱ", "-"],
)
def test_a_text_with_anything_that_shows_is_not_blank(text: str) -> None:
    assert not is_blank(text)


def test_spaces_and_the_empty_text_are_blank_without_naming_a_character() -> None:
    assert is_blank("") and is_blank("   ") and is_blank(" \n\t ")
    assert invisible_names(" \n ") == []


def test_a_column_has_a_blank_text_exactly_when_one_of_its_texts_is() -> None:
    titles = [f"Event {i}" for i in range(1000)] + ["\u00a0Café", "\u200bX", "\u3164ㄱ"]
    assert not any_blank(titles)
    for blank in ("", "  ", "\u3164", " \u200b\u2800 "):
        assert any_blank([*titles[:500], blank, *titles[500:]]), repr(blank)


def doc(title: str = "T", label: str = "L", source: str = "S", text: str = "Q") -> str:
    return json.dumps(
        {
            "format": "timeline-app",
            "version": 1,
            "sources": [{"id": "s", "title": source}],
            "categories": [{"id": "c", "label": label}],
            "events": [
                {
                    "id": "a",
                    "title": title,
                    "start": "2017",
                    "category": "c",
                    "quotes": [{"text": text, "source": "s", "locator": "p. 1"}],
                }
            ],
        },
        ensure_ascii=False,
    )


@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("title", "events[0].title"),
        ("label", "categories[0].label"),
        ("source", "sources[0].title"),
        ("text", "events[0].quotes[0].text"),
    ],
)
@pytest.mark.parametrize("blank", ["   ", "\u200b", "\u2060\u3164", " \u2800 \u115f"])
def test_every_required_text_refuses_a_blank_one_alike(field: str, path: str, blank: str) -> None:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(doc(**{field: blank}), "f.json")
    (problem,) = info.value.problems
    assert problem.path == path
    assert problem.message.startswith(f"{path.rsplit('.', 1)[1]!r} must not be empty")
    for c in blank.replace(" ", ""):
        assert f"U+{ord(c):04X} {INVISIBLE[c]}" in problem.message


def test_a_title_with_something_visible_beside_invisible_characters_loads() -> None:
    timeline = loads_timeline(doc(title="\u200bMarathon\u2060"), "f.json")
    assert timeline.events[0].title == "\u200bMarathon\u2060"


N = 40_000  # several chunks of the plain-event path


def large(titles: dict[int, str]) -> str:
    events = [
        {"id": f"e{i}", "title": titles.get(i, f"Event {i}"), "start": "2001-01-01"}
        for i in range(N)
    ]
    return json.dumps(
        {"format": "timeline-app", "version": 1, "events": events}, ensure_ascii=False
    )


@pytest.mark.parametrize("blank", ["\u3164", "\u200b\u2060", "\u2800"])
def test_an_invisible_title_among_many_plain_events_is_found_and_placed(blank: str) -> None:
    text = large({N // 2 + 5: blank, 7: "Ünïcödé"})
    assert len(text) > 2 * tj._CHUNK
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(text, "big.json")
    (problem,) = info.value.problems
    assert problem.path == f"events[{N // 2 + 5}].title"
    assert "must not be empty: it has only invisible characters" in problem.message
    written = f'"title": {json.dumps(blank, ensure_ascii=False)}'
    assert (problem.line, problem.column) == (1, text.index(written) + len('"title": ') + 1)


def test_plain_events_with_titles_beginning_invisibly_still_load() -> None:
    text = large({3: "\u00a0Café", N - 1: "\u200bX", N // 2: "\u3164ㄱ"})
    timeline = loads_timeline(text, "big.json")
    assert len(timeline) == N
    assert timeline.get("e3").title == "\u00a0Café"
    assert timeline.get(f"e{N // 2}").title == "\u3164ㄱ"


def test_a_column_is_checked_whole_only_where_a_text_begins_blank(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The plain-event path checks a whole column at once: texts that begin with something
    visible are settled by their first character, so the work is bounded by the few that
    begin with a blank one."""
    from timeline_app.model import text

    looked_at: list[str] = []

    def counting(t: str) -> bool:
        looked_at.append(t)
        return is_blank(t)

    monkeypatch.setattr(text, "is_blank", counting)
    titles = [f"Ünïcödé {i}" for i in range(10_000)]
    assert not text.any_blank(titles)
    assert looked_at == []
    titles[5000] = " \u00a0Café"
    titles[7000] = "\u200b"
    assert text.any_blank(titles)
    assert looked_at == [" \u00a0Café", "\u200b"]
