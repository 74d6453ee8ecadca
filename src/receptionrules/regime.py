"""A reception regime: a date rule, a time window, a holiday policy and a place.

The national regulations require leaders of districted cities, counties and
townships to hold reception days (Nat-6: 《信访条例》 2005 art. 10, 《信访工作条例》
2022 art. 18, the latter with no fixed frequency); a regime is one institution's
answer to when and where.

The regime answers the three questions every institution's software asks: when
is the next reception, which receptions fall in a period, and is one open now.
All answers use the working-day calendar (CAL-1) and say when they rest on a
year without an official holiday schedule (CAL-2).

>>> from datetime import date
>>> import receptionrules as rr
>>> r = rr.preset("ankang-mayor").next_reception(date(2026, 5, 1))
>>> r.day, r.moved_from, r.hours()
(datetime.date(2026, 5, 6), datetime.date(2026, 5, 5), '08:30–12:00')
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from receptionrules.appointments import (
    AppointmentPolicy,
    AppointmentReason,
    VisitDecision,
    reason_zh,
)
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import NoReceptionError
from receptionrules.policy import HolidayPolicy
from receptionrules.reception import Reception
from receptionrules.remarks import Remark
from receptionrules.rules import AnnouncedDates, DateRule
from receptionrules.timeutil import TZ, WEEKDAY_NAMES_ZH, to_local
from receptionrules.windows import Window

__all__ = ["Regime"]

_DAY = timedelta(days=1)
# Receptions are built from validated parts: skip the named tuple's argument parsing.
_new_reception = tuple.__new__


def _as_day(value: object, parameter: str) -> date:
    if isinstance(value, datetime):
        raise TypeError(
            f"{parameter}={value!r} is a datetime; pass a date (both ends of the range are "
            "whole days, inclusive)"
        )
    if not isinstance(value, date):
        raise TypeError(f"{parameter} must be a date, not {type(value).__name__}")
    return value


def _weekday_zh(day: date) -> str:
    return WEEKDAY_NAMES_ZH[day.weekday()]


@functools.lru_cache(maxsize=512)
def _provisional_remark(year: int, last: int) -> Remark:
    return Remark.of("provisional", year=year, last=last)


class Regime(BaseModel):
    """A reception regime: when, for how long, and where receptions are held.

    Immutable; the ``with_…`` methods return changed copies. The working-day
    calendar is part of the regime but not of its data form (it is configured
    separately, see :class:`~receptionrules.calendar.WorkingCalendar`).

    Attributes:
        name: a short identifier, such as ``"ankang-mayor"``.
        title: the institution and regime in words.
        rule: which days (e.g. the first Tuesday of each month, AK-R-4.2).
        window: which hours (e.g. 上午 08:30–12:00).
        holiday_policy: what happens when the rule's day is not a working day.
        location: where (AK-R-4.3, WF-2, TS-2, UN-1).
        appointments: when a visit outside the regular slot is valid (UN-3.1), if ever.
        rule_ids: the SPEC rule IDs the regime implements.
        search_days: how far ahead :meth:`next_reception` looks before it gives up.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    name: str = Field(min_length=1)
    title: str = ""
    rule: DateRule
    window: Window
    holiday_policy: HolidayPolicy
    location: str = Field(min_length=1)
    location_en: str = ""
    appointments: AppointmentPolicy | None = None
    rule_ids: tuple[str, ...] = ()
    search_days: int = Field(default=732, ge=7, le=36600)
    calendar: SkipJsonSchema[WorkingCalendar] = Field(
        default_factory=default_calendar, exclude=True
    )

    # -- changed copies ------------------------------------------------------

    def with_calendar(self, calendar: WorkingCalendar) -> Regime:
        """The same regime on another working-day calendar."""
        if not isinstance(calendar, WorkingCalendar):
            raise TypeError(f"calendar must be a WorkingCalendar, not {type(calendar).__name__}")
        return self.model_copy(update={"calendar": calendar})

    def with_announced_dates(self, *dates: date) -> Regime:
        """The regime with more announced dates (MC-1); only for an announced-dates rule."""
        if not isinstance(self.rule, AnnouncedDates):
            raise TypeError(
                f"regime {self.name!r} has a {self.rule.kind!r} rule; only an announced-dates "
                "rule takes announced dates"
            )
        return self.model_copy(update={"rule": self.rule.with_dates(*dates)})

    def replace(self, **changes: Any) -> Regime:
        """A validated copy with some fields changed (``rule=…``, ``window=…``, …)."""
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        return type(self).model_validate(data)

    # -- the core --------------------------------------------------------------

    def _build(self, nominal: date, day: date, skipped_provisional: bool) -> Reception:  # noqa: FBT001
        cal = self.calendar
        working, provisional = cal.status(day)
        provisional = provisional or skipped_provisional
        if day == nominal and working and not provisional:
            # The common case: held on the rule's own working day, nothing to remark.
            return self._reception(day, provisional=False, moved_from=None, remarks=())
        remarks: list[Remark] = []
        moved_from = None
        if day != nominal:
            moved_from = nominal
            info = cal.day(nominal)
            provisional = provisional or info.provisional
            remarks.append(
                Remark.of(
                    "moved",
                    source=nominal.isoformat(),
                    target=day.isoformat(),
                    reason=info.name or f"{info.day:%A}",
                    reason_zh=info.name_zh or _weekday_zh(info.day),
                    direction="next" if day > nominal else "previous",
                    direction_zh="顺延" if day > nominal else "提前",
                )
            )
            period = getattr(self.rule, "period", None)
            if (day.year, day.month) != (nominal.year, nominal.month):
                remarks.append(Remark.of("other_month", month=f"{nominal:%Y-%m}"))
            elif period is not None and not period.contains(day):
                remarks.append(
                    Remark.of(
                        "left_period",
                        period=period.label or "its period",
                        first=period.first_day,
                        last=period.last_day,
                    )
                )
        elif not working:
            info = cal.day(day)
            remarks.append(
                Remark.of(
                    "non_working_day",
                    reason=info.name or f"{day:%A}",
                    reason_zh=info.name_zh or _weekday_zh(day),
                )
            )
        if provisional:
            remarks.append(_provisional_remark(day.year, cal.last_official_year))
        return self._reception(
            day, provisional=provisional, moved_from=moved_from, remarks=tuple(remarks)
        )

    def _reception(
        self,
        day: date,
        *,
        provisional: bool,
        moved_from: date | None,
        remarks: tuple[Remark, ...],
    ) -> Reception:
        w = self.window.for_day(day)
        return _new_reception(
            Reception,
            (
                self.name,
                day,
                datetime.combine(day, w.start, TZ),
                datetime.combine(day, w.end, TZ),
                self.location,
                provisional,
                moved_from,
                remarks,
                w.label,
            ),
        )

    def _iter(self, first_nominal: date, last_nominal: date) -> Iterator[Reception]:
        """Receptions from the rule days in ``[first_nominal, last_nominal]``, in order.

        Policies are monotone, so resolved days come out in order; two rule days that
        resolve to the same day make one reception, with a remark.
        """
        cal = self.calendar
        policy = self.holiday_policy
        resolve = policy.resolve
        may_merge = policy.may_merge
        build = self._build
        pending: Reception | None = None  # held back while a later rule day may merge in
        skipped_provisional = False
        try:
            for nominal in self.rule.nominal_dates(first_nominal, last_nominal, cal):
                day = resolve(nominal, cal)
                if day is None:
                    skipped_provisional = skipped_provisional or cal.is_provisional(nominal)
                    continue
                if pending is not None:
                    if pending.day == day:
                        pending = pending._replace(
                            provisional=pending.provisional or cal.is_provisional(nominal),
                            remarks=(
                                *pending.remarks,
                                Remark.of("merged", source=nominal.isoformat()),
                            ),
                        )
                        continue
                    yield pending
                    pending = None
                reception = build(nominal, day, skipped_provisional)
                skipped_provisional = False
                if may_merge(nominal, day):
                    pending = reception
                else:
                    yield reception
        except NoReceptionError as e:
            raise NoReceptionError(f"{self.name}: {e}", regime=self.name, after=e.after) from None
        if pending is not None:
            yield pending

    # -- queries --------------------------------------------------------------

    def next_reception(self, at: date | datetime) -> Reception:
        """The earliest reception whose end is later than ``at`` (one in progress counts).

        ``at`` is an aware datetime, or a date meaning the start of that day in
        Asia/Shanghai.

        Raises:
            NaiveDatetimeError: ``at`` is a naive datetime.
            NoReceptionError: nothing within :attr:`search_days` days, or (announced
                dates) no announced date after ``at``.
            CalendarRangeError: the search left the calendar's years.
            ProvisionalDateError: the calendar is strict and the answer is provisional.
        """
        moment = to_local(at)
        d0 = moment.date()
        first = self.holiday_policy.earliest_source(d0, self.calendar)
        # A rule with a last day (announced dates) is finite: search to its end.
        # Any other rule is searched for search_days, then it is declared barren.
        final = self.rule.last_date()
        if not self.rule.finite:
            last = d0 + timedelta(days=self.search_days)
        elif final is not None:
            last = self.holiday_policy.latest_source(final, self.calendar)
        else:
            last = first - _DAY  # nothing announced: nothing to search
        for reception in self._iter(first, last):
            if reception.end > moment:
                return reception
        if not self.rule.finite:
            raise NoReceptionError(
                f"{self.name}: no reception within {self.search_days} days after "
                f"{d0.isoformat()} (rule: {self.rule.describe()}; "
                f"{self.holiday_policy.describe()}); the rule may never fall on a working "
                "day: check it, or raise search_days",
                regime=self.name,
                after=d0,
            )
        raise NoReceptionError(
            f"{self.name}: no announced reception after {moment.isoformat(timespec='minutes')}; "
            + (
                f"the last announced date is {final.isoformat()}. "
                if final
                else "no date is announced. "
            )
            + "Add the announced dates with Regime.with_announced_dates(...) (MC-1)",
            regime=self.name,
            after=d0,
        )

    def previous_reception(self, at: date | datetime) -> Reception:
        """The latest reception that started before ``at`` (one in progress counts).

        Searches back in widening steps, at most :attr:`search_days` days.

        Raises:
            NaiveDatetimeError: ``at`` is a naive datetime.
            NoReceptionError: nothing within :attr:`search_days` days before ``at``.
        """
        moment = to_local(at)
        d0 = moment.date()
        floor = date(self.calendar.first_year, 1, 1)
        if self.rule.finite:
            # A finite rule is searched whole, back to its first day.
            first = self.rule.first_date()
            found = (
                [r for r in self.receptions(max(first, floor), d0) if r.start < moment]
                if first is not None and first <= d0
                else []
            )
            if found:
                return found[-1]
            raise NoReceptionError(
                f"{self.name}: no announced reception before "
                f"{moment.isoformat(timespec='minutes')}",
                regime=self.name,
            )
        span = 45
        searched_to = d0
        while True:
            start = max(d0 - timedelta(days=span), floor)
            found = [r for r in self.receptions(start, searched_to) if r.start < moment]
            if found:
                return found[-1]
            searched_to = start - _DAY
            if span >= self.search_days or start <= floor:
                break
            span = min(span * 3, self.search_days)
        raise NoReceptionError(
            f"{self.name}: no reception within {(d0 - start).days} days before "
            f"{moment.isoformat(timespec='minutes')}",
            regime=self.name,
        )

    def receptions(self, start: date, end: date) -> Iterator[Reception]:
        """The receptions whose day is in ``[start, end]`` (both inclusive), in order.

        Raises (at the call, not when iterating):
            TypeError: ``start`` or ``end`` is not a date.
            ValueError: ``end`` is before ``start``.
        """
        start = _as_day(start, "start")
        end = _as_day(end, "end")
        if end < start:
            raise ValueError(
                f"end={end.isoformat()} is before start={start.isoformat()}; give the range "
                "in order"
            )
        first = self.holiday_policy.earliest_source(start, self.calendar)
        last = self.holiday_policy.latest_source(end, self.calendar)
        return self._in_range(first, last, start, end)

    def _in_range(self, first: date, last: date, start: date, end: date) -> Iterator[Reception]:
        for reception in self._iter(first, last):
            if reception.day > end:
                return
            if reception.day >= start:
                yield reception

    def reception_on(self, day: date) -> Reception | None:
        """The reception held on ``day``, or None."""
        return next(iter(self.receptions(day, day)), None)

    def is_open(self, at: datetime) -> bool:
        """Whether a reception is in progress at the aware moment ``at`` (end exclusive).

        Raises:
            NaiveDatetimeError: ``at`` is naive.
            TypeError: ``at`` is a date, not a moment.
        """
        if not isinstance(at, datetime):
            raise TypeError(f"at={at!r} is a date; is_open needs a moment (an aware datetime)")
        moment = to_local(at)
        reception = self.reception_on(moment.date())
        return reception is not None and reception.contains(moment)

    def months_without_reception(self, start: date, end: date) -> tuple[tuple[int, int], ...]:
        """The months from ``start``'s to ``end``'s with no reception (MC-1 gap, AK-R-4.2).

        A reception counts for the month it is held in.
        """
        start = _as_day(start, "start")
        end = _as_day(end, "end")
        first = start.replace(day=1)
        last = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - _DAY
        held = {(r.day.year, r.day.month) for r in self.receptions(first, last)}
        months = []
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            if (y, m) not in held:
                months.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return tuple(months)

    def check_visit(
        self, at: datetime, *, reason: AppointmentReason | str | None = None
    ) -> VisitDecision:
        """Whether a visit at ``at`` is valid: inside a regular reception, or outside it
        for a reason the regime's appointment exception allows (UN-3.1).

        >>> import receptionrules as rr
        >>> from datetime import datetime
        >>> un = rr.preset("union-chair")
        >>> un.check_visit(datetime(2026, 10, 1, 10, tzinfo=rr.TZ), reason="holiday").valid
        True
        >>> un.check_visit(datetime(2026, 10, 1, 10, tzinfo=rr.TZ)).valid
        False
        """
        if not isinstance(at, datetime):
            raise TypeError(f"at={at!r} is a date; check_visit needs a moment")
        moment = to_local(at)
        reception = self.reception_on(moment.date())
        if reception is not None and reception.contains(moment):
            return VisitDecision(
                at=moment,
                valid=True,
                regular=True,
                rule_id=self.rule_ids[0] if self.rule_ids else "",
                remark=Remark.of("visit.regular", day=reception.day, hours=reception.hours()),
                reception=reception,
            )
        policy = self.appointments
        if policy is None:
            return VisitDecision(
                at=moment,
                valid=False,
                regular=False,
                rule_id=self.rule_ids[0] if self.rule_ids else "",
                remark=Remark.of("visit.no_exception", regime=self.name),
            )
        if reason is None:
            allowed = sorted(policy.reasons)
            return VisitDecision(
                at=moment,
                valid=False,
                regular=False,
                rule_id=policy.rule_id,
                remark=Remark.of(
                    "visit.reason_needed",
                    arranged_by=policy.arranged_by,
                    allowed=", ".join(r.value for r in allowed),
                    allowed_zh="、".join(reason_zh(r) for r in allowed),
                    rule_id=policy.rule_id,
                ),
            )
        parsed = AppointmentReason(reason)
        if parsed not in policy.reasons:
            return VisitDecision(
                at=moment,
                valid=False,
                regular=False,
                rule_id=policy.rule_id,
                remark=Remark.of(
                    "visit.reason_refused",
                    reason=parsed.value,
                    reason_zh=reason_zh(parsed),
                    rule_id=policy.rule_id,
                ),
            )
        return VisitDecision(
            at=moment,
            valid=True,
            regular=False,
            rule_id=policy.rule_id,
            remark=Remark.of(
                "visit.agreed",
                reason=parsed.value,
                reason_zh=reason_zh(parsed),
                arranged_by=policy.arranged_by,
                rule_id=policy.rule_id,
            ),
        )

    def describe(self) -> str:
        """One line: rule, hours, holiday policy, place."""
        return (
            f"{self.rule.describe()}, {self.window.describe()}, "
            f"{self.holiday_policy.describe()}, at {self.location}"
        )
