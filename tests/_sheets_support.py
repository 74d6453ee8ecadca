"""Office files built in the tests: CSV in the encodings offices save, XLSX with openpyxl."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import openpyxl

Rows = Sequence[Sequence[object]]


def csv_bytes(rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    """``rows`` as a CSV file in ``encoding`` ('utf-8-sig' writes the BOM Excel writes)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow("" if v is None else v for v in row)
    return out.getvalue().encode(encoding)


def xlsx_bytes(sheets: Mapping[str, Rows]) -> bytes:
    """A workbook with one sheet per entry, cells written as given (dates as date cells)."""
    book = openpyxl.Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = title
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = sheet.cell(r, c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even if it starts with "="
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def fill_xlsx_template(data: bytes, sheets: Mapping[str, Rows]) -> bytes:
    """A template workbook with rows appended under the header of the named sheets."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    for title, rows in sheets.items():
        sheet = book[title]
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
