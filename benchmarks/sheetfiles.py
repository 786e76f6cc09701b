"""Small .xlsx and .ods writers, and deterministic TimelineJS sheets, for tests and benchmarks.

The files are what Excel, Google Sheets and LibreOffice write, cut to what a reader needs:
shared strings and numbers in .xlsx, typed cells with repeated empty rows in .ods. No
third-party writer is needed (the app itself only reads workbooks).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

Cell = str | int | float | None

HEADER = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]


def column_letter(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def write_xlsx(
    path: Path, rows: Iterable[Sequence[Cell]], sheet: str = "Timeline", first_row: int = 1
) -> None:
    """An .xlsx workbook of one sheet; text goes through the shared-strings table, as
    Excel and Google Sheets write it. ``first_row`` leaves rows above the data empty."""
    strings: dict[str, int] = {}
    body: list[str] = []
    for r, row in enumerate(rows, start=first_row):
        cells = []
        for c, value in enumerate(row, start=1):
            ref = f"{column_letter(c)}{r}"
            if value is None or value == "":
                continue
            if isinstance(value, str):
                k = strings.setdefault(value, len(strings))
                cells.append(f'<c r="{ref}" t="s"><v>{k}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
        if cells:
            body.append(f'<row r="{r}">{"".join(cells)}</row>')
    shared = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name={quoteattr(sheet)} sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{''.join(body)}</sheetData></worksheet>"
        ),
        "xl/sharedStrings.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)


def _ods_cell(value: Cell) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, str):
        paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n"))
        return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'
    return (
        f'<table:table-cell office:value-type="float" office:value="{value!r}">'
        f"<text:p>{value!r}</text:p></table:table-cell>"
    )


def write_ods(
    path: Path, rows: Iterable[Sequence[Cell]], sheet: str = "Timeline", empty_rows_after: int = 0
) -> None:
    """An .ods spreadsheet of one sheet, as LibreOffice writes it; ``empty_rows_after``
    adds that many empty rows as one repeated row (LibreOffice's way of writing them)."""
    body = "".join(
        f"<table:table-row>{''.join(_ods_cell(v) for v in row)}</table:table-row>" for row in rows
    )
    if empty_rows_after:
        body += (
            f'<table:table-row table:number-rows-repeated="{empty_rows_after}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet><table:table table:name={quoteattr(sheet)}>"
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)


def timeline_rows(n: int) -> list[list[Cell]]:
    """``n`` TimelineJS rows, the same on every run: years from 500 BCE on, some with a
    month and day, an end, a time of day, HTML text, media and one of five groups."""
    rows: list[list[Cell]] = []
    for i in range(n):
        year = -500 + (i * 7) % 2500
        month = 1 + i % 12 if i % 3 else None
        day = 1 + i % 28 if i % 3 == 1 else None
        end = year + 1 + i % 20 if i % 10 == 0 else None
        time = f"{1 + i % 12}:{i % 60:02d} {'pm' if i % 2 else 'am'}" if i % 17 == 0 else None
        rows.append(
            [
                year,
                month,
                day if month else None,
                time if day else None,
                end,
                None,
                None,
                None,
                None,
                f"Event number {i}",
                f"<p>What happened in event {i}, with a <a href='https://example.org/{i}'>link</a>.</p>",
                f"https://example.org/image{i % 50}.jpg" if i % 4 == 0 else None,
                "Credit" if i % 4 == 0 else None,
                None,
                None,
                None,
                f"Group {i % 5}",
                None,
            ]
        )
    return rows


def write_csv(path: Path, rows: Iterable[Sequence[Cell]]) -> None:
    """CSV as Google Sheets writes it: CRLF, quotes only where needed."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
