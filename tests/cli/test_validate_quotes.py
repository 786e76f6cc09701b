"""timeline-app validate --check-quotes: the quotes of a timeline checked against their
sources' texts, headless, one line a problem, exit status 1 on any ✗."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
LINE = re.compile(r"^.+:\d+:\d+: [\w.\[\]()' -]+: .+$")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """The article as received (the numbered copy without its markers)."""
    path = tmp_path / "article.txt"
    path.write_text(re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8")), "utf-8")
    return path


def both(article: Path) -> list[str]:
    return [f"--source-text=valdai-2017={article}", f"--source-text=valdai-sherr-2017={article}"]


def test_the_bundled_dataset_checks_verbatim_against_the_article(
    bundled_path: Path, article: Path
) -> None:
    r = run("validate", str(bundled_path), *both(article))
    assert (r.returncode, r.stderr) == (0, "")
    assert r.stdout == (
        f"{bundled_path}: OK, 14 events; 23 quotes: 23 ✓ verbatim, 0 ✗, 0 unchecked\n"
    )


def test_without_the_article_the_quotes_are_unchecked_and_say_why(bundled_path: Path) -> None:
    r = run("validate", "--check-quotes", str(bundled_path))
    assert r.returncode == 0
    assert r.stderr.splitlines() == [
        f"{bundled_path}:7:5: sources[0]: unchecked: the source names no full text to check "
        "against (22 quotes)",
        f"{bundled_path}:13:5: sources[1]: unchecked: the source names no full text to check "
        "against (1 quote)",
    ]
    assert r.stdout.endswith("23 quotes: 0 ✓ verbatim, 0 ✗, 23 unchecked\n")


def test_altered_quotes_give_one_line_each_and_exit_1(
    tmp_path: Path, bundled_path: Path, article: Path
) -> None:
    data = json.loads(bundled_path.read_text("utf-8"))
    flynn = data["events"][1]["quotes"][0]
    assert flynn["text"] == "after only 24 days in office"
    flynn["text"] = "after only 25 days in office"  # one changed character
    warsaw = next(e for e in data["events"] if e["id"] == "trump-warsaw-speech-2017-07-06")
    warsaw["quotes"][0]["locator"] = "¶9"  # its words are in ¶10
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    r = run("validate", str(altered), *both(article))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert all(LINE.match(line) for line in lines), lines
    assert len(lines) == 2
    assert lines[0].startswith(f"{altered}:")
    assert lines[0].split(": ", 2)[1] == "events[1].quotes[0]"
    assert lines[0].endswith(
        "✗ not found verbatim; closest passage in ¶9: “after only 24 days in office”; "
        "the quote has “5” where the source has “4”, after “after only 2”"
    )
    assert lines[1].split(": ", 1)[1] == (
        "events[8].quotes[0]: ✗ found verbatim in ¶10, not in ¶9 as its locator says"
    )
    assert r.stdout == f"{altered}: 14 events; 23 quotes: 21 ✓ verbatim, 2 ✗, 0 unchecked\n"
    # The place named is where the quote starts in the file.
    assert lines[0].split(": ", 1)[0] == f"{altered}:{object_start(altered, '25 days')}"


def object_start(path: Path, inside: str) -> str:
    """'LINE:COL' of the '{' that opens the object whose lines hold ``inside`` (indented JSON)."""
    lines = path.read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if inside in line)
    while lines[at].strip() != "{":
        at -= 1
    return f"{at + 1}:{lines[at].index('{') + 1}"


def test_a_text_named_in_the_file_is_read_beside_it(tmp_path: Path, article: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "valdai.txt").write_bytes(article.read_bytes())
    doc = {
        "format": "timeline-app",
        "version": 1,
        "sources": [{"id": "v", "title": "Valdai", "text": "sources/valdai.txt"}],
        "events": [
            {
                "id": "e",
                "title": "Flynn",
                "start": "2017-02-13",
                "quotes": [
                    {"text": "after only 24 days in office", "source": "v", "locator": "¶9"},
                    {"text": "after only 24 days in office", "source": "v", "locator": "¶8"},
                ],
            }
        ],
    }
    tl = tmp_path / "lesson.timeline.json"
    tl.write_text(json.dumps(doc, ensure_ascii=False, indent=2), "utf-8")
    r = run("validate", "--check-quotes", str(tl))
    assert r.returncode == 1
    assert r.stderr == (
        f"{tl}:{object_start(tl, '¶8')}: events[0].quotes[1]: "
        "✗ found verbatim in ¶9, not in ¶8 as its locator says\n"
    )
    (tmp_path / "sources" / "valdai.txt").unlink()
    r = run("validate", "--check-quotes", str(tl))
    assert r.returncode == 0
    assert r.stderr.endswith("sources[0]: unchecked: valdai.txt: no such file (2 quotes)\n")


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--source-text=valdai-2017", "write SOURCE_ID=TEXT_FILE"),
        ("--source-text=valdai-2017=missing.txt", "--source-text missing.txt: no such file"),
        ("--source-text=valdai-2017=article.pdf", "name a .txt, .md or .html file"),
    ],
)
def test_a_wrong_source_text_option_is_one_line_and_exit_2(
    bundled_path: Path, option: str, message: str
) -> None:
    r = run("validate", str(bundled_path), option)
    assert r.returncode == 2
    [line] = r.stderr.splitlines()
    assert message in line and "Traceback" not in r.stderr


def test_a_source_id_the_file_does_not_have(bundled_path: Path, article: Path) -> None:
    r = run("validate", str(bundled_path), f"--source-text=valdai={article}")
    assert r.returncode == 1
    assert (
        f"{bundled_path}: --source-text names the source 'valdai', which the file does not "
        "have (its sources: valdai-2017, valdai-sherr-2017)"
    ) in r.stderr.splitlines()
