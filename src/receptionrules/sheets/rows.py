"""A grid's rows read as an input kind: headers matched to columns, cells parsed, errors placed.

:func:`bind` matches the header row to the kind's columns (unknown headers, repeated
columns and missing required ones are errors naming the header); :func:`lines` yields
each data row's parsed values by field; :func:`cell_error` and :func:`invalid` turn a
problem, or a pydantic ``ValidationError`` of a row's model, into a
:class:`~receptionrules.sheets.errors.SheetError` for the cell it concerns.

>>> from receptionrules.sheets.grid import Grid
>>> from receptionrules.sheets.kinds import PEOPLE
>>> table = bind(Grid("p.csv", ((1, ("编号", "姓名", "角色")), (3, ("p1", "张三", "副市长"))),),
...              PEOPLE)
>>> [(line.number, line.values) for line in lines(table)]
[(3, {'id': 'p1', 'name': '张三', 'roles': ('vice_mayor',)})]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from receptionrules.errors import SHOWN_CHARS, shown
from receptionrules.remarks import Language, Remark
from receptionrules.sheets.cells import CellError, is_empty, parse_text
from receptionrules.sheets.columns import Column, InputKind, match_header
from receptionrules.sheets.errors import SheetError
from receptionrules.sheets.grid import Grid

__all__ = ["Line", "Table", "bind", "column_letter", "invalid", "lines"]


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column ``index`` (0 is A, 26 is AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Table:
    """A grid whose header row is matched to an input kind's columns.

    Attributes:
        kind: the input kind.
        grid: the rows.
        positions: each present column's field and its 0-based position.
        headers: each present column's field and its header as written.
        language: the language most headers are written in ('zh' or 'en').
    """

    kind: InputKind
    grid: Grid
    positions: dict[str, int]
    headers: dict[str, str]
    language: Language

    def header(self, key: str) -> str:
        """The header of field ``key`` as written, or (absent) as the kind writes it."""
        found = self.headers.get(key)
        return found if found is not None else self.kind.column(key).header(self.language)

    def fail(self, row: int | None, key: str | None, remark: Remark) -> SheetError:
        """The error for the cell of field ``key`` in ``row``."""
        return SheetError(
            self.grid.source,
            remark,
            row=row,
            column=None if key is None else self.header(key),
            sheet=self.grid.sheet,
        )


@dataclass(frozen=True, slots=True)
class Line:
    """One data row: its number and the parsed value of each filled cell, by field."""

    number: int
    values: dict[str, object]


def _script(text: str) -> Language:
    return "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"


def bind(grid: Grid, kind: InputKind, *, optional: frozenset[str] = frozenset()) -> Table:
    """Match ``grid``'s header row to ``kind``; ``optional`` fields need no column here.

    Raises :class:`SheetError` (row 1, naming the header) for an empty sheet, an
    unknown header (with the nearest known one), a column given twice, or a missing
    required column.
    """
    if not grid.rows:
        names = ", ".join(c.header("zh") + f" ({c.en})" for c in kind.columns)
        raise SheetError(
            grid.source, Remark.of("sheets.no_header", columns=names), row=1, sheet=grid.sheet
        )
    number, header_cells = grid.rows[0]
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    scripts: list[Language] = []
    for i, cell in enumerate(header_cells):
        if is_empty(cell):
            continue
        text = parse_text(cell)
        column, nearest = match_header(kind, text)
        if len(text) > SHOWN_CHARS:  # a header is echoed in the message: at most a short form
            text = f"{text[:SHOWN_CHARS]}… ({len(text)} characters)"
        if column is None:
            if nearest is not None:
                remark = Remark.of(
                    "sheets.unknown_column",
                    header=text,
                    kind=kind.en,
                    kind_zh=kind.zh,
                    nearest=nearest,
                )
            else:
                remark = Remark.of(
                    "sheets.unknown_column_far",
                    header=text,
                    kind=kind.en,
                    kind_zh=kind.zh,
                    columns=", ".join(f"{c.zh}/{c.en}" for c in kind.columns),
                )
            raise SheetError(grid.source, remark, row=number, column=text, sheet=grid.sheet)
        if column.key in positions:
            raise SheetError(
                grid.source,
                Remark.of(
                    "sheets.duplicate_column",
                    header=text,
                    other=headers[column.key],
                    letter=column_letter(positions[column.key]),
                ),
                row=number,
                column=text,
                sheet=grid.sheet,
            )
        positions[column.key] = i
        headers[column.key] = text
        scripts.append(_script(text))
    language: Language = "en" if scripts.count("en") > scripts.count("zh") else "zh"
    missing = [c for c in kind.required if c.key not in positions and c.key not in optional]
    if missing:
        names = "、".join(c.header(language) for c in missing)
        raise SheetError(
            grid.source,
            Remark.of("sheets.missing_columns", columns=names),
            row=number,
            column=missing[0].header(language),
            sheet=grid.sheet,
        )
    return Table(kind, grid, positions, headers, language)


def lines(table: Table) -> Iterator[Line]:
    """Each data row's filled cells, parsed by their columns.

    Raises :class:`SheetError` for a cell that can't be read, an empty required cell
    and a value in a column without a header.
    """
    columns: list[tuple[int, Column]] = [
        (i, table.kind.column(key)) for key, i in table.positions.items()
    ]
    known = set(table.positions.values())
    epoch = table.grid.epoch
    for number, cells in table.grid.rows[1:]:
        for i, cell in enumerate(cells):
            if i not in known and not is_empty(cell):
                raise SheetError(
                    table.grid.source,
                    Remark.of(
                        "sheets.headerless_value", value=parse_text(cell), letter=column_letter(i)
                    ),
                    row=number,
                    column=column_letter(i),
                    sheet=table.grid.sheet,
                )
        values: dict[str, object] = {}
        for i, column in columns:
            cell = cells[i] if i < len(cells) else None
            if is_empty(cell):
                if column.required:
                    raise table.fail(
                        number,
                        column.key,
                        Remark.of("sheets.required", column=table.header(column.key)),
                    )
                continue
            try:
                values[column.key] = column.read(cell, epoch=epoch)
            except CellError as e:
                raise table.fail(number, column.key, e.remark) from None
        yield Line(number, values)


_FIELD = re.compile(r"(?<![A-Za-z_])([a-z_]+)(?=[=:\s]|$)")


def invalid(table: Table, line: Line, error: ValidationError) -> SheetError:
    """The :class:`SheetError` for the first problem of a row's ``ValidationError``.

    The field comes from the error's location or, for a check of the whole row (an
    absence ending before it starts), from the first field its message names; failing
    both, the row's first column.
    """
    first = error.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    key = _field_of(table, first["loc"], message)
    value = first.get("input")
    given = "" if key is None or isinstance(value, dict) else f"{shown(parse_text(value))}: "
    if key is None:
        key = min(table.positions, key=lambda k: table.positions[k])
    more = f" (and {error.error_count() - 1} more in this row)" if error.error_count() > 1 else ""
    return table.fail(
        line.number, key, Remark.of("sheets.invalid", detail=f"{given}{message}{more}")
    )


def _field_of(table: Table, loc: tuple[int | str, ...], message: str) -> str | None:
    keys = set(table.kind.fields())
    for part in reversed(loc):
        if isinstance(part, str) and part in keys:
            return part
    for m in _FIELD.finditer(message):
        if m.group(1) in keys:
            return m.group(1)
    return None
