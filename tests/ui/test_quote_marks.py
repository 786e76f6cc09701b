"""The detail pane marks each quote with what the check against its source found: ✓
verbatim, ✗ with the closest passage and the differences, or unchecked and why."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
SHOTS = os.environ.get("TIMELINE_APP_SCREENSHOTS", "")


@pytest.fixture
def lesson(tmp_path: Path, bundled_path: Path) -> Path:
    """The bundled timeline beside the article, its main source naming the article as its
    text; one quote changed by a character (a straight apostrophe for the article's curly
    one) and one with a wrong ¶."""
    article = re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8"))
    (tmp_path / "article.txt").write_text(article, "utf-8")
    data = json.loads(bundled_path.read_text("utf-8"))
    data["sources"][0]["text"] = "article.txt"
    events = {e["id"]: e for e in data["events"]}
    lavrov = events["white-house-lavrov-2017-05-10"]["quotes"]
    lavrov[0]["text"] = lavrov[0]["text"].replace("Russia’s", "Russia's")
    lavrov[1]["locator"] = "¶5"
    path = tmp_path / "lesson.timeline.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return path


def pane_text(w: MainWindow) -> str:
    return w.detail.browser.toPlainText()


def test_the_detail_pane_marks_each_quote(lesson: Path, qtbot: QtBot) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 1500)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(str(lesson), wait=True)
    w.canvas.select("white-house-lavrov-2017-05-10")
    qtbot.waitUntil(lambda: "10 May" in pane_text(w))
    text = pane_text(w)
    assert "✗ Not found verbatim in the source. Closest passage, in ¶4:" in text
    assert (
        "The quote has “'” (U+0027 apostrophe) where the source has “’” "
        "(U+2019 right single quotation mark), after “and Russia”." in text
    )
    assert "✗ Found verbatim in ¶4, not in ¶5 as its locator says" in text
    if SHOTS:
        w.detail.grab().save(os.path.join(SHOTS, "quote-check-detail-pane.png"))
    w.canvas.select("trump-warsaw-speech-2017-07-06")
    qtbot.waitUntil(lambda: "Warsaw" in pane_text(w))
    assert pane_text(w).count("✓ Verbatim in ¶10") == 3
    # The item of ¶11 cites a source that names no text.
    w.canvas.select("putin-trump-meeting-2017-07-07")
    qtbot.waitUntil(lambda: "Unchecked" in pane_text(w))
    text = pane_text(w)
    assert text.count("✓ Verbatim in ¶") == 4
    assert "Unchecked: the source names no full text to check against" in text
    if SHOTS:
        w.detail.grab().save(os.path.join(SHOTS, "quote-check-verbatim.png"))


def test_the_text_is_read_once_and_again_when_it_changes(lesson: Path, qtbot: QtBot) -> None:
    from timeline_app.formats import quotecheck

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1100, 800)
    w.show()
    assert w.open_path(str(lesson), wait=True)
    reads: list[str] = []
    checks: list[str] = []
    real, real_check = quotecheck.read_regular_file, quotecheck.check_quote

    def counted(path: str, limit: int | None = None) -> bytes:
        reads.append(path)
        return real(path, limit)

    def counted_check(text: str, locator: str, source: quotecheck.SourceText) -> object:
        checks.append(text)
        return real_check(text, locator, source)

    quotecheck.read_regular_file = counted  # type: ignore[assignment]
    quotecheck.check_quote = counted_check  # type: ignore[assignment]
    try:
        for event_id in ("white-house-lavrov-2017-05-10", "trump-warsaw-speech-2017-07-06") * 3:
            w.canvas.select(event_id)
        assert len(reads) <= 1
        assert len(checks) <= 5  # each of the two events' quotes checked once at most
        article = lesson.parent / "article.txt"
        article.write_text(
            article.read_text("utf-8").replace("Russia’s foreign", "Russia's foreign")
        )
        os.utime(article, ns=(1, 1))
        w.canvas.select("white-house-lavrov-2017-05-10")
        assert "✓ Verbatim in ¶4" in pane_text(w)  # the quote now matches the edited text
    finally:
        quotecheck.read_regular_file = real  # type: ignore[assignment]
        quotecheck.check_quote = real_check  # type: ignore[assignment]
