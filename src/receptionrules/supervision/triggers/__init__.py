"""Supervision triggers over a whole set of matters as of a date (AK-S-2.1 … AK-S-2.5), in
seven modules.

The triggers (figures are :class:`SupervisionThresholds` with the defaults of docs/rules.md):

- **AK-S-2.1 fixed point**: at least 3 matters against one place or unit within 90 days.
- **AK-S-2.2 special**: at least 5 matters on one subject within 30 days, from that
  many different petitioners.
- **AK-S-2.3 collective and long-standing**: an open matter of 5 or more people; the
  same petitioner with at least 3 matters on one subject within 365 days; an open
  matter received more than 180 days ago.
- **AK-S-2.4 delay, procedure, feedback, buck-passing**: an overdue national time limit
  (Nat-1 … Nat-4), a result not fed back to the petitioner, a step not taken as
  prescribed, a matter transferred 3 or more times before anyone accepted it (推诿).
- **AK-S-2.5 manual flag**: an open matter someone flagged.

The modules, bottom-up (each imports only those above it, and the supervision modules
below the triggers: events, matters, deadlines, findings, ladder):

- :mod:`.thresholds` — :class:`SupervisionThresholds`. Imports nothing of the package.
- :mod:`.report` — :class:`SupervisionReport`: what an evaluation returns. Imports
  findings, ladder.
- :mod:`.clusters` — the window clusters over the whole set, :func:`window_findings`
  (AK-S-2.1, AK-S-2.2, AK-S-2.3 repeat petitioner). Imports thresholds.
- :mod:`.collective` — collective petitions and long-standing matters (AK-S-2.3).
  Imports thresholds.
- :mod:`.lapses` — time-limit, procedure, feedback and buck-passing lapses (AK-S-2.4).
  Imports no other module of the triggers.
- :mod:`.flags` — manual flags (AK-S-2.5). Imports no other module of the triggers.
- :mod:`.evaluation` — :func:`supervise`, which runs them all, and :func:`method_due`
  (AK-S-3). Imports every module above.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.triggers.clusters import (
    window_findings,
)
from receptionrules.supervision.triggers.collective import (
    collective_petition,
    long_standing,
)
from receptionrules.supervision.triggers.evaluation import (
    method_due,
    supervise,
)
from receptionrules.supervision.triggers.flags import (
    manual_flags,
)
from receptionrules.supervision.triggers.lapses import (
    buck_passing,
    extension_lapses,
    late_transfer_objections,
    no_feedback,
    overdue_clocks,
)
from receptionrules.supervision.triggers.report import (
    SupervisionReport,
)
from receptionrules.supervision.triggers.thresholds import (
    SupervisionThresholds,
)

__all__ = [
    "SupervisionReport",
    "SupervisionThresholds",
    "buck_passing",
    "collective_petition",
    "extension_lapses",
    "late_transfer_objections",
    "long_standing",
    "manual_flags",
    "method_due",
    "no_feedback",
    "overdue_clocks",
    "supervise",
    "window_findings",
]
