"""A regime's receptions, computed once per calendar year (CAL-1, CAL-2, AK-R-4.2, MC-1).

The answer for a year never changes, so a regime keeps, per year and lazily, the
sorted tuple of that year's receptions (immutable values, shared by every answer),
and the searches of :mod:`~receptionrules.regime.searches` answer by bisection.

A year is built from the rule days that can resolve into it (the holiday policy's
``earliest_source`` of 1 January to its ``latest_source`` of 31 December), exactly
as a listing of that year. A year that cannot be built whole — a move that runs off
the calendar's ends or past its bound, a strict calendar's provisional day (CAL-2)
— is recorded as such, and the searches answer it the old way, day by day, so every
error is the one it always was.

One thing depends on where a walk over the rule days begins: a reception after a
*skipped* provisional rule day is provisional (CAL-2), and a search only sees the
rule days from where it starts. Each year therefore records which receptions are
provisional only through such a skip (``flagged``) and whether such a skip came
after its last reception (``trailing``); a search whose answer could depend on one
answers day by day too.

The cache is a :class:`~receptionrules.regime.cache.ReceptionIndex` in a private
attribute of the regime: it never takes part in equality, hashing, serialisation,
pickling or the JSON schema, and a copy of the regime (``model_copy``, ``with_…``)
starts with an empty one.
Two threads may build the same year at once; each stores a finished year, never a
half-built one.
"""

from __future__ import annotations

from datetime import date, timedelta

from receptionrules.errors import ReceptionRulesError
from receptionrules.policy import MoveToPreviousWorkingDay
from receptionrules.reception import Reception
from receptionrules.regime.base import RegimeBase
from receptionrules.regime.building import walk
from receptionrules.regime.cache import ReceptionIndex, YearIndex

__all__ = ["build_year", "horizon_days", "promote", "year_index"]

_ONE_DAY = timedelta(days=1)


def horizon_days(regime: RegimeBase) -> int:
    """How many days after a search's day an indexed answer may lie and still be one the
    bounded search (``search_days``) would have found with the same remarks.

    A move to the previous working day can bring a rule day up to ``max_days`` later
    back onto the answer, so that much is kept in reserve; a finite rule (MC-1) is
    searched whole.
    """
    if regime.rule.finite:
        return 1 << 30
    policy = regime.holiday_policy
    reserve = policy.max_days + 1 if isinstance(policy, MoveToPreviousWorkingDay) else 0
    return regime.search_days - reserve


def build_year(regime: RegimeBase, year: int) -> YearIndex | None:
    """The receptions of ``regime`` whose day is in ``year``, or None when the year cannot
    be built whole (then the searches go day by day and raise what they always raised)."""
    cal = regime.calendar
    if not cal.first_year <= year <= cal.last_year:
        return None
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    policy = regime.holiday_policy
    kept: list[Reception] = []
    flagged: list[int] = []
    try:
        first = policy.earliest_source(jan1, cal)
        last = policy.latest_source(dec31, cal)
        after: list[bool] = []
        for reception, only_skipped in walk(regime, first, last, after):
            if jan1 <= reception.day <= dec31:
                if only_skipped:
                    flagged.append(len(kept))
                kept.append(reception)
        trailing = after[0]
    except (ReceptionRulesError, OverflowError):
        return None
    receptions = tuple(kept)
    horizon = horizon_days(regime)
    return YearIndex(
        receptions=receptions,
        days=tuple(r.day for r in receptions),
        starts=tuple(r.start for r in receptions),
        ends=tuple(r.end for r in receptions),
        flagged=frozenset(flagged),
        trailing=trailing,
        horizon=horizon,
        fast=horizon > 366,
    )


def year_index(regime: RegimeBase, cache: ReceptionIndex, year: int) -> YearIndex | None:
    """``year`` of ``regime`` from ``cache``, built and stored on first use."""
    try:
        return cache[year]
    except KeyError:
        built = build_year(regime, year)
        cache[year] = built  # one finished value: a racing thread stores an equal one
        return built


def promote(regime: RegimeBase, cache: ReceptionIndex, year: int) -> None:
    """Put ``year`` in ``cache.hot`` when every answer the hot path would give from a day
    of it is the indexed one: the year is built, within the search bound, with no
    reception whose provisional flag depends on where a walk begins; the next year's
    first reception is appended when it is safe for every day of the year too."""
    data = year_index(regime, cache, year)
    if data is None or not data.fast or data.flagged:
        return
    days, ends, receptions = data.days, data.ends, data.receptions
    after = year_index(regime, cache, year + 1) if year < regime.calendar.last_year else None
    if (
        after is not None
        and after.receptions
        and not data.trailing
        and 0 not in after.flagged
        and (after.days[0] - date(year, 1, 1)).days < data.horizon
    ):
        days, ends = (*days, after.days[0]), (*ends, after.ends[0])
        receptions = (*receptions, after.receptions[0])
    # The answer from each day of the year: the first reception on or after it.
    by_day = cache.by_day
    day, k, count = date(year, 1, 1), 0, len(days)
    while day.year == year and k < count:
        while k < count and days[k] < day:
            k += 1
        if k < count:
            by_day[day] = receptions[k]
        day += _ONE_DAY
    cache.hot[year] = (ends, receptions)
