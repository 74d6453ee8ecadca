"""Intake at a reception day (AK-R-2.1, AK-R-3.1 … AK-R-3.4, WF-4, WF-5, Nat-5), in five modules.

Which matters a reception day takes, how, in what order, and where the others belong.

The modules, bottom-up (each imports only those above it, and
:mod:`~receptionrules.supervision.matters`):

- :mod:`.authorities` — :class:`InstitutionCode` (the five institutions),
  :class:`Authority`, :class:`AdminLevel`, :data:`Area`. Imports nothing of the package.
- :mod:`.facts` — :class:`IntakeFacts`: what is known on arrival. Imports matters,
  authorities.
- :mod:`.routing` — :func:`route`, :class:`Routing`: where a matter belongs (AK-R-2.1).
  Imports authorities, facts.
- :mod:`.priority` — :class:`PriorityClass`, :func:`priority_class`, :func:`prioritise`
  (WF-5). Imports facts.
- :mod:`.decision` — :func:`intake`, :func:`intake_day`, :class:`IntakeDecision`: what the
  day takes, per institution (AK-R-3.x, WF-4, MC-2, TS-4, UN-1, Nat-5). Imports matters,
  authorities, facts, priority, routing.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.intake.authorities import (
    AdminLevel,
    Area,
    Authority,
    InstitutionCode,
)
from receptionrules.supervision.intake.decision import (
    IntakeDecision,
    IntakeMode,
    intake,
    intake_day,
)
from receptionrules.supervision.intake.facts import (
    IntakeFacts,
)
from receptionrules.supervision.intake.priority import (
    PriorityClass,
    prioritise,
    priority_class,
    priority_remark,
)
from receptionrules.supervision.intake.routing import (
    Routing,
    route,
)

__all__ = [
    "AdminLevel",
    "Area",
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
    "priority_remark",
    "route",
]
