"""Intake at a reception day: which matters it takes, how, in what order, and where the
others belong (AK-R-2.1, AK-R-3.1 … AK-R-3.4, WF-4, WF-5, Nat-5).

What is known about a matter on arrival is an :class:`IntakeFacts`; the receiving
authority an :class:`Authority` (a place in the administrative hierarchy).
:func:`route` applies AK-R-2.1 (属地管理、分级负责，谁主管、谁负责): a matter belongs
to the authority of its locality and level, and the department in charge of the
subject answers for it. :func:`intake` decides, per institution, whether the reception
day takes the matter and on which clause; a matter it does not take gets where it
belongs and why. :func:`priority_class` and :func:`prioritise` order matters by
WF-5's five classes.

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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.remarks import Explained, Language, Remark, register_templates
from receptionrules.supervision.matters import Channel, PetitionMatter

__all__ = [
    "AdminLevel",
    "Authority",
    "InstitutionCode",
    "IntakeDecision",
    "IntakeFacts",
    "IntakeMode",
    "PriorityClass",
    "Routing",
    "intake",
    "intake_day",
    "prioritise",
    "priority_class",
    "route",
]


class InstitutionCode(StrEnum):
    """The five institutions of SPEC, by code."""

    AK = "AK"
    """Ankang mayor's reception day (ankang-mayor)."""
    MC = "MC"
    """The mediation-centre mayor's reception day (mediation-centre-mayor)."""
    WF = "WF"
    """Wenfu City Middle School leaders' reception day (wenfu-school)."""
    TS = "TS"
    """A township's leading cadres' reception day (township-duty)."""
    UN = "UN"
    """A company trade union chairman's reception day (union-chair)."""


class AdminLevel(StrEnum):
    """A level of the administrative hierarchy (分级负责), highest first."""

    CENTRAL = "central"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"

    @property
    def rank(self) -> int:
        """0 for central, up to 4 for township: a lower number is a higher level."""
        return _LEVELS.index(self)

    @property
    def label_zh(self) -> str:
        return _LEVEL_ZH[self]


_LEVELS = tuple(AdminLevel)
_LEVEL_ZH = {
    AdminLevel.CENTRAL: "中央",
    AdminLevel.PROVINCE: "省级",
    AdminLevel.CITY: "市级",
    AdminLevel.COUNTY: "县级",
    AdminLevel.TOWNSHIP: "乡镇级",
}

Area = tuple[str, ...]
"""A locality as a path from the top: ``("安康市", "汉滨区")``."""


class Authority(BaseModel):
    """A receiving authority: its name, its area, and its level (AK-R-2.1).

    >>> city = Authority(name="安康市人民政府", area=("安康市",), level="city")
    >>> city.covers(("安康市", "汉滨区")), city.covers(("汉中市",))
    (True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    area: Area = Field(min_length=1)
    level: AdminLevel

    def covers(self, area: Area) -> bool:
        """Whether ``area`` lies within this authority's area."""
        return area[: len(self.area)] == self.area


class IntakeFacts(BaseModel):
    """What is known about a matter when it reaches a reception day.

    Attributes:
        matter_id: the matter's id.
        channel: visit, letter, telephone, online.
        by_appointment: the visit was booked (预约接待, AK-R-3.2/3.3).
        addressed_to_receiver: a letter is addressed to the receiving authority (AK-R-3.1).
        area, level: where the matter arose and the level in charge of it (AK-R-2.1).
        department: the department in charge of the subject (谁主管、谁负责).
        areas_concerned, departments_concerned: the regions and departments it spans;
            more than one of either makes it cross-region or cross-department (AK-R-3.3,
            WF-5 class 3).
        lower_level_received, lower_level_resolved: a lower-level government or
            department already received it, and whether it resolved it (AK-R-3.2).
        major_or_difficult: a major or difficult matter (重大疑难, AK-R-3.2).
        assigned_from_above: an important matter assigned from above (AK-R-3.4).
        prominent_in_portfolio: a prominent problem in the receiving leader's own
            portfolio (AK-R-3.4).
        people: how many people came together (Nat-5).
        booked_through_office: the visit was arranged through the office (WF-4).
        affects_many, may_escalate, important_policy, needs_leadership_decision:
            WF-5 classes 1, 2, 4, 5.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter_id: str = Field(min_length=1)
    channel: Channel
    by_appointment: bool = False
    addressed_to_receiver: bool = True
    area: Area = ()
    level: AdminLevel | None = None
    department: str | None = None
    areas_concerned: tuple[Area, ...] = ()
    departments_concerned: tuple[str, ...] = ()
    lower_level_received: bool = False
    lower_level_resolved: bool = False
    major_or_difficult: bool = False
    assigned_from_above: bool = False
    prominent_in_portfolio: bool = False
    people: int = Field(default=1, ge=1)
    booked_through_office: bool = False
    affects_many: bool = False
    may_escalate: bool = False
    important_policy: bool = False
    needs_leadership_decision: bool = False

    @classmethod
    def from_matter(cls, matter: PetitionMatter, **facts: object) -> IntakeFacts:
        """The facts a :class:`PetitionMatter` holds (id, channel, people), plus ``facts``."""
        data: dict[str, object] = {
            "matter_id": matter.id,
            "channel": matter.channel,
            "people": matter.petitioner_count,
        }
        data.update(facts)
        return cls.model_validate(data)

    @property
    def cross_region(self) -> bool:
        return len(set(self.areas_concerned)) > 1

    @property
    def cross_department(self) -> bool:
        return len(set(self.departments_concerned)) > 1


class PriorityClass(IntEnum):
    """WF-5's five priority classes; a lower number comes first."""

    MANY_AFFECTED = 1
    """(1) matters affecting many people's interests."""
    ESCALATION_RISK = 2
    """(2) likely to cause a collective or level-skipping petition, or an emergency."""
    CROSS_DEPARTMENT = 3
    """(3) spanning several departments, needing a leader to coordinate."""
    IMPORTANT_POLICY = 4
    """(4) important policy matters."""
    LEADERSHIP_DECISION = 5
    """(5) matters that need the leadership's decision."""


