"""Petition matters and their supervision (AK-S, Nat, and reception-day intake and disposition).

The escalation half of the library: a petition bureau feeds it the matters it is
tracking and gets back, for each, what the rules require now and why.

- :mod:`.matters` — the :class:`PetitionMatter` model and its dated events.
- :mod:`.deadlines` — the national clocks (Nat-1 … Nat-4), cited in both national texts.
- :mod:`.findings` — structured findings with bilingual reasons.
- :mod:`.triggers` — :func:`supervise`: the triggers AK-S-2.1 … AK-S-2.5 over a set of matters.
- :mod:`.ladder` — the method ladder (AK-S-3) and accountability (AK-S-7).
- :mod:`.intake` — which matters a reception day takes, routing and priority
  (AK-R-2.1, AK-R-3.x, WF-4, WF-5, Nat-5).
- :mod:`.disposition` — what the rules require at the table, per institution
  (AK-R-5.4, MC-2, MC-4, WF-6.x, TS-4, TS-6, UN-3.1 … UN-3.3).
"""

from __future__ import annotations

from receptionrules.supervision.deadlines import (
    NAT_CITATIONS,
    Citation,
    Clock,
    ClockStatus,
    MatterStatus,
    NationalText,
    NationalTimeLimits,
    check_matter,
    clocks,
    due_date,
    matter_status,
)
from receptionrules.supervision.disposition import (
    Action,
    Disposition,
    TableFacts,
    UnionScope,
    UnionSubject,
    VisitorCategory,
    dispose,
)
from receptionrules.supervision.findings import (
    ClockFacts,
    CollectiveFacts,
    FeedbackFacts,
    FlagFacts,
    OpenFacts,
    ProcedureFacts,
    SupervisionFinding,
    TransferFacts,
    WindowFacts,
)
from receptionrules.supervision.intake import (
    AdminLevel,
    Authority,
    InstitutionCode,
    IntakeDecision,
    IntakeFacts,
    PriorityClass,
    Routing,
    intake,
    intake_day,
    prioritise,
    priority_class,
    route,
)
from receptionrules.supervision.ladder import (
    AccountabilityRecommendation,
    MethodLadder,
    accountability,
)
from receptionrules.supervision.matters import (
    Channel,
    DeadlineExtended,
    FalsificationFound,
    ManualFlag,
    MatterAccepted,
    MatterAssigned,
    MatterConcluded,
    MatterDeclined,
    MatterEvent,
    MatterTransferred,
    PetitionMatter,
    ReReviewDecided,
    ReReviewRequested,
    ResultFedBack,
    ReviewDecided,
    ReviewRequested,
    SuggestionRejected,
    SupervisionMethod,
    SupervisionObstructed,
    SupervisionOpened,
    SupervisionRefused,
    TransferObjected,
    WrittenAnswer,
)
from receptionrules.supervision.triggers import (
    SupervisionReport,
    SupervisionThresholds,
    method_due,
    supervise,
)

__all__ = [
    "NAT_CITATIONS",
    "AccountabilityRecommendation",
    "Action",
    "AdminLevel",
    "Authority",
    "Channel",
    "Citation",
    "Clock",
    "ClockFacts",
    "ClockStatus",
    "CollectiveFacts",
    "DeadlineExtended",
    "Disposition",
    "FalsificationFound",
    "FeedbackFacts",
    "FlagFacts",
    "InstitutionCode",
    "IntakeDecision",
    "IntakeFacts",
    "ManualFlag",
    "MatterAccepted",
    "MatterAssigned",
    "MatterConcluded",
    "MatterDeclined",
    "MatterEvent",
    "MatterStatus",
    "MatterTransferred",
    "MethodLadder",
    "NationalText",
    "NationalTimeLimits",
    "OpenFacts",
    "PetitionMatter",
    "PriorityClass",
    "ProcedureFacts",
    "ReReviewDecided",
    "ReReviewRequested",
    "ResultFedBack",
    "ReviewDecided",
    "ReviewRequested",
    "Routing",
    "SuggestionRejected",
    "SupervisionFinding",
    "SupervisionMethod",
    "SupervisionObstructed",
    "SupervisionOpened",
    "SupervisionRefused",
    "SupervisionReport",
    "SupervisionThresholds",
    "TableFacts",
    "TransferFacts",
    "TransferObjected",
    "UnionScope",
    "UnionSubject",
    "VisitorCategory",
    "WindowFacts",
    "WrittenAnswer",
    "accountability",
    "check_matter",
    "clocks",
    "dispose",
    "due_date",
    "intake",
    "intake_day",
    "matter_status",
    "method_due",
    "prioritise",
    "priority_class",
    "route",
    "supervise",
]
