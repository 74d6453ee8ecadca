"""The ``holidays`` package's China calendar: the calendar's default source (CAL-1, CAL-2).

The package transcribes every State Council General Office notice; from it the
calendar derives its first year and its last *official* year (CAL-2) instead of
fixing them. The package's objects are slow to build, so each year is built once
per process and shared by every calendar (:func:`holidays_source`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from holidays.countries.china import China as _China

__all__ = ["HolidaysSource", "SourceYear", "holidays_source"]


@dataclass(frozen=True, slots=True)
class SourceYear:
    """One year of the package's data (CAL-1): its days off by English name, and the
    weekend days worked to make up for them."""

    days_off: Mapping[date, str]
    make_up: frozenset[date]


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
        for year, entries in notices.items():
            for entry in entries if isinstance(entries[0], tuple) else (entries,):
                if len(entry) == 5:
                    self.cross_year[date(entry[4], entry[2], entry[3])] = year

    @functools.cache  # noqa: B019 - one process-wide instance
    def names_zh(self, year: int) -> Mapping[date, str]:
        """The Chinese names of the year's days off (built only when a text needs them)."""
        h = _China(years=year, language="zh_CN")  # type: ignore[no-untyped-call]
        return {d: str(n) for d, n in h.items() if d.year == year}

    @functools.cache  # noqa: B019 - one process-wide instance
    def year(self, year: int) -> SourceYear:
        """The package's data for ``year`` (CAL-1), built on first use."""
        h = _China(years=year, language="en_US")  # type: ignore[no-untyped-call]
        days_off = {d: str(n) for d, n in h.items() if d.year == year}
        make_up = frozenset(d for d in h.weekend_workdays if d.year == year)
        return SourceYear(days_off=days_off, make_up=make_up)


@functools.cache
def holidays_source() -> HolidaysSource:
    """The one process-wide :class:`HolidaysSource` (CAL-2: its years bound every calendar)."""
    return HolidaysSource()
