"""Deadline clocks of the national petition regulations (Nat-1 … Nat-4), in five modules.

For a matter and a date, which clocks run, when each falls due, how many days remain or
are overdue, and where the matter stands; each clock cites its article in both national
texts, the 2005 《信访条例》 and the 2022 《信访工作条例》.

The modules, bottom-up (each imports only those above it, and
:mod:`~receptionrules.supervision.events` and :mod:`~receptionrules.supervision.matters`):

- :mod:`.citations` — :class:`NationalText`, :class:`Citation`, :data:`NAT_CITATIONS`:
  each national rule's articles in both texts. Imports nothing of the package.
- :mod:`.limits` — :class:`NationalTimeLimits`, :func:`due_date`, :class:`DueDays`,
  :func:`check_matter`: the figures and how days are counted (CAL-1). Imports events, matters.
- :mod:`.timeline` — :class:`Timeline`: a matter's events as of a date, read once.
  Imports events, matters.
- :mod:`.clock` — :class:`Clock`, :class:`ClockSpec`, :func:`clocks`: each clock and its
  state. Imports citations, limits, timeline.
- :mod:`.status` — :class:`MatterStatus`, :func:`matter_status`: open, in review, or
  closed, and how. Imports clock, limits, timeline.

This face only hands names on; modules import the module that defines a name.
"""

from __future__ import annotations

from receptionrules.supervision.deadlines.citations import (
    NAT_CITATIONS,
    Citation,
    NationalText,
)
from receptionrules.supervision.deadlines.clock import (
    Clock,
    ClockKind,
    ClockName,
    ClockSpec,
    ClockStatus,
    Extension,
    clock_specs,
    clocks,
    nat2_extension,
)
from receptionrules.supervision.deadlines.limits import (
    DayBasis,
    DueDays,
    NationalTimeLimits,
    check_matter,
    due_date,
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

__all__ = [
    "NAT_CITATIONS",
    "Citation",
    "Clock",
    "ClockKind",
    "ClockName",
    "ClockSpec",
    "ClockStatus",
    "DayBasis",
    "DueDays",
    "Extension",
    "MatterStatus",
    "NationalText",
    "NationalTimeLimits",
    "Timeline",
    "check_matter",
    "check_received",
    "clock_specs",
    "clocks",
    "due_date",
    "matter_status",
    "nat2_extension",
    "status_of",
]
