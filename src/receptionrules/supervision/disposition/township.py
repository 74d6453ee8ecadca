"""Disposition at a township's leading cadres' reception day (TS-4, TS-6).

Within the leader's own portfolio: an answer or a clear handling opinion on the spot;
else a joint reception with the departments concerned (TS-4). The first receiver
answers for the matter to the end (TS-6).

Imports :mod:`.results` and :mod:`.table` of the disposition.
"""

from __future__ import annotations

from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.disposition.results import Action, name_params
from receptionrules.supervision.disposition.table import TableFacts, table_departments

__all__ = ["township_actions"]

register_templates(
    {
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
    }
)


def township_actions(facts: TableFacts) -> list[Action]:
    """TS-4 (own portfolio: on the spot; else a joint reception), then TS-6."""
    actions: list[Action] = []
    if facts.in_portfolio:
        actions.append(Action("TS-4", "answer_on_spot", Remark.of("disp_ts_on_spot")))
    else:
        names = "、".join(table_departments(facts)) or None
        actions.append(
            Action(
                "TS-4",
                "joint_reception",
                Remark.of(
                    "disp_joint_reception", **name_params("departments", names, "departments")
                ),
                responsible=names,
            )
        )
    owner = facts.first_receiver or facts.receiving_leader
    actions.append(
        Action(
            "TS-6",
            "first_receiver_owns",
            Remark.of("disp_first_receiver", **name_params("leader", owner, "first")),
            responsible=owner,
        )
    )
    return actions
