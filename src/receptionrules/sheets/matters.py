"""Read petition matters and their events (信访事项 and 办理过程) from CSV or XLSX.

A matter is one row of the matters sheet; its history is the rows of the events sheet
with its id in 事项编号/matter, one event per row, in the order written. In a workbook
the sheets are called 信访事项 (or matters) and 办理过程 (or events); a CSV file holds
the matters alone and the events come as a second file (``events=``). An event's own
fields (转送或承办对象/to of a transfer, 延长天数/days of an extension, 督办方式/method of
supervision, …) are columns left empty where they don't apply; a value in a column
that doesn't apply to the row's kind is an error, not silently dropped.

A matter whose history contradicts itself (an answer before the acceptance, say) is
an error at the event row and column concerned, with the matter's own message.

>>> matters = ("事项编号,登记日期,信访形式,事项类别,涉及地方或单位\\n"
...            "AK-1,2026/3/2,走访,征地补偿,汉滨区\\n")
>>> events = "事项编号,事件类型,日期\\nAK-1,受理,2026年3月5日\\nAK-1,书面答复,2026-04-20\\n"
>>> (m,) = read_matters(matters.encode(), source="matters.csv",
...                     events=events.encode(), events_source="events.csv")
>>> m.channel, [(e.kind, e.on.isoformat()) for e in m.events]
(<Channel.VISIT: 'visit'>, [('accepted', '2026-03-05'), ('answered', '2026-04-20')])
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from receptionrules.remarks import Remark
from receptionrules.sheets.errors import SheetError
from receptionrules.sheets.grid import MAX_BYTES, MAX_ROWS, Format, Grid
from receptionrules.sheets.kinds import EVENTS, MATTERS
from receptionrules.sheets.loading import load_grids
from receptionrules.sheets.rows import Line, Table, bind, invalid, lines
from receptionrules.sheets.vocab import EVENT_KINDS
from receptionrules.supervision import MatterEvent, PetitionMatter

__all__ = ["read_matters"]

_EVENT: TypeAdapter[Any] = TypeAdapter(MatterEvent)
_OWN = ("matter", "kind", "on")
# A matter's own message: "matter 'X': events[2].on: what is wrong"
_MESSAGE = re.compile(r"matter '.*?': (?:events\[(\d+)\](?:\.(\w+))?|(\w+)): (.*)", re.S)


def read_matters(
    data: bytes,
    *,
    source: str,
    format: Format | None = None,
    events: bytes | None = None,
    events_source: str | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> tuple[PetitionMatter, ...]:
    """The petition matters of a matters sheet, each with its events, in file order.

    ``data`` is a workbook with a matters sheet (and usually an events sheet) or a
    CSV file of matters; ``events`` is a separate events file (CSV or XLSX), named
    ``events_source`` in errors. Matter ids are unique; every event names a matter of
    the file.

    Raises:
        SheetError: a cell, header or file that can't be read, or a history that
            contradicts itself (file, sheet, row, column).
        XlsxUnavailableError: an XLSX file without openpyxl installed.
        ValueError: ``events`` given without ``events_source``.
    """
    if events is not None and events_source is None:
        raise ValueError("events_source: name the events file for its errors, as source does")
    grid, in_book = load_grids(
        data,
        source=source,
        format=format,
        kinds=(MATTERS, EVENTS),
        max_bytes=max_bytes,
        max_rows=max_rows,
    )
    matters_table = bind(grid if grid is not None else Grid(source, ()), MATTERS)
    if events is not None and events_source is not None:
        if in_book is not None:
            raise SheetError(source, Remark.of("sheets.events_twice", sheet=in_book.sheet))
        (in_book,) = load_grids(
            events,
            source=events_source,
            format=None,
            kinds=(EVENTS,),
            max_bytes=max_bytes,
            max_rows=max_rows,
        )
    rows: dict[str, Line] = {}
    for line in lines(matters_table):
        matter_id = str(line.values["id"])
        if matter_id in rows:
            raise matters_table.fail(
                line.number,
                "id",
                Remark.of(
                    "sheets.duplicate_value",
                    value=matter_id,
                    other=rows[matter_id].number,
                    fix="every matter needs its own id",
                    fix_zh="每件信访事项须有唯一的编号",
                ),
            )
        rows[matter_id] = line
    history: dict[str, list[tuple[BaseModel, int]]] = {m: [] for m in rows}
    events_table = None
    if in_book is not None:
        events_table = bind(in_book, EVENTS)
        where = matters_table.grid.source
        if matters_table.grid.sheet is not None:
            where += f" ({matters_table.grid.sheet})"
        for line in lines(events_table):
            matter_id = str(line.values["matter"])
            if matter_id not in history:
                raise events_table.fail(
                    line.number,
                    "matter",
                    Remark.of("sheets.unknown_matter", value=matter_id, matters=where),
                )
            history[matter_id].append((_event(events_table, line), line.number))
    out: list[PetitionMatter] = []
    for matter_id, line in rows.items():
        told = history[matter_id]
        try:
            out.append(
                PetitionMatter.model_validate({**line.values, "events": [e for e, _ in told]})
            )
        except ValidationError as e:
            raise _matter_error(matters_table, events_table, line, told, e) from None
    return tuple(out)


def _event(table: Table, line: Line) -> BaseModel:
    """One event row as its model; a filled column the kind doesn't have is an error."""
    kind = str(line.values["kind"])
    for key in line.values:
        if key in _OWN:
            continue
        column = EVENTS.column(key)
        if column.applies_to and kind not in column.applies_to:
            raise table.fail(
                line.number,
                key,
                Remark.of(
                    "sheets.not_applicable",
                    column=table.header(key),
                    kind=kind,
                    kind_zh=EVENT_KINDS.choice(kind).zh,
                    kinds=", ".join(column.applies_to),
                    kinds_zh="、".join(EVENT_KINDS.choice(k).zh for k in column.applies_to),
                ),
            )
    values = {k: v for k, v in line.values.items() if k != "matter"}
    try:
        event = _EVENT.validate_python(values)
    except ValidationError as e:
        first = e.errors()[0]
        field = next((p for p in reversed(first["loc"]) if isinstance(p, str)), None)
        if first["type"] == "missing" and field is not None and field in EVENTS.fields():
            raise table.fail(
                line.number,
                field,
                Remark.of(
                    "sheets.event_needs",
                    kind=kind,
                    kind_zh=EVENT_KINDS.choice(kind).zh,
                    column=table.header(field),
                ),
            ) from None
        raise invalid(table, line, e) from None
    if not isinstance(event, BaseModel):  # pragma: no cover - the union holds models
        raise TypeError(event)
    return event


def _matter_error(
    matters: Table,
    events: Table | None,
    line: Line,
    told: list[tuple[BaseModel, int]],
    error: ValidationError,
) -> SheetError:
    """The error of a matter's own check, placed at the event row it names if any."""
    first = error.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    m = _MESSAGE.match(message)
    if m is None or first["loc"]:
        return invalid(matters, line, error)
    index, sub, field, what = m.groups()
    matter_id = str(line.values["id"])
    if index is not None and events is not None and int(index) < len(told):
        key = sub if sub in EVENTS.fields() else "on"
        detail = f"matter {matter_id!r}: {what}"
        return events.fail(told[int(index)][1], key, Remark.of("sheets.invalid", detail=detail))
    key = field if field in MATTERS.fields() else "id"
    return matters.fail(
        line.number, key, Remark.of("sheets.invalid", detail=f"matter {matter_id!r}: {what}")
    )
