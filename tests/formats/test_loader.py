"""Loading and saving timeline files: strict, self-explaining errors; lossless, atomic saves."""

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from timeline_app.formats import TimelineFileError, load_timeline, loads_timeline, save_timeline
from timeline_app.formats import timeline_json as tj
from timeline_app.model import Category, Event, Precision, Quote, Source, Timeline, TimePoint
from timeline_app.model.text import is_blank
from timeline_app.model.timepoint import days_in_month

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

REPO = Path(__file__).resolve().parents[2]
DATASET = REPO / "resources" / "timeline-2017.json"
FILE = "f.json"
PROBLEM_RE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<path>\S+): (?P<message>.+)$", re.S
)

# A valid head; event lines start at line 7.
HEAD = (
    "{\n"
    '  "format": "timeline-app",\n'
    '  "version": 1,\n'
    '  "sources": [{"id": "src", "title": "A source"}],\n'
    '  "categories": [{"id": "summit", "label": "Summits", "color": "#0072B2"}],\n'
    '  "events": [\n'
)
TAIL = "\n  ]\n}\n"


def doc(events: str) -> str:
    return HEAD + events + TAIL


def load_error(text: str) -> TimelineFileError:
    with pytest.raises(TimelineFileError) as info:
        loads_timeline(text, FILE)
    return info.value


def parts(problem) -> tuple[int, int, str, str]:
    """(line, column, path, message) parsed back from the printed problem."""
    m = PROBLEM_RE.match(str(problem))
    assert m is not None, f"not FILE:LINE:COL: path: message: {problem!s}"
    assert m["file"] == FILE
    return int(m["line"]), int(m["col"]), m["path"], m["message"]


def only_problem(text: str) -> tuple[int, int, str, str]:
    err = load_error(text)
    assert len(err.problems) == 1, [str(p) for p in err.problems]
    assert str(err) == str(err.problems[0])
    return parts(err)


# --- the bundled dataset ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(DATASET)


def test_the_bundled_dataset_loads(bundled):
    assert len(bundled) == 14
    assert bundled.title == "Putin and Trump, 2017: the first meeting"
    assert [c.id for c in bundled.categories] == [
        "summit",
        "diplomacy",
        "us-politics",
        "speech",
        "agreement",
    ]
    g20 = bundled.get("g20-hamburg-2017-07-07")
    assert g20 is not None and g20.is_range and g20.date_text() == "7–8 July 2017"
    assert all(q.source.id.startswith("valdai") for e in bundled.events for q in e.quotes)
    assert sum(len(e.quotes) for e in bundled.events) > 0
    # Events come in time order.
    assert [e.t0 for e in bundled.events] == sorted(e.t0 for e in bundled.events)


# --- problems and where they are ---------------------------------------------------------------


def test_valid_minimal_document():
    tl = loads_timeline(doc('    {"id": "a", "title": "X", "start": "2017-05-10"}'), FILE)
    assert [e.id for e in tl.events] == ["a"]


def test_empty_file():
    assert only_problem("  \n\n") == (1, 1, "(file)", "the file is empty; expected a JSON object")


def test_top_level_must_be_an_object():
    line, col, path, message = only_problem("[1, 2]")
    assert (line, col, path) == (1, 1, "(file)")
    assert "must be an object" in message and "a list" in message


def test_wrong_format_name():
    line, col, path, message = only_problem(
        '{\n  "format": "nope",\n  "version": 1,\n  "events": []\n}'
    )
    assert (line, col, path) == (2, 13, "format")
    assert '"timeline-app"' in message


def test_wrong_version():
    line, col, path, message = only_problem(
        '{\n  "format": "timeline-app",\n  "version": 2,\n  "events": []\n}'
    )
    assert (line, col, path) == (3, 14, "version")
    assert "version 1" in message and "2" in message


def test_missing_events():
    line, col, path, message = only_problem('{\n  "format": "timeline-app",\n  "version": 1\n}')
    assert (line, col, path) == (1, 1, "(file)")
    assert "'events'" in message


