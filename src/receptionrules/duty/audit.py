"""Auditing what was held: registration records against the regime and the roster
(AK-R-6.3, MC-3, WF-7).

The petition office registers every reception actually held (day, hours, place,
who received, units present). :func:`audit` compares those records with the
regime (was it the right day, hours and place; did a month go without its
reception, AK-R-4.2, MC-1) and, when given, with the roster (did the rostered
people receive; did anyone receive who was not rostered and had no valid swap;
is a post vacant; did a notified unit send nobody, AK-R-6.2; was the duty
announced in advance, AK-R-5.2). Every finding names its rule ID.

>>> from datetime import date, time
>>> import receptionrules as rr
>>> record = ReceptionRecord(regime="mediation-centre-mayor", day=date(2012, 12, 10),
...                          start=time(8, 30), end=time(12, 0), location="市社会矛盾大调解中心",
...                          receivers=["vm"])
>>> audit(rr.preset("mediation-centre-mayor"), [record], date(2012, 12, 1),
...       date(2012, 12, 31)).compliant
True
>>> ak = record.model_copy(update={"regime": "ankang-mayor", "location": "市人民政府信访接待室"})
>>> [f.rule_id for f in audit(rr.preset("ankang-mayor"), [ak], date(2012, 12, 1),
...                           date(2012, 12, 31)).findings]
['AK-R-4.2']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, model_validator

from receptionrules.duty._model import FROZEN
from receptionrules.duty.announcements import DEFAULT_NOTICE_DAYS, announcement_deadline
from receptionrules.duty.composition import Composition
from receptionrules.duty.errors import OutsideRosterError, RosterMismatchError
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.remarks import Cited, Remark, register_templates
from receptionrules.timeutil import WEEKDAY_NAMES, WEEKDAY_NAMES_ZH, LocalTime

if TYPE_CHECKING:
    from receptionrules.duty.roster import Roster

__all__ = ["AuditFinding", "AuditReport", "ReceptionRecord", "audit"]

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
        "audit.absent": {
            "en": "{person} was on duty on {day} ({position}) but did not receive",
            "zh": "{person}为{day}的值班人员（{position_zh}），但未参加接待",
        },
        "audit.unrostered": {
            "en": "{person} received on {day} without being on the roster for it, and no valid "
            "swap or cover put them there",
            "zh": "{person}于{day}接待，但不在当日值班表上，也没有经批准的调换或代班",
        },
        "audit.ineligible": {
            "en": "{person} received on {day} but may not be on duty for {regime} (needs a "
            "{roles})",
            "zh": "{person}于{day}接待，但不能担任{regime}的值班（须为{roles_zh}）",
        },
        "audit.unknown_receiver": {
            "en": "{person} received on {day} but is not among the roster's people",
            "zh": "{person}于{day}接待，但不在值班人员名单中",
        },
        "audit.unit_absent": {
            "en": "{unit} was notified to receive together on {day} but sent nobody",
            "zh": "{unit}已接到通知参加{day}的联合接待，但未派人参加",
        },
        "audit.not_announced": {
            "en": "the duty of {day} was never announced to the public (due by {deadline})",
            "zh": "{day}的值班安排未向社会公布（应于{deadline}前公布）",
        },
        "audit.announced_late": {
            "en": "the duty of {day} was announced on {announced}, after the deadline {deadline}",
            "zh": "{day}的值班安排于{announced}公布，晚于{deadline}",
        },
        "audit.not_reannounced": {
            "en": "the duty of {day} changed after it was announced and was not announced again",
            "zh": "{day}的值班安排公布后有变动，但未重新公布",
        },
    }
)


class ReceptionRecord(BaseModel):
    """The registration record of one reception actually held (AK-R-6.3, MC-3, WF-7).

    Attributes:
        regime: the regime (preset) name.
        day, start, end: when it was held (local wall-clock times, Asia/Shanghai).
        location: where, as the regime writes it (its Chinese or English place).
        receivers: the ids of the people who received, as on the roster.
        units_present: the units that sent staff (AK-R-5.3, AK-R-6.2).
        visits: how many person-visits were received, when registered.
    """

    model_config = FROZEN

    regime: str = Field(min_length=1)
    day: date
    start: LocalTime
    end: LocalTime
    location: str = Field(min_length=1)
    receivers: tuple[str, ...] = ()
    units_present: tuple[str, ...] = ()
    visits: int | None = Field(default=None, ge=0)
    note: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> ReceptionRecord:
        if self.end <= self.start:
            raise ValueError(f"end={self.end} must be after start={self.start}")
        return self


class AuditFinding(Cited, BaseModel):
    """One deviation found by the audit: its rule ID, a bilingual reason, and where."""

    model_config = FROZEN

    rule_id: str
    remark: Remark
    day: date | None = None
    slot_id: str | None = None
    record: int | None = None
    """The index of the record it concerns, if any."""
    person: str | None = None


class AuditReport(BaseModel):
    """The findings of an audit over ``[start, end]``, in day order."""

    model_config = FROZEN

    regime: str
    start: date
    end: date
    records: int
    findings: tuple[AuditFinding, ...]

    @property
    def compliant(self) -> bool:
        """No findings."""
        return not self.findings

    def rule_ids(self) -> tuple[str, ...]:
        """The rule IDs with findings, in order of first appearance."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings))

    def by_rule(self, rule_id: str) -> tuple[AuditFinding, ...]:
        """The findings under ``rule_id``."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)

    def for_record(self, index: int) -> tuple[AuditFinding, ...]:
        """The findings about record number ``index``."""
        return tuple(f for f in self.findings if f.record == index)


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
    from receptionrules.errors import UnknownPresetError
    from receptionrules.presets import duty_composition

    try:
        return duty_composition(regime.name)
    except UnknownPresetError:
        raise ValueError(
            f"composition: regime {regime.name!r} is not a preset; pass composition=... so the "
            "audit knows which rule each finding cites"
        ) from None


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
    reception does.

    Raises:
        RosterMismatchError: a record or the roster belongs to another regime.
        OutsideRosterError: a record's day is outside ``[start, end]``, or the period
            is not inside the roster's.
        ValueError: ``end`` before ``start``; a non-preset regime without ``composition``.
    """
    if end < start:
        raise ValueError(f"end={end} is before start={start}; give the period in order")
    comp = _composition(regime, roster, composition)
    rules = comp.rules
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
    by_day: dict[date, list[int]] = {}
    for i, rec in enumerate(records):
        if rec.regime != regime.name:
            raise RosterMismatchError(
                field=f"records[{i}].regime", got=rec.regime, expected=regime.name
            )
        if not start <= rec.day <= end:
            raise OutsideRosterError(
                rec.day, field=f"records[{i}].day", start=start, end=end, what="the audit period"
            )
        by_day.setdefault(rec.day, []).append(i)
    scheduled: dict[date, Reception] = {r.day: r for r in regime.receptions(start, end)}
    places = {regime.location.strip(), regime.location_en.strip()} - {""}
    findings: list[AuditFinding] = []
    wrong_day_months: set[tuple[int, int]] = set()
    people = {p.id: p for p in roster.people} if roster is not None else {}

    def add(
        rule_id: str,
        code: str,
        on: date | None,
        *,
        slot_id: str | None = None,
        record: int | None = None,
        person_id: str | None = None,
        **params: object,
    ) -> None:
        findings.append(
            AuditFinding(
                rule_id=rule_id,
                remark=Remark.of(code, **params),
                day=on,
                slot_id=slot_id,
                record=record,
                person=person_id,
            )
        )

    for i, rec in enumerate(records):
        day = rec.day
        reception = scheduled.get(day)
        if reception is None:
            wrong_day_months.add((day.year, day.month))
            add(
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
        else:
            due_start, due_end = reception.start.time(), reception.end.time()
            late = datetime.combine(day, rec.start) - datetime.combine(day, due_start) > grace
            early = datetime.combine(day, due_end) - datetime.combine(day, rec.end) > grace
            if late or early:
                add(
                    rules.day,
                    "audit.wrong_hours",
                    day,
                    record=i,
                    day=day.isoformat(),
                    held=f"{rec.start:%H:%M}–{rec.end:%H:%M}",
                    expected=reception.hours(),
                )
        if rec.location.strip() not in places:
            add(
                rules.place,
                "audit.wrong_place",
                day,
                record=i,
                day=day.isoformat(),
                held=rec.location,
                expected=regime.location,
            )
        if not rec.receivers:
            add(rules.vacancy, "audit.no_receiver", day, record=i, day=day.isoformat())
        if roster is None:
            continue
        slot = roster.slot_on(day) if reception is not None else None
        holders = [p for p in slot.holders if p is not None] if slot is not None else []
        sid = slot.id if slot is not None else None
        for person_id in rec.receivers:
            person = people.get(person_id)
            if person is None:
                add(
                    rules.eligibility,
                    "audit.unknown_receiver",
                    day,
                    record=i,
                    slot_id=sid,
                    person_id=person_id,
                    person=person_id,
                    day=day.isoformat(),
                )
            elif not comp.admits(person):
                roles = comp.roles()
                add(
                    rules.eligibility,
                    "audit.ineligible",
                    day,
                    record=i,
                    slot_id=sid,
                    person_id=person_id,
                    person=person.display,
                    day=day.isoformat(),
                    regime=regime.name,
                    roles=" / ".join(r.label for r in roles),
                    roles_zh="、".join(r.label_zh for r in roles),
                )
            if slot is not None and person_id not in holders:
                add(
                    rules.duty,
                    "audit.unrostered",
                    day,
                    record=i,
                    slot_id=sid,
                    person_id=person_id,
                    person=person.display if person is not None else person_id,
                    day=day.isoformat(),
                )
        if slot is None:
            continue
        for a in slot.assignments:
            if a.person is not None and a.person not in rec.receivers:
                pos = comp.position(a.position)
                add(
                    rules.vacancy,
                    "audit.absent",
                    day,
                    record=i,
                    slot_id=sid,
                    person_id=a.person,
                    person=people[a.person].display,
                    day=day.isoformat(),
                    position=pos.name_en,
                    position_zh=pos.label,
                )
        for note in slot.notified:
            if note.obliged and note.party not in rec.units_present:
                add(
                    rules.co_receivers,
                    "audit.unit_absent",
                    day,
                    record=i,
                    slot_id=sid,
                    unit=note.party,
                    day=day.isoformat(),
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
        add(rules.records, "audit.no_record", day, day=day.isoformat())
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
            add(rules.month, code, date(y, m, 1), month=f"{y}-{m:02d}")

    if roster is not None:
        for v in roster.vacancies(start, end):
            findings.append(
                AuditFinding(
                    rule_id=v.rule_id,
                    remark=v.remark,
                    day=v.day,
                    slot_id=v.slot_id,
                    person=v.person,
                )
            )
        if comp.announced if check_announcements is None else check_announcements:
            for slot in roster.slots_in(start, end):
                deadline = announcement_deadline(slot.day, notice_days=notice_days)
                ann = slot.announced
                shown = slot.day.isoformat()
                if ann is None:
                    add(
                        rules.announcement,
                        "audit.not_announced",
                        slot.day,
                        slot_id=slot.id,
                        day=shown,
                        deadline=deadline.isoformat(),
                    )
                    continue
                if ann.first.date() > deadline:
                    add(
                        rules.announcement,
                        "audit.announced_late",
                        slot.day,
                        slot_id=slot.id,
                        day=shown,
                        announced=ann.first.date().isoformat(),
                        deadline=deadline.isoformat(),
                    )
                if ann.holders != slot.holders:
                    add(
                        rules.announcement,
                        "audit.not_reannounced",
                        slot.day,
                        slot_id=slot.id,
                        day=shown,
                    )

    findings.sort(key=lambda f: (f.day or start, -1 if f.record is None else f.record))
    return AuditReport(
        regime=regime.name, start=start, end=end, records=len(records), findings=tuple(findings)
    )
