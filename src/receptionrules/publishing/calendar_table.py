"""The working-day calendar as a table: one row per day, as CSV, JSON or XLSX (CAL-1,
CAL-2).

Case systems keep their data in a database and count deadlines in SQL; they load this
table. Each row is a day: ``date`` (ISO), ``weekday_en``, ``weekday_zh``, ``working``
(1/0 in CSV), ``kind`` (a code of :class:`~receptionrules.calendar.DayKind`) and
``kind_label`` (its label in the chosen language), ``holiday_en`` and ``holiday_zh``
(the holiday the day belongs to, empty for an ordinary day), and ``provisional`` (the
year's official schedule is not announced yet, CAL-2). The columns are the same in
every format and language; only ``kind_label`` follows the language. The CSV is UTF-8
with a byte-order mark (so that a spreadsheet opens the Chinese right) and a header
line; the XLSX needs the ``xlsx`` extra (openpyxl).

>>> from datetime import date
>>> from receptionrules.calendar import WorkingCalendar
>>> days = WorkingCalendar().days(date(2026, 10, 3), date(2026, 10, 4))
>>> print(calendar_csv(days).lstrip("\\ufeff"), end="")
date,weekday_en,weekday_zh,working,kind,kind_label,holiday_en,holiday_zh,provisional
2026-10-03,Saturday,星期六,0,statutory_holiday,法定节假日,National Day,国庆节,0
2026-10-04,Sunday,星期日,0,weekend,周末,National Day,国庆节,0
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from receptionrules.calendar import CalendarDay
from receptionrules.remarks import Language
from receptionrules.sheets.workbook import openpyxl_module

__all__ = [
    "CALENDAR_COLUMNS",
    "calendar_csv",
    "calendar_json",
    "calendar_records",
    "calendar_xlsx",
]

CALENDAR_COLUMNS = (
    "date",
    "weekday_en",
    "weekday_zh",
    "working",
    "kind",
    "kind_label",
    "holiday_en",
    "holiday_zh",
    "provisional",
)
"""The columns of the table, in order (the same for every format and language)."""


def _check(language: str) -> None:
    if language not in ("zh", "en"):
        raise ValueError(f"language={language!r}: use 'zh' or 'en'")


def calendar_records(
    days: Iterable[CalendarDay], *, language: Language = "zh"
) -> list[dict[str, Any]]:
    """One dict per day, keyed by :data:`CALENDAR_COLUMNS` (``date`` a
    :class:`~datetime.date`, ``working``/``provisional`` booleans, a missing holiday None)."""
    _check(language)
    return [
        {
            "date": d.day,
            "weekday_en": d.weekday.label,
            "weekday_zh": d.weekday.label_zh,
            "working": d.working,
            "kind": d.kind.value,
            "kind_label": d.kind.label_in(language),
            "holiday_en": d.holiday,
            "holiday_zh": d.holiday_zh,
            "provisional": d.provisional,
        }
        for d in days
    ]


def _plain(value: Any, *, flag: str) -> Any:
    if isinstance(value, bool):
        return flag[0] if value else flag[1]
    if isinstance(value, date):
        return value.isoformat()
    return value


def calendar_csv(days: Iterable[CalendarDay], *, language: Language = "zh") -> str:
    """The table as CSV text: UTF-8 with a byte-order mark, a header line, booleans
    ``1``/``0``, an ordinary day's holiday empty. Write it as it is (``newline=""``)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CALENDAR_COLUMNS)
    for row in calendar_records(days, language=language):
        writer.writerow(
            "" if row[c] is None else _plain(row[c], flag="10") for c in CALENDAR_COLUMNS
        )
    return out.getvalue()


def calendar_json(days: Iterable[CalendarDay], *, language: Language = "zh") -> str:
    """The table as a JSON array of objects, one day a line (booleans, null holidays)."""
    rows = [
        json.dumps({**r, "date": r["date"].isoformat()}, ensure_ascii=False)
        for r in calendar_records(days, language=language)
    ]
    return "[\n" + ",\n".join(rows) + "\n]\n" if rows else "[]\n"


def calendar_xlsx(days: Iterable[CalendarDay], *, language: Language = "zh") -> bytes:
    """The table as an XLSX workbook (one sheet, a bold frozen header with a filter,
    dates as dates, booleans as TRUE/FALSE); needs the ``xlsx`` extra.

    Raises:
        XlsxUnavailableError: openpyxl is not installed (an ``ImportError``).
    """
    records = calendar_records(days, language=language)
    openpyxl = openpyxl_module()  # XlsxUnavailableError (an ImportError) names the extra
    styles = importlib.import_module("openpyxl.styles")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工作日历" if language == "zh" else "calendar"
    sheet.append(list(CALENDAR_COLUMNS))
    for row in records:
        sheet.append([row[c] for c in CALENDAR_COLUMNS])
    bold = styles.Font(bold=True)
    fill = styles.PatternFill("solid", fgColor="F1E4E1")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
    for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
        cell.number_format = "yyyy-mm-dd"
    widths = (12, 11, 9, 9, 20, 14, 34, 16, 12)
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    # Reproducible output: the workbook's dates are the table's first day, not the clock.
    first = records[0]["date"] if records else date(2000, 1, 1)  # zip dates start in 1980
    stamp = datetime(first.year, first.month, first.day)  # noqa: DTZ001 - XLSX core dates are naive
    book.properties.created = stamp
    saved = io.BytesIO()
    book.save(saved)
    # openpyxl stamps the saving time into the properties and the zip entries: rewrite
    # them with the table's first day.
    modified = f"<dcterms:modified{{}}>{stamp:%Y-%m-%dT%H:%M:%S}Z</dcterms:modified>"
    out = io.BytesIO()
    with (
        zipfile.ZipFile(saved) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                    lambda m: modified.format(m.group(1).decode()).encode(),
                    data,
                )
            target.writestr(fixed, data)
    return out.getvalue()