def test_unknown_field_suggests_the_right_one():
    err = load_error(doc('    {"id": "a", "titel": "X", "start": "2017"}'))
    line, col, path, message = parts(err.problems[0])
    assert (line, col, path) == (7, 26, "events[0].titel")
    assert "unknown field 'titel'" in message and "did you mean 'title'?" in message
    # ...and the title it was meant to be is reported missing, on the event's line.
    assert parts(err.problems[1])[:3] == (7, 5, "events[0].title")


def test_unknown_top_level_field_lists_the_allowed_ones():
    line, col, path, message = only_problem(
        '{"format": "timeline-app", "version": 1, "events": [],\n "zzz": 1}'
    )
    assert (line, col, path) == (2, 9, "zzz")
    assert "events" in message and "categories" in message


def test_missing_title():
    line, col, path, message = only_problem(doc('    {"id": "a",\n     "start": "2017"}'))
    assert (line, col, path) == (7, 5, "events[0].title")
    assert "'title' is required" in message


def test_empty_title():
    line, col, path, message = only_problem(doc('    {"id": "a", "title": "  ", "start": "2017"}'))
    assert (line, col, path) == (7, 26, "events[0].title")
    assert "empty" in message


def test_missing_start():
    line, col, path, message = only_problem(doc('    {"id": "a", "title": "X"}'))
    assert (line, col, path) == (7, 5, "events[0]")
    assert "'start'" in message


def test_duplicate_event_ids():
    line, col, path, message = only_problem(doc(
        '    {"id": "a", "title": "X", "start": "2017"},\n'
        '    {"id": "a", "title": "Y", "start": "2018"}'
    ))  # fmt: skip
    assert (line, col, path) == (8, 12, "events[1].id")
    assert "used twice" in message and "events[0]" in message


def test_bad_event_id():
    line, col, path, message = only_problem(doc('    {"id": "a b", "title": "X", "start": "2017"}'))
    assert (line, col, path) == (7, 12, "events[0].id")
    assert "not a valid id" in message


def test_end_before_start():
    line, col, path, message = only_problem(doc(
        '    {"id": "a", "title": "X", "start": "2017-05-10",\n'
        '     "end": "2017-05-09"}'
    ))  # fmt: skip
    assert (line, col, path) == (8, 13, "events[0].end")
    assert "before the start" in message and "2017-05-09" in message


def test_end_on_the_start_day_is_fine():
    tl = loads_timeline(
        doc('    {"id": "a", "title": "X", "start": "2017-05-10", "end": "2017-05-10"}')
    )
    assert tl.events[0].t1 > tl.events[0].t0


def test_unknown_category_suggests_a_close_one():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X", "start": "2017", "category": "sumit"}')
    )
    assert (line, col, path) == (7, 60, "events[0].category")
    assert "unknown category 'sumit'" in message and "did you mean 'summit'?" in message


def test_unknown_quote_source():
    line, col, path, message = only_problem(doc(
        '    {"id": "a", "title": "X", "start": "2017",\n'
        '     "quotes": [{"text": "t", "source": "nosuch", "locator": "p. 1"}]}'
    ))  # fmt: skip
    assert (line, col, path) == (8, 41, "events[0].quotes[0].source")
    assert "unknown source 'nosuch'" in message and "src" in message


def test_bad_date_carries_the_date_parser_message():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X", "start": "2017-02-30"}')
    )
    assert (line, col, path) == (7, 40, "events[0].start")
    assert "February 2017 has 28 days, not 30" in message


def test_date_without_a_year():
    line, col, path, message = only_problem(doc('    {"id": "a", "title": "X", "start": "10 May"}'))
    assert (line, col, path) == (7, 40, "events[0].start")
    assert "no year" in message


def test_date_written_as_a_number():
    line, col, path, message = only_problem(doc('    {"id": "a", "title": "X", "start": 2017}'))
    assert (line, col, path) == (7, 40, "events[0].start")
    assert '"2017"' in message


def test_bad_colour():
    text = (
        "{\n"
        '  "format": "timeline-app",\n'
        '  "version": 1,\n'
        '  "categories": [\n'
        '    {"id": "summit", "label": "Summits", "color": "blue"}\n'
        "  ],\n"
        '  "events": []\n'
        "}\n"
    )
    line, col, path, message = only_problem(text)
    assert (line, col, path) == (5, 51, "categories[0].color")
    assert "'blue'" in message and "#rrggbb" in message


