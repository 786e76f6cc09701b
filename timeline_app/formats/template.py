"""File › New Timeline from Template…: a spreadsheet laid out like the TimelineJS template,
with four more columns for what this app adds, the source quotes.

Teachers who build timelines in a spreadsheet keep doing so: the sheet opens here as it is,
follows every save, and still loads in TimelineJS, whose reader takes the columns it knows
by their header and leaves the others alone. The sheet is filled with the bundled lesson
(every event, its quotes and their sources), so that each column shows what it holds; a
teacher overwrites the rows. A quote beyond an event's first goes on a row of its own under
it, with only the quote columns filled.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from xml.sax.saxutils import escape

from timeline_app.fsutil import atomic_write_bytes
from timeline_app.model.timeline import Event, Quote, Timeline
from timeline_app.model.timepoint import Precision, TimePoint

TIMELINEJS_COLUMNS = (
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
    "Alt Text",
    "Type",
    "Group",
    "Background",
)
QUOTE_COLUMNS = ("Quote", "Speaker", "Source", "Locator")
COLUMNS = TIMELINEJS_COLUMNS + QUOTE_COLUMNS


def source_cell(quote: Quote) -> str:
    """A quote's source as the sheet names it: 'Title, Publisher, Year'."""
    return ", ".join(p for p in quote.source.title_parts() if p)


def _date_cells(event: Event) -> list[str]:
    def cells(point: TimePoint, precision: Precision) -> list[str]:
        # TimelineJS has no year 0: its year -500 is 500 BCE, astronomical -499.
        year = str(point.year if point.year > 0 else point.year - 1)
        month = str(point.month) if precision >= Precision.MONTH else ""
        day = str(point.day) if precision >= Precision.DAY else ""
        time = f"{point.hour}:{point.minute:02d}" if precision >= Precision.MINUTE else ""
        return [year, month, day, time]

    start = cells(event.start, event.precision)
    end = cells(event.end, min(event.precision, event.end.precision)) if event.end else [""] * 4
    return start + end


def _quote_cells(quote: Quote) -> list[str]:
    return [quote.text, quote.speaker, source_cell(quote), quote.locator]


def timeline_rows(timeline: Timeline) -> list[list[str]]:
    """The header, a title row, the eras and every event (with continuation rows for its
    further quotes) as the cells of a TimelineJS sheet with quote columns."""
    labels = {c.id: c.label for c in timeline.categories}
    blank = [""] * len(COLUMNS)
    rows = [list(COLUMNS)]
    title = list(blank)
    title[COLUMNS.index("Headline")] = timeline.title
    title[COLUMNS.index("Text")] = timeline.description
    title[COLUMNS.index("Type")] = "title"
    rows.append(title)
    for era in timeline.eras:
        row = list(blank)
        fake = Event("era", era.title, era.start, era.end, era.precision)
        row[:8] = _date_cells(fake)
        row[COLUMNS.index("Headline")] = era.title
        row[COLUMNS.index("Type")] = "era"
        rows.append(row)
    quote_at = COLUMNS.index("Quote")
    for event in timeline.events:
        row = list(blank)
        row[:8] = _date_cells(event)
        row[COLUMNS.index("Display Date")] = event.display_date
        row[COLUMNS.index("Headline")] = event.title
        row[COLUMNS.index("Text")] = event.summary
        if event.media:
            m = event.media[0]
            row[COLUMNS.index("Media")] = m.url
            row[COLUMNS.index("Media Credit")] = m.credit
            row[COLUMNS.index("Media Caption")] = m.caption
            row[COLUMNS.index("Media Thumbnail")] = m.thumbnail
            row[COLUMNS.index("Alt Text")] = m.alt
        row[COLUMNS.index("Group")] = labels.get(event.category, "")
        if event.quotes:
            row[quote_at:] = _quote_cells(event.quotes[0])
        rows.append(row)
        for quote in event.quotes[1:]:
            more = list(blank)
            more[quote_at:] = _quote_cells(quote)
            rows.append(more)
    return rows


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    """CSV as spreadsheet programs write it: UTF-8 with a byte-order mark (so that Excel
    reads the accents right), CRLF line ends, cells quoted where they need it."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _column_name(k: int) -> str:
    name = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        name = chr(65 + r) + name
    return name


def xlsx_bytes(rows: Sequence[Sequence[str]], sheet: str = "Timeline") -> bytes:
    """A minimal Office Open XML workbook with one sheet of text cells (inline strings), the
    header row bold and frozen: what Excel, LibreOffice and Google Sheets open."""
    import zipfile

    def cell(ref: str, text: str, style: int) -> str:
        if not text:
            return ""
        space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
        return (
            f'<c r="{ref}" t="inlineStr"{f" s={chr(34)}{style}{chr(34)}" if style else ""}>'
            f"<is><t{space}>{escape(_xml_text(text))}</t></is></c>"
        )

    body = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            cell(f"{_column_name(c)}{r}", v, 1 if r == 1 else 0) for c, v in enumerate(row)
        )
        body.append(f'<row r="{r}">{cells}</row>')
    widths = "".join(
        f'<col min="{c + 1}" max="{c + 1}" width="{w}" customWidth="1"/>'
        for c, w in enumerate(_widths(rows))
    )
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
        f"<cols>{widths}</cols><sheetData>{''.join(body)}</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            "</cellXfs></styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def _xml_text(text: str) -> str:
    """Characters XML 1.0 cannot hold are left out (a spreadsheet cannot hold them either)."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r"
        or (" " <= ch <= "\ud7ff")
        or ("\ue000" <= ch <= "\ufffd")
        or ch > "\uffff"
    )


def _widths(rows: Sequence[Sequence[str]]) -> list[float]:
    """Column widths in characters: the header's, or more for long cells, within reason."""
    n = max((len(r) for r in rows), default=0)
    widths = [8.0] * n
    for row in rows[:200]:
        for c, v in enumerate(row):
            longest = max((len(line) for line in v.split("\n")), default=0)
            widths[c] = min(60.0, max(widths[c], longest + 2.0))
    return widths


def write_template(path: str | os.PathLike[str], timeline: Timeline) -> None:
    """Write the template as CSV or .xlsx (by the extension), atomically."""
    rows = timeline_rows(timeline)
    ext = os.path.splitext(os.fspath(path))[1].lower()
    data = xlsx_bytes(rows) if ext == ".xlsx" else csv_bytes(rows)
    atomic_write_bytes(path, data)
