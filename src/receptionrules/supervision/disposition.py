"""Disposition at the reception: what the rules require, per institution, from what the
receiving leader knows at the table (AK-R-5.4, MC-2, MC-4, WF-6.1 … WF-6.5, TS-4, TS-6,
UN-3.1 … UN-3.3).

The leader's knowledge is a :class:`TableFacts`; :func:`dispose` returns a
:class:`Disposition`: whether the matter is accepted, and the actions the rules
require — a written reply on the spot, a written assignment with a deadline and a
written notice to the visitor, a leader in personal charge, a joint reception, one
lead department, first-receiver ownership, the legal process — each with its rule
ID, who is responsible, the deadline, and a sentence in English and Chinese.

A deadline the leader does not set defaults to the Nat-2 period (60 days, counted as
:class:`~receptionrules.supervision.deadlines.NationalTimeLimits` says) from the
reception day; ``deadline_days`` changes it.

>>> from datetime import date
>>> facts = TableFacts(matter_id="W-7", on=date(2026, 3, 2), complex=True,
...                    responsible_unit="教务处", departments_concerned=("总务处",))
>>> d = dispose(facts, institution="WF", deadline_days=15)
>>> for a in d.actions:
...     print(a.rule_id, a.kind, a.responsible)
WF-6.2 assign_in_writing 教务处
WF-6.2 notify_visitor_in_writing None
WF-6.5 department_assists 总务处
>>> d.actions[0].deadline
datetime.date(2026, 3, 17)
>>> print(d.actions[0].reason_in("zh"))
书面交教务处限期于2026-03-17前处理（WF-6.2）
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.appointments import AppointmentReason
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.presets import preset
from receptionrules.regime import Regime
from receptionrules.remarks import Explained, Language, Remark, register_templates
from receptionrules.supervision.deadlines import NationalTimeLimits, due_date
from receptionrules.supervision.intake import InstitutionCode

__all__ = [
    "Action",
    "ActionKind",
    "Disposition",
    "TableFacts",
    "UnionScope",
    "UnionSubject",
    "VisitorCategory",
    "dispose",
]


class VisitorCategory(StrEnum):
    """Who a visitor to the union chairman is (UN-3.2)."""

    EMPLOYEE = "employee"
    """在职职工: an employee in service."""
    SICK_LEAVE_EMPLOYEE = "sick_leave_employee"
    """病休职工: an employee on sick leave."""
    RETIREE = "retiree"
    """离退休人员: a retiree."""
    EMPLOYEE_FAMILY = "employee_family"
    """职工家属: a family member of an employee."""
    RETIREE_FAMILY = "retiree_family"
    """离退休人员家属: a family member of a retiree."""
    OTHER = "other"
    """Anyone else."""


class UnionSubject(StrEnum):
    """What a visit to the union chairman is about (UN-3.3)."""

    SAFETY_AND_OPERATIONS = "safety_and_operations"
    """安全生产、经营管理: opinions and suggestions on safety in production and operations."""
    WAGES_AND_WELFARE = "wages_and_welfare"
    """劳动工资、保险、福利及职工生活、心理: wages, insurance, welfare, living, psychology."""
    LABOUR_DISPUTE = "labour_dispute"
    """劳动争议: labour disputes."""
    OTHER = "other"
    """Anything else."""


_VISITOR_ZH = {
    VisitorCategory.EMPLOYEE: "在职职工",
    VisitorCategory.SICK_LEAVE_EMPLOYEE: "病休职工",
    VisitorCategory.RETIREE: "离退休人员",
    VisitorCategory.EMPLOYEE_FAMILY: "职工家属",
    VisitorCategory.RETIREE_FAMILY: "离退休人员家属",
    VisitorCategory.OTHER: "非本公司职工及家属",
}
_SUBJECT_ZH = {
    UnionSubject.SAFETY_AND_OPERATIONS: "安全生产、经营管理方面的意见建议",
    UnionSubject.WAGES_AND_WELFARE: "劳动工资、保险、福利及职工生活、心理方面的问题",
    UnionSubject.LABOUR_DISPUTE: "劳动争议相关问题",
    UnionSubject.OTHER: "其他事项",
}
_REASON_ZH = {
    AppointmentReason.MAJOR_MATTER: "重大事情",
    AppointmentReason.HOLIDAY: "节假日",
    AppointmentReason.SPECIAL_CIRCUMSTANCES: "其他特殊情况",
}


class UnionScope(BaseModel):
    """Who may visit the union chairman and about what (UN-3.2, UN-3.3).

    >>> UnionScope().admits_visitor("retiree_family"), UnionScope().admits_subject("other")
    (True, False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    visitors: frozenset[VisitorCategory] = Field(
        default=frozenset(VisitorCategory) - {VisitorCategory.OTHER}
    )
    subjects: frozenset[UnionSubject] = Field(
        default=frozenset(UnionSubject) - {UnionSubject.OTHER}
    )

    def admits_visitor(self, visitor: VisitorCategory | str) -> bool:
        return VisitorCategory(visitor) in self.visitors

    def admits_subject(self, subject: UnionSubject | str) -> bool:
        return UnionSubject(subject) in self.subjects


class TableFacts(BaseModel):
    """What the receiving leader knows about a matter at the table.

    Attributes:
        matter_id: the matter.
        on: the reception day.
        receiving_leader: who is receiving (a role or an id; TS-6).
        first_receiver: who first received the matter, if earlier and someone else (TS-6).
        settle_on_spot: it can be settled on the spot (WF-6.1, MC-2).
        facts_clear, policy_basis_sufficient: AK-R-5.4's conditions for ordering the unit
            concerned to resolve it within a time limit.
        complex: a complex matter (WF-6.2), or a hard, long-running one (MC-2).
        major_or_difficult: a major and difficult matter (WF-6.3).
        policy_bound: heavily policy-bound (WF-6.4).
        in_portfolio: within the receiving leader's own portfolio (TS-4).
        in_legal_proceedings: already in legal proceedings (MC-4).
        responsible_unit: the unit or department whose business it is.
        departments_concerned: the other departments involved (AK-R-5.4, TS-4, WF-6.5).
        lead_department: the department designated to lead, one of
            ``departments_concerned`` (AK-R-5.4).
        leader_in_charge: the leader who takes personal charge (WF-6.3).
        deadline: the deadline the leader set, if any.
        visitor, union_subject: who the visitor is and what about (UN-3.2, UN-3.3).
        at: the moment of the visit, to check it against the regular reception (UN-3.1).
        appointment_reason: why a time outside the regular reception was agreed (UN-3.1).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter_id: str = Field(min_length=1)
    on: date
    receiving_leader: str | None = None
    first_receiver: str | None = None
    settle_on_spot: bool = False
    facts_clear: bool = False
    policy_basis_sufficient: bool = False
    complex: bool = False
    major_or_difficult: bool = False
    policy_bound: bool = False
    in_portfolio: bool = False
    in_legal_proceedings: bool = False
    responsible_unit: str | None = None
    departments_concerned: tuple[str, ...] = ()
    lead_department: str | None = None
    leader_in_charge: str | None = None
    deadline: date | None = None
    visitor: VisitorCategory | None = None
    union_subject: UnionSubject | None = None
    at: datetime | None = None
    appointment_reason: AppointmentReason | None = None

    @model_validator(mode="after")
    def _check(self) -> TableFacts:
        if self.lead_department is not None and self.lead_department not in (
            *self.departments_concerned,
            self.responsible_unit,
        ):
            raise ValueError(
                f"matter {self.matter_id!r}: lead_department: {self.lead_department!r} is not "
                f"one of the departments concerned {list(self.departments_concerned)}; the lead "
                "is designated among them (AK-R-5.4)"
            )
        if self.deadline is not None and self.deadline < self.on:
            raise ValueError(
                f"matter {self.matter_id!r}: deadline: {self.deadline.isoformat()} is before "
                f"the reception day {self.on.isoformat()}"
            )
        if self.at is not None and (self.at.tzinfo is None or self.at.utcoffset() is None):
            raise ValueError(
                f"matter {self.matter_id!r}: at: {self.at.isoformat()} is naive; give an "
                "offset (e.g. +08:00)"
            )
        return self


ActionKind = Literal[
    "order_resolution",
    "answer_and_explain",
    "designate_lead",
    "legal_process",
    "record",
    "answer_on_spot",
    "order_investigation",
    "written_reply_on_spot",
    "assign_in_writing",
    "notify_visitor_in_writing",
    "leader_in_charge",
    "office_handles",
    "department_assists",
    "joint_reception",
    "first_receiver_owns",
    "receive",
    "refuse",
]
"""What the rules require the reception to do with a matter."""


@dataclass(frozen=True, slots=True)
class Action(Explained):
    """One thing the rules require at the table, and why.

    Attributes:
        rule_id: the clause (``"WF-6.2"`` …).
        kind: what to do (see :data:`ActionKind`).
        responsible: who does it, when known.
        deadline: by when, for an assignment with a time limit.
        in_writing: it is done in writing.
        remark: the sentence saying why.
    """

    rule_id: str
    kind: ActionKind
    remark: Remark
    responsible: str | None = None
    deadline: date | None = None
    in_writing: bool = False


@dataclass(frozen=True, slots=True)
class Disposition:
    """What the rules require for one matter at one institution's reception.

    ``accepted`` is False when the matter is refused (UN-3.1 … UN-3.3) or directed to
    the legal process (MC-4); the actions then say why.
    """

    matter_id: str
    institution: InstitutionCode
    accepted: bool
    actions: tuple[Action, ...]

    def rule_ids(self) -> tuple[str, ...]:
        """The clauses the actions rest on, in order, each once."""
        return tuple(dict.fromkeys(a.rule_id for a in self.actions))

    def reasons_in(self, language: Language) -> tuple[str, ...]:
        return tuple(a.remark.render(language) for a in self.actions)


register_templates(
    {
        "disp_order_resolution": {
            "en": "facts clear and policy basis sufficient: {responsible} is ordered to resolve "
            "it by {deadline} (AK-R-5.4)",
            "zh": "事实清楚、政策依据充分，责成{responsible_zh}于{deadline}前限期解决（AK-R-5.4）",
        },
        "disp_answer_explain": {
            "en": "answer the visitor and explain the policy; the facts or the policy basis "
            "are not yet sufficient to order a resolution (AK-R-5.4)",
            "zh": "认真答复，耐心解释；事实或政策依据尚不充分，暂不责成限期解决（AK-R-5.4）",
        },
        "disp_lead": {
            "en": "several departments are involved ({departments}): {lead} is designated to "
            "lead and coordinate (AK-R-5.4)",
            "zh": "涉及{departments}等多个部门，指定{lead}负责牵头，协调落实（AK-R-5.4）",
        },
        "disp_lead_needed": {
            "en": "several departments are involved ({departments}): designate one of them to "
            "lead and coordinate (AK-R-5.4)",
            "zh": "涉及{departments}等多个部门，应指定一个部门负责牵头，协调落实（AK-R-5.4）",
        },
        "disp_legal": {
            "en": "already in legal proceedings: directed to the legal process, not accepted as "
            "a petition matter (MC-4)",
            "zh": "已经进入法律程序，引导当事人依法通过法律程序解决，不作为信访事项受理（MC-4）",
        },
        "disp_record": {
            "en": "the visitor heard, the materials read, the policy explained, and the matter "
            "recorded (MC-2)",
            "zh": "认真听取诉求，查阅信访材料，讲解政策规定，并一一记录（MC-2）",
        },
        "disp_answer_on_spot": {
            "en": "it can be resolved on the spot: answered on the spot (MC-2)",
            "zh": "现场能够解决的事项，当面给予答复（MC-2）",
        },
        "disp_investigate": {
            "en": "hard or long-running: {responsible} are ordered to investigate, verify and "
            "handle it per policy (MC-2)",
            "zh": "处理难度大、周期长，责成{responsible_zh}进一步了解情况、调查核实，按照政策规定"
            "尽快办理（MC-2）",
        },
        "disp_written_reply": {
            "en": "it can be settled on the spot: a written reply to the visitor on the spot "
            "(WF-6.1)",
            "zh": "能够当场处理，当场书面答复来访人（WF-6.1）",
        },
        "disp_assign_written": {
            "en": "a written assignment to {responsible} to handle it by {deadline} (WF-6.2)",
            "zh": "书面交{responsible_zh}限期于{deadline}前处理（WF-6.2）",
        },
        "disp_notify_written": {
            "en": "the visitor is told in writing on the spot (WF-6.2)",
            "zh": "同时当场书面告知来访人（WF-6.2）",
        },
        "disp_leader_in_charge": {
            "en": "major and difficult: {leader} takes personal charge (WF-6.3)",
            "zh": "重大疑难事项，按照谁主管、谁负责原则，由{leader_zh}领导包抓处理（WF-6.3）",
        },
        "disp_office_handles": {
            "en": "heavily policy-bound: {responsible} carries it out and concludes it by "
            "{deadline} (WF-6.4)",
            "zh": "政策性强的疑难问题，由{responsible_zh}具体落实，于{deadline}前办结（WF-6.4）",
        },
        "disp_department_assists": {
            "en": "{department}, whose business it concerns, sends someone to assist the leader "
            "(WF-6.5)",
            "zh": "涉及{department}业务，由其派人到场协助接待（WF-6.5）",
        },
        "disp_ts_on_spot": {
            "en": "within the leader's own portfolio: an answer or a clear handling opinion on "
            "the spot (TS-4)",
            "zh": "属本人分管工作范围，当场答复或明确提出处理意见（TS-4）",
        },
        "disp_joint_reception": {
            "en": "outside the leader's portfolio: recorded, and a joint reception with "
            "{departments} settles the handling opinion (TS-4)",
            "zh": "不属本人分管工作范围，认真做好记录，联系{departments_zh}进行联合接访，共同确定"
            "处理意见（TS-4）",
        },
        "disp_first_receiver": {
            "en": "{leader} answers for it as its first receiver, through reception, acceptance "
            "and supervision until it is carried out (TS-6)",
            "zh": "{leader_zh}承担首接责任，对接待、受理和督导全程负责，确保落到实处（TS-6）",
        },
        "disp_union_visitor": {
            "en": "the union chairman receives employees in service or on sick leave, retirees, "
            "and their families; not a visitor who is {visitor} (UN-3.2)",
            "zh": "工会主席接待日接待在职职工、病休职工、离退休人员及其家属，来访人系"
            "{visitor_zh}，不予接待（UN-3.2）",
        },
        "disp_union_subject": {
            "en": "the union reception takes safety and operations, wages, insurance, welfare, "
            "living and psychological matters, and labour disputes; not {subject} (UN-3.3)",
            "zh": "接待范围为安全生产、经营管理，劳动工资、保险、福利及职工生活、心理，"
            "劳动争议等方面，{subject_zh}不在范围内（UN-3.3）",
        },
        "disp_union_no_reason": {
            "en": "outside the regular reception ({at}); a time agreed by telephone is valid "
            "only for a major matter, a holiday or special circumstances (UN-3.1)",
            "zh": "来访时间（{at}）不在规定接待时间，仅重大事情、节假日或其他特殊情况可电话"
            "约定来访时间（UN-3.1）",
        },
        "disp_union_reason_refused": {
            "en": "outside the regular reception ({at}), and {reason} is not a reason that "
            "allows an agreed time (UN-3.1)",
            "zh": "来访时间（{at}）不在规定接待时间，且“{reason_zh}”不属可约定时间的情形（UN-3.1）",
        },
        "disp_union_agreed": {
            "en": "outside the regular reception ({at}), at a time agreed by telephone for "
            "{reason} (UN-3.1)",
            "zh": "因{reason_zh}，经电话约定于规定接待时间以外（{at}）来访（UN-3.1）",
        },
        "disp_union_receive": {
            "en": "a visitor who is {visitor}, about {subject}: received by the union chairman "
            "(UN-3.2, UN-3.3)",
            "zh": "来访人系{visitor_zh}，反映{subject_zh}，由工会主席接待处理（UN-3.2、UN-3.3）",
        },
    }
)


def _deadline(
    facts: TableFacts,
    deadline_days: int | None,
    limits: NationalTimeLimits,
    calendar: WorkingCalendar,
) -> date:
    if facts.deadline is not None:
        return facts.deadline
    days = limits.conclude_days if deadline_days is None else deadline_days
    return due_date(
        facts.on,
        days,
        basis=limits.basis,
        roll_to_working_day=limits.roll_to_working_day,
        calendar=calendar,
    )


_UNNAMED = {
    "unit": ("the unit concerned", "有关单位"),
    "departments": ("the departments concerned", "相关部门"),
    "handler": ("the handling department", "承办部门"),
    "leader": ("the leader in charge", "分管"),
    "first": ("the leader who first received it", "首接领导"),
}


def _named(param: str, name: str | None, unnamed: str) -> dict[str, object]:
    """A remark's ``param`` and ``param_zh``: the name, or words for someone not named."""
    en, zh = _UNNAMED[unnamed]
    return {param: name or en, f"{param}_zh": name or zh}


def _departments(facts: TableFacts) -> tuple[str, ...]:
    unit = (facts.responsible_unit,) if facts.responsible_unit else ()
    return tuple(dict.fromkeys((*unit, *facts.departments_concerned)))


def _ankang(facts: TableFacts, deadline: date) -> list[Action]:
    """AK-R-5.4: order a time-limited resolution when facts and policy allow; one lead."""
    actions: list[Action] = []
    departments = _departments(facts)
    if facts.facts_clear and facts.policy_basis_sufficient:
        who = facts.lead_department or facts.responsible_unit
        actions.append(
            Action(
                "AK-R-5.4",
                "order_resolution",
                Remark.of(
                    "disp_order_resolution",
                    deadline=deadline.isoformat(),
                    **_named("responsible", who, "unit"),
                ),
                responsible=who,
                deadline=deadline,
            )
        )
    else:
        actions.append(Action("AK-R-5.4", "answer_and_explain", Remark.of("disp_answer_explain")))
    if len(departments) > 1:
        names = "、".join(departments)
        if facts.lead_department:
            remark = Remark.of("disp_lead", departments=names, lead=facts.lead_department)
        else:
            remark = Remark.of("disp_lead_needed", departments=names)
        actions.append(
            Action("AK-R-5.4", "designate_lead", remark, responsible=facts.lead_department)
        )
    return actions


def _mediation_centre(facts: TableFacts) -> tuple[bool, list[Action]]:
    """MC-4 first (the legal process), else MC-2 (answer on the spot, or investigate)."""
    if facts.in_legal_proceedings:
        return False, [Action("MC-4", "legal_process", Remark.of("disp_legal"))]
    actions = [Action("MC-2", "record", Remark.of("disp_record"))]
    if facts.settle_on_spot:
        actions.append(Action("MC-2", "answer_on_spot", Remark.of("disp_answer_on_spot")))
    else:
        who = "、".join(_departments(facts)) or None
        actions.append(
            Action(
                "MC-2",
                "order_investigation",
                Remark.of("disp_investigate", **_named("responsible", who, "departments")),
                responsible=who,
            )
        )
    return True, actions


def _school(facts: TableFacts, deadline: date) -> list[Action]:
    """WF-6.1 … WF-6.4, the first that applies (6.2 for anything not settled), then 6.5."""
    actions: list[Action] = []
    who = _named("responsible", facts.responsible_unit, "handler")
    if facts.settle_on_spot:
        actions.append(
            Action(
                "WF-6.1", "written_reply_on_spot", Remark.of("disp_written_reply"), in_writing=True
            )
        )
    elif facts.major_or_difficult:
        actions.append(
            Action(
                "WF-6.3",
                "leader_in_charge",
                Remark.of(
                    "disp_leader_in_charge", **_named("leader", facts.leader_in_charge, "leader")
                ),
                responsible=facts.leader_in_charge,
            )
        )
    elif facts.policy_bound:
        actions.append(
            Action(
                "WF-6.4",
                "office_handles",
                Remark.of("disp_office_handles", deadline=deadline.isoformat(), **who),
                responsible=facts.responsible_unit,
                deadline=deadline,
            )
        )
    else:
        actions.append(
            Action(
                "WF-6.2",
                "assign_in_writing",
                Remark.of("disp_assign_written", deadline=deadline.isoformat(), **who),
                responsible=facts.responsible_unit,
                deadline=deadline,
                in_writing=True,
            )
        )
        actions.append(
            Action(
                "WF-6.2",
                "notify_visitor_in_writing",
                Remark.of("disp_notify_written"),
                in_writing=True,
            )
        )
    for department in facts.departments_concerned:
        actions.append(
            Action(
                "WF-6.5",
                "department_assists",
                Remark.of("disp_department_assists", department=department),
                responsible=department,
            )
        )
    return actions


def _township(facts: TableFacts) -> list[Action]:
    """TS-4 (own portfolio: on the spot; else a joint reception), then TS-6."""
    actions: list[Action] = []
    if facts.in_portfolio:
        actions.append(Action("TS-4", "answer_on_spot", Remark.of("disp_ts_on_spot")))
    else:
        names = "、".join(_departments(facts)) or None
        actions.append(
            Action(
                "TS-4",
                "joint_reception",
                Remark.of("disp_joint_reception", **_named("departments", names, "departments")),
                responsible=names,
            )
        )
    owner = facts.first_receiver or facts.receiving_leader
    actions.append(
        Action(
            "TS-6",
            "first_receiver_owns",
            Remark.of("disp_first_receiver", **_named("leader", owner, "first")),
            responsible=owner,
        )
    )
    return actions


def _union(
    facts: TableFacts, scope: UnionScope, regime: Regime | None, calendar: WorkingCalendar
) -> tuple[bool, list[Action]]:
    """UN-3.2 (who), UN-3.3 (what), UN-3.1 (when): every refusal is listed."""
    if facts.visitor is None or facts.union_subject is None:
        missing = "visitor" if facts.visitor is None else "union_subject"
        raise ValueError(
            f"matter {facts.matter_id!r}: {missing}: the union chairman's reception needs to "
            "know who the visitor is and what about (UN-3.2, UN-3.3); set it in TableFacts"
        )
    refusals: list[Action] = []
    notes: list[Action] = []
    if not scope.admits_visitor(facts.visitor):
        refusals.append(
            Action(
                "UN-3.2",
                "refuse",
                Remark.of(
                    "disp_union_visitor",
                    visitor=facts.visitor.value,
                    visitor_zh=_VISITOR_ZH[facts.visitor],
                ),
            )
        )
    if not scope.admits_subject(facts.union_subject):
        refusals.append(
            Action(
                "UN-3.3",
                "refuse",
                Remark.of(
                    "disp_union_subject",
                    subject=facts.union_subject.value,
                    subject_zh=_SUBJECT_ZH[facts.union_subject],
                ),
            )
        )
    if facts.at is not None:
        if regime is None:
            regime = preset("union-chair", calendar=calendar)
        decision = regime.check_visit(facts.at, reason=facts.appointment_reason)
        at = decision.at.isoformat(timespec="minutes")
        if not decision.regular:
            reason = facts.appointment_reason
            if reason is None:
                refusals.append(
                    Action("UN-3.1", "refuse", Remark.of("disp_union_no_reason", at=at))
                )
            elif not decision.valid:
                refusals.append(
                    Action(
                        "UN-3.1",
                        "refuse",
                        Remark.of(
                            "disp_union_reason_refused",
                            at=at,
                            reason=reason.value,
                            reason_zh=_REASON_ZH[reason],
                        ),
                    )
                )
            else:
                notes.append(
                    Action(
                        "UN-3.1",
                        "receive",
                        Remark.of(
                            "disp_union_agreed",
                            at=at,
                            reason=reason.value,
                            reason_zh=_REASON_ZH[reason],
                        ),
                    )
                )
    if refusals:
        return False, refusals
    receive = Action(
        "UN-3.3",
        "receive",
        Remark.of(
            "disp_union_receive",
            visitor=facts.visitor.value,
            visitor_zh=_VISITOR_ZH[facts.visitor],
            subject=facts.union_subject.value,
            subject_zh=_SUBJECT_ZH[facts.union_subject],
        ),
        responsible="union chairman",
    )
    return True, [receive, *notes]


def dispose(
    facts: TableFacts,
    *,
    institution: InstitutionCode | str,
    deadline_days: int | None = None,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
    union_scope: UnionScope | None = None,
    regime: Regime | None = None,
) -> Disposition:
    """What the rules of ``institution`` require for the matter at the table.

    - **AK** (AK-R-5.4): facts clear and policy basis sufficient → the unit concerned
      is ordered to resolve it within a time limit; else answer and explain; several
      departments → one is designated to lead.
    - **MC** (MC-4, MC-2): in legal proceedings → the legal process, not accepted;
      else recorded, and answered on the spot or handed to the departments to
      investigate and handle.
    - **WF** (WF-6.1 … WF-6.5): on the spot → a written reply; major and difficult →
      a leader in personal charge; policy-bound → the responsible office with a
      deadline; otherwise a written assignment with a deadline and the visitor told in
      writing; each department concerned sends someone to assist.
    - **TS** (TS-4, TS-6): own portfolio → on the spot; else a joint reception; the
      first receiver answers for it to the end.
    - **UN** (UN-3.1 … UN-3.3): refused when the visitor or the subject is outside the
      scope (``union_scope``), or the visit is outside the regular reception
      (``regime``, default the ``union-chair`` preset) without a UN-3.1 reason.

    Raises:
        ValueError: UN without ``facts.visitor`` or ``facts.union_subject``.
    """
    inst = InstitutionCode(institution)
    lim = limits or NationalTimeLimits()
    cal = calendar or default_calendar()
    accepted = True
    if inst is InstitutionCode.AK:
        actions = _ankang(facts, _deadline(facts, deadline_days, lim, cal))
    elif inst is InstitutionCode.MC:
        accepted, actions = _mediation_centre(facts)
    elif inst is InstitutionCode.WF:
        actions = _school(facts, _deadline(facts, deadline_days, lim, cal))
    elif inst is InstitutionCode.TS:
        actions = _township(facts)
    else:
        accepted, actions = _union(facts, union_scope or UnionScope(), regime, cal)
    return Disposition(
        matter_id=facts.matter_id,
        institution=inst,
        accepted=accepted,
        actions=tuple(actions),
    )