def test_escaped_control_character_in_a_title():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X\\u0007Y", "start": "2017"}')
    )
    assert (line, col, path) == (7, 26, "events[0].title")
    assert "U+0007" in message and "position 2" in message


def test_raw_control_character_in_a_title():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X\x07Y", "start": "2017"}')
    )
    assert (line, col, path) == (7, 26, "events[0].title")
    assert "U+0007" in message


def test_lone_surrogate_in_a_title():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X\\udc00", "start": "2017"}')
    )
    assert (line, col, path) == (7, 26, "events[0].title")
    assert "U+DC00" in message


def test_duplicate_keys():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X", "title": "Y", "start": "2017"}')
    )
    assert (line, col, path) == (7, 31, "events[0].title")
    assert "duplicate key 'title'" in message


@pytest.mark.parametrize(
    ("events", "where", "fragment"),
    [
        ('    {"id": "a", "title": "X",\n     "start": NaN}', (8, 15, "events[0].start"), "NaN"),
        ('    {"id": "a", "title": "X", "n": 1e400}', (7, 36, "events[0].n"), "too large"),
        (
            '    {"id": "a", "title": "X", "start": "2017"} x',
            (7, 48, "events[0]"),
            "unexpected 'x'",
        ),
        (
            '    {"id": "a", "title": "X", "start": "2017"',
            (8, 3, "events[0].start"),
            "expected ','",
        ),
    ],
)
def test_json_syntax_problems_have_a_place(events, where, fragment):
    line, col, path, message = only_problem(doc(events))
    assert (line, col, path) == where
    assert fragment in message


def test_trailing_garbage():
    line, col, path, message = only_problem(
        doc('    {"id": "a", "title": "X", "start": "2017"}') + "x\n"
    )
    assert (line, col, path) == (10, 1, "(file)")
    assert "extra text" in message


def test_truncated_file():
    line, col, path, message = only_problem('{\n  "format": "timeline-app",\n  "events": [\n')
    assert (line, col) == (4, 1)
    assert "ends" in message


def test_deep_nesting_is_a_message_not_a_crash():
    text = (
        '{"format": "timeline-app", "version": 1, "events": [], "x": '
        + "[" * 100_000
        + "]" * 100_000
        + "}"
    )
    line, col, path, message = only_problem(text)
    assert "nested" in message
    assert path.startswith("x[0]")


def test_every_problem_is_reported():
    err = load_error(doc(
        '    {"id": "a", "title": "", "start": "2017-02-30"},\n'
        '    {"id": "b", "title": "Y", "start": "2017", "category": "x"},\n'
        '    {"id": "c", "title": "Z", "start": "2017", "end": "2016"}'
    ))  # fmt: skip
    got = [parts(p)[:3] for p in err.problems]
    assert got == [
        (7, 26, "events[0].title"),
        (7, 39, "events[0].start"),
        (8, 60, "events[1].category"),
        (9, 55, "events[2].end"),
    ]
    assert str(err).endswith("(and 3 more problems)")


def test_problems_in_the_title_are_reported_with_the_others():
    err = load_error(
        "{\n"
        '  "format": "timeline-app",\n'
        '  "version": 1,\n'
        '  "title": "Bad\\u0001title",\n'
        '  "events": [\n'
        '    {"id": "a", "title": "X", "start": "2017-02-30"}\n'
        "  ]\n"
        "}\n"
    )
    assert sorted(parts(p)[:3] for p in err.problems) == [
        (4, 12, "title"),
        (6, 40, "events[0].start"),
    ]


def test_places_are_right_after_a_lone_surrogate():
    err = load_error(doc(
        '    {"id": "a", "title": "X\\ud800", "start": "2017"},\n'
        '    {"id": "b", "start": "2017"}'
    ))  # fmt: skip
    assert [parts(p)[:3] for p in err.problems] == [
        (7, 26, "events[0].title"),
        (8, 5, "events[1].title"),
    ]


