"""One cell's value, as offices write it: text, lists, dates, times, yes/no, numbers, choices.

A cell comes as text (CSV) or as what openpyxl reads from an XLSX cell (text, a number,
a ``bool``, a ``datetime`` for a date cell, a ``time`` for a time cell). Each parser
returns the value the model wants or raises :class:`CellError` with a remark saying
what is wrong and how to write it.

Dates: ``2026-01-05``, ``2026/1/5``, ``2026.1.5``, ``2026年1月5日``, ``20260105``, an
Excel date cell, with an optional weekday after it (``2026年1月5日（星期一）``, which
must be right). A whole number of five digits (10000–99999, in a number cell or as
text) is an Excel serial day number — what a date cell turns into when the column is
formatted as text (46027 is 2026-01-05); a datetime in a date column gives its day.

Times: ``8:30``, ``08:30``, ``8:30:00``, ``8时30分``, ``8点30``, with ``上午``/``下午`` or
AM/PM, an Excel time cell, or the fraction of a day Excel stores (0.354166… is 08:30).
A date and a time together (``2026-01-05 08:30``, an Excel datetime cell) are a moment
in Asia/Shanghai; with an offset (``+08:00``, ``Z``) it is converted.

>>> parse_date("2026年1月5日"), parse_date("2026/1/5"), parse_date("46027")
(datetime.date(2026, 1, 5), datetime.date(2026, 1, 5), datetime.date(2026, 1, 5))
>>> parse_time("8时30分"), parse_time("下午2:30")
(datetime.time(8, 30), datetime.time(14, 30))
>>> parse_time("2026-01-05 8:30").isoformat()
'2026-01-05T08:30:00+08:00'
>>> parse_bool("是"), parse_int("3人"), parse_list("甲、乙，丙")
(True, 3, ('甲', '乙', '丙'))
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from receptionrules.errors import SHOWN_CHARS
from receptionrules.remarks import Remark
from receptionrules.sheets.vocab import YES_NO, Vocabulary, split_list
from receptionrules.timeutil import TZ, WEEKDAY_NAMES, WEEKDAY_NAMES_ZH, Weekday

__all__ = [
    "EXCEL_EPOCH",
    "Cell",
    "CellError",
    "is_empty",
    "parse_bool",
    "parse_choice",
    "parse_choices",
    "parse_date",
    "parse_int",
    "parse_list",
    "parse_text",
    "parse_time",
]

Cell = str | int | float | bool | datetime | date | time | timedelta | None
"""A cell as read: text from CSV; from XLSX also numbers, booleans, dates and times."""

EXCEL_EPOCH = date(1899, 12, 30)
"""Day 0 of Excel's (and WPS's) default 1900 date system; serial 46027 is 2026-01-05."""
SERIALS = range(10_000, 100_000)
"""The whole numbers read as serial day numbers in a date column (1927-05-18 … 2173-10-14)."""


class CellError(ValueError):
    """A cell that can't be read; the reader adds the file, row and column."""

    def __init__(self, remark: Remark) -> None:
        # The cell's text is echoed in the message: at most a short, marked form of it.
        params = tuple((k, _cut(v) if k == "value" else v) for k, v in remark.params)
        self.remark = remark = Remark(remark.code, params)
        super().__init__(remark.render("en"))


def _cut(text: str, limit: int = SHOWN_CHARS) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def is_empty(cell: Cell) -> bool:
    """Nothing in the cell (``None`` or only spaces)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _shown(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime | date | time):
        return cell.isoformat()
    return str(cell).strip()


def parse_text(cell: Cell) -> str:
    """A text cell: trimmed; a number cell as its digits, a date cell as ISO text.

    >>> parse_text(" 张三 "), parse_text(1001), parse_text(1001.0)
    ('张三', '1001', '1001')
    """
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    return _shown(cell)


def parse_list(cell: Cell) -> tuple[str, ...]:
    """The items of a list cell, separated by 、 ， , ; ； or new lines."""
    return split_list(parse_text(cell))


def parse_choice(cell: Cell, vocabulary: Vocabulary) -> str:
    """The value a cell names (in Chinese or English), e.g. ``'leave'`` for ``请假``."""
    text = parse_text(cell)
    value = vocabulary.lookup(text)
    if value is None:
        raise CellError(_not_choice(text, vocabulary))
    return value


def parse_choices(cell: Cell, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The values a list cell names, e.g. roles ``'副市长、所、站长'``."""
    text = parse_text(cell)
    items = vocabulary.items(text)
    for item in items:
        if vocabulary.lookup(item) is None:
            raise CellError(_not_choice(item, vocabulary))
    return tuple(v for v in vocabulary.split(text) if v is not None)


