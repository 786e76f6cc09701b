"""Problems as a teacher reads them in the window: counted from 1, fields named."""

import pytest

from timeline_app.formats.errors import Problem


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("events[3].start", "Line 24, column 16, event 4, “start”: bad"),
        ("events[1].quotes[0].text", "Line 24, column 16, event 2, quote 1, “text”: bad"),
        ("categories[2].color", "Line 24, column 16, category 3, “color”: bad"),
        ("events[0].participants[1]", "Line 24, column 16, event 1, participant 2: bad"),
        ("events", "Line 24, column 16, “events”: bad"),
        ("format", "Line 24, column 16, “format”: bad"),
        ("", "Line 24, column 16: bad"),
    ],
)
def test_a_problem_for_people_counts_from_one_and_names_the_field(path: str, shown: str) -> None:
    problem = Problem("/tmp/f.json", 24, 16, path, "bad")
    assert problem.for_people() == shown
    # The machine form is unchanged: file:line:column: path: message.
    assert str(problem) == f"/tmp/f.json:24:16: {path or '(file)'}: bad"


def test_a_problem_with_the_whole_file_names_no_place_in_it() -> None:
    problem = Problem("/tmp/f.json", 1, 1, "", "cannot read the file: No such file")
    assert problem.for_people() == "Cannot read the file: No such file"
