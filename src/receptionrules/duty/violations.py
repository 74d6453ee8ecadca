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

__all__ = ["Violation", "violation"]

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


_new = object.__new__
_set = object.__setattr__


def violation(rule_id: str, field: str, remark: Remark) -> Violation:
    """The :class:`Violation` of these values, equal to ``Violation(rule_id=rule_id,
    field=field, remark=remark)``, made without validating them again.

    For the checks of a change, which pass only values that are valid by construction
    (a rule ID of the composition's :class:`~receptionrules.duty.composition.DutyRules`,
    the name of a request field, a :class:`Remark`): a refused request may carry
    several violations, and validating each would cost as much as the rest of the
    check. It sets what :meth:`pydantic.BaseModel.model_construct` sets, directly.
    """
    made = _new(Violation)
    # In the fields' order (the remark first, from Cited), as validation leaves them.
    _set(made, "__dict__", {"remark": remark, "rule_id": rule_id, "field": field})
    _set(made, "__pydantic_fields_set__", {"rule_id", "field", "remark"})
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made
