"""CAL-1 cross-check: every day of 2004–2026 against an independent second source.

The second source is the ``chinese-calendar`` package (test-only dependency). Days
where the two disagree are listed; each known one is explained below with the
official notice that settles it, and a new disagreement fails the test.
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from receptionrules.calendar import WorkingCalendar

# Day -> (what we say, why we are right).
KNOWN_DISAGREEMENTS: dict[date, tuple[bool, str]] = {
    date(2005, 12, 31): (
        True,
        "国办发明电〔2005〕35号 (2006 schedule): '12月31日（星期六）上班' — a Saturday "
        "worked for New Year 2006; chinese-calendar has it as a rest day.",
    ),
}


def _disagreements(first_year: int, last_year: int) -> dict[date, bool]:
    cal = WorkingCalendar()
    out: dict[date, bool] = {}
    d = date(first_year, 1, 1)
    end = date(last_year, 12, 31)
    while d <= end:
        ours = cal.is_working_day(d)
        if ours != chinese_calendar.is_workday(d):
            out[d] = ours
        d += timedelta(days=1)
    return out


def test_cal_1_crosscheck_2004_2026_against_chinese_calendar() -> None:
    found = _disagreements(2004, 2026)
    new = {d: ours for d, ours in found.items() if d not in KNOWN_DISAGREEMENTS}
    listing = "\n".join(
        f"  {d} ({d:%a}): receptionrules says {'working' if ours else 'not working'}"
        for d, ours in sorted(found.items())
    )
    assert not new, f"new disagreements with chinese-calendar:\n{listing}"
    for d, (ours, _why) in KNOWN_DISAGREEMENTS.items():
        assert found.get(d) == ours, f"{d} no longer disagrees as recorded: update the list"


@pytest.mark.parametrize("day", sorted(KNOWN_DISAGREEMENTS))
def test_cal_1_known_disagreements_follow_the_official_notice(day: date) -> None:
    assert WorkingCalendar().is_working_day(day) is KNOWN_DISAGREEMENTS[day][0]
