"""Hypothesis strategies for applications' own property tests (the ``testing`` extra).

An application that wires the library into a case system tests its own rules with
these: each strategy draws *valid* library values (or, where it says so, invalid
ones) and states the invariant its values keep. Install with
``pip install 'receptionrules[testing]'``; docs/testing.md shows a whole test.

- :func:`days`, :func:`moments` — days and aware moments inside the calendar's
  official years (2005–2035 by default), so every query answers without
  ``CalendarRangeError``;
- :func:`date_rules`, :func:`windows`, :func:`holiday_policies`, :func:`places`,
  :func:`regimes` — the parts of a regime and regimes built of them;
- :func:`year_schedules`, :func:`calendars` — State Council schedules as data and
  calendars holding them (CAL-2);
- :func:`people`, :func:`rosters`, :func:`change_requests` — duty rosters generated
  from a preset and the requests to change them (AK-R-5.1, AK-R-6.1);
- :func:`event_histories`, :func:`matters` — petition matters with consistent
  histories (Nat-1 … Nat-4, AK-S-2);
- :func:`institutions` — institutions as data.

>>> from hypothesis import given, settings
>>> @settings(max_examples=5, deadline=None)
... @given(regime=regimes(), at=moments())
... def test_next_is_not_before(regime, at):
...     try:
...         assert regime.next_reception(at).end > at
...     except NoReceptionError:
...         pass
>>> test_next_is_not_before()
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from receptionrules.calendar import WorkingCalendar, YearSchedule, default_calendar
from receptionrules.duty import (
    Change,
    CoverRequest,
    Person,
    Roster,
    SwapRequest,
    UndoRequest,
    check_change,
)
from receptionrules.institution import Institution
from receptionrules.policy import (
    KeepOnNonWorkingDays,
    MoveToNextWorkingDay,
    MoveToPreviousWorkingDay,
    SkipNonWorkingDays,
)
from receptionrules.presets import duty_composition, generate_roster, preset
from receptionrules.regime import Regime
from receptionrules.rules import (
    AnnouncedDates,
    EveryDay,
    EveryWorkingDay,
    NthWeekdayOfMonth,
    Weekly,
)
from receptionrules.supervision import PetitionMatter
from receptionrules.timeutil import TZ
from receptionrules.windows import AFTERNOON, MORNING, SEASONAL_AFTERNOON, TimeWindow

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "ROSTER_PRESETS",
    "calendars",
    "change_requests",
    "date_rules",
    "days",
    "event_histories",
    "holiday_policies",
    "institutions",
    "matters",
    "moments",
    "people",
    "places",
    "regimes",
    "rosters",
    "windows",
    "year_schedules",
]

FIRST_DAY = date(2005, 1, 1)
"""The first day :func:`days` and :func:`moments` draw by default."""
LAST_DAY = date(2035, 12, 31)
"""The last day :func:`days` and :func:`moments` draw by default."""
ROSTER_PRESETS = ("ankang-mayor", "wenfu-school", "township-duty", "union-chair")
"""The presets :func:`rosters` draws from (the mediation centre needs announced dates)."""

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
    """Any holiday policy; a move searches 7–366 days. Invariant: monotone (a later rule
    day never resolves to an earlier reception day)."""
    bound = st.integers(7, 366)
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
def people(
    draw: st.DrawFn, roles: tuple[str, ...], *, min_size: int = 1, max_size: int = 4
) -> list[Person]:
    """People holding one of ``roles`` each, with unique ids. Invariant: every person is
    active and has a role from ``roles``."""
    count = draw(st.integers(min_size, max_size))
    return [
        Person(
            id=f"p{i}",
            name=draw(places()),
            title=draw(st.sampled_from(["", "副市长", "副镇长", "站长"])),
            roles=[draw(st.sampled_from(roles))],
        )
        for i in range(count)
    ]


@st.composite
def rosters(draw: st.DrawFn, name: str | None = None, *, max_days: int = 60) -> Roster:
    """A roster generated from a preset (by default any of :data:`ROSTER_PRESETS`) over up to
    ``max_days`` days of 2026–2030 (longer where it takes that to hold one reception), with
    two people for each post (AK-R-5.1). Invariant: at least one slot; every slot has its
    full composition, and nobody holds two posts of a slot."""
    preset_name = name if name is not None else draw(st.sampled_from(ROSTER_PRESETS))
    composition = duty_composition(preset_name)
    crew: list[Person] = []
    for position in composition.positions:
        for k in range(2):
            crew.append(
                Person(
                    id=f"{position.key}-{k}",
                    name=f"{position.label}{k}",
                    roles=[position.roles[0]],
                )
            )
    start = draw(days(date(2026, 1, 1), date(2030, 12, 31)))
    end = start + timedelta(days=draw(st.integers(7, max(7, max_days))))
    roster = generate_roster(preset(preset_name), crew, start, end)
    if not roster.slots:  # a monthly or weekly regime: reach its next reception
        end = preset(preset_name).next_reception(end).day
        roster = generate_roster(preset(preset_name), crew, start, end)
    return roster


@st.composite
def change_requests(draw: st.DrawFn, roster: Roster, *, valid: bool | None = None) -> Change:
    """A swap, cover or undo on ``roster``, requested up to ten days before (or a day
    after) the slot starts. ``valid=True`` draws only requests :func:`check_change`
    accepts, ``valid=False`` only refused ones, None either.
    Invariant: every id it names is the roster's; with ``valid`` set, exactly as said."""
    slots = roster.slots
    ids = [p.id for p in roster.people]
    a = draw(st.sampled_from(slots))
    post = draw(st.integers(0, len(a.assignments) - 1))
    assignment = a.assignments[post]
    when = a.start - timedelta(hours=draw(st.integers(-24, 240)))
    kind = draw(st.sampled_from(["swap", "cover", "undo"] if roster.history else ["swap", "cover"]))
    request: Change
    if kind == "undo":
        request = UndoRequest(
            change=draw(st.integers(0, len(roster.history) - 1)), requested_at=when
        )
    elif kind == "cover" or assignment.person is None:
        request = CoverRequest(
            slot_id=a.id,
            requester=assignment.person or draw(st.sampled_from(ids)),
            counterpart=draw(st.sampled_from(ids)),
            requested_at=when,
            position=assignment.position,
        )
    else:
        b = draw(st.sampled_from(slots))
        request = SwapRequest(
            slot_id=a.id,
            requester=assignment.person,
            counterpart=b.assignments[post].person or draw(st.sampled_from(ids)),
            counterpart_slot_id=b.id,
            requested_at=when,
            position=assignment.position,
            counterpart_position=b.assignments[post].position,
        )
    if valid is not None:
        assume(bool(check_change(roster, request)) is not valid)
    return request


