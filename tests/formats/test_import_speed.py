"""What makes a large TimelineJS sheet open quickly: work that is skipped or bounded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.formats.tljs_helpers import sheetfiles
from timeline_app.formats import plaintext, tables
from timeline_app.formats.registry import open_any


def test_a_workbooks_text_cells_are_taken_as_they_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only numbers, dates and the like are turned into text: most cells of a sheet are
    text already, and converting each of them again costs a tenth of reading the sheet."""
    rows = [sheetfiles.HEADER, *sheetfiles.timeline_rows(300)]
    path = tmp_path / "sheet.xlsx"
    sheetfiles.write_xlsx(path, rows)
    seen: list[object] = []
    cell_text = tables.cell_text

    def counting(value: object) -> str:
        seen.append(value)
        return cell_text(value)

    monkeypatch.setattr(tables, "cell_text", counting)
    timeline = open_any(path)
    assert len(timeline) == 300
    numbers = sum(isinstance(v, int | float) for row in rows[1:] for v in row)
    assert numbers > 300
    assert len(seen) == numbers
    assert all(not isinstance(v, str) for v in seen)


def test_what_a_tag_does_is_kept_for_a_bounded_number_of_tags() -> None:
    """Tags are looked up, not parsed again; the table stays small whatever a file holds
    (every link's address differs, and is not kept)."""
    plaintext._ACTIONS.clear()
    for k in range(plaintext._MAX_ACTIONS + 500):
        text = f"<p class='c{k}'>Event {k}, <a href='https://example.org/{k}'>a link</a></p>"
        assert plaintext.plain(text) == f"Event {k}, a link (https://example.org/{k})"
    assert len(plaintext._ACTIONS) == plaintext._MAX_ACTIONS
    assert not any(tag.startswith("<a ") for tag in plaintext._ACTIONS)
    assert "</p>" in plaintext._ACTIONS and "</a>" in plaintext._ACTIONS


def test_a_workbooks_size_check_finds_each_reference_however_it_is_spaced() -> None:
    """The size check finds cell references from their 'r' (faster than a word boundary):
    after a space, a tab or a line end, never inside another attribute's name."""
    sheet = (
        b'<row r="1"><c r="A1"/><c\tr="C2"/><c\nr="B70000"/><c t="s" r="D3"/>'
        b'<c attr="Z999999"/><c xr="ZZ9"/></row>'
    )
    assert tables._xlsx_area(sheet) == 70000 * 4
    far = b'<c r="XFD1048576"/>'
    assert tables._xlsx_area(sheet + far) > tables.MAX_CELLS


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "C", "Z", "AB", "ZZ", "XFD"]),
            st.integers(1, 99_999) | st.integers(1, 9),
        ),
        max_size=20,
    ),
    st.integers(0, 30),
)
def test_a_workbook_is_let_through_unmeasured_only_when_it_is_within_the_limit(
    refs: list[tuple[str, int]], bare: int
) -> None:
    """The quick check (the widest column the longest letters can name, then only row
    numbers long enough to matter) lets no sheet through that the full measure refuses, and
    lets through every sheet whose bound is within the limit: those skip counting every
    reference (a third of a second for 100,000 rows)."""
    sheet = "".join(f'<c r="{c}{r}"/>' for c, r in refs) + "<c/>" * bare
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables, "MAX_CELLS", 5_000)
        within = tables._xlsx_within(sheet.encode())
        if within:
            assert tables._xlsx_area(sheet.encode()) <= 5_000
        letters = max((len(c) for c, _ in refs), default=1)
        bound = {1: 26, 2: 702, 3: 16_384}[letters] * max((r for _, r in refs), default=0)
        if bound <= 5_000:
            assert within


def test_a_large_sheet_is_let_through_without_counting_its_rows(tmp_path: Path) -> None:
    rows = [sheetfiles.HEADER, *sheetfiles.timeline_rows(2_000)]
    path = tmp_path / "sheet.xlsx"
    sheetfiles.write_xlsx(path, rows)
    with zipfile.ZipFile(path) as z:
        data = z.read("xl/worksheets/sheet1.xml")
    assert tables._xlsx_within(data)


def test_the_quick_check_bounds_a_sheet_by_its_longest_column_letters() -> None:
    """One-letter columns bound the width at 26, two letters at 702: a sheet is let through
    unmeasured exactly up to the row numbers those bounds allow."""
    last_for_26 = tables.MAX_CELLS // 26  # 769,230
    assert tables._xlsx_within(b'<c r="A1"/><c r="B%d"/>' % last_for_26)
    assert not tables._xlsx_within(b'<c r="A1"/><c r="B%d"/>' % (last_for_26 + 1))
    assert not tables._xlsx_within(b'<c r="A1"/><c r="B%d"/>' % (10 * last_for_26))
    last_for_702 = tables.MAX_CELLS // 702  # 28,490
    assert tables._xlsx_within(b'<c r="AB1"/><c r="B%d"/>' % last_for_702)
    assert not tables._xlsx_within(b'<c r="AB1"/><c r="B%d"/>' % (last_for_702 + 1))
    assert not tables._xlsx_within(b'<c r="XFD1"/><c r="A%d"/>' % last_for_702)
    assert tables._xlsx_within(b'<c r="XFD1"/><c r="A%d"/>' % (tables.MAX_CELLS // 16_384))
