"""Violations: why a change to a roster is refused, each with its rule ID and a reason.

A violation is structured text: a rule ID, the request field it concerns, and a
:class:`~receptionrules.remarks.Remark` whose English and Chinese templates are
registered next to the code that produces them, so a refusal renders in both
languages.

>>> from receptionrules.remarks import Remark
>>> v = Violation(rule_id="AK-R-6.1", field="requested_at",
...               remark=Remark.of("duty.started", slot="ankang-mayor/2026-05-06",
...                                start="2026-05-06 08:30"))
>>> str(v)
'AK-R-6.1: slot ankang-mayor/2026-05-06 started at 2026-05-06 08:30; past duty is never rewritten'
>>> v.render("zh")
'AK-R-6.1：值班ankang-mayor/2026-05-06已于2026-05-06 08:30开始，已过去的值班不得改写'
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from receptionrules.duty._model import FROZEN
from receptionrules.remarks import Cited, Remark, register_templates

__all__ = ["Violation"]

register_templates(
    {
        "duty.started": {
            "en": "slot {slot} started at {start}; past duty is never rewritten",
            "zh": "值班{slot}已于{start}开始，已过去的值班不得改写",
        },
    }
)


class Violation(Cited, BaseModel):
    """One reason a change is refused: a rule ID, the request field, a bilingual remark."""

    model_config = FROZEN

    rule_id: str = Field(min_length=1)
    field: str = ""
    """The request field the violation concerns (``"counterpart"``, ``"requested_at"``, …)."""
    remark: Remark
