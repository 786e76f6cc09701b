"""Help › File Format Guide: the format's documentation ships with the app and is read in it,
offline; its links to its own sections work, web addresses are asked about first."""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

import pytest
import tomllib
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_language import shown_in  # noqa: F401  (a fixture)
from timeline_app import resources_path
from timeline_app.ui.guide import FormatGuide, heading_slug
from timeline_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
# The guide's translations present (docs/file-format.de.md …), by language code.
TRANSLATED = sorted(
    p.name.removeprefix("file-format.").removesuffix(".md")
    for p in (ROOT / "docs").glob("file-format.*.md")
)


@pytest.fixture
def guide(window: MainWindow, qtbot: QtBot) -> FormatGuide:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.act_format_guide in help_menu.actions()
    window.act_format_guide.trigger()
    guide = window.format_guide
    qtbot.waitExposed(guide)
    return guide


def link_position(guide: FormatGuide, href: str) -> int:
    """Where in the document the first link to ``href`` is."""
    block = guide.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def click_link(guide: FormatGuide, qtbot: QtBot, href: str) -> None:
    pos = link_position(guide, href)
    cursor = QTextCursor(guide.browser.document())
    cursor.setPosition(pos + 1)
    guide.browser.setTextCursor(cursor)
    guide.browser.ensureCursorVisible()
    rect = guide.browser.cursorRect(cursor)
    point = QPoint(rect.left(), rect.center().y())
    viewport = guide.browser.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)


def top_heading(guide: FormatGuide) -> str:
    """The text of the block at the top of the guide's view."""
    cursor = guide.browser.cursorForPosition(QPoint(5, 5))
    return cursor.block().text()


def test_the_guide_is_the_shipped_document(guide: FormatGuide) -> None:
    assert guide.loaded
    text = guide.browser.toPlainText()
    assert "The timeline file format (version 1)" in text
    assert "Field reference" in text and "```" not in text  # rendered, not shown as source
    path = resources_path.doc_path(resources_path.FORMAT_GUIDE)
    assert path.is_file() and path.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_every_link_inside_the_guide_leads_to_a_section(code: str, qtbot: QtBot) -> None:
    guide = FormatGuide(code=code)
    qtbot.addWidget(guide)
    assert guide.loaded
    source = guide.path.read_text(encoding="utf-8")
    inside = set(re.findall(r"\]\(#([^)]+)\)", source))
    assert inside, "the guide links to its own sections"
    assert inside <= set(guide.headings()), inside - set(guide.headings())


def test_clicking_a_link_to_a_section_shows_it(guide: FormatGuide, qtbot: QtBot) -> None:
    guide.browser.verticalScrollBar().setValue(0)
    click_link(guide, qtbot, "#eras")
    qtbot.waitUntil(lambda: top_heading(guide) == "Eras")
    assert guide.browser.verticalScrollBar().value() > 0


