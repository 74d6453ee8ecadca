"""Duty rosters: who receives, in turn; swaps that can't leave a post empty; what was held.

Rules: AK-R-4.1, AK-R-5.1, AK-R-5.2, AK-R-5.3, AK-R-6.1, AK-R-6.2, AK-R-6.3, MC-1,
MC-3, WF-3, WF-7, TS-1, TS-2, UN-1 (see SPEC.md).

- :mod:`.people` — :class:`Person`, :class:`Role`;
- :mod:`.availability` — absences (leave, a meeting called by a superior, away);
- :mod:`.composition` — the posts of a slot per institution (from the presets);
- :mod:`.slot`, :mod:`.roster`, :mod:`.rotation` — rosters and their generation;
- :mod:`.changes`, :mod:`.swaps`, :mod:`.leadtime` — swaps, covers, undos, validated exactly;
- :mod:`.substitution` — the designated substitute, then the published order (WF-3);
- :mod:`.announcements` — announced in advance (AK-R-5.2);
- :mod:`.coreceivers` — units notified to receive together (AK-R-5.3, AK-R-6.2);
- :mod:`.vacancies`, :mod:`.audit` — what lacks its composition; records against rules.
"""

from __future__ import annotations

from receptionrules.duty.announcements import (
    DEFAULT_NOTICE_DAYS,
    Announcement,
    AnnouncementItem,
    AnnouncementStatus,
    announcement_deadline,
    announcement_status,
)
from receptionrules.duty.audit import AuditFinding, AuditReport, ReceptionRecord, audit
from receptionrules.duty.availability import Absence, AbsenceReason, Availability
from receptionrules.duty.changes import (
    Change,
    ChangeRecord,
    CoverRequest,
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
from receptionrules.duty.leadtime import (
    PREVIOUS_WORKING_DAY,
    BeforeStart,
    EndOfPreviousWorkingDay,
    LeadTime,
)
from receptionrules.duty.people import Person, Role
from receptionrules.duty.roster import Roster
from receptionrules.duty.rotation import generate_roster
from receptionrules.duty.slot import Assignment, Slot, slot_id
from receptionrules.duty.substitution import Candidate, SubstitutionPlan, find_substitute
from receptionrules.duty.swaps import ChangePlan
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
    "audit",
    "find_substitute",
    "generate_roster",
    "slot_id",
]
