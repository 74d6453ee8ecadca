"""Read people, absences, reception records and announced dates from CSV or XLSX.

Each reader takes the file's bytes and the name to call it by in errors (``source``),
sniffs the format unless told (``format='csv'`` or ``'xlsx'``), matches the header row
(Chinese or English, see :data:`~receptionrules.sheets.kinds.INPUT_KINDS`) and returns
the library's own values, validated. Anything wrong raises
:class:`~receptionrules.sheets.errors.SheetError` naming the file, the row and the
column; rows that are entirely empty are skipped.

>>> csv = "编号,姓名,职务,角色\\np1,张三,副镇长,副科级领导\\np2,李四,,所、站长\\n"
>>> [(p.id, [r.value for r in p.roles])
...  for p in read_people(csv.encode("gb18030"), source="people.csv")]
[('p1', ['deputy_section_leader']), ('p2', ['station_chief'])]
>>> read_people("编号,姓名,角色\\np1,张三,deputy\\n".encode(), source="people.csv")
Traceback (most recent call last):
...
receptionrules.sheets.errors.SheetError: people.csv, row 2, column 角色: 'deputy' is not a ...
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ValidationError

from receptionrules.duty import Absence, Availability, Person, ReceptionRecord
from receptionrules.remarks import Remark
from receptionrules.sheets.columns import InputKind
from receptionrules.sheets.grid import MAX_BYTES, MAX_ROWS, Format, Grid
from receptionrules.sheets.kinds import ABSENCES, ANNOUNCED, PEOPLE, RECORDS
from receptionrules.sheets.loading import load_grids
from receptionrules.sheets.rows import Table, bind, invalid, lines

__all__ = ["read_absences", "read_announced", "read_people", "read_records"]


def _table(
    data: bytes,
    kind: InputKind,
    *,
    source: str,
    format: Format | None,
    max_bytes: int,
    max_rows: int,
    optional: frozenset[str] = frozenset(),
) -> Table:
    (grid,) = load_grids(
        data,
        source=source,
        format=format,
        kinds=(kind,),
        max_bytes=max_bytes,
        max_rows=max_rows,
    )
    return bind(grid if grid is not None else Grid(source, ()), kind, optional=optional)


def read_people(
    data: bytes,
    *,
    source: str,
    format: Format | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> tuple[Person, ...]:
    """The people of a people sheet (编号/id, 姓名/name, 职务/title, 角色/roles, 在岗/active).

    Roles are written in Chinese or English (``副科级领导`` or
    ``deputy_section_leader``), several in one cell separated by 、 ， , or ;. Ids are
    unique within the file.

    Raises:
        SheetError: a cell, header or file that can't be read (file, row, column).
        XlsxUnavailableError: an XLSX file without openpyxl installed.
    """
    table = _table(
        data, PEOPLE, source=source, format=format, max_bytes=max_bytes, max_rows=max_rows
    )
    people: list[Person] = []
    seen: dict[str, int] = {}
    for line in lines(table):
        try:
            person = Person.model_validate(line.values)
        except ValidationError as e:
            raise invalid(table, line, e) from None
        if person.id in seen:
            raise table.fail(
                line.number,
                "id",
                Remark.of(
                    "sheets.duplicate_value",
                    value=person.id,
                    other=seen[person.id],
                    fix="every person needs their own id",
                    fix_zh="每人须有唯一的编号",
                ),
            )
        seen[person.id] = line.number
        people.append(person)
    return tuple(people)


def read_absences(
    data: bytes,
    *,
    source: str,
    format: Format | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> Availability:
    """Everyone's absences from an absences sheet (人员编号/person, 开始日期/first,
    结束日期/last, 原因/reason, 备注/note) (AK-R-5.1, AK-R-6.1, WF-3).

    Reasons in Chinese or English (``请假``/``leave``, ``参加上级召开的会议``/
    ``superior_meeting``, ``外出``/``away``, ``其他原因``/``other``); an empty reason is
    ``other``, an empty last day means the first day only.

    Raises:
        SheetError: a cell, header or file that can't be read (file, row, column).
        XlsxUnavailableError: an XLSX file without openpyxl installed.
    """
    table = _table(
        data, ABSENCES, source=source, format=format, max_bytes=max_bytes, max_rows=max_rows
    )
    absences: list[Absence] = []
    for line in lines(table):
        try:
            absences.append(Absence.model_validate(line.values))
        except ValidationError as e:
            raise invalid(table, line, e) from None
    return Availability(absences=tuple(absences))


def read_records(
    data: bytes,
    *,
    source: str,
    format: Format | None = None,
    regime: str | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> tuple[ReceptionRecord, ...]:
    """The registration records of receptions held (AK-R-6.3, MC-3, WF-7), for the audit.

    Columns 接待制度/regime, 日期/day, 开始时间/start, 结束时间/end, 地点/location,
    接待人员/receivers, 参加单位/units present, 接待人次/visits, 备注/note. ``regime``
    names the regime of every row whose file has no regime column (or leaves the cell
    empty). A start or end written with its day (``2026-03-02 08:00``, an Excel
    datetime cell) must be on the row's day.

    Raises:
        SheetError: a cell, header or file that can't be read (file, row, column).
        XlsxUnavailableError: an XLSX file without openpyxl installed.
    """
    optional = frozenset({"regime"}) if regime is not None else frozenset()
    table = _table(
        data,
        RECORDS,
        source=source,
        format=format,
        max_bytes=max_bytes,
        max_rows=max_rows,
        optional=optional,
    )
    records: list[ReceptionRecord] = []
    for line in lines(table):
        values = dict(line.values)
        if regime is not None:
            values.setdefault("regime", regime)
        day = values.get("day")
        for key in ("start", "end"):
            moment = values.get(key)
            if isinstance(moment, datetime):
                if isinstance(day, date) and moment.date() != day:
                    raise table.fail(
                        line.number,
                        key,
                        Remark.of(
                            "sheets.other_day",
                            value=moment.isoformat(timespec="minutes"),
                            written=moment.date().isoformat(),
                            day=day.isoformat(),
                        ),
                    )
                values[key] = moment.time()
        try:
            records.append(ReceptionRecord.model_validate(values))
        except ValidationError as e:
            raise invalid(table, line, e) from None
    return tuple(records)


def read_announced(
    data: bytes,
    *,
    source: str,
    format: Format | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> tuple[date, ...]:
    """The announced reception dates of a dates sheet (日期/date, 备注/note), sorted (MC-1).

    Each date once (a repeated date is an error naming both rows); the note column is
    for the office and is not read.

    Raises:
        SheetError: a cell, header or file that can't be read (file, row, column).
        XlsxUnavailableError: an XLSX file without openpyxl installed.
    """
    table = _table(
        data, ANNOUNCED, source=source, format=format, max_bytes=max_bytes, max_rows=max_rows
    )
    seen: dict[date, int] = {}
    for line in lines(table):
        day = line.values["date"]
        if not isinstance(day, date):  # pragma: no cover - a date column reads dates
            raise TypeError(day)
        if day in seen:
            raise table.fail(
                line.number,
                "date",
                Remark.of(
                    "sheets.duplicate_value",
                    value=day.isoformat(),
                    other=seen[day],
                    fix="a date is announced once",
                    fix_zh="同一日期只需公布一次",
                ),
            )
        seen[day] = line.number
    return tuple(sorted(seen))
