"""XLSX workbooks (Excel, WPS), read with openpyxl: the ``xlsx`` extra.

The workbook is opened read-only and with the values Excel last computed (a formula
reads as its result), sheet by sheet. A date cell reads as a ``datetime``, a time cell
as a ``time``; the workbook's date system (1900 or 1904) is kept for serial day
numbers typed into text cells. The row numbers are the sheet's own, blank rows
counted; a merged cell holds its value in its top-left cell only.

Before anything is parsed, the zip's parts must unpack to at most :data:`UNPACK_RATIO`
times the file's size limit, so a zip bomb is refused rather than read.

>>> import io, openpyxl
>>> book = openpyxl.Workbook()
>>> book.active.title = "人员"
>>> book.active.append(["编号", "姓名"]); book.active.append(["p1", "张三"])
>>> out = io.BytesIO(); book.save(out)
>>> with Workbook.open(out.getvalue(), source="p.xlsx") as wb:
...     wb.titles, wb.grid("人员").rows
(('人员',), ((1, ('编号', '姓名')), (2, ('p1', '张三'))))
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from types import TracebackType
from typing import Any

from receptionrules.remarks import Remark
from receptionrules.sheets.cells import EXCEL_EPOCH, Cell, is_empty
from receptionrules.sheets.errors import SheetError, XlsxUnavailableError
from receptionrules.sheets.grid import MAX_BYTES, MAX_ROWS, Grid, check_rows, check_size

__all__ = ["UNPACK_RATIO", "Workbook", "openpyxl_module"]

UNPACK_RATIO = 20
"""How many times ``max_bytes`` a workbook's parts may unpack to (XLSX text zips ~10:1)."""


def openpyxl_module() -> Any:
    """The openpyxl module, or :class:`XlsxUnavailableError` naming the extra."""
    try:
        import openpyxl
    except ImportError:
        raise XlsxUnavailableError() from None
    return openpyxl


def _detail(e: Exception) -> str:
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text[:120]}" if text else type(e).__name__


def _cell(value: object) -> Cell:
    if value is None or isinstance(
        value, str | bool | int | float | datetime | date | time | timedelta
    ):
        return value
    return str(value)  # rich text, an error value: as Excel shows it


class Workbook:
    """An open XLSX workbook: its sheet titles and each sheet's :class:`Grid`.

    Use it as a context manager (``with Workbook.open(data, source=…) as wb``); it
    closes the archive when done.
    """

    def __init__(self, book: Any, source: str) -> None:
        self._book = book
        self.source = source
        epoch = book.epoch
        self.epoch: date = epoch.date() if isinstance(epoch, datetime) else EXCEL_EPOCH
        self.titles: tuple[str, ...] = tuple(str(ws.title) for ws in book.worksheets)

    @classmethod
    def open(cls, data: bytes, *, source: str, max_bytes: int = MAX_BYTES) -> Workbook:
        """Open ``data``; raises :class:`SheetError` for a file too large or not XLSX,
        :class:`XlsxUnavailableError` without openpyxl."""
        check_size(data, source=source, max_bytes=max_bytes)
        openpyxl = openpyxl_module()
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
        except (
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,  # a damaged header naming a zip version or method unknown
            RuntimeError,  # an encrypted archive
        ) as e:
            raise SheetError(source, Remark.of("sheets.not_xlsx", detail=_detail(e))) from None
        if unpacked > UNPACK_RATIO * max_bytes:
            raise SheetError(
                source,
                Remark.of(
                    "sheets.unpacks_too_large", size=unpacked, limit=UNPACK_RATIO * max_bytes
                ),
            )
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds on a damaged file; all mean one thing
            raise SheetError(source, Remark.of("sheets.not_xlsx", detail=_detail(e))) from None
        return cls(book, source)

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive."""
        self._book.close()

    def grid(self, title: str, *, max_rows: int = MAX_ROWS, show_sheet: bool = False) -> Grid:
        """The non-empty rows of sheet ``title``, numbered as the sheet shows them.

        ``show_sheet`` puts the title into the grid, so errors name the sheet too.
        """
        sheet = self._book[title]
        sheet.reset_dimensions()  # some writers record a wrong used range; read every row
        shown = title if show_sheet else None
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        number = 0
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                cells = tuple(_cell(v) for v in values)
                if all(is_empty(c) for c in cells):
                    continue
                rows.append((number, cells))
                check_rows(
                    len(rows) - 1, source=self.source, row=number, max_rows=max_rows, sheet=shown
                )
        except SheetError:
            raise
        except Exception as e:  # a damaged sheet part: as for a damaged workbook
            raise SheetError(
                self.source,
                Remark.of("sheets.not_xlsx", detail=_detail(e)),
                row=number + 1,
                sheet=shown,
            ) from None
        return Grid(self.source, tuple(rows), sheet=shown, epoch=self.epoch)
