"""Disposition at the reception, per institution (AK-R-5.4, MC-2, MC-4, WF-6.1 … WF-6.5,
TS-4, TS-6, UN-3.1 … UN-3.3), in eight modules.

What the rules require from what the receiving leader knows at the table: one module
per institution, the facts and results they share, and :func:`dispose`, which picks the
institution's.

The modules, bottom-up (each imports only those above it, and
:mod:`~receptionrules.supervision.deadlines.limits` and
:mod:`~receptionrules.supervision.intake.authorities`):

- :mod:`.table` — :class:`TableFacts`, :class:`VisitorCategory`, :class:`UnionSubject`,
  and the two readings several institutions share (:func:`table_departments`,
  :func:`table_deadline`). Imports deadlines.limits.
- :mod:`.results` — :class:`Action`, :class:`Disposition`, :func:`name_params`. Imports
  intake.authorities.
- :mod:`.ankang` (AK-R-5.4), :mod:`.mediation_centre` (MC-2, MC-4), :mod:`.wenfu`
  (WF-6.1 … WF-6.5), :mod:`.township` (TS-4, TS-6), :mod:`.union` (UN-3.1 … UN-3.3,
  with :class:`UnionScope`) — one institution each. Each imports results, table.
- :mod:`.dispatch` — :func:`dispose`: the institution's rules for one matter. Imports
  every module above. The engine looks up no preset: a UN visit time is checked against
  the ``regime`` passed in; :func:`receptionrules.presets.dispose` fills in the
  ``union-chair`` preset.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.disposition.ankang import (
    ankang_actions,
)
from receptionrules.supervision.disposition.dispatch import (
    dispose,
)
from receptionrules.supervision.disposition.mediation_centre import (
    mediation_centre_actions,
)
from receptionrules.supervision.disposition.results import (
    Action,
    ActionKind,
    Disposition,
    Unnamed,
    name_params,
)
from receptionrules.supervision.disposition.table import (
    TableFacts,
    UnionSubject,
    VisitorCategory,
    table_deadline,
    table_departments,
)
from receptionrules.supervision.disposition.township import (
    township_actions,
)
from receptionrules.supervision.disposition.union import (
    UnionScope,
    union_actions,
)
from receptionrules.supervision.disposition.wenfu import (
    wenfu_actions,
)

__all__ = [
    "Action",
    "ActionKind",
    "Disposition",
    "TableFacts",
    "UnionScope",
    "UnionSubject",
    "Unnamed",
    "VisitorCategory",
    "ankang_actions",
    "dispose",
    "mediation_centre_actions",
    "name_params",
    "table_deadline",
    "table_departments",
    "township_actions",
    "union_actions",
    "wenfu_actions",
]