def test_a_web_address_is_opened_only_when_the_user_agrees(
    guide: FormatGuide, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    click_link(guide, qtbot, "https://json-schema.org/")
    box = guide.link_dialog
    assert box is not None and box.isVisible()
    assert "https://json-schema.org/" in box.informativeText()
    box.done(QMessageBox.StandardButton.Cancel)
    assert opened == []
    click_link(guide, qtbot, "https://json-schema.org/")
    assert guide.link_dialog is not None
    guide.link_dialog.done(QMessageBox.StandardButton.Open)
    assert opened == ["https://json-schema.org/"]
    # Anything but a section or a web address is left alone.
    guide.follow(QUrl("file:///etc/passwd"))
    guide.follow(QUrl("javascript:alert(1)"))
    assert opened == ["https://json-schema.org/"]


def test_headings_get_the_anchors_github_gives_them() -> None:
    assert heading_slug("The precision field") == "the-precision-field"
    assert heading_slug("Editor support: the JSON Schema") == "editor-support-the-json-schema"
    assert heading_slug("Dates, and what “precision” means") == "dates-and-what-precision-means"


def test_the_guide_ships_in_the_wheel_and_the_bundle() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert "timeline_app.docs" in setuptools["packages"]
    assert setuptools["package-dir"]["timeline_app.docs"] == "docs"
    patterns = setuptools["package-data"]["timeline_app.docs"]
    spec = (ROOT / "packaging" / "timeline-app.spec").read_text(encoding="utf-8")
    found = re.search(r"DOC_PATTERNS = \(([^)]*)\)", spec)
    assert found is not None
    bundled = re.findall(r'"([^"]+)"', found[1])
    assert '"timeline_app/docs"' in spec
    # The English guide and every translation of it, in both.
    for name in ["file-format.md", *(f"file-format.{code}.md" for code in TRANSLATED)]:
        assert any(fnmatch(name, p) for p in patterns), name
        assert any(fnmatch(name, p) for p in bundled), name


def test_an_installed_copy_reads_the_guide_from_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "timeline_app"
    (package / "docs").mkdir(parents=True)
    (package / "docs" / "file-format.md").write_text("# Installed guide\n", encoding="utf-8")
    monkeypatch.setattr(resources_path, "_PACKAGE", package)
    assert resources_path.doc_path("file-format.md") == package / "docs" / "file-format.md"


def test_a_missing_guide_is_explained_not_a_crash(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline_app.ui.guide.doc_path", lambda name: tmp_path / name)
    guide = window.show_format_guide()
    assert not guide.loaded
    assert "could not be read" in guide.browser.toPlainText()
    assert str(tmp_path / "file-format.md") in guide.browser.toPlainText()


# --- the guide in the app's language -------------------------------------------------------


def test_in_german_help_shows_the_german_guide_and_its_links_work(  # type: ignore[no-untyped-def]
    shown_in,  # noqa: F811
    qtbot: QtBot,
) -> None:
    shown_in("de")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hilfe")
    assert window.act_format_guide in help_menu.actions()
    assert window.act_format_guide.text() == "&Dateiformat-Handbuch"
    window.act_format_guide.trigger()
    guide = window.format_guide
    qtbot.waitExposed(guide)
    assert guide.windowTitle() == "Dateiformat-Handbuch"
    assert guide.loaded and guide.path == ROOT / "docs" / "file-format.de.md"
    text = guide.browser.toPlainText()
    assert text.startswith("Das Zeitleisten-Dateiformat (Version 1)")
    assert "Feldreferenz" in text and "Field reference" not in text
    # A section whose anchor has an umlaut is reached like any other.
    guide.browser.verticalScrollBar().setValue(0)
    click_link(guide, qtbot, "#zitate-an-der-quelle-prüfen")
    qtbot.waitUntil(lambda: top_heading(guide) == "Zitate an der Quelle prüfen")
    assert guide.browser.verticalScrollBar().value() > 0


def test_a_language_without_a_translated_guide_gets_the_english_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file-format.md").write_text("# The English guide\n", encoding="utf-8")
    monkeypatch.setattr("timeline_app.ui.guide.doc_path", lambda name: tmp_path / name)
    guide = FormatGuide(code="fr")
    qtbot.addWidget(guide)
    assert guide.loaded and guide.path == tmp_path / "file-format.md"
    assert guide.browser.toPlainText() == "The English guide"


def test_a_damaged_translation_gives_way_to_the_english_guide(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file-format.md").write_text("# The English guide\n", encoding="utf-8")
    (tmp_path / "file-format.de.md").write_bytes(b"# Das Handbuch, kaputt: \xff\xfe\n")
    monkeypatch.setattr("timeline_app.ui.guide.doc_path", lambda name: tmp_path / name)
    guide = FormatGuide(code="de")
    qtbot.addWidget(guide)
    assert guide.loaded and guide.path == tmp_path / "file-format.md"
    assert guide.browser.toPlainText() == "The English guide"
