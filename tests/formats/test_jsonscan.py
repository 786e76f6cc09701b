"""The position-aware JSON scanner: exact places for every problem the fast parser hides."""

import json

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from timeline_app.formats.jsonscan import find_problem, format_path, line_col, locate, walk

# A failing hypothesis test makes hypothesis import libcst, whose mypy_extensions import warns;
# with warnings as errors that would abort the whole pytest session instead of failing a test.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)
# No "explain" phase: it traces coverage and makes a failing run take a minute or more.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

FAST = settings(max_examples=200, deadline=None, database=None, phases=PHASES)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (("events", 3, "start"), "events[3].start"),
        (("events", 0, "quotes", 2, "source"), "events[0].quotes[2].source"),
        (("title",), "title"),
        ((), ""),
        ((0, "a"), "[0].a"),
        (("a", 1, 2), "a[1][2]"),
    ],
)
def test_format_path(path, text):
    assert format_path(path) == text


def test_line_col_is_one_based_in_characters():
    text = 'ab\n"äé"\n\nx'
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 2) == (1, 3)  # the newline itself ends line 1
    assert line_col(text, 3) == (2, 1)
    assert line_col(text, 5) == (2, 3)  # characters, not bytes
    assert line_col(text, 8) == (3, 1)
    assert line_col(text, 9) == (4, 1)
    # Offsets outside the text are clamped rather than failing.
    assert line_col(text, -5) == (1, 1)
    assert line_col(text, 10_000) == (4, 2)


def _problem(text):
    err = find_problem(text)
    assert err is not None, f"no problem found in {text[:60]!r}"
    return err, line_col(text, err.offset)


def test_duplicate_key_points_at_the_second_key():
    text = '{\n  "a": 1,\n  "b": {"x": 1,\n        "x": 2}\n}'
    err, where = _problem(text)
    assert "duplicate" in err.message and "'x'" in err.message
    assert err.path == ("b", "x")
    assert where == (4, 9)


def test_duplicate_key_after_escapes_is_still_a_duplicate():
    err, _ = _problem('{"\\u0061": 1, "a": 2}')
    assert "duplicate" in err.message


def test_same_key_in_different_objects_is_fine():
    assert find_problem('[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]') is None


@pytest.mark.parametrize(
    ("text", "word", "path", "where"),
    [
        ('{"a": [1,\n NaN]}', "NaN", ("a", 1), (2, 2)),
        ('{"a": Infinity}', "Infinity", ("a",), (1, 7)),
        ('{"a": -Infinity}', "Infinity", ("a",), (1, 7)),
    ],
)
def test_nan_and_infinity_are_named(text, word, path, where):
    err, at = _problem(text)
    assert word in err.message
    assert "not allowed" in err.message
    assert err.path == path
    assert at == where


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1.5E+999"])
def test_numbers_that_overflow_are_refused(number):
    err, at = _problem('{"big": ' + number + "}")
    assert "too large" in err.message
    assert err.path == ("big",)
    assert at == (1, 9)


def test_a_5000_digit_number_is_refused_without_converting_it():
    err, at = _problem('{"n": [' + "9" * 5000 + "]}")
    assert "5000" in err.message and "too long" in err.message
    assert err.path == ("n", 0)
    assert at == (1, 8)


def test_a_lone_surrogate_is_not_a_character():
    text = '{"t": "ok",\n "u": "x\\ud800y"}'
    err, at = _problem(text)
    assert "surrogate" in err.message
    assert err.path == ("u",)
    assert at == (2, 9)


@pytest.mark.parametrize("text", ['"\\ud83d\\ude00"', '"\\u00e9"', '"é😀"'])
def test_valid_surrogate_pairs_and_escapes_pass(text):
    assert find_problem(text) is None


def test_100000_levels_of_nesting_give_a_message_not_a_crash():
    text = "[" * 100_000 + "]" * 100_000
    err = find_problem(text)  # must not raise RecursionError
    assert err is not None
    assert "nested" in err.message
    obj = '{"a": ' * 100_000 + "1" + "}" * 100_000
    err = find_problem(obj)
    assert err is not None and "nested" in err.message


def test_nesting_within_the_limit_is_fine():
    assert find_problem("[" * 60 + "]" * 60) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"a": [1, 2', "ends"),
        ('{"a": "unterminated', "not closed"),
        ('{"a": ', "ends"),
        ("", "ends"),
        ('{"a" 1}', "expected ':'"),
        ('{"a": 1 "b": 2}', "expected ','"),
        ("{'a': 1}", "double quotes"),
        ('{"a": tru}', "double quotes"),
        ('{"a": 01}', "not a valid number"),
        ('{"a": "x\\qy"}', "escape"),
        ('{"a": "x\ty"}', "U+0009"),
    ],
)
def test_syntax_errors_are_described(text, fragment):
    err, _ = _problem(text)
    assert fragment in err.message


@pytest.mark.parametrize("text", ['{"a": 1} x', '{"a": 1}{"b": 2}', "[1] ]", "1 2"])
def test_trailing_garbage(text):
    err, _ = _problem(text)
    assert "after the end" in err.message
    assert err.path == ()


def test_valid_documents_have_no_problem():
    text = (
        '{\n  "a": [1, -2.5, 3e2, 0, -0.0, true, false, null, "s\\n\\"\\u00e9", {}, []],\n'
        '  "b": {"c": {"d": []}}, "": "empty key"\n}\n'
    )
    assert find_problem(text) is None
    assert find_problem("  42  ") is None


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None, database=None, phases=PHASES)
@given(json_values, st.booleans())
def test_whatever_json_dumps_writes_is_accepted(value, indent):
    text = json.dumps(value, indent=2 if indent else None, ensure_ascii=indent)
    assert find_problem(text) is None


@settings(max_examples=100, deadline=None, database=None, phases=PHASES)
@given(json_values)
def test_walk_offsets_point_at_the_values(value):
    text = json.dumps({"root": value}, indent=1)
    decoder = json.JSONDecoder()
    for _path, offset in walk(text):
        # Each reported offset is where a complete JSON value starts.
        decoder.raw_decode(text, offset)


def test_locate_finds_the_offsets_of_values():
    text = (
        "{\n"
        '  "title": "T",\n'
        '  "events": [\n'
        '    {"id": "a", "start": "2017"},\n'
        '    {"id": "b",\n'
        '     "quotes": [{"text": "q"}]}\n'
        "  ]\n"
        "}\n"
    )
    wanted = {
        (),
        ("title",),
        ("events",),
        ("events", 0, "start"),
        ("events", 1, "id"),
        ("events", 1, "quotes", 0, "text"),
        ("missing",),
        ("events", 7),
    }
    found = locate(text, wanted)
    assert set(found) == wanted - {("missing",), ("events", 7)}
    assert {p: line_col(text, o) for p, o in found.items()} == {
        (): (1, 1),
        ("title",): (2, 12),
        ("events",): (3, 13),
        ("events", 0, "start"): (4, 26),
        ("events", 1, "id"): (5, 12),
        ("events", 1, "quotes", 0, "text"): (6, 26),
    }
    assert locate(text, set()) == {}


def test_locate_reaches_values_after_a_lone_surrogate():
    # A string with a lone surrogate escape is accepted by json.loads (and reported later by
    # the loader); locating fields must not stop there.
    text = '{\n  "a": "\\ud800",\n  "b": 1\n}'
    found = locate(text, {("a",), ("b",)})
    assert {p: line_col(text, o) for p, o in found.items()} == {("a",): (2, 8), ("b",): (3, 8)}
