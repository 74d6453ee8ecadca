"""Strategies for regimes and their parts, calendars with added schedules, and
institutions (AK-R-4.2, WF-1, UN-1, TS-2, MC-1, CAL-1, CAL-2)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import strategies as st

from receptionrules.calendar import WorkingCalendar, YearSchedule, default_calendar
from receptionrules.institution import Institution
from receptionrules.policy import (
    KeepOnNonWorkingDays,
    MoveToNextWorkingDay,
    MoveToPreviousWorkingDay,
    SkipNonWorkingDays,
)
from receptionrules.presets import duty_composition
from receptionrules.regime import Regime
from receptionrules.rules import (
    AnnouncedDates,
    EveryDay,
    EveryWorkingDay,
    NthWeekdayOfMonth,
    Weekly,
)
from receptionrules.strategies.duty import ROSTER_PRESETS
from receptionrules.timeutil import TZ
from receptionrules.windows import AFTERNOON, MORNING, SEASONAL_AFTERNOON, TimeWindow

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "calendars",
    "date_rules",
    "days",
    "holiday_policies",
    "institutions",
    "moments",
    "places",
    "regimes",
    "windows",
    "year_schedules",
]

FIRST_DAY = date(2005, 1, 1)
"""The first day :func:`days` and :func:`moments` draw by default."""
LAST_DAY = date(2035, 12, 31)
"""The last day :func:`days` and :func:`moments` draw by default."""

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
_IDS = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True)


def days(min_value: date = FIRST_DAY, max_value: date = LAST_DAY) -> st.SearchStrategy[date]:
    """Days in ``[min_value, max_value]``. Invariant: inside the default calendar's years."""
    return st.dates(min_value=min_value, max_value=max_value)


def moments(min_value: date = FIRST_DAY, max_value: date = LAST_DAY) -> st.SearchStrategy[datetime]:
    """Aware moments in Asia/Shanghai on the days ``[min_value, max_value]``.

    Invariant: aware, in ``TZ``, on a day of the calendar's years.
    """
    return st.datetimes(
        min_value=datetime.combine(min_value, time.min),
        max_value=datetime.combine(max_value, time.max),
        timezones=st.just(TZ),
    )


def date_rules(
    *, announced: bool = True, min_day: date = FIRST_DAY, max_day: date = LAST_DAY
) -> st.SearchStrategy[Any]:
    """Any date rule (AK-R-4.2, WF-1, UN-1, TS-2, MC-1). Invariant: valid by construction
    (an n-th weekday with ``n`` 1–5 or -1, never a fifth full week); announced dates are
    unique days in ``[min_day, max_day]``, at most 40 of them."""
    nth = st.builds(
        NthWeekdayOfMonth,
        weekday=st.integers(0, 6),
        n=st.sampled_from([1, 2, 3, 4, 5, -1]),
        week=st.just("first_occurrence"),
    ) | st.builds(
        NthWeekdayOfMonth,
        weekday=st.integers(0, 6),
        n=st.sampled_from([1, 2, 3, 4, -1]),
        week=st.just("first_full_week"),
    )
    choices = [
        nth,
        st.builds(Weekly, weekday=st.integers(0, 6)),
        st.just(EveryWorkingDay()),
        st.just(EveryDay()),
    ]
    if announced:
        choices.append(
            st.builds(
                AnnouncedDates,
                dates=st.lists(days(min_day, max_day), max_size=40, unique=True).map(tuple),
            )
        )
    return st.one_of(choices)


