"""How values are worded for people: dates, months and weekdays in Chinese or English,
bilingual titles, and the display width of text (a CJK character counts two).

Foundation layer: imported by the notices, the feeds, the timetable and the command
line alike, importing nothing above :mod:`receptionrules.timeutil`.

>>> from datetime import date
>>> date_in(date(2026, 10, 8), "zh"), date_in(date(2026, 10, 8), "en")
('2026年10月8日', '8 October 2026')
>>> title_in("安康市市长信访接待日 (Ankang mayor's petition reception day)", "en")
"Ankang mayor's petition reception day"
>>> display_width("10月"), pad("周一", 6) + "|"
(4, '周一  |')
"""

from __future__ import annotations

import unicodedata
from datetime import date

from receptionrules.remarks import Language
from receptionrules.timeutil import WEEKDAY_NAMES, WEEKDAY_NAMES_ZH

__all__ = [
    "MONTHS_EN",
    "date_in",
    "display_width",
    "month_in",
    "pad",
    "short_date_in",
    "title_in",
    "weekday_in",
]

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_in(d: date, language: Language) -> str:
    """``'2026年10月8日'`` or ``'8 October 2026'``."""
    if language == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def short_date_in(d: date, language: Language) -> str:
    """The date without its year: ``'10月8日'`` or ``'8 Oct'``."""
    if language == "zh":
        return f"{d.month}月{d.day}日"
    return f"{d.day} {MONTHS_EN[d.month - 1][:3]}"


def month_in(year: int, month: int, language: Language) -> str:
    """``'2026年10月'`` or ``'October 2026'``."""
    return f"{year}年{month}月" if language == "zh" else f"{MONTHS_EN[month - 1]} {year}"


def weekday_in(d: date, language: Language, *, short: bool = False) -> str:
    """``'星期四'``/``'周四'``, or ``'Thursday'``/``'Thu'``."""
    if language == "zh":
        name = WEEKDAY_NAMES_ZH[d.weekday()]
        return "周" + name[-1] if short else name
    name = WEEKDAY_NAMES[d.weekday()]
    return name[:3] if short else name


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(c) in "WF" for c in text)


def title_in(title: str, language: Language) -> str:
    """One language of a bilingual title written ``'中文 (English)'`` (as the presets
    write theirs); any other title as it is."""
    head, sep, tail = title.rpartition(" (")
    if not sep or not tail.endswith(")") or not _has_cjk(head) or _has_cjk(tail):
        return title
    if language == "zh":
        return head
    english = tail[:-1]
    return english[:1].upper() + english[1:]


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal: a wide (CJK) character counts two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` display columns (on the left if ``right``)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill
