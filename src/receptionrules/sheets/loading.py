"""Bytes to the sheets an input kind is read from: the format, the limits, which sheet.

A CSV file is one sheet. In an XLSX workbook the sheet of a kind is the one named for
it (``人员``/``people`` for people, ``信访事项``/``matters`` and ``办理过程``/``events``
for matters and their events; :attr:`~receptionrules.sheets.columns.InputKind.is_sheet`
lists the other names); without one, the first sheet not named for another kind holds
the first kind asked for.
Other sheets (a template's notes, an office's own summaries) are not read.

>>> from receptionrules.sheets.kinds import PEOPLE
>>> (grid,) = load_grids("编号,姓名\\n".encode(), source="p.csv", format=None,
...                      kinds=(PEOPLE,))
>>> grid.rows
((1, ('编号', '姓名')),)
"""

from __future__ import annotations

from receptionrules.sheets.columns import InputKind
from receptionrules.sheets.grid import (
    MAX_BYTES,
    MAX_ROWS,
    Format,
    Grid,
    check_size,
    csv_grid,
    sniff_format,
)
from receptionrules.sheets.workbook import Workbook

__all__ = ["load_grids"]


def load_grids(
    data: bytes,
    *,
    source: str,
    format: Format | None,
    kinds: tuple[InputKind, ...],
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
) -> tuple[Grid | None, ...]:
    """One grid per kind: the CSV file for the first kind (``None`` for the others), or
    each kind's workbook sheet (for the first kind without one, the first sheet not
    named for a later kind; ``None`` for a later kind without a sheet).

    With more than one kind, the grids of a workbook carry their sheet's title, so an
    error names the sheet as well as the row.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"data must be the file's bytes, not {type(data).__name__}")
    data = bytes(data)
    check_size(data, source=source, max_bytes=max_bytes)
    if sniff_format(data, source=source, format=format) == "csv":
        return (csv_grid(data, source=source, max_rows=max_rows), *(None for _ in kinds[1:]))
    with Workbook.open(data, source=source, max_bytes=max_bytes) as book:
        grids: list[Grid | None] = []
        for i, kind in enumerate(kinds):
            title = next((t for t in book.titles if kind.is_sheet(t)), None)
            if title is None and i == 0:  # the first sheet no other kind is named for
                others = kinds[1:]
                title = next(
                    (t for t in book.titles if not any(k.is_sheet(t) for k in others)), None
                )
            if title is not None:
                grids.append(book.grid(title, max_rows=max_rows, show_sheet=len(kinds) > 1))
            else:
                grids.append(Grid(source, ()) if i == 0 else None)
        return tuple(grids)
