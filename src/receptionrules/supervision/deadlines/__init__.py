"""Deadline clocks of the national petition regulations (Nat-1 … Nat-4, Nat-8), in eight
modules.

For a matter and a date, which clocks run, when each falls due, how many days remain or
are overdue, whether one warns or is paused, and where the matter stands; each clock
cites its article in both national texts, the 2005 《信访条例》 and the 2022
《信访工作条例》, and follows the one the matter is judged under.

The modules, bottom-up (each imports only those above it, and
:mod:`~receptionrules.supervision.categories`, :mod:`~receptionrules.supervision.events`
and :mod:`~receptionrules.supervision.matters`):

- :mod:`.citations` — :class:`NationalText`, :class:`Citation`, :data:`NAT_CITATIONS`,
  :func:`text_in_force`: each national rule's articles in both texts. Imports nothing of
  the package.
- :mod:`.warnings` — :class:`WarningThresholds`, :class:`WarningRule`: when a duty warns
  before its due day. Imports nothing of the package.
- :mod:`.limits` — :class:`NationalTimeLimits`, :func:`due_date`, :class:`DueDays`,
  :func:`check_matter`: the figures, the text in use and how days are counted (CAL-1).
  Imports citations, warnings, events, matters.
- :mod:`.timeline` — :class:`Timeline`: a matter's events as of a date, read once.
  Imports events, matters.
- :mod:`.adjust` — :class:`Pause`, :class:`Extension`, :func:`pair_pauses`,
  :func:`adjusted`: what moves a due day (Nat-2's extension, Nat-4's hearing, local
  pauses). Imports limits, timeline.
- :mod:`.clock` — :class:`Clock`, :class:`ClockSpec`, :class:`ClockStatus`: each clock and
  its state. Imports adjust, citations, limits.
- :mod:`.specs` — :func:`clocks`, :func:`clock_specs`: which clocks a matter runs under
  its text and classification (Nat-8). Imports adjust, citations, clock, limits,
  timeline, warnings.
- :mod:`.status` — :class:`MatterStatus`, :func:`matter_status`: open, in review, or
  closed, and how. Imports clock, limits, specs, timeline.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.deadlines.adjust import (
    Extension,
    Interval,
    Pause,
    adjusted,
    pair_pauses,
    paused_span,
    running_on,
)
from receptionrules.supervision.deadlines.citations import (
    NAT_CITATIONS,
    WORK_REGULATIONS_IN_FORCE,
    Citation,
    NationalText,
    text_in_force,
)
from receptionrules.supervision.deadlines.clock import (
    RUNNING_STATUSES,
    Clock,
    ClockKind,
    ClockName,
    ClockSpec,
    ClockStatus,
)
from receptionrules.supervision.deadlines.limits import (
    DayBasis,
    DueDays,
    NationalTimeLimits,
    TextChoice,
    check_matter,
    due_date,
)
from receptionrules.supervision.deadlines.specs import (
    clock_specs,
    clocks,
    direction_day,
    nat2_runs,
)
from receptionrules.supervision.deadlines.status import (
    MatterStatus,
    matter_status,
    status_of,
)
from receptionrules.supervision.deadlines.timeline import (
    Timeline,
    check_received,
)
from receptionrules.supervision.deadlines.warnings import (
    DutyName,
    WarningRule,
    WarningThresholds,
)

__all__ = [
    "NAT_CITATIONS",
    "RUNNING_STATUSES",
    "WORK_REGULATIONS_IN_FORCE",
    "Citation",
    "Clock",
    "ClockKind",
    "ClockName",
    "ClockSpec",
    "ClockStatus",
    "DayBasis",
    "DueDays",
    "DutyName",
    "Extension",
    "Interval",
    "MatterStatus",
    "NationalText",
    "NationalTimeLimits",
    "Pause",
    "TextChoice",
    "Timeline",
    "WarningRule",
    "WarningThresholds",
    "adjusted",
    "check_matter",
    "check_received",
    "clock_specs",
    "clocks",
    "direction_day",
    "due_date",
    "matter_status",
    "nat2_runs",
    "pair_pauses",
    "paused_span",
    "running_on",
    "status_of",
    "text_in_force",
]