_METHODS = ("telephone", "written", "meeting", "on_site")
_MISCONDUCT = ("supervision_refused", "suggestion_rejected", "falsification_found", "obstruction")


@st.composite
def event_histories(draw: st.DrawFn, received: date) -> list[dict[str, Any]]:
    """The events of a matter received on ``received``, as data, in any order: transfers
    (some objected), accepted or declined, an extension, the answer, feedback, review and
    re-review, conclusion, supervision opened, misconduct, a manual flag (Nat-1 … Nat-4,
    AK-S-2, AK-S-7). Invariant: consistent — each handling step on or after the one
    before it, at most one of each kind but transfers, objections, supervision."""
    events: list[dict[str, Any]] = []
    day = received

    def step(lo: int = 0, hi: int = 40) -> date:
        nonlocal day
        day = day + timedelta(days=draw(st.integers(lo, hi)))
        return day

    def add(kind: str, on: date, **extra: Any) -> None:
        events.append({"kind": kind, "on": on.isoformat(), **extra})

    for hop in range(draw(st.sampled_from((0, 0, 1, 1, 2, 3, 4)))):  # AK-S-2.4 buck-passing
        add("transferred", step(0, 20), to=f"Bureau {'BCDE'[hop]}")
        if draw(st.booleans()):
            add("transfer_objected", step(0, 12))
    stage = draw(st.integers(0, 7))
    if stage >= 1:
        if draw(st.integers(0, 9)) == 0:
            add("declined", step(0, 30))
            stage = 0
        else:
            add("accepted", step(0, 30))
            if draw(st.booleans()):
                add("assigned", step(0, 5), to="officer")
            if draw(st.booleans()):
                add(
                    "extended",
                    step(0, 70),
                    days=draw(st.integers(1, 30)),
                    reason="complex",
                    petitioner_told=draw(st.booleans()),
                )
    for threshold, kind in (
        (2, "answered"),
        (3, "review_requested"),
        (4, "review_decided"),
        (5, "re_review_requested"),
        (6, "re_review_decided"),
    ):
        if stage >= threshold:
            add(kind, step(0, 80 if kind == "answered" else 40))
            if kind == "answered" and draw(st.booleans()):
                add("fed_back", step(0, 10))
    if draw(st.integers(0, 3)) == 0:
        add("concluded", step(0, 30))
    opened: list[date] = []
    for _ in range(draw(st.integers(0, 2))):
        on = received + timedelta(days=draw(st.integers(0, 200)))
        add("supervision_opened", on, method=draw(st.sampled_from(_METHODS)))
        opened.append(on)
    misconduct: bool = bool(opened) and draw(st.booleans())
    if misconduct:
        add(
            draw(st.sampled_from(_MISCONDUCT)),
            min(opened) + timedelta(days=draw(st.integers(0, 30))),
        )
    if draw(st.booleans()):
        add("flagged", received + timedelta(days=draw(st.integers(0, 200))), note="n")
    return draw(st.permutations(events))


@st.composite
def matters(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    received: st.SearchStrategy[date] | None = None,
    units: tuple[str, ...] = ("Unit A", "Unit B", "Town C"),
    subjects: tuple[str, ...] = ("wages", "land", "heating"),
    petitioners: tuple[str, ...] = ("P-1", "P-2", "P-3", "P-4"),
) -> PetitionMatter:
    """A petition matter with a consistent history (:func:`event_histories`), against one
    of ``units``, on one of ``subjects``, by up to two of ``petitioners``.
    Invariant: valid; ``petitioner_count`` is at least the number of petitioner ids."""
    day = draw(received if received is not None else days(date(2026, 1, 1), date(2026, 6, 30)))
    who = draw(st.lists(st.sampled_from(petitioners), max_size=2, unique=True))
    count = draw(st.sampled_from((None, 1, 2, 5, 9)))
    return PetitionMatter.model_validate(
        {
            "id": draw(ids if ids is not None else _IDS),
            "received_on": day.isoformat(),
            "channel": draw(st.sampled_from(("visit", "letter", "telephone", "online"))),
            "petitioner_ids": who,
            "petitioner_count": None if count is None else max(count, len(who)),
            "subject": draw(st.sampled_from(subjects)),
            "place": draw(st.sampled_from(units)),
            "handling_organ": "Bureau B",
            "events": draw(event_histories(day)),
        }
    )


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
