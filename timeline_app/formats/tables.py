"""Spreadsheets as rows of text: CSV (as Google Sheets, Excel and LibreOffice write it),
.xlsx and .ods (read with python-calamine).

Every cell comes out as text, as the spreadsheet shows it: 1815 (stored as 1815.0) is
'1815', a time cell is '15:30'. Rows with nothing in them are passed over without being
given to the caller, cheaply enough that a sheet of a million empty rows loads in about a
second. Row numbers are the spreadsheet's (the header is row 1 in a sheet that starts at
A1), so that a message can say "row 7, column Year" and be found.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from timeline_app.formats import timeline_json
from timeline_app.formats.encoding import NotUtf8Error
from timeline_app.formats.errors import Problem, TimelineFileError
from timeline_app.i18n import context, number

tr = context("Spreadsheets")

XLSX_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_XLSX_PARTS = (b"xl/workbook.xml", b"xl/worksheets/", b"xl/_rels/", b"xl/sharedStrings.xml")
# A CSV cell may be as long as the file may be; the csv module's own limit is 128 KiB.
_FIELD_LIMIT = 1 << 30
_DELIMITERS = (",", ";", "\t")
_BLANK_LINE = re.compile(r"[ \t]*$")


class Row(NamedTuple):
    """One row that holds anything (a tuple: made a hundred thousand times in a big sheet)."""

    number: int  # the spreadsheet's row number, counted from 1
    cells: list[str]


class Table:
    """The rows of one sheet. ``rows()`` gives the rows that hold anything, in order;
    ``place(row, index)`` is the (line, column) of a cell in the file for messages;
    ``total`` is how many rows there are at most (for progress)."""

    kind = ""  # "csv", "xlsx" or "ods"
    sheet = ""  # the sheet's name, '' for CSV
    total = 0
    note = ""  # something about the whole file worth a warning

    def rows(self) -> Iterator[Row]:  # pragma: no cover - overridden
        raise NotImplementedError

    def place(self, row: int, index: int) -> tuple[int, int]:
        """Line and column of the cell at position ``index`` of spreadsheet row ``row``."""
        return row, index + 1

    def where(self, row: int, column: str) -> str:
        """How a person finds a cell: 'row 7, column Year' (with the sheet in a workbook)."""
        at = (
            tr("row {row}, column {column}").format(row=row, column=column)
            if column
            else tr("row {row}").format(row=row)
        )
        return tr("sheet {sheet}, {place}").format(sheet=self.sheet, place=at) if self.sheet else at


def problem(file: str, message: str, line: int = 1, column: int = 1) -> TimelineFileError:
    return TimelineFileError([Problem(file, line, column, "", message)])


# --- CSV ----------------------------------------------------------------------------------


class CsvTable(Table):
    kind = "csv"

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.text = text[1:] if text.startswith("\ufeff") else text
        self.delimiter = _guess_delimiter(self.text)
        self.total = self.text.count("\n") + 1
        self._line_starts: list[int] | None = None
        # Spreadsheet row number -> the line it starts on; kept for rows that hold anything.
        self._row_lines: dict[int, int] = {}

    def rows(self) -> Iterator[Row]:
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        number = 0
        line = 1
        row_lines = self._row_lines
        try:
            for cells in reader:
                number += 1
                start, line = line, reader.line_num + 1
                if any(cells) and any(map(str.strip, cells)):
                    row_lines[number] = start
                    yield Row(number, cells)
        except csv.Error as err:
            raise problem(
                self.file,
                tr("row {row}: the file is not readable as CSV ({reason})").format(
                    row=number + 1, reason=err
                ),
                line,
            ) from None
        if self.text.count('"') % 2 and number:
            # A quoted cell never closed swallows the rest of the file into one cell.
            raise problem(
                self.file,
                tr(
                    'row {row}: a quoted cell is never closed (a " is missing), so the rest of '
                    "the file would be read as one cell"
                ).format(row=number),
                row_lines.get(number, line),
            )

    def place(self, row: int, index: int) -> tuple[int, int]:
        """The line and column where a cell starts, found by scanning its record."""
        line = self._row_lines.get(row, 1)
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in re.finditer("\n", self.text))
            self._line_starts = starts
        starts = self._line_starts
        pos = starts[line - 1] if line - 1 < len(starts) else 0
        text, delimiter = self.text, self.delimiter
        col = 1
        quoted = False
        seen = 0
        while seen < index and pos < len(text):
            c = text[pos]
            pos += 1
            col += 1
            if c == '"':
                quoted = not quoted
            elif c == "\n":
                line, col = line + 1, 1
            elif c == delimiter and not quoted:
                seen += 1
        return line, col


def _guess_delimiter(text: str) -> str:
    """',' as Google Sheets writes; ';' or a tab where the header line says so (Excel in
    many languages writes ';')."""
    for line in text.split("\n", 50):
        if not _BLANK_LINE.match(line):
            counts = {d: _count_outside_quotes(line, d) for d in _DELIMITERS}
            best = max(_DELIMITERS, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return sum(piece.count(delimiter) for k, piece in enumerate(line.split('"')) if k % 2 == 0)


# --- workbooks ----------------------------------------------------------------------------

CellValue = object
if TYPE_CHECKING:
    from python_calamine import CalamineSheet as Sheet


def cell_text(value: CellValue) -> str:
    """A workbook cell as the spreadsheet shows it, as text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds()) // 60
        return f"{minutes // 60}:{minutes % 60:02d}"
    return "" if value is None else str(value)


