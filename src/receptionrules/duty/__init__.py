"""Duty rosters: who receives, in turn; swaps that can't leave a post empty; what was held.

Rules: AK-R-4.1, AK-R-5.1, AK-R-5.2, AK-R-5.3, AK-R-6.1, AK-R-6.2, AK-R-6.3, MC-1,
MC-3, WF-3, WF-7, TS-1, TS-2, UN-1 (docs/rules.md).

The modules, bottom up; each imports only modules listed before it (and the layers
below the engines: the calendar, the regime and its parts). The roster value sits
in the middle: everything that judges, makes or reads changes sits above it and
imports it, never the reverse. Presets are above the engine: a composition is
passed in or carried by the roster, never looked up by name here.

Below the roster:

- :mod:`._model` — the frozen config, local aware datetimes, ``IndexedModel``;
- :mod:`.people` — :class:`Person`, :class:`Role` (``_model``);
- :mod:`.violations` — :class:`Violation`, why a change is refused (``_model``);
- :mod:`.errors` — the duty errors (``receptionrules.errors``; ``violations``);
- :mod:`.availability` — absences: leave, a meeting called by a superior, away;
- :mod:`.leadtime` — how far in advance a change is arranged (the calendar);
- :mod:`.coreceivers` — units notified to receive together (AK-R-5.3, AK-R-6.2);
- :mod:`.announced` — the :class:`Announcement` record a slot carries (AK-R-5.2);
- :mod:`.slot` — :class:`Slot`, :class:`Assignment`, :func:`slot_id` (``announced``,
  ``coreceivers``, the reception);
- :mod:`.composition` — the posts of a slot and who may fill them (``people``,
  ``errors``, ``slot``);
- :mod:`.changes` — the change requests, :class:`Move`, :class:`ChangeRecord`
  (``availability``);
- :mod:`.vacancies` — the posts of a slot that lack a proper holder (``composition``,
  ``slot``);
- :mod:`.index` — :class:`RosterIndex`: slots by id, day and person, and the change
  deadlines asked for (``slot``, ``people``, ``leadtime``);
- :mod:`.plans` — :class:`ChangePlan`, and the plain ``Draft`` a planner returns
  (``changes``, ``violations``);
- :mod:`.memo` — the words and post keys the checks remember per immutable person,
  post, slot and composition (``composition``, ``people``, ``slot``);
- :mod:`.audit_report` — :class:`ReceptionRecord`, :class:`AuditFinding`,
  :class:`AuditReport` (``_model``).

The roster:

- :mod:`.roster` — :class:`Roster`: its fields and their validation, read-only
  queries, the data changes that need no rule check (``announce``, ``notify``,
  ``designate_substitute``), and the structural steps the modules above use
  (``index``, ``slot_index``, ``position_key``, ``with_slots``). Imports ``index``,
  ``slot``, ``composition``, ``changes``, ``vacancies``, ``announced``.

Above the roster, each importing it:

- :mod:`.rotation` — :func:`generate_roster` (AK-R-5.1; the regime);
- :mod:`.checks` — the checks every change shares, in plain values (``plans``,
  ``memo``);
- :mod:`.swaps` — planning swaps and covers (``checks``);
- :mod:`.fill` — planning the fill of a vacant post (``checks``);
- :mod:`.undo` — planning undos (``checks``);
- :mod:`.substitution` — :func:`find_substitute`, planning substitutions (WF-3; ``checks``);
- :mod:`.apply` — :func:`check_change`, :func:`apply_change`, :func:`undo_change`,
  :func:`substitute`, :func:`plan_change` (``swaps``, ``fill``, ``undo``, ``substitution``);
- :mod:`.announcements` — :func:`announcement_status`, :func:`announcement_deadline`;
- :mod:`.audit_roster` — the records against the roster (``announcements``,
  ``audit_report``);
- :mod:`.audit` — :func:`audit`: the records against the regime, and the roster
  (``audit_roster``).

``receptionrules.generate_roster`` and ``receptionrules.audit`` are the presets'
registry versions of :func:`generate_roster` and :func:`audit`: they fill in a
preset's composition from the regime's name.
"""

from __future__ import annotations

from receptionrules.duty.announced import Announcement
from receptionrules.duty.announcements import (
    DEFAULT_NOTICE_DAYS,
    AnnouncementItem,
    AnnouncementStatus,
    announcement_deadline,
    announcement_status,
)
from receptionrules.duty.apply import (
    apply_change,
    check_change,
    plan_change,
    substitute,
    undo_change,
)
from receptionrules.duty.audit import audit
from receptionrules.duty.audit_report import AuditFinding, AuditReport, ReceptionRecord
from receptionrules.duty.availability import Absence, AbsenceReason, Availability
from receptionrules.duty.changes import (
    Change,
    ChangeRecord,
    CoverRequest,
    FillRequest,
    Move,
    SubstitutionOrder,
    SubstitutionRequest,
    SwapRequest,
    UndoRequest,
)
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.coreceivers import CoReceiverKind, Notification
from receptionrules.duty.errors import (
    ChangeRefusedError,
    IneligiblePersonError,
    OutsideRosterError,
    RosterMismatchError,
    UnknownChangeError,
    UnknownPersonError,
    UnknownPositionError,
    UnknownSlotError,
)
from receptionrules.duty.index import RosterIndex
from receptionrules.duty.leadtime import (
    PREVIOUS_WORKING_DAY,
    BeforeStart,
    EndOfPreviousWorkingDay,
    LeadTime,
)
from receptionrules.duty.people import Person, Role
from receptionrules.duty.plans import ChangePlan
from receptionrules.duty.roster import Roster
from receptionrules.duty.rotation import generate_roster
from receptionrules.duty.slot import Assignment, Slot, slot_id
from receptionrules.duty.substitution import Candidate, SubstitutionPlan, find_substitute
from receptionrules.duty.vacancies import Vacancy
from receptionrules.duty.violations import Violation

__all__ = [
    "DEFAULT_NOTICE_DAYS",
    "PREVIOUS_WORKING_DAY",
    "Absence",
    "AbsenceReason",
    "Announcement",
    "AnnouncementItem",
    "AnnouncementStatus",
    "Assignment",
    "AuditFinding",
    "AuditReport",
    "Availability",
    "BeforeStart",
    "Candidate",
    "Change",
    "ChangePlan",
    "ChangeRecord",
    "ChangeRefusedError",
    "CoReceiverKind",
    "Composition",
    "CoverRequest",
    "DutyRules",
    "EndOfPreviousWorkingDay",
    "FillRequest",
    "IneligiblePersonError",
    "LeadTime",
    "Move",
    "Notification",
    "OutsideRosterError",
    "Person",
    "Position",
    "ReceptionRecord",
    "Role",
    "Roster",
    "RosterIndex",
    "RosterMismatchError",
    "Slot",
    "SubstitutionOrder",
    "SubstitutionPlan",
    "SubstitutionRequest",
    "SwapRequest",
    "UndoRequest",
    "UnknownChangeError",
    "UnknownPersonError",
    "UnknownPositionError",
    "UnknownSlotError",
    "Vacancy",
    "Violation",
    "announcement_deadline",
    "announcement_status",
    "apply_change",
    "audit",
    "check_change",
    "find_substitute",
    "generate_roster",
    "plan_change",
    "slot_id",
    "substitute",
    "undo_change",
]
