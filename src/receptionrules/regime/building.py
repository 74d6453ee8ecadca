"""Building a regime's receptions and their remarks (CAL-1, CAL-2, AK-R-4.2, MC-1).

The hot path of every query: the rule's days (AK-R-4.2, MC-1), each resolved by the
holiday policy on the working-day calendar (CAL-1), become receptions, with a
remark when one was moved, left its month or period, falls on a non-working day,
merged with another, or rests on a provisional year (CAL-2).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date, datetime

from receptionrules.errors import NoReceptionError
from receptionrules.reception import Reception
from receptionrules.regime.base import RegimeBase
from receptionrules.remarks import Remark
from receptionrules.timeutil import TZ, WEEKDAY_NAMES_ZH

__all__ = ["iter_receptions", "walk"]

# Receptions are built from validated parts: skip the named tuple's argument parsing.
_new_reception = tuple.__new__


def _weekday_zh(day: date) -> str:
    return WEEKDAY_NAMES_ZH[day.weekday()]


@functools.lru_cache(maxsize=512)
def _provisional_remark(year: int, last: int) -> Remark:
    return Remark.of("provisional", year=year, last=last)


def _build(regime: RegimeBase, nominal: date, day: date, skipped_provisional: bool) -> Reception:  # noqa: FBT001
    cal = regime.calendar
    working, provisional = cal.status(day)
    provisional = provisional or skipped_provisional
    if day == nominal and working and not provisional:
        # The common case: held on the rule's own working day, nothing to remark.
        return _reception(regime, day, provisional=False, moved_from=None, remarks=())
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
        period = getattr(regime.rule, "period", None)
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
    return _reception(
        regime, day, provisional=provisional, moved_from=moved_from, remarks=tuple(remarks)
    )


def _reception(
    regime: RegimeBase,
    day: date,
    *,
    provisional: bool,
    moved_from: date | None,
    remarks: tuple[Remark, ...],
) -> Reception:
    w = regime.window.for_day(day)
    return _new_reception(
        Reception,
        (
            regime.name,
            day,
            datetime.combine(day, w.start, TZ),
            datetime.combine(day, w.end, TZ),
            regime.location,
            provisional,
            moved_from,
            remarks,
            w.label,
        ),
    )


def iter_receptions(
    regime: RegimeBase, first_nominal: date, last_nominal: date
) -> Iterator[Reception]:
    """The receptions from ``regime``'s rule days in ``[first_nominal, last_nominal]``,
    in order (AK-R-4.2, CAL-1).

    Policies are monotone, so resolved days come out in order; two rule days that
    resolve to the same day make one reception, with a remark.

    Raises:
        NoReceptionError: a move found no working day within its bound (the policy's
            error, with the regime's name).
    """
    for reception, _ in walk(regime, first_nominal, last_nominal):
        yield reception


def walk(
    regime: RegimeBase, first_nominal: date, last_nominal: date, after: list[bool] | None = None
) -> Iterator[tuple[Reception, bool]]:
    """:func:`iter_receptions` with what the per-year index needs to know (CAL-2).

    Yields each reception with whether it is provisional only because a provisional
    rule day was skipped just before it (a rule day the walk saw, so the flag depends on
    where the walk began); when done, appends to ``after`` whether such a skipped day
    came after the last reception.
    """
    cal = regime.calendar
    status = cal.status
    policy = regime.holiday_policy
    resolve = policy.resolve
    may_merge = policy.may_merge
    merges = may_merge(first_nominal, first_nominal)  # onto a day a rule day kept
    last_official = cal.last_official_year
    window = regime.window
    name, location = regime.name, regime.location
    build = _build
    new = _new_reception
    combine = datetime.combine
    pending: Reception | None = None  # held back while a later rule day may merge in
    skipped_provisional = False
    try:
        for nominal in regime.rule.nominal_dates(first_nominal, last_nominal, cal):
            if pending is None:
                # The common case, inline: a working rule day, which every policy keeps
                # (CAL-1), with nothing to remark but a provisional year (CAL-2).
                working, provisional = status(nominal)
                if working and (provisional or not skipped_provisional):
                    w = window.for_day(nominal)
                    reception = new(
                        Reception,
                        (
                            name,
                            nominal,
                            combine(nominal, w.start, TZ),
                            combine(nominal, w.end, TZ),
                            location,
                            provisional,
                            None,
                            (_provisional_remark(nominal.year, last_official),)
                            if provisional
                            else (),
                            w.label,
                        ),
                    )
                    skipped_provisional = False
                    if merges:
                        pending = reception  # a later rule day may still move onto it
                    else:
                        yield reception, False
                    continue
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
                yield pending, False
                pending = None
            reception = build(regime, nominal, day, skipped_provisional)
            # Only a skip (never a move) leaves a rule day behind, and a skipping policy
            # never merges: the flag is for this reception alone.
            only_skipped = (
                skipped_provisional
                and reception.provisional
                and not build(regime, nominal, day, False).provisional  # noqa: FBT003
            )
            skipped_provisional = False
            if may_merge(nominal, day):
                pending = reception
            else:
                yield reception, only_skipped
    except NoReceptionError as e:
        raise NoReceptionError(f"{regime.name}: {e}", regime=regime.name, after=e.after) from None
    if pending is not None:
        yield pending, False
    if after is not None:
        after.append(skipped_provisional)
