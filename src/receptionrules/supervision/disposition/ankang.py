"""Disposition at the Ankang mayor's reception day (AK-R-5.4).

Facts clear and policy basis sufficient: the unit concerned is ordered to resolve the
matter within a time limit; else the leader answers and explains; several departments
concerned: one is designated to lead and coordinate.

Imports :mod:`.results` and :mod:`.table` of the disposition.
"""

from __future__ import annotations

from datetime import date

from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.disposition.results import Action, name_params
from receptionrules.supervision.disposition.table import TableFacts, table_departments

__all__ = ["ankang_actions"]

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
    }
)


def ankang_actions(facts: TableFacts, deadline: date) -> list[Action]:
    """AK-R-5.4: order a time-limited resolution when facts and policy allow; one lead.

    ``deadline`` is the resolution's time limit (:func:`~.table.table_deadline`).
    """
    actions: list[Action] = []
    concerned = table_departments(facts)
    if facts.facts_clear and facts.policy_basis_sufficient:
        who = facts.lead_department or facts.responsible_unit
        actions.append(
            Action(
                "AK-R-5.4",
                "order_resolution",
                Remark.of(
                    "disp_order_resolution",
                    deadline=deadline.isoformat(),
                    **name_params("responsible", who, "unit"),
                ),
                responsible=who,
                deadline=deadline,
            )
        )
    else:
        actions.append(Action("AK-R-5.4", "answer_and_explain", Remark.of("disp_answer_explain")))
    if len(concerned) > 1:
        names = "、".join(concerned)
        if facts.lead_department:
            remark = Remark.of("disp_lead", departments=names, lead=facts.lead_department)
        else:
            remark = Remark.of("disp_lead_needed", departments=names)
        actions.append(
            Action("AK-R-5.4", "designate_lead", remark, responsible=facts.lead_department)
        )
    return actions