@st.composite
def _fixed_windows(draw: st.DrawFn) -> TimeWindow:
    start = draw(st.integers(6 * 60, 20 * 60))
    end = draw(st.integers(start + 15, 22 * 60))
    return TimeWindow(
        start=time(start // 60, start % 60),
        end=time(end // 60, end % 60),
        label=draw(st.sampled_from(["", "上午", "下午"])),
    )


def windows() -> st.SearchStrategy[Any]:
    """A reception window: the library's (上午, 下午, the seasonal 下午) or fixed hours
    between 06:00 and 22:00. Invariant: ``start < end`` within one day."""
    return st.sampled_from([MORNING, AFTERNOON, SEASONAL_AFTERNOON]) | _fixed_windows()


def holiday_policies() -> st.SearchStrategy[Any]:
    """Any holiday policy; a move searches 14–366 days (longer than any run of days off the
    State Council ever set). Invariant: monotone (a later rule day never resolves to an
    earlier reception day), and a move always finds a working day."""
    bound = st.integers(14, 366)
    return st.one_of(
        st.builds(MoveToNextWorkingDay, max_days=bound),
        st.builds(MoveToPreviousWorkingDay, max_days=bound),
        st.just(SkipNonWorkingDays()),
        st.just(KeepOnNonWorkingDays()),
    )


def places() -> st.SearchStrategy[str]:
    """A place, as a notice prints it. Invariant: 1–30 characters, no control characters."""
    return _TEXT.filter(lambda s: s.strip() != "")


@st.composite
def regimes(
    draw: st.DrawFn,
    *,
    rules: st.SearchStrategy[Any] | None = None,
    calendar: WorkingCalendar | None = None,
) -> Regime:
    """A regime of any rule, window, policy and place (on ``calendar``, by default the
    default one). Invariant: every query is bounded — a rule that never yields a
    reception raises :class:`~receptionrules.errors.NoReceptionError`, never loops."""
    regime = Regime(
        name=draw(_IDS),
        rule=draw(rules if rules is not None else date_rules()),
        window=draw(windows()),
        holiday_policy=draw(holiday_policies()),
        location=draw(places()),
        search_days=draw(st.sampled_from([366, 732])),
    )
    return regime if calendar is None else regime.with_calendar(calendar)


@st.composite
def year_schedules(draw: st.DrawFn, year: int | None = None) -> YearSchedule:
    """A State Council schedule for ``year`` (by default one past the last official year):
    up to seven holidays of 1–9 days off each, inside the year, none overlapping, each with
    up to two make-up weekend days not among any days off (CAL-1, CAL-2).
    Invariant: valid; added to a calendar, its year is official."""
    y = (
        year
        if year is not None
        else draw(st.integers(default_calendar().last_official_year + 1, 2099))
    )
    first, last = date(y, 1, 1), date(y, 12, 31)
    span = (last - first).days
    starts = draw(st.lists(st.integers(0, span - 9), max_size=7, unique=True))
    taken: set[date] = set()
    periods: list[dict[str, Any]] = []
    for i, offset in enumerate(sorted(starts)):
        begin = first + timedelta(days=offset)
        off = [begin + timedelta(days=k) for k in range(draw(st.integers(1, 9)))]
        if taken & set(off):
            continue
        taken |= set(off)
        weekends = [
            d
            for d in (begin - timedelta(days=k) for k in range(1, 8))
            if d.year == y and d.weekday() >= 5 and d not in taken
        ]
        make_up = (
            draw(st.lists(st.sampled_from(weekends), max_size=2, unique=True)) if weekends else []
        )
        taken |= set(make_up)
        periods.append(
            {
                "name": f"holiday {i + 1}",
                "days_off": f"{off[0].isoformat()}/{off[-1].isoformat()}",
                "make_up_workdays": [d.isoformat() for d in make_up],
            }
        )
    return YearSchedule.model_validate({"year": y, "source": "drawn", "holidays": periods})


@st.composite
def calendars(draw: st.DrawFn, max_schedules: int = 2) -> WorkingCalendar:
    """The default calendar with up to ``max_schedules`` added years (CAL-2).
    Invariant: every added year is official; its days off are not working days, its
    make-up days are."""
    years = draw(
        st.lists(
            st.integers(default_calendar().last_official_year + 1, 2099),
            max_size=max_schedules,
            unique=True,
        )
    )
    return WorkingCalendar(schedules=[draw(year_schedules(y)) for y in years])


@st.composite
def institutions(draw: st.DrawFn) -> Institution:
    """An institution as data: a drawn regime (no announced dates) and a preset's duty
    composition, under its own name. Invariant: valid; its JSON reads back equal."""
    name = draw(_IDS)
    regime = draw(regimes(rules=date_rules(announced=False)))
    composition = duty_composition(draw(st.sampled_from(ROSTER_PRESETS)))
    return Institution.model_validate(
        {
            "name": name,
            "title": draw(places()),
            "regime": {**regime.model_dump(), "name": name},
            "duty": {**composition.model_dump(), "institution": name},
        }
    )
