"""The ``holidays`` package's China calendar: the calendar's default source (CAL-1, CAL-2).

The package transcribes every State Council General Office notice; from it the
calendar derives its first year and its last *official* year (CAL-2) instead of
fixing them. The package's objects are slow to build, so each year is built once
per process and shared by every calendar (:func:`holidays_source`).

The package tells the kinds of day off apart by how it names them (CAL-1): a
statutory holiday carries the festival's own name (``National Day``); a day off in
lieu of one that fell on a weekend carries the package's *observed* label
(``National Day (observed)``, 补假); a day off swapped for a worked weekend day its
*substituted* label (``Day off (substituted from 10/10/2026)``, 调休), and a one-off
day off of a State Council decision its own name from the package's table of
special days. The labels are read from the package itself, in its English
translation, never typed in here. Its English names write dates the US way; every
name handed on writes them ISO (``2026-10-10``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from holidays.countries.china import China as _China
from holidays.countries.china import ChinaStaticHolidays as _Static

__all__ = ["HolidaysSource", "SourceYear", "holidays_source", "iso_dates"]

_US_DATE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")

# One-off days off of a State Council decision that the package lists among its
# special days and that were statutory holidays, paid as such: 3 September 2015, the
# 70th anniversary of the victory (国发明电〔2015〕3号: 全国放假1天). The other one-off
# days it lists, the 2020 Spring Festival extension (春节延长假期, 国办发明电〔2020〕1号),
# were rest days, not statutory holidays.
_ONE_OFF_STATUTORY = frozenset({date(2015, 9, 3)})


def iso_dates(text: str) -> str:
    """``text`` with every US-style date ``MM/DD/YYYY`` written ISO (``YYYY-MM-DD``).

    >>> iso_dates("Day off (substituted from 09/20/2026)")
    'Day off (substituted from 2026-09-20)'
    """
    return _US_DATE.sub(r"\3-\1-\2", text)


def _pattern(label: str) -> re.Pattern[str]:
    return re.compile("^" + re.escape(label).replace("%s", ".*") + "$")


@dataclass(frozen=True, slots=True)
class SourceYear:
    """One year of the package's data (CAL-1): its days off by English name, the weekend
    days worked to make up for them, and which days off are statutory holidays."""

    days_off: Mapping[date, str]
    make_up: frozenset[date]
    statutory: frozenset[date] = frozenset()
    """The days off that are statutory holidays (法定节假日)."""


class HolidaysSource:
    """The ``holidays`` package's China calendar, built once per year per process."""

    def __init__(self) -> None:
        probe = _China(years=[], language="en_US")  # type: ignore[no-untyped-call]
        notices: dict[int, Any] = dict(probe.special_public_holidays)
        # The years the package transcribed from State Council notices; later years
        # are the package's own estimate.
        self.official_years = frozenset(notices)
        self.first_year = min(self.official_years)
        self.last_year = int(probe.end_year)
        # A make-up day in one year that a later year's notice declared (e.g. Sat
        # 2005-12-31, worked for New Year 2006): the notice's year, by day.
        self.cross_year: dict[date, int] = {}
        # Each make-up day, with the day off it was worked for (CAL-1).
        self.make_up_for: dict[date, date] = {}
        # The one-off days off of the package's special table, by day.
        self.one_off: frozenset[date] = frozenset()
        one_off: set[date] = set()
        for year, entries in notices.items():
            for entry in entries if isinstance(entries[0], tuple) else (entries,):
                day_off = date(year, entry[0], entry[1])
                if len(entry) == 3:
                    one_off.add(day_off)
                    continue
                worked = date(entry[4] if len(entry) == 5 else year, entry[2], entry[3])
                self.make_up_for[worked] = day_off
                if len(entry) == 5:
                    self.cross_year[worked] = year
        self.one_off = frozenset(one_off)
        tr = probe.tr
        self._not_statutory = tuple(
            _pattern(tr(label))
            for label in (
                _China.observed_label,
                _China.observed_estimated_label,
                _Static.substituted_label,
            )
        )
        # The package's "estimated" mark, in English and in its own Chinese.
        self._estimated = tuple(
            (_pattern(label), label)
            for label in (tr(_China.estimated_label), _China.estimated_label)
        )

    def _is_statutory(self, day: date, name: str) -> bool:
        if day in self.one_off:
            return day in _ONE_OFF_STATUTORY
        # A day may carry two names ("Mid-Autumn Festival; National Day").
        return any(not any(p.match(part) for p in self._not_statutory) for part in name.split("; "))

    def festival(self, name: str) -> str:
        """A statutory holiday's name, English or Chinese, without the package's
        *estimated* mark (``'国庆节（推定）'`` → ``'国庆节'``)."""
        for pattern, label in self._estimated:
            if pattern.match(name):
                prefix, _, suffix = label.partition("%s")
                return name[len(prefix) : len(name) - len(suffix)]
        return name

    @functools.cache  # noqa: B019 - one process-wide instance
    def names_zh(self, year: int) -> Mapping[date, str]:
        """The Chinese names of the year's days off (built only when a text needs them)."""
        h = _China(years=year, language="zh_CN")  # type: ignore[no-untyped-call]
        return {d: str(n) for d, n in h.items() if d.year == year}

    @functools.cache  # noqa: B019 - one process-wide instance
    def names_en(self, year: int) -> Mapping[str, str]:
        """The English name of each Chinese holiday name of ``year`` (``'国庆节'`` →
        ``'National Day'``), for a user's schedule that gives only the Chinese one."""
        zh = self.names_zh(year)
        en = self.year(year).days_off
        out: dict[str, str] = {}
        for d, name in zh.items():
            if d in en:
                for part_zh, part_en in zip(name.split("; "), en[d].split("; "), strict=False):
                    out.setdefault(part_zh, part_en)
        return out

    @functools.cache  # noqa: B019 - one process-wide instance
    def year(self, year: int) -> SourceYear:
        """The package's data for ``year`` (CAL-1), built on first use."""
        h = _China(years=year, language="en_US")  # type: ignore[no-untyped-call]
        days_off = {d: iso_dates(str(n)) for d, n in h.items() if d.year == year}
        make_up = frozenset(d for d in h.weekend_workdays if d.year == year)
        statutory = frozenset(d for d, n in days_off.items() if self._is_statutory(d, n))
        return SourceYear(days_off=days_off, make_up=make_up, statutory=statutory)


@functools.cache
def holidays_source() -> HolidaysSource:
    """The one process-wide :class:`HolidaysSource` (CAL-2: its years bound every calendar)."""
    return HolidaysSource()