def _not_choice(text: str, vocabulary: Vocabulary) -> Remark:
    return Remark.of(
        "sheets.not_choice",
        value=text,
        what=vocabulary.what,
        what_zh=vocabulary.what_zh,
        choices=vocabulary.describe("en"),
        choices_zh=vocabulary.describe("zh"),
    )


def parse_bool(cell: Cell) -> bool:
    """Yes or no: 是/否, yes/no, true/false, Y/N, 1/0, √/×, or an XLSX TRUE/FALSE cell."""
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    value = YES_NO.lookup(parse_text(cell))
    if value is None:
        raise CellError(Remark.of("sheets.not_bool", value=parse_text(cell)))
    return value == "yes"


_INT = re.compile(r"([+-]?\d{1,18})(?:人次|人|次|天|日|个)?")


def parse_int(cell: Cell) -> int:
    """A whole number: a number cell, or digits with an optional unit (``3人``, ``30天``)."""
    if isinstance(cell, bool):
        raise CellError(Remark.of("sheets.not_int", value=parse_text(cell)))
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    text = unicodedata.normalize("NFKC", parse_text(cell)).replace(" ", "")
    m = _INT.fullmatch(text)
    if m is None:
        raise CellError(Remark.of("sheets.not_int", value=parse_text(cell)))
    return int(m.group(1))


# -- dates -------------------------------------------------------------------------

_DATES = (
    re.compile(r"(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
)
_WEEKDAY = re.compile(
    r"\s*[(（]?\s*(星期[一二三四五六日天]|周[一二三四五六日天]|礼拜[一二三四五六日天]|"
    r"[A-Za-z]{2,9})\s*[)）]?\s*$"
)


def _serial(number: float, epoch: date) -> datetime | None:
    if not math.isfinite(number) or int(number) not in SERIALS:
        return None
    whole = datetime.combine(epoch, time.min) + timedelta(days=number)
    # Excel stores times to the millisecond; round to the second as it shows them.
    return (whole + timedelta(microseconds=500_000)).replace(microsecond=0)


def _weekday_of(written: str) -> Weekday | None:
    text = written.replace("礼拜", "星期").replace("周", "星期")
    try:
        return Weekday.parse(text)
    except ValueError:
        return None


def _day(text: str, raw: str) -> date | None:
    """The date in ``text`` (already NFKC), checked against a weekday written after it."""
    written_weekday = None
    m = _WEEKDAY.search(text)
    if m is not None and m.start() > 0 and _weekday_of(m.group(1)) is not None:
        written_weekday = m.group(1)
        text = text[: m.start()]
    for pattern in _DATES:
        d = pattern.fullmatch(text.strip())
        if d is None:
            continue
        try:
            day = date(int(d.group(1)), int(d.group(3)), int(d.group(4)))
        except ValueError as e:
            raise CellError(Remark.of("sheets.bad_day", value=raw, detail=str(e))) from None
        if written_weekday is not None:
            wd = _weekday_of(written_weekday)
            if wd is not None and wd != day.weekday():
                raise CellError(
                    Remark.of(
                        "sheets.wrong_weekday",
                        value=raw,
                        day=day.isoformat(),
                        weekday=WEEKDAY_NAMES[day.weekday()],
                        weekday_zh=WEEKDAY_NAMES_ZH[day.weekday()],
                        written=written_weekday,
                    )
                )
        return day
    return None


def _moment(text: str, raw: str) -> datetime | None:
    """A date and a time in one cell, local (Asia/Shanghai) unless an offset is given."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*", text):
        try:
            iso = datetime.fromisoformat(text)
        except ValueError:
            raise CellError(Remark.of("sheets.not_time", value=raw)) from None
        return iso.replace(tzinfo=TZ) if iso.tzinfo is None else iso.astimezone(TZ)
    parts = re.split(r"(?<=[日号)）])\s*(?=\S)|(?<=\d)(?:\s+|T)(?=\S)", text, maxsplit=1)
    if len(parts) != 2:
        return None
    day = _day(parts[0], raw)
    if day is None:
        return None
    clock = _clock(parts[1])
    if clock is None:
        raise CellError(Remark.of("sheets.not_time", value=raw))
    return datetime.combine(day, clock, TZ)


def parse_date(cell: Cell, *, epoch: date = EXCEL_EPOCH) -> date:
    """A day: see the module docstring for the forms read; ``epoch`` is the workbook's."""
    if isinstance(cell, datetime):
        return (cell if cell.tzinfo is None else cell.astimezone(TZ)).date()
    if isinstance(cell, date):
        return cell
    raw = parse_text(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        moment = _serial(cell, epoch)
        if moment is not None:
            return moment.date()
        if isinstance(cell, int) or cell.is_integer():
            text = str(int(cell))
            day = _day(text, raw) if len(text) == 8 else None
            if day is not None:
                return day
        raise CellError(Remark.of("sheets.not_date", value=raw))
    text = unicodedata.normalize("NFKC", raw)
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        moment = _serial(float(text), epoch)
        if moment is not None:
            return moment.date()
    day = _day(text, raw)
    if day is not None:
        return day
    moment = _moment(text, raw)
    if moment is not None:
        return moment.date()
    raise CellError(Remark.of("sheets.not_date", value=raw))


# -- times -------------------------------------------------------------------------

_CLOCKS = (
    re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"),
    re.compile(r"(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分?)?\s*(?:(\d{1,2})\s*秒)?"),
)
_PREFIX = re.compile(r"(上午|早上|中午|下午|晚上)\s*")
_SUFFIX = re.compile(r"\s*([ap])\.?m\.?$", re.I)


def _clock(text: str) -> time | None:
    """A time of day in ``text`` (NFKC), or None if it isn't one."""
    text = text.strip()
    half = None
    m = _PREFIX.match(text)
    if m is not None:
        half, text = m.group(1), text[m.end() :]
    m = _SUFFIX.search(text)
    if m is not None:
        half, text = m.group(1).lower(), text[: m.start()]
    text = text.strip()
    if half in ("a", "p") and re.fullmatch(r"\d{1,2}", text):
        text += ":00"
    for pattern in _CLOCKS:
        c = pattern.fullmatch(text)
        if c is None:
            continue
        hour, minute, second = int(c.group(1)), int(c.group(2) or 0), int(c.group(3) or 0)
        if half in ("a", "p") and not 1 <= hour <= 12:
            return None
        if half in ("下午", "晚上", "p") and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or second > 59:
            return None
        return time(hour, minute, second)
    return None


def parse_time(cell: Cell, *, epoch: date = EXCEL_EPOCH) -> time | datetime:
    """A time of day, or (a date and a time in the cell) an aware moment in Asia/Shanghai."""
    if isinstance(cell, datetime):
        if cell.tzinfo is not None:
            return cell.astimezone(TZ)
        if cell.date() <= date(1900, 1, 1):  # a time cell read back with Excel's day 0
            return cell.time().replace(microsecond=0)
        return cell.replace(tzinfo=TZ, microsecond=0)
    if isinstance(cell, time):
        return cell.replace(tzinfo=None, microsecond=0)
    if isinstance(cell, timedelta) and timedelta(0) <= cell < timedelta(days=1):
        return (datetime.combine(EXCEL_EPOCH, time.min) + cell).time().replace(microsecond=0)
    raw = parse_text(cell)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 0 <= cell < 1:  # Excel keeps a time as the fraction of a day
            seconds = min(round(cell * 86_400), 86_399)
            return (datetime.combine(EXCEL_EPOCH, time.min) + timedelta(seconds=seconds)).time()
        moment = _serial(cell, epoch)
        if moment is not None:
            return moment.replace(tzinfo=TZ)
        raise CellError(Remark.of("sheets.not_time", value=raw))
    text = unicodedata.normalize("NFKC", raw)
    clock = _clock(text)
    if clock is not None:
        return clock
    moment = _moment(text, raw)
    if moment is not None:
        return moment
    raise CellError(Remark.of("sheets.not_time", value=raw))
