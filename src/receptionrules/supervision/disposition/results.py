"""What a disposition returns: the actions the rules require, and why (AK-R-5.4, MC-2,
MC-4, WF-6.1 … WF-6.5, TS-4, TS-6, UN-3.1 … UN-3.3).

An :class:`Action` is one thing required at the table, with its rule ID, who does it
and by when; a :class:`Disposition` is one matter's actions at one institution.
:func:`name_params` fills a sentence's ``responsible`` (or ``leader`` …) in both
languages, with words for someone the leader did not name.

Imports :mod:`~receptionrules.supervision.categories` and
:mod:`~receptionrules.supervision.intake.authorities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from receptionrules.remarks import Explained, Language, Remark
from receptionrules.supervision.categories import Classification
from receptionrules.supervision.intake.authorities import InstitutionCode

__all__ = ["Action", "ActionKind", "Disposition", "Unnamed", "name_params"]


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
    the legal process (MC-4); the actions then say why. ``classification`` is the category
    and route the facts suggest (Nat-7, Nat-8), at every institution, if any.
    """

    matter_id: str
    institution: InstitutionCode
    accepted: bool
    actions: tuple[Action, ...]
    classification: Classification | None = None

    def rule_ids(self) -> tuple[str, ...]:
        """The clauses the actions rest on, in order, each once."""
        return tuple(dict.fromkeys(a.rule_id for a in self.actions))

    def reasons_in(self, language: Language) -> tuple[str, ...]:
        return tuple(a.remark.render(language) for a in self.actions)


Unnamed = Literal["unit", "departments", "handler", "leader", "first"]
"""Who a sentence speaks of when the leader named no one: the unit concerned, the
departments concerned, the handling department, the leader in charge, the first receiver."""

_UNNAMED: dict[Unnamed, tuple[str, str]] = {
    "unit": ("the unit concerned", "有关单位"),
    "departments": ("the departments concerned", "相关部门"),
    "handler": ("the handling department", "承办部门"),
    "leader": ("the leader in charge", "分管"),
    "first": ("the leader who first received it", "首接领导"),
}


def name_params(param: str, name: str | None, unnamed: Unnamed) -> dict[str, object]:
    """A remark's ``param`` and ``param_zh``: the name, or words for someone not named."""
    en, zh = _UNNAMED[unnamed]
    return {param: name or en, f"{param}_zh": name or zh}
