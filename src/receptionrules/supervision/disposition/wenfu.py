"""Disposition at Wenfu City Middle School's leaders' reception day (WF-6.1 … WF-6.5).

The first of WF-6.1 (settled on the spot: a written reply), WF-6.3 (major and
difficult: a leader in personal charge), WF-6.4 (policy-bound: the responsible office
with a deadline), else WF-6.2 (a written assignment with a deadline, and the visitor
told in writing); then WF-6.5, someone from each department concerned assists.

Imports :mod:`.results` and :mod:`.table` of the disposition.
"""

from __future__ import annotations

from datetime import date

from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.disposition.results import Action, name_params
from receptionrules.supervision.disposition.table import TableFacts

__all__ = ["wenfu_actions"]

register_templates(
    {
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
    }
)


def wenfu_actions(facts: TableFacts, deadline: date) -> list[Action]:
    """WF-6.1 … WF-6.4, the first that applies (6.2 for anything not settled), then 6.5.

    ``deadline`` is the assignment's time limit (:func:`~.table.table_deadline`).
    """
    actions: list[Action] = []
    who = name_params("responsible", facts.responsible_unit, "handler")
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
                    "disp_leader_in_charge",
                    **name_params("leader", facts.leader_in_charge, "leader"),
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
