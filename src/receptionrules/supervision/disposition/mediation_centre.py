"""Disposition at the mediation centre's mayor's reception day (MC-2, MC-4).

A matter already in legal proceedings is directed to the legal process and not
accepted as a petition matter (MC-4); otherwise the visitor is heard and the matter
recorded, then answered on the spot or handed to the departments to investigate (MC-2).

Imports :mod:`.results` and :mod:`.table` of the disposition.
"""

from __future__ import annotations

from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.disposition.results import Action, name_params
from receptionrules.supervision.disposition.table import TableFacts, table_departments

__all__ = ["mediation_centre_actions"]

register_templates(
    {
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
    }
)


def mediation_centre_actions(facts: TableFacts) -> tuple[bool, list[Action]]:
    """MC-4 first (the legal process), else MC-2 (answer on the spot, or investigate).

    Returns whether the matter is accepted as a petition matter, and the actions.
    """
    if facts.in_legal_proceedings:
        return False, [Action("MC-4", "legal_process", Remark.of("disp_legal"))]
    actions = [Action("MC-2", "record", Remark.of("disp_record"))]
    if facts.settle_on_spot:
        actions.append(Action("MC-2", "answer_on_spot", Remark.of("disp_answer_on_spot")))
    else:
        who = "、".join(table_departments(facts)) or None
        actions.append(
            Action(
                "MC-2",
                "order_investigation",
                Remark.of("disp_investigate", **name_params("responsible", who, "departments")),
                responsible=who,
            )
        )
    return True, actions
