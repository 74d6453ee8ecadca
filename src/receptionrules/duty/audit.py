"""Auditing what was held: registration records against the regime and the roster
(AK-R-6.3, MC-3, WF-7).

The petition office registers every reception actually held (day, hours, place,
who received, units present). :func:`audit` compares those records with the
regime (was it the right day, hours and place; did a month go without its
reception, AK-R-4.2, MC-1) and, when given, with the roster
(:mod:`.audit_roster`: did the rostered people receive; did anyone receive who was
not rostered and had no valid swap; is a post vacant; did a notified unit send
nobody, AK-R-6.2; was the duty announced in advance, AK-R-5.2). Every finding
names its rule ID, the one the institution's duty composition cites: pass the
composition, or a roster (which carries it); ``receptionrules.audit`` (the
presets' registry) fills in a preset's.

>>> from datetime import date, time
>>> import receptionrules as rr
>>> record = ReceptionRecord(regime="mediation-centre-mayor", day=date(2012, 12, 10),
...                          start=time(8, 30), end=time(12, 0), location="市社会矛盾大调解中心",
...                          receivers=["vm"])
>>> audit(rr.preset("mediation-centre-mayor"), [record], date(2012, 12, 1), date(2012, 12, 31),
...       composition=rr.duty_composition("mediation-centre-mayor")).compliant
True
>>> ak = record.model_copy(update={"regime": "ankang-mayor", "location": "市人民政府信访接待室"})
>>> [f.rule_id for f in audit(rr.preset("ankang-mayor"), [ak], date(2012, 12, 1),
...                           date(2012, 12, 31),
...                           composition=rr.duty_composition("ankang-mayor")).findings]
['AK-R-4.2']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta

from receptionrules.duty.announcements import DEFAULT_NOTICE_DAYS
from receptionrules.duty.audit_report import AuditFinding, AuditReport, ReceptionRecord
from receptionrules.duty.audit_roster import roster_findings
from receptionrules.duty.composition import Composition
from receptionrules.duty.errors import OutsideRosterError, RosterMismatchError
from receptionrules.duty.roster import Roster
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.remarks import register_templates
from receptionrules.timeutil import WEEKDAY_NAMES, WEEKDAY_NAMES_ZH

__all__ = ["audit"]

register_templates(
    {
        "audit.wrong_day": {
            "en": "a reception was held on {day} ({weekday}), which is not a reception day of "
            "{regime} ({rule}); the nearest reception day is {nearest}",
            "zh": "{day}（{weekday_zh}）不是{regime}的接待日，却举行了接待；"
            "最近的接待日为{nearest}",
        },
        "audit.wrong_hours": {
            "en": "the reception of {day} was held {held} instead of {expected}",
            "zh": "{day}的接待时间为{held}，应为{expected}",
        },
        "audit.wrong_place": {
            "en": "the reception of {day} was held at {held} instead of {expected}",
            "zh": "{day}的接待地点为{held}，应为{expected}",
        },
        "audit.no_record": {
            "en": "no registration record of the reception due on {day}: it was not held, or "
            "not registered",
            "zh": "{day}应举行的接待没有登记记录：未举行或未登记",
        },
        "audit.month_without_reception": {
            "en": "{month} went without its reception (no record of any reception that month)",
            "zh": "{month}没有举行接待（当月无任何接待记录）",
        },
        "audit.month_unannounced": {
            "en": "{month} went without its reception: no date was announced and none was held",
            "zh": "{month}没有举行接待：当月既未公布接待日期，也无接待记录",
        },
        "audit.no_receiver": {
            "en": "the record of {day} names nobody who received",
            "zh": "{day}的记录中没有接待人",
        },
    }
)


def _months(start: date, end: date) -> Iterator[tuple[int, int]]:
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _month_inside(y: int, m: int, start: date, end: date) -> bool:
    first = date(y, m, 1)
    last = (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)
    return start <= first and last <= end


def _composition(regime: Regime, roster: Roster | None, given: Composition | None) -> Composition:
    if given is not None:
        return given
    if roster is not None:
        return roster.composition
    raise ValueError(
        f"composition: the audit of regime {regime.name!r} needs its duty composition, to know "
        "which rule each finding cites; pass composition=Composition(...) or roster=..., or "
        "call receptionrules.audit, which fills in a preset's composition by name"
    )


def _nearest(regime: Regime, day: date) -> str:
    around = list(regime.receptions(day - timedelta(days=45), day + timedelta(days=45)))
    if not around:
        return "—"
    best = min(around, key=lambda r: (abs((r.day - day).days), r.day))
    return best.day.isoformat()


def audit(
    regime: Regime,
    records: Sequence[ReceptionRecord],
    start: date,
    end: date,
    *,
    roster: Roster | None = None,
    composition: Composition | None = None,
    grace: timedelta = timedelta(0),
    notice_days: int = DEFAULT_NOTICE_DAYS,
    check_announcements: bool | None = None,
) -> AuditReport:
    """Audit the registration ``records`` of receptions held in ``[start, end]``.

    Against the regime: a record on a day that is not a reception day, or with the
    wrong hours (started more than ``grace`` late or ended more than ``grace`` early)
    or place; a reception due with no record (AK-R-6.3, MC-3, WF-7, TS-2); for a
    monthly regime, a month without any record instead (AK-R-4.2, MC-1; a record on
    a wrong day in the month already stands for its reception).

    Against the roster, when given: a rostered person who did not receive; a
    receiver who was not rostered (the roster already holds every valid swap and
    cover); a receiver who may not be on duty at all; a vacant post; a notified unit
    that sent nobody (AK-R-6.2); for a composition announced in advance (or when
    ``check_announcements`` is set), a duty not announced ``notice_days`` before, or
    changed and not announced again (AK-R-5.2).

    Months are checked when they lie wholly inside the period or their scheduled
    reception does. The rule each finding cites is the one ``composition`` (default:
    the roster's) names.

    Raises:
        RosterMismatchError: a record or the roster belongs to another regime.
        OutsideRosterError: a record's day is outside ``[start, end]``, or the period
            is not inside the roster's.
        ValueError: ``end`` before ``start``; neither ``composition`` nor ``roster`` given.
    """
    if end < start:
        raise ValueError(f"end={end} is before start={start}; give the period in order")
    comp = _composition(regime, roster, composition)
    if roster is not None:
        if roster.regime != regime.name:
            raise RosterMismatchError(field="roster", got=roster.regime, expected=regime.name)
        for field, day in (("start", start), ("end", end)):
            if not roster.start <= day <= roster.end:
                raise OutsideRosterError(
                    day,
                    field=field,
                    start=roster.start,
                    end=roster.end,
                    what=f"roster {roster.regime}",
                )
    for i, rec in enumerate(records):
        if rec.regime != regime.name:
            raise RosterMismatchError(
                field=f"records[{i}].regime", got=rec.regime, expected=regime.name
            )
        if not start <= rec.day <= end:
            raise OutsideRosterError(
                rec.day, field=f"records[{i}].day", start=start, end=end, what="the audit period"
            )
    scheduled: dict[date, Reception] = {r.day: r for r in regime.receptions(start, end)}
    findings = _regime_findings(regime, comp, records, start, end, scheduled, grace)
    if roster is not None:
        check = comp.announced if check_announcements is None else check_announcements
        findings += roster_findings(
            roster,
            comp,
            records,
            start,
            end,
            scheduled=scheduled,
            notice_days=notice_days,
            check_announcements=check,
        )
    # Stable: a record's findings keep their order (the regime's first, then the roster's).
    findings.sort(key=lambda f: (f.day or start, -1 if f.record is None else f.record))
    return AuditReport(
        regime=regime.name, start=start, end=end, records=len(records), findings=tuple(findings)
    )


def _regime_findings(
    regime: Regime,
    composition: Composition,
    records: Sequence[ReceptionRecord],
    start: date,
    end: date,
    scheduled: dict[date, Reception],
    grace: timedelta,
) -> list[AuditFinding]:
    """The findings of ``records`` against the regime: per record (in record order), then
    the receptions due without a record, then the months without one."""
    rules = composition.rules
    places = {regime.location.strip(), regime.location_en.strip()} - {""}
    findings: list[AuditFinding] = []
    add = findings.append
    by_day: dict[date, list[int]] = {}
    wrong_day_months: set[tuple[int, int]] = set()
    for i, rec in enumerate(records):
        day = rec.day
        by_day.setdefault(day, []).append(i)
        reception = scheduled.get(day)
        if reception is None:
            wrong_day_months.add((day.year, day.month))
            add(
                AuditFinding.of(
                    rules.day,
                    "audit.wrong_day",
                    day,
                    record=i,
                    day=day.isoformat(),
                    weekday=WEEKDAY_NAMES[day.weekday()],
                    weekday_zh=WEEKDAY_NAMES_ZH[day.weekday()],
                    regime=regime.name,
                    rule=regime.rule.describe(),
                    nearest=_nearest(regime, day),
                )
            )
        else:
            due_start, due_end = reception.start.time(), reception.end.time()
            late = datetime.combine(day, rec.start) - datetime.combine(day, due_start) > grace
            early = datetime.combine(day, due_end) - datetime.combine(day, rec.end) > grace
            if late or early:
                add(
                    AuditFinding.of(
                        rules.day,
                        "audit.wrong_hours",
                        day,
                        record=i,
                        day=day.isoformat(),
                        held=f"{rec.start:%H:%M}–{rec.end:%H:%M}",
                        expected=reception.hours(),
                    )
                )
        if rec.location.strip() not in places:
            add(
                AuditFinding.of(
                    rules.place,
                    "audit.wrong_place",
                    day,
                    record=i,
                    day=day.isoformat(),
                    held=rec.location,
                    expected=regime.location,
                )
            )
        if not rec.receivers:
            add(
                AuditFinding.of(
                    rules.vacancy, "audit.no_receiver", day, record=i, day=day.isoformat()
                )
            )

    monthly = rules.month is not None
    records_in_month: dict[tuple[int, int], int] = {}
    for d, idx in by_day.items():
        records_in_month[(d.year, d.month)] = records_in_month.get((d.year, d.month), 0) + len(idx)
    for day in scheduled:
        if day in by_day:
            continue
        month = (day.year, day.month)
        if monthly and (month not in records_in_month or month in wrong_day_months):
            continue  # the month finding, or the wrong-day record, stands for it
        add(AuditFinding.of(rules.records, "audit.no_record", day, day=day.isoformat()))
    if monthly:
        assert rules.month is not None
        scheduled_months = {(d.year, d.month) for d in scheduled}
        for y, m in _months(start, end):
            if (y, m) in records_in_month:
                continue
            if (y, m) not in scheduled_months and not _month_inside(y, m, start, end):
                continue
            code = (
                "audit.month_without_reception"
                if (y, m) in scheduled_months
                else "audit.month_unannounced"
            )
            add(AuditFinding.of(rules.month, code, date(y, m, 1), month=f"{y}-{m:02d}"))
    return findings
