"""Disposition at a company trade union chairman's reception day (UN-3.1 … UN-3.3).

Who may visit and about what is a :class:`UnionScope` (UN-3.2, UN-3.3); when, the
union chairman's regime (UN-3.1: outside the regular reception only at a time agreed
by telephone, for a major matter, a holiday or special circumstances). Every refusal
is listed. The regime is a parameter: the engine does not look up presets, which sit
above it; :func:`receptionrules.presets.dispose` fills in the ``union-chair`` preset.

Imports :mod:`.results` and :mod:`.table` of the disposition.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.appointments import AppointmentReason
from receptionrules.regime import Regime
from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.disposition.results import Action
from receptionrules.supervision.disposition.table import TableFacts, UnionSubject, VisitorCategory

__all__ = ["UnionScope", "union_actions"]

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


register_templates(
    {
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


def union_actions(
    facts: TableFacts, scope: UnionScope, regime: Regime | None
) -> tuple[bool, list[Action]]:
    """UN-3.2 (who), UN-3.3 (what), UN-3.1 (when): every refusal is listed.

    Returns whether the union chairman receives the visitor, and the actions. ``regime``
    is the union chairman's, against which ``facts.at`` is checked (UN-3.1); it may be
    None only when ``facts.at`` is.

    Raises:
        ValueError: ``facts.visitor`` or ``facts.union_subject`` is not set; or
            ``facts.at`` is set and ``regime`` is None.
    """
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
            raise ValueError(
                f"matter {facts.matter_id!r}: regime: None, but the visit at "
                f"{facts.at.isoformat()} must be checked against the union chairman's regular "
                "reception (UN-3.1); pass the union chairman's regime, e.g. "
                'regime=rr.preset("union-chair"), or call receptionrules.dispose, which '
                "fills it in"
            )
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
