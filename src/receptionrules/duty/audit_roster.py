"""Auditing the records against the roster (AK-R-5.1, AK-R-5.2, AK-R-5.3, AK-R-6.1, AK-R-6.2).

Did the rostered people receive; did anyone receive who was not rostered (the
roster already holds every valid swap and cover) or who may not be on duty at all;
is a post vacant; did a notified unit send nobody (AK-R-6.2; an invited lawyer's
absence is no finding); was the duty announced in advance, and again after a
change (AK-R-5.2). Every finding names the rule its institution's composition
cites. :func:`receptionrules.duty.audit.audit` calls this with a roster; use that.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import date

from receptionrules.duty.announcements import announcement_deadline
from receptionrules.duty.audit_report import AuditFinding, ReceptionRecord
from receptionrules.duty.composition import Composition
from receptionrules.duty.roster import Roster
from receptionrules.remarks import register_templates

__all__ = ["roster_findings"]

register_templates(
    {
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


def roster_findings(
    roster: Roster,
    composition: Composition,
    records: Sequence[ReceptionRecord],
    start: date,
    end: date,
    *,
    scheduled: Container[date],
    notice_days: int,
    check_announcements: bool,
) -> list[AuditFinding]:
    """The findings of ``records`` against ``roster`` over ``[start, end]``: per record (in
    record order), then the vacant posts, then the announcements when
    ``check_announcements``. ``scheduled`` holds the days a reception was due; a record
    on another day is matched with no slot."""
    rules = composition.rules
    people = {p.id: p for p in roster.people}
    findings: list[AuditFinding] = []
    add = findings.append
    for i, rec in enumerate(records):
        day = rec.day
        slot = roster.slot_on(day) if day in scheduled else None
        holders = [p for p in slot.holders if p is not None] if slot is not None else []
        sid = slot.id if slot is not None else None
        for person_id in rec.receivers:
            person = people.get(person_id)
            if person is None:
                add(
                    AuditFinding.of(
                        rules.eligibility,
                        "audit.unknown_receiver",
                        day,
                        record=i,
                        slot_id=sid,
                        person_id=person_id,
                        person=person_id,
                        day=day.isoformat(),
                    )
                )
            elif not composition.admits(person):
                roles = composition.roles()
                add(
                    AuditFinding.of(
                        rules.eligibility,
                        "audit.ineligible",
                        day,
                        record=i,
                        slot_id=sid,
                        person_id=person_id,
                        person=person.display,
                        day=day.isoformat(),
                        regime=roster.regime,
                        roles=" / ".join(r.label for r in roles),
                        roles_zh="、".join(r.label_zh for r in roles),
                    )
                )
            if slot is not None and person_id not in holders:
                add(
                    AuditFinding.of(
                        rules.duty,
                        "audit.unrostered",
                        day,
                        record=i,
                        slot_id=sid,
                        person_id=person_id,
                        person=person.display if person is not None else person_id,
                        day=day.isoformat(),
                    )
                )
        if slot is None:
            continue
        for a in slot.assignments:
            if a.person is not None and a.person not in rec.receivers:
                pos = composition.position(a.position)
                add(
                    AuditFinding.of(
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
                )
        for note in slot.notified:
            if note.obliged and note.party not in rec.units_present:
                add(
                    AuditFinding.of(
                        rules.co_receivers,
                        "audit.unit_absent",
                        day,
                        record=i,
                        slot_id=sid,
                        unit=note.party,
                        day=day.isoformat(),
                    )
                )
    for v in roster.vacancies(start, end):
        add(
            AuditFinding(
                rule_id=v.rule_id, remark=v.remark, day=v.day, slot_id=v.slot_id, person=v.person
            )
        )
    if check_announcements:
        findings.extend(_announcement_findings(roster, composition, start, end, notice_days))
    return findings


def _announcement_findings(
    roster: Roster, composition: Composition, start: date, end: date, notice_days: int
) -> list[AuditFinding]:
    rule = composition.rules.announcement
    found: list[AuditFinding] = []
    for slot in roster.slots_in(start, end):
        deadline = announcement_deadline(slot.day, notice_days=notice_days)
        ann = slot.announced
        shown = slot.day.isoformat()
        if ann is None:
            found.append(
                AuditFinding.of(
                    rule,
                    "audit.not_announced",
                    slot.day,
                    slot_id=slot.id,
                    day=shown,
                    deadline=deadline.isoformat(),
                )
            )
            continue
        if ann.first.date() > deadline:
            found.append(
                AuditFinding.of(
                    rule,
                    "audit.announced_late",
                    slot.day,
                    slot_id=slot.id,
                    day=shown,
                    announced=ann.first.date().isoformat(),
                    deadline=deadline.isoformat(),
                )
            )
        if ann.holders != slot.holders:
            found.append(
                AuditFinding.of(rule, "audit.not_reannounced", slot.day, slot_id=slot.id, day=shown)
            )
    return found