def test_problems_are_capped():
    events = ",\n".join(f'    {{"id": "e{i}", "title": "", "start": "2017"}}' for i in range(500))
    err = load_error(doc(events))
    assert len(err.problems) == tj.MAX_PROBLEMS
    assert parts(err.problems[-1])[0] == 7 + tj.MAX_PROBLEMS - 1


# --- files -------------------------------------------------------------------------------------

UMLAUT_DOC = (
    "{\n"
    '  "format": "timeline-app",\n'
    '  "version": 1,\n'
    '  "title": "Zürich",\n'
    '  "events": [{"id": "a", "title": "Ünïcödé ✓", "start": "2017"}]\n'
    "}\n"
)


def test_invalid_utf8_names_the_byte(tmp_path):
    data = UMLAUT_DOC.encode("utf-8").replace("Zürich".encode(), b"Z\xfcrich")
    assert data.index(b"\xfc") == 59
    path = tmp_path / "latin1.json"
    path.write_bytes(data)
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    m = PROBLEM_RE.match(str(info.value))
    assert m is not None
    assert (m["file"], m["line"], m["col"], m["path"]) == (str(path), "4", "14", "(file)")
    assert "UTF-8" in m["message"] and "byte offset 59" in m["message"] and "0xFC" in m["message"]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_bom_encodings_load(tmp_path, encode):
    path = tmp_path / "t.json"
    path.write_bytes(encode(UMLAUT_DOC))
    tl = load_timeline(path)
    assert tl.title == "Zürich"
    assert tl.events[0].title == "Ünïcödé ✓"
    assert tl.path == str(path)


def test_oversized_file_is_refused_with_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(tj, "MAX_FILE_BYTES", 2_000_000)
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.truncate(3_000_000)
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    message = str(info.value)
    assert message.startswith(f"{path}:1:1: (file): ")
    assert "3 MB" in message and "limit is 2 MB" in message


def test_file_at_the_limit_is_read(tmp_path, monkeypatch):
    data = UMLAUT_DOC.encode("utf-8")
    monkeypatch.setattr(tj, "MAX_FILE_BYTES", len(data))
    path = tmp_path / "t.json"
    path.write_bytes(data)
    assert len(load_timeline(path)) == 1


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(TimelineFileError) as info:
        load_timeline(path)
    message = str(info.value)
    assert message == f"{path}:1:1: (file): cannot read the file: No such file or directory"
    assert info.value.__suppress_context__ or info.value.__cause__ is None


# --- saving ------------------------------------------------------------------------------------


def event_view(e: Event):
    return (
        e.id, e.title, e.start, e.end, e.precision, e.category, e.location, e.participants,
        e.summary, e.date_source, e.date_note, e.notes,
        tuple((q.text, q.source, q.locator, q.speaker) for q in e.quotes),
    )  # fmt: skip


def test_bundled_dataset_round_trips(bundled, tmp_path):
    path = tmp_path / "copy.json"
    save_timeline(bundled, path)
    again = load_timeline(path)
    assert [event_view(e) for e in again.events] == [event_view(e) for e in bundled.events]
    assert again.title == bundled.title and again.description == bundled.description
    assert again.categories == bundled.categories
    assert again.sources == bundled.sources
    # Saving what was loaded gives the same bytes again.
    path2 = tmp_path / "copy2.json"
    save_timeline(again, path2)
    assert path2.read_bytes() == path.read_bytes()


