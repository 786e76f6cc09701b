"""Each translation of the file format guide (docs/file-format.<lang>.md) says what the English
one says: the same examples to the byte, the same sections, the same tables and fields, and
links that lead to its own sections. A translation that drifts from the English fails here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline_app.ui.guide import heading_slug
from timeline_app.ui.language import SHIPPED

DOCS = Path(__file__).resolve().parents[1] / "docs"
ENGLISH = DOCS / "file-format.md"
TRANSLATIONS = sorted(DOCS.glob("file-format.*.md"))

_FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_HEADING = re.compile(r"^(#{1,6}) (.+)$", re.MULTILINE)
_LINK = re.compile(r"\]\(#([^)]*)\)")
_CODE_SPAN = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Guide:
    """What a guide's Markdown holds that a translation must keep, or keep working."""

    code_blocks: list[tuple[str, str]]  # (info string, content), in order
    headings: list[tuple[int, str]]  # (level, text), in order
    links: list[str]  # the #anchors it links to
    tables: list[list[list[str]]]  # each table's rows (the separator left out) of cells

    @property
    def anchors(self) -> set[str]:
        return {heading_slug(text) for _, text in self.headings}


def read(path: Path) -> Guide:
    text = path.read_text(encoding="utf-8")
    blocks = [(m[1].strip(), m[2]) for m in _FENCE.finditer(text)]
    prose = _FENCE.sub("", text)  # a "# " or "|" inside an example is no heading or table
    tables: list[list[list[str]]] = []
    previous = ""
    for line in prose.splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            if not re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", line):
                tables[-1].append([cell.strip() for cell in line.strip("|").split(" | ")])
        previous = line
    return Guide(
        code_blocks=blocks,
        headings=[(len(m[1]), m[2].strip()) for m in _HEADING.finditer(prose)],
        links=_LINK.findall(prose),
        tables=tables,
    )


def code_of(cell: str) -> list[str]:
    """The field names and values quoted as code in a table cell, in any order."""
    return sorted(_CODE_SPAN.findall(cell))


@pytest.fixture(scope="module")
def english() -> Guide:
    return read(ENGLISH)


translation = pytest.mark.parametrize(
    "path", TRANSLATIONS, ids=[p.name for p in TRANSLATIONS] or None
)


def test_the_german_guide_is_shipped() -> None:
    assert DOCS / "file-format.de.md" in TRANSLATIONS


@translation
def test_a_translation_is_of_a_language_the_app_speaks(path: Path) -> None:
    code = path.name.removeprefix("file-format.").removesuffix(".md")
    assert code in SHIPPED, f"{path.name}: the app never shows a guide in {code!r}"


@translation
def test_a_translation_keeps_every_example_exactly(path: Path, english: Guide) -> None:
    mine = read(path).code_blocks
    assert len(mine) == len(english.code_blocks), (
        f"{path.name} has {len(mine)} code blocks, the English {len(english.code_blocks)}"
    )
    for number, (theirs, ours) in enumerate(zip(english.code_blocks, mine, strict=True), 1):
        assert ours == theirs, f"{path.name}: code block {number} differs from the English"


@translation
def test_a_translation_has_the_same_sections(path: Path, english: Guide) -> None:
    mine = read(path).headings
    assert [level for level, _ in mine] == [level for level, _ in english.headings], (
        f"{path.name}: headings {[t for _, t in mine]} against {[t for _, t in english.headings]}"
    )


@translation
def test_a_translation_keeps_every_table_row_and_its_fields(path: Path, english: Guide) -> None:
    mine = read(path).tables
    assert [len(t) for t in mine] == [len(t) for t in english.tables], path.name
    for number, (theirs, ours) in enumerate(zip(english.tables, mine, strict=True), 1):
        for row, (their_row, our_row) in enumerate(zip(theirs, ours, strict=True)):
            where = f"{path.name}: table {number}, row {row}"
            assert len(our_row) == len(their_row), f"{where}: {our_row}"
            # The first column names a field or a value as written in a file: kept as is.
            assert code_of(our_row[0]) == code_of(their_row[0]), where


@pytest.mark.parametrize(
    "path", [ENGLISH, *TRANSLATIONS], ids=[p.name for p in [ENGLISH, *TRANSLATIONS]]
)
def test_every_link_to_a_section_leads_to_a_heading_of_the_same_file(path: Path) -> None:
    guide = read(path)
    assert guide.links, f"{path.name} links to its own sections"
    assert set(guide.links) <= guide.anchors, (
        f"{path.name}: no heading for {sorted(set(guide.links) - guide.anchors)}"
    )


@translation
def test_a_translation_links_as_often_as_the_english(path: Path, english: Guide) -> None:
    assert len(read(path).links) == len(english.links), path.name
