"""Intake at a reception day: which matters it takes, how, and on which clause
(AK-R-3.1 … AK-R-3.4, WF-4, WF-5, MC-2, TS-4, UN-1, Nat-5).

:func:`intake` decides, per institution, whether the reception day takes the matter
and on which clause; a matter it does not take gets where it belongs (AK-R-2.1,
:mod:`.routing`) and why. Where the facts allow, it suggests the matter's category and
route (Nat-7, Nat-8). :func:`intake_day` decides a whole day, in WF-5 order at WF.

Imports :mod:`~receptionrules.supervision.categories`,
:mod:`~receptionrules.supervision.matters`, and :mod:`.authorities`, :mod:`.facts`,
:mod:`.priority` and :mod:`.routing` of the intake.

>>> city = Authority(name="安康市人民政府", area=("安康市",), level="city")
>>> walk_in = IntakeFacts(matter_id="V-1", channel="visit", area=("安康市", "汉滨区"),
...                       level="county", department="汉滨区住建局")
>>> d = intake(walk_in, institution="AK", receiver=city)
>>> d.taken, d.rule_id, d.routing.belongs_here
(True, 'AK-R-3.1', False)
>>> print(d.routing.reason_in("zh"))
按照属地管理、分级负责原则，该事项属安康市/汉滨区县级（汉滨区住建局主管）负责处理（AK-R-2.1）
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from receptionrules.remarks import Language, Remark, register_templates
from receptionrules.supervision.categories import Classification, suggest_classification
from receptionrules.supervision.intake.authorities import Authority, InstitutionCode
from receptionrules.supervision.intake.facts import IntakeFacts
from receptionrules.supervision.intake.priority import (
    PriorityClass,
    priority_class,
    priority_remark,
)
from receptionrules.supervision.intake.routing import Routing, route
from receptionrules.supervision.matters import Channel

__all__ = ["IntakeDecision", "IntakeMode", "intake", "intake_day"]

register_templates(
    {
        "intake_walk_in": {
            "en": "a walk-in petitioner on the reception day: received in person (AK-R-3.1)",
            "zh": "接待当日来访群众，座勤接待（AK-R-3.1）",
        },
        "intake_letter": {
            "en": "a letter addressed to {receiver}: read and instructed on (AK-R-3.1)",
            "zh": "群众写给{receiver}的信件，予以阅批（AK-R-3.1）",
        },
        "intake_letter_elsewhere": {
            "en": "a letter not addressed to {receiver}: not the reception day's (AK-R-3.1)",
            "zh": "信件并非写给{receiver}，不属接待日受理范围（AK-R-3.1）",
        },
        "intake_lower_level": {
            "en": "by appointment: a major or difficult matter a lower level received and did "
            "not resolve (AK-R-3.2)",
            "zh": "预约接待：已经下一级政府及所属部门接待，没有解决的重大疑难信访问题（AK-R-3.2）",
        },
        "intake_cross": {
            "en": "by appointment: a cross-region or cross-department matter that needs this "
            "level to coordinate (AK-R-3.3)",
            "zh": "预约接待：需本级政府协调处理的跨地域、跨部门信访问题（AK-R-3.3）",
        },
        "intake_from_above": {
            "en": "an important matter assigned from above (AK-R-3.4)",
            "zh": "上级交办的重要信访事项（AK-R-3.4）",
        },
        "intake_portfolio": {
            "en": "a prominent problem in the receiving leader's portfolio (AK-R-3.4)",
            "zh": "接访领导分管工作范围内的信访突出问题（AK-R-3.4）",
        },
        "intake_appointment_refused": {
            "en": "an appointment is for a lower level's unresolved major matter, a "
            "cross-region or cross-department matter, or one assigned from above "
            "(AK-R-3.2–3.4); this is none of them",
            "zh": "预约接待限于下级未解决的重大疑难问题、跨地域跨部门问题或上级交办事项"
            "（AK-R-3.2—3.4），该事项均不属于",
        },
        "intake_channel": {
            "en": "the reception day takes visits and letters (AK-R-3.1); a {channel} matter "
            "goes through the petition bureau's ordinary channel",
            "zh": "接待日接待来访和阅批来信（AK-R-3.1），{channel_zh}事项按信访工作机构日常"
            "程序办理",
        },
        "intake_book_office": {
            "en": "visitors contact the office in advance and it assigns a staff member to "
            "arrange the visit (WF-4): book through the office first",
            "zh": "来访人员事先须与办公室取得联系，由办公室指定专人安排接待（WF-4），请先预约",
        },
        "intake_booked": {
            "en": "booked through the office, which assigned a staff member to arrange it (WF-4)",
            "zh": "已经办公室预约，由办公室指定专人安排接待（WF-4）",
        },
        "intake_visit": {
            "en": "a visit on the reception day: the leader on duty hears it ({rule})",
            "zh": "接待日来访，由值班领导接待（{rule}）",
        },
        "intake_channel_visits": {
            "en": "the reception day receives visitors ({rule}); a {channel} matter goes "
            "through the ordinary petition channel",
            "zh": "接待日接待来访群众（{rule}），{channel_zh}事项按日常信访程序办理",
        },
        "intake_direct": {
            "en": "letters, calls and visits from employees are received directly (UN-1)",
            "zh": "直接接待职工来信来电来访（UN-1）",
        },
        "intake_representatives": {
            "en": "{people} people came about one matter: they elect no more than "
            "{max_representatives} representatives to speak for them (Nat-5)",
            "zh": "{people}人就同一事项来访，应推选不超过{max_representatives}名代表（Nat-5）",
        },
    }
)

_CHANNEL_ZH = {
    Channel.VISIT: "来访",
    Channel.LETTER: "来信",
    Channel.TELEPHONE: "来电",
    Channel.ONLINE: "网上信访",
}

IntakeMode = Literal[
    "walk_in", "letter", "appointment", "assigned", "booked", "direct", "not_taken"
]
"""How a reception day takes a matter: a walk-in (座勤接待), a letter (阅批), by
appointment (预约接待), assigned from above, booked through the office (WF-4),
directly in any channel (UN-1), or not at all."""


@dataclass(frozen=True, slots=True)
class IntakeDecision:
    """Whether a reception day takes a matter, how, and on which clause.

    Attributes:
        matter_id: the matter.
        institution: whose reception day.
        taken: the reception day takes it.
        mode: how (see :data:`IntakeMode`).
        rule_id: the clause the decision rests on (e.g. ``"AK-R-3.2"``, ``"WF-4"``).
        routing: where it belongs under AK-R-2.1 (AK only; else None).
        priority: its WF-5 class, if any.
        representatives: for a visit of more people than Nat-5 allows to speak, the
            most representatives they may elect; else None.
        classification: the category and route the facts suggest (Nat-7, Nat-8), if any.
        remarks: the sentences saying why, first the decision's.
    """

    matter_id: str
    institution: InstitutionCode
    taken: bool
    mode: IntakeMode
    rule_id: str
    remarks: tuple[Remark, ...]
    routing: Routing | None = None
    priority: PriorityClass | None = None
    representatives: int | None = None
    classification: Classification | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """The sentences in English."""
        return tuple(r.render("en") for r in self.remarks)

    def reasons_in(self, language: Language) -> tuple[str, ...]:
        return tuple(r.render(language) for r in self.remarks)


def _ankang(facts: IntakeFacts, receiver: Authority) -> tuple[bool, IntakeMode, str, Remark]:
    """AK-R-3.1 … AK-R-3.4, in the order a bureau would check them."""
    if facts.assigned_from_above:
        return True, "assigned", "AK-R-3.4", Remark.of("intake_from_above")
    if facts.channel is Channel.LETTER:
        if facts.addressed_to_receiver:
            return True, "letter", "AK-R-3.1", Remark.of("intake_letter", receiver=receiver.name)
        return (
            False,
            "not_taken",
            "AK-R-3.1",
            Remark.of("intake_letter_elsewhere", receiver=receiver.name),
        )
    if facts.channel is not Channel.VISIT:
        return (
            False,
            "not_taken",
            "AK-R-3.1",
            Remark.of(
                "intake_channel", channel=facts.channel.value, channel_zh=_CHANNEL_ZH[facts.channel]
            ),
        )
    if not facts.by_appointment:
        return True, "walk_in", "AK-R-3.1", Remark.of("intake_walk_in")
    if facts.lower_level_received and not facts.lower_level_resolved and facts.major_or_difficult:
        return True, "appointment", "AK-R-3.2", Remark.of("intake_lower_level")
    if facts.cross_region or facts.cross_department:
        return True, "appointment", "AK-R-3.3", Remark.of("intake_cross")
    if facts.prominent_in_portfolio:
        return True, "appointment", "AK-R-3.4", Remark.of("intake_portfolio")
    return False, "not_taken", "AK-R-3.2", Remark.of("intake_appointment_refused")


def _school(facts: IntakeFacts) -> tuple[bool, IntakeMode, str, Remark]:
    """WF-4: a visit is arranged through the office in advance."""
    if facts.booked_through_office:
        return True, "booked", "WF-4", Remark.of("intake_booked")
    return False, "not_taken", "WF-4", Remark.of("intake_book_office")


def intake(
    facts: IntakeFacts,
    *,
    institution: InstitutionCode | str,
    receiver: Authority | None = None,
    max_representatives: int = 5,
) -> IntakeDecision:
    """Whether ``institution``'s reception day takes the matter, how, and why.

    - **AK**: AK-R-3.1 (walk-ins; letters addressed to the receiver), AK-R-3.2 / 3.3
      (by appointment), AK-R-3.4 (assigned from above; prominent in the leader's
      portfolio), and AK-R-2.1 routing, which says where a matter belongs (a walk-in
      is received even when it belongs elsewhere; the routing says where it goes).
      ``receiver`` is required.
    - **WF**: WF-4 (booked through the office) and WF-5 priority.
    - **MC, TS**: a visit is heard by the leader on duty (MC-2, TS-4); other channels go
      through the ordinary petition channel.
    - **UN**: letters, calls and visits are received directly (UN-1); the visitor and
      subject limits (UN-3.2, UN-3.3) are part of
      :func:`~receptionrules.supervision.disposition.dispose`.

    For every institution, a visit by more than ``max_representatives`` people is
    received through no more than that many representatives (Nat-5, default 5), and the
    facts suggest a category and route where they allow (a matter in legal proceedings is
    a claim of route (1), a report against an official 检举控告类: Nat-7, Nat-8), with its
    reason last among the remarks.

    Raises:
        ValueError: AK without a ``receiver``.
    """
    inst = InstitutionCode(institution)
    routing: Routing | None = None
    if inst is InstitutionCode.AK:
        if receiver is None:
            raise ValueError(
                "receiver: AK intake routes matters by locality and level (AK-R-2.1); pass the "
                "receiving Authority, e.g. Authority(name=..., area=('安康市',), level='city')"
            )
        taken, mode, rule_id, remark = _ankang(facts, receiver)
        routing = route(facts, receiver)
    elif inst is InstitutionCode.WF:
        taken, mode, rule_id, remark = _school(facts)
    elif inst is InstitutionCode.UN:
        # UN-1: letters, calls and visits from employees are received directly.
        taken, mode, rule_id, remark = True, "direct", "UN-1", Remark.of("intake_direct")
    elif facts.channel is Channel.VISIT:
        rule = "MC-2" if inst is InstitutionCode.MC else "TS-4"
        taken, mode, rule_id, remark = True, "walk_in", rule, Remark.of("intake_visit", rule=rule)
    else:
        taken, mode, rule_id = False, "not_taken", "MC-2" if inst is InstitutionCode.MC else "TS-4"
        remark = Remark.of(
            "intake_channel_visits",
            channel=facts.channel.value,
            channel_zh=_CHANNEL_ZH[facts.channel],
            rule=rule_id,
        )
    remarks = [remark]
    if routing is not None and (not taken or not routing.belongs_here):
        remarks.append(routing.remark)
    priority = priority_class(facts)
    if priority is not None and inst is InstitutionCode.WF:
        remarks.append(priority_remark(priority))
    representatives = None
    if taken and facts.channel is Channel.VISIT and facts.people > max_representatives:
        representatives = max_representatives
        remarks.append(
            Remark.of(
                "intake_representatives",
                people=facts.people,
                max_representatives=max_representatives,
            )
        )
    classification = suggest_classification(
        in_legal_proceedings=facts.in_legal_proceedings,
        procedure=facts.procedure,
        against_official=facts.against_official,
        proposal=facts.proposal,
    )
    if classification is not None:
        remarks.append(classification.remark)
    return IntakeDecision(
        matter_id=facts.matter_id,
        institution=inst,
        taken=taken,
        mode=mode,
        rule_id=rule_id,
        remarks=tuple(remarks),
        routing=routing,
        priority=priority if inst is InstitutionCode.WF else None,
        representatives=representatives,
        classification=classification,
    )


def intake_day(
    matters: Sequence[IntakeFacts],
    *,
    institution: InstitutionCode | str,
    receiver: Authority | None = None,
    max_representatives: int = 5,
) -> tuple[IntakeDecision, ...]:
    """Every matter's decision; at WF the taken ones first, in WF-5 order (WF-5)."""
    decisions = [
        intake(
            f, institution=institution, receiver=receiver, max_representatives=max_representatives
        )
        for f in matters
    ]
    if InstitutionCode(institution) is InstitutionCode.WF:
        decisions.sort(key=lambda d: (not d.taken, d.priority or 6))
    return tuple(decisions)