def test_save_is_atomic_when_replace_fails(bundled, tmp_path, monkeypatch):
    path = tmp_path / "timeline.json"
    path.write_bytes(b'{"old": "content"}\n')
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        save_timeline(bundled, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json"]


def test_save_is_atomic_when_writing_fails(bundled, tmp_path, monkeypatch):
    path = tmp_path / "timeline.json"
    path.write_bytes(b'{"old": "content"}\n')

    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        save_timeline(bundled, path)
    assert path.read_bytes() == b'{"old": "content"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.json"]


def test_save_keeps_the_file_permissions(bundled, tmp_path):
    path = tmp_path / "private.json"
    path.write_bytes(b"{}")
    path.chmod(0o600)
    save_timeline(bundled, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert len(load_timeline(path)) == 14


# --- hypothesis: generated timelines survive dumps -> loads ------------------------------------

SPECIAL_TITLES = [
    "שלום עולם",
    "مرحبا بالعالم",
    "Ελληνικά",
    "👩‍🏫 lesson 🏛️ 🇺🇦",
    "“quoted” — ‘single’ …",
    'a\\b"c"',
    "line one\nline two\ttab",
    "\u200fRTL mark, \u202eoverride\u202c, zero\u200bwidth",
    "日本語の題名",
]
titles = st.one_of(
    st.sampled_from(SPECIAL_TITLES),
    st.text(
        st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n"),
        min_size=1,
        max_size=40,
    ).filter(lambda s: not is_blank(s)),  # required texts must show something
)
_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
ids = st.builds(lambda a, b: a + b, st.sampled_from(_ALNUM), st.text(_ALNUM + "._-", max_size=12))


@st.composite
def time_points(draw):
    year = draw(st.integers(-20_000, 20_000))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    precision = draw(st.sampled_from(list(Precision)))
    if precision is Precision.MINUTE:
        return TimePoint(
            year, month, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)),
            draw(st.sampled_from([0, 0, 15])), draw(st.integers(-840, 840)), precision,
        )  # fmt: skip
    if precision is Precision.DAY:
        return TimePoint(year, month, day, precision=precision)
    if precision is Precision.MONTH:
        return TimePoint(year, month, precision=precision)
    return TimePoint(year, precision=precision)


@st.composite
def timelines(draw):
    cats = draw(st.lists(ids, min_size=0, max_size=3, unique=True))
    categories = [
        Category(c, draw(titles), draw(st.sampled_from(["", "#0072B2", "#e69f00"]))) for c in cats
    ]
    source = Source(
        "src",
        draw(titles),
        draw(st.sampled_from(["", "Publisher"])),
        draw(st.none() | st.integers(-500, 2100)),
    )
    events = []
    for eid in draw(st.lists(ids, min_size=1, max_size=6, unique=True)):
        start = draw(time_points())
        end = draw(st.none() | time_points())
        precision = draw(st.sampled_from([p for p in Precision if p <= start.precision]))
        ev = Event(eid, draw(titles), start, end, precision)
        if end is not None and ev.t1 <= ev.t0:
            ev = Event(eid, ev.title, end, start, min(precision, end.precision))
            if ev.t1 <= ev.t0:
                ev = Event(eid, ev.title, start, None, precision)
        quotes = tuple(
            Quote(
                draw(titles),
                source,
                draw(st.sampled_from(["¶1", "p. 42"])),
                draw(st.sampled_from(["", "A speaker"])),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        events.append(Event(
            ev.id, ev.title, ev.start, ev.end, ev.precision,
            draw(st.sampled_from(["", *cats])),
            location=draw(st.sampled_from(["", "Hamburg"])),
            participants=tuple(draw(st.lists(titles, max_size=2))),
            summary=draw(st.sampled_from(["", "A summary."])),
            date_source=draw(st.sampled_from(["", "article", "public-record"])),
            quotes=quotes,
        ))  # fmt: skip
    return Timeline(events, title=draw(st.sampled_from(["", "T"]) | titles), categories=categories,
                    sources=[source])  # fmt: skip


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(timelines())
def test_generated_timelines_round_trip(tl):
    text = tj.dumps_timeline(tl)
    again = loads_timeline(text, FILE)
    assert [event_view(e) for e in again.events] == [event_view(e) for e in tl.events]
    assert again.title == tl.title
    assert [c for c in again.categories if c.id != "uncategorised"] == [
        c for c in tl.categories if c.id != "uncategorised"
    ]


@settings(max_examples=100, deadline=None, database=None, phases=PHASES)
@given(time_points(), time_points())
def test_loader_accepts_exactly_the_ends_that_are_not_before_the_start(a, b):
    assume(a != b)
    ev = Event("x", "X", a, b, a.precision)
    text = doc(f'    {{"id": "x", "title": "X", "start": "{a.iso()}", "end": "{b.iso()}"}}')
    if ev.t1 > ev.t0:
        assert loads_timeline(text).events[0].end == b
    else:
        assert "before the start" in parts(load_error(text))[3]