class WorkbookTable(Table):
    """One sheet of a workbook; its cells stay in the reader's compact form until a row is
    read, one row at a time."""

    def __init__(self, kind: str, sheet: str, data: Sheet) -> None:
        self.kind = kind
        self.sheet = sheet
        self._data = data
        start = data.start
        self._offset = 0 if start is None else start[1]  # the first column with anything
        self.total = data.height + (0 if start is None else start[0])

    def rows(self) -> Iterator[Row]:
        # iter_rows starts at the sheet's first row and at its first column that holds
        # anything: the k-th row given is spreadsheet row k + 1.
        for k, values in enumerate(self._data.iter_rows()):
            if values.count("") != len(values):  # (an empty cell is '')
                cells = [v if type(v) is str else cell_text(v) for v in values]
                if any(map(str.strip, cells)):
                    yield Row(k + 1, cells)

    def place(self, row: int, index: int) -> tuple[int, int]:
        return row, index + 1 + self._offset


def column_letter(n: int) -> str:
    """'A' for 1, 'AA' for 27."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


# A sheet is read into memory as a rectangle from A1 to its last cell with anything in it,
# so one cell far away (XFD1048576) in a tiny file asks for billions of cells: the reader
# would abort the whole app when the memory cannot be had. The cells' places are checked
# first, and a sheet over this many cells is refused (100,000 rows of 26 columns is 2.6
# million).
MAX_CELLS = 20_000_000
_XLSX_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
# A cell's reference r="B7" (with no letter, digit or _ before the r: written so and not
# with \b, so that the search can skip ahead to each 'r', twice as fast in a large sheet).
_XLSX_COLUMNS = re.compile(rb'r(?<!\wr)="([A-Z]{1,3})[0-9]')
_XLSX_ROWS = re.compile(rb'r(?<!\wr)="[A-Z]{1,3}([0-9]+)"')
_XLSX_CELL = re.compile(rb"<c[\s>/]")
_XLSX_TWO_LETTERS = re.compile(rb'r(?<!\wr)="[A-Z]{2}')  # a column after Z
_XLSX_THREE_LETTERS = re.compile(rb'r(?<!\wr)="[A-Z]{3}')  # a column after ZZ
_ODS_TABLE = re.compile(rb"<table:table\b.*?</table:table>", re.DOTALL)
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(/>|>(.*?)</table:table-row>)", re.DOTALL)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*)>")
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')


def _column_number(letters: bytes) -> int:
    n = 0
    for c in letters:
        n = n * 26 + c - 64
    return n


def _xlsx_area(sheet: bytes) -> int:
    """How many cells the reader makes of a worksheet: its last row times its last column
    (by the cells' own references; cells written without one count one each)."""
    columns = {_column_number(c) for c in set(_XLSX_COLUMNS.findall(sheet))}
    written = set(_XLSX_ROWS.findall(sheet))
    if any(len(r) > 9 for r in written):
        return MAX_CELLS + 1
    area = max(map(int, written), default=0) * max(columns, default=0)
    return max(area, len(_XLSX_CELL.findall(sheet)))


def _xlsx_within(sheet: bytes) -> bool:
    """Whether a worksheet is surely within MAX_CELLS, found faster than its area, from a
    bound of it: the widest column that column letters as long as the longest written can
    name (26 for one letter, 702 for two), times the highest row number, which only the
    references with as many digits as the first row too many, or more, can hold (a sheet
    of 100,000 rows of one-letter columns has none over six); every ``<c`` in it counted as
    a cell. Three scans of the text where counting the area takes a match per cell. False
    where the area must be counted."""
    if _XLSX_TWO_LETTERS.search(sheet) is None:
        width = 26
    else:
        width = 702 if _XLSX_THREE_LETTERS.search(sheet) is None else 16_384
    too_many = MAX_CELLS // width + 1  # the first row number that may make the area too large
    digits = len(str(too_many))
    long_rows = re.compile(rb'r(?<!\wr)="[A-Z]{1,3}([0-9]{%d,})"' % digits)
    if any(len(r) > digits or int(r) >= too_many for r in long_rows.findall(sheet)):
        return False
    return sheet.count(b"<c") <= MAX_CELLS


def _ods_area(content: bytes) -> int:
    """The largest rectangle of cells the reader makes of one table of an .ods: rows and
    columns repeated count as many times as they are repeated, up to the last cell that
    holds a value (LibreOffice's repeated empty rows and columns make none)."""
    largest = 0
    for table in _ODS_TABLE.finditer(content):
        row = last_row = widest = 0
        for m in _ODS_ROW.finditer(table.group(0)):
            repeat = _ROWS_REPEATED.search(m.group(1))
            times = int(repeat.group(1)) if repeat and len(repeat.group(1)) <= 9 else 1
            width = column = 0
            for cell in _ODS_CELL.finditer(m.group(3) or b""):
                attrs = cell.group(1)
                rep = _COLUMNS_REPEATED.search(attrs)
                column += int(rep.group(1)) if rep and len(rep.group(1)) <= 9 else 1
                if b"value-type" in attrs:
                    width = column
            if width:
                last_row, widest = row + times, max(widest, width)
            row += times
        largest = max(largest, last_row * widest)
    return largest


def _check_zip(file: str, kind: str, while_checked: Callable[[], None] | None = None) -> None:
    """Refuse a workbook that is not a ZIP, that unpacks to more than the size limit, or
    whose cells would not fit in memory (see MAX_CELLS). ``while_checked`` is called once
    the unpacked size is known to be within the limit, before the cells are checked."""
    limit = timeline_json.MAX_FILE_BYTES
    try:
        with zipfile.ZipFile(file) as z:
            unpacked = sum(info.file_size for info in z.infolist())
            if unpacked > limit:
                raise problem(
                    file,
                    tr(
                        "the spreadsheet unpacks to {size} bytes; the limit is {limit} bytes; "
                        "it was not read"
                    ).format(size=number(unpacked), limit=number(limit)),
                )
            if while_checked is not None:
                while_checked()
            if kind == "ods":
                names = [n for n in z.namelist() if n == "content.xml"]
            else:
                names = [n for n in z.namelist() if _XLSX_SHEET.fullmatch(n)]
            for name in names:
                data = z.read(name)
                if kind == "xlsx" and _xlsx_within(data):
                    continue
                area = _ods_area(data) if kind == "ods" else _xlsx_area(data)
                if area > MAX_CELLS:
                    raise problem(
                        file,
                        tr(
                            "a sheet of the spreadsheet spans {cells} cells (from A1 to its last "
                            "cell with anything in it); at most {limit} are read"
                        ).format(cells=number(area), limit=number(MAX_CELLS)),
                    )
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as err:
        raise problem(
            file,
            tr("the spreadsheet cannot be opened: it is damaged ({reason})").format(reason=err),
        ) from None
    except zipfile.LargeZipFile as err:  # pragma: no cover - needs a ZIP64 file
        raise problem(
            file, tr("the spreadsheet cannot be opened ({reason})").format(reason=err)
        ) from None


class _Opening:
    """A workbook opened by the reader in a thread of its own: the reader reads its shared
    strings and its list of sheets (bounded by the unpacked size, already checked) without
    holding Python's lock, while the sheets' cells are checked; no sheet's cells are read
    before the check. ``book()`` waits for it, and raises what the reader raised."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.opened: Any = None
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        thread = threading.Thread(target=self._open, name="workbook-open", daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no thread to be had: book() opens it in this one
            return
        self.thread = thread

    def _open(self) -> None:
        from python_calamine import CalamineWorkbook

        try:
            self.opened = CalamineWorkbook.from_path(self.file)
        except BaseException as err:  # the reader's own errors, its panics included
            self.error = err

    def book(self) -> Any:
        if self.thread is None:
            self._open()
        else:
            self.thread.join()
        if self.error is not None:
            raise self.error
        return self.opened

    def close(self) -> None:
        """Wait for the reader and let the workbook go (after a refused check)."""
        if self.thread is not None:
            self.thread.join()
        if self.opened is not None:
            self.opened.close()


def open_workbook(file: str, kind: str, choose: Callable[[list[str]], bool]) -> WorkbookTable:
    """The first sheet whose first row ``choose`` accepts (else the first sheet)."""
    opening = _Opening(file)
    try:
        _check_zip(file, kind, opening.start)
    except BaseException:
        opening.close()
        raise
    from python_calamine import SheetVisibleEnum  # only for a workbook

    try:
        book = opening.book()
        try:
            names = [
                m.name for m in book.sheets_metadata if m.visible == SheetVisibleEnum.Visible
            ] or list(book.sheet_names)
            if not names:
                raise problem(file, tr("the spreadsheet has no sheets"))
            chosen: WorkbookTable | None = None
            for name in names:
                table = WorkbookTable(kind, name, book.get_sheet_by_name(name))
                first = next(table.rows(), None)
                if chosen is None:
                    chosen = table
                if first is not None and choose(first.cells):
                    return table
            assert chosen is not None
            return chosen
        finally:
            book.close()
    except TimelineFileError:
        raise
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as err:  # the reader's own errors, its panics included
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise problem(
            file, tr("the spreadsheet cannot be read: {reason}").format(reason=reason[:300])
        ) from None


def read_csv(file: str) -> CsvTable:
    """A CSV file, refused up front when it is over the size limit (as a timeline file is).
    UTF-8 with or without a BOM; where it is not UTF-8, Windows-1252 (what Excel's plain
    'CSV' writes on Windows), with a note that says so."""
    try:
        return CsvTable(file, timeline_json.read_file(file))
    except NotUtf8Error as err:
        with open(file, "rb") as fh:  # its size was checked by read_file
            data = fh.read(timeline_json.MAX_FILE_BYTES + 1)
        try:
            if b"\0" in data:
                raise UnicodeDecodeError("cp1252", data, 0, 1, "NUL")
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise err from None
        table = CsvTable(file, text)
        table.note = tr(
            "the file is not UTF-8; it was read as Windows-1252 (Excel's plain CSV): check "
            "accented letters, or save it as 'CSV UTF-8'"
        )
        return table


def sniff_kind(head: bytes) -> str:
    """'xlsx', 'ods' or '' from the first bytes of a file."""
    if not head.startswith(XLSX_MAGIC):
        return ""
    if head[30:38] == b"mimetype" and ODS_MIME in head[:200]:
        return "ods"
    # The names of a workbook's parts are written before each part; Excel writes
    # [Content_Types].xml first, other writers (Google Sheets) may write it last.
    if any(part in head for part in _XLSX_PARTS):
        return "xlsx"
    return ""


def open_table(file: str, choose: Callable[[list[str]], bool]) -> Table:
    try:
        with open(file, "rb") as fh:
            head = fh.read(4096)
    except OSError as err:
        raise problem(
            file, tr("cannot read the file: {reason}").format(reason=err.strerror or err)
        ) from None
    kind = sniff_kind(head)
    if not kind and head.startswith(XLSX_MAGIC):  # a ZIP: perhaps a damaged workbook
        kind = "ods" if file.lower().endswith(".ods") else "xlsx"
    if kind:
        return open_workbook(file, kind, choose)
    if os.path.splitext(file)[1].lower() in (".xlsx", ".ods"):
        raise problem(
            file,
            tr(
                "the file is not a spreadsheet this app reads (an .xlsx or .ods workbook, or CSV "
                "text)"
            ),
        )
    return read_csv(file)