def priority_class(facts: IntakeFacts) -> PriorityClass | None:
    """The highest WF-5 class the matter falls in, or None (WF-5).

    >>> priority_class(IntakeFacts(matter_id="x", channel="visit", may_escalate=True,
    ...                            important_policy=True))
    <PriorityClass.ESCALATION_RISK: 2>
    """
    if facts.affects_many:
        return PriorityClass.MANY_AFFECTED
    if facts.may_escalate:
        return PriorityClass.ESCALATION_RISK
    if facts.cross_department:
        return PriorityClass.CROSS_DEPARTMENT
    if facts.important_policy:
        return PriorityClass.IMPORTANT_POLICY
    if facts.needs_leadership_decision:
        return PriorityClass.LEADERSHIP_DECISION
    return None


def prioritise(matters: Iterable[IntakeFacts]) -> tuple[IntakeFacts, ...]:
    """The matters in WF-5 order: class 1 first, unclassed last; ties keep their order."""
    return tuple(sorted(matters, key=lambda f: priority_class(f) or 6))


# ---------------------------------------------------------------------------
# Routing (AK-R-2.1)

register_templates(
    {
        "intake_route_here": {
            "en": "belongs to {receiver}; the department in charge, {department}, answers for "
            "it (AK-R-2.1)",
            "zh": "属{receiver}管辖，由主管部门{department_zh}负责（AK-R-2.1）",
        },
        "intake_route_elsewhere": {
            "en": "under 'local management, responsibility by level', it belongs to the {level} "
            "authority of {area}{department} (AK-R-2.1)",
            "zh": "按照属地管理、分级负责原则，该事项属{area}{level_zh}{department_zh}负责处理"
            "（AK-R-2.1）",
        },
        "intake_route_unknown": {
            "en": "its locality and level are not known, so where it belongs is open (AK-R-2.1)",
            "zh": "未载明属地和层级，无法确定归属（AK-R-2.1）",
        },
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
        "intake_priority": {
            "en": "priority class {number}: {label} (WF-5)",
            "zh": "优先类别（{number}）：{label_zh}（WF-5）",
        },
    }
)

_CHANNEL_ZH = {
    Channel.VISIT: "来访",
    Channel.LETTER: "来信",
    Channel.TELEPHONE: "来电",
    Channel.ONLINE: "网上信访",
}
_PRIORITY_LABELS = {
    PriorityClass.MANY_AFFECTED: (
        "matters affecting many people's interests",
        "涉及众多群众利益的问题",
    ),
    PriorityClass.ESCALATION_RISK: (
        "likely to cause a collective or level-skipping petition or an emergency",
        "易引发群体性越级上访和可能酿成突发事件的问题",
    ),
    PriorityClass.CROSS_DEPARTMENT: (
        "spanning several departments, needing a leader to coordinate",
        "涉及多个部门，需要领导协调处理的问题",
    ),
    PriorityClass.IMPORTANT_POLICY: ("important policy matters", "涉及重要方针政策的问题"),
    PriorityClass.LEADERSHIP_DECISION: (
        "needs the leadership's decision",
        "需向领导反映并得到组织解决的问题",
    ),
}


@dataclass(frozen=True, slots=True)
class Routing(Explained):
    """Where a matter belongs under AK-R-2.1, and why.

    Attributes:
        belongs_here: the receiving authority is the one of the matter's locality and level.
        area, level: the authority it belongs to (None when not known).
        department: the department in charge of the subject (谁主管、谁负责), if known.
        remark: the sentence saying why.
    """

    belongs_here: bool
    area: Area | None
    level: AdminLevel | None
    department: str | None
    remark: Remark
    rule_id: str = "AK-R-2.1"


def route(facts: IntakeFacts, receiver: Authority) -> Routing:
    """Where the matter belongs: the authority of its locality and level (AK-R-2.1).

    It belongs to ``receiver`` when its area lies within the receiver's area and its
    level is the receiver's; otherwise to the authority of its own area at its level
    (a lower level, a higher one, or another locality).
    """
    if not facts.area or facts.level is None:
        return Routing(
            belongs_here=False,
            area=None,
            level=None,
            department=facts.department,
            remark=Remark.of("intake_route_unknown"),
        )
    if receiver.covers(facts.area) and facts.level is receiver.level:
        return Routing(
            belongs_here=True,
            area=facts.area,
            level=facts.level,
            department=facts.department,
            remark=Remark.of(
                "intake_route_here",
                receiver=receiver.name,
                department=facts.department or "(not named)",
                department_zh=facts.department or "（未载明）",
            ),
        )
    area = "/".join(facts.area)
    return Routing(
        belongs_here=False,
        area=facts.area,
        level=facts.level,
        department=facts.department,
        remark=Remark.of(
            "intake_route_elsewhere",
            area=area,
            level=facts.level.value,
            level_zh=facts.level.label_zh,
            department=f" ({facts.department} in charge)" if facts.department else "",
            department_zh=f"（{facts.department}主管）" if facts.department else "",
        ),
    )


# ---------------------------------------------------------------------------
# Intake

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
    received through no more than that many representatives (Nat-5, default 5).

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
        label, label_zh = _PRIORITY_LABELS[priority]
        remarks.append(
            Remark.of("intake_priority", number=int(priority), label=label, label_zh=label_zh)
        )
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
