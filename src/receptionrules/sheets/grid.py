"""A file's rows of cells, before any column means anything: CSV, and what both formats share.

A :class:`Grid` is one sheet's non-empty rows, each with its number as the spreadsheet
shows it, so every later error can name the row. This module reads CSV with the
standard library and tells the formats apart (an XLSX workbook is a zip,
``b"PK\\x03\\x04"``); :mod:`.workbook` reads XLSX.

CSV text is decoded as UTF-8 (a BOM, as Notepad and Excel write, is dropped), else as
GB18030 (what Chinese Excel and WPS save as "CSV"); UTF-16 with a BOM (Excel's
"Unicode text") is read too. The delimiter is the one of comma, tab and semicolon that
the header line uses most (outside quotes); Excel's ``sep=;`` first line is obeyed.

Limits are checked before any parsing, so a wrong file fails fast: :data:`MAX_BYTES`
and :data:`MAX_ROWS` by default.

>>> g = csv_grid("编号,姓名\\r\\np1,张三\\r\\n,\\r\\n".encode("gb18030"), source="p.csv")
>>> g.rows
((1, ('编号', '姓名')), (2, ('p1', '张三')))
>>> csv_grid(b"a;b\\n1;2\\n", source="x.csv").rows[1]
(2, ('1', '2'))
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from receptionrules.remarks import Remark
from receptionrules.sheets.cells import EXCEL_EPOCH, Cell, is_empty
from receptionrules.sheets.errors import SheetError

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "Format",
    "Grid",
    "check_rows",
    "check_size",
    "csv_grid",
    "decode_csv",
    "sniff_format",
]

Format = Literal["csv", "xlsx"]
"""A spreadsheet file format."""

MAX_BYTES = 10 * 1024 * 1024
"""The largest file read by default (10 MiB): a year of a busy bureau's matters is far less."""
MAX_ROWS = 100_000
"""The most data rows read from one sheet by default."""

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .et: the old binary formats
_DELIMITERS = ",\t;"


@dataclass(frozen=True, slots=True)
class Grid:
    """One sheet's non-empty rows, each as ``(row number, cells)``; the first is the header.

    Attributes:
        source: the file name the caller gave.
        rows: the rows with anything in them, numbered as the spreadsheet shows them.
        sheet: the worksheet's title (XLSX), or ``None`` (CSV).
        epoch: day 0 of the workbook's date system, for serial day numbers.
    """

    source: str
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    sheet: str | None = None
    epoch: date = EXCEL_EPOCH


def check_size(data: bytes, *, source: str, max_bytes: int) -> None:
    """Refuse a file over ``max_bytes`` before reading it."""
    if len(data) > max_bytes:
        raise SheetError(source, Remark.of("sheets.too_large", size=len(data), limit=max_bytes))


def check_rows(count: int, *, source: str, row: int, max_rows: int, sheet: str | None) -> None:
    """Refuse the row that makes more than ``max_rows`` data rows."""
    if count > max_rows:
        raise SheetError(
            source, Remark.of("sheets.too_many_rows", limit=max_rows), row=row, sheet=sheet
        )


def sniff_format(data: bytes, *, source: str, format: Format | None) -> Format:
    """The format of ``data``: ``format`` if given (and consistent), else sniffed."""
    if format is not None and format not in ("csv", "xlsx"):
        raise ValueError(f"format={format!r}: use 'csv', 'xlsx' or None (sniffed)")
    if data.startswith(_OLE):
        raise SheetError(source, Remark.of("sheets.old_excel"))
    is_zip = data.startswith(_ZIP)
    if format == "csv" and is_zip:
        raise SheetError(source, Remark.of("sheets.xlsx_as_csv"))
    if is_zip and b"opendocument.spreadsheet" in data[:100]:
        raise SheetError(
            source, Remark.of("sheets.not_xlsx", detail="it is an OpenDocument spreadsheet, .ods")
        )
    if format == "xlsx" and not is_zip:
        raise SheetError(
            source, Remark.of("sheets.not_xlsx", detail="it is not a zip archive; is it CSV?")
        )
    return "xlsx" if is_zip else "csv"


def decode_csv(data: bytes, *, source: str) -> str:
    """The text of a CSV file: UTF-8 (BOM dropped), UTF-16 with a BOM, else GB18030."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SheetError(source, Remark.of("sheets.encoding")) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            if data.startswith(codecs.BOM_UTF8):
                break
    raise SheetError(source, Remark.of("sheets.encoding"))


def _delimiter(first_line: str) -> str:
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties: comma, then tab
    return best if counts[best] else ","


def csv_grid(data: bytes, *, source: str, max_rows: int = MAX_ROWS) -> Grid:
    """The rows of a CSV file (see the module docstring for encodings and delimiters)."""
    text = decode_csv(data, source=source)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    sep = re.fullmatch(r'"?sep=(.)"?,*', first_line.strip())
    if sep is not None:  # Excel's own delimiter line; Excel doesn't show it as a row
        delimiter = sep.group(1)
        text = text[text.index(first_line) + len(first_line) :].lstrip("\r\n")
    else:
        delimiter = _delimiter(first_line)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    number = 0
    try:
        for number, record in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1
        ):
            cells: tuple[Cell, ...] = tuple(record)
            if all(is_empty(c) for c in cells):
                continue
            rows.append((number, cells))
            check_rows(len(rows) - 1, source=source, row=number, max_rows=max_rows, sheet=None)
    except csv.Error as e:
        raise SheetError(
            source, Remark.of("sheets.bad_csv", detail=str(e)), row=number + 1
        ) from None
    return Grid(source, tuple(rows))
