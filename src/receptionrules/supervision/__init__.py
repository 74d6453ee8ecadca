"""Petition matters and their supervision (AK-S, Nat, and reception-day intake and disposition).

The escalation half of the library: a petition bureau feeds it the matters it is
tracking and gets back, for each, what the rules require now and why.

The modules, bottom-up: each imports only modules listed above it (never this face,
and no sub-package's face: the module that defines a name). Within a sub-package its
own face lists its modules the same way.

- :mod:`.events` — the dated events of a matter's history and :class:`SupervisionMethod`.
  Imports nothing of the package.
- :mod:`.matters` — :class:`PetitionMatter` and :class:`Channel`, the history checked for
  consistency. Imports events.
- :mod:`.deadlines` — the national clocks (Nat-1 … Nat-4), cited in both national texts:
  ``citations`` (nothing), ``limits`` (the figures and day counting; events, matters),
  ``timeline`` (a matter's events as of a date; events, matters), ``clock`` (each clock
  and its state; citations, limits, timeline), ``status`` (the matter status; clock,
  limits, timeline).
- :mod:`.ladder` — the method ladder (AK-S-3) and accountability (AK-S-7). Imports
  events, matters.
- :mod:`.findings` — structured findings with bilingual reasons, and their facts.
  Imports events, deadlines.clock, deadlines.status.
- :mod:`.triggers` — :func:`supervise`: the triggers AK-S-2.1 … AK-S-2.5 over a set of
  matters: ``thresholds``, ``report``, one module per trigger family (``clusters``
  AK-S-2.1/2.2/2.3, ``collective`` AK-S-2.3, ``lapses`` AK-S-2.4, ``flags`` AK-S-2.5) and
  ``evaluation``, which runs them. Imports events, matters, deadlines, ladder, findings.
- :mod:`.intake` — which matters a reception day takes, routing and priority
  (AK-R-2.1, AK-R-3.x, WF-4, WF-5, Nat-5): ``authorities``, ``facts``, ``routing``,
  ``priority``, ``decision``. Imports matters.
- :mod:`.disposition` — what the rules require at the table, per institution
  (AK-R-5.4, MC-2, MC-4, WF-6.x, TS-4, TS-6, UN-3.1 … UN-3.3): ``table``, ``results``,
  one module per institution (``ankang``, ``mediation_centre``, ``wenfu``, ``township``,
  ``union``) and ``dispatch`` (:func:`dispose`). Imports deadlines.limits,
  intake.authorities.

:func:`dispose` here is the engine's: it needs the union chairman's ``regime`` to check
a UN visit time (UN-3.1). ``receptionrules.dispose`` (:func:`receptionrules.presets.dispose`)
fills in the ``union-chair`` preset.

``__all__`` is the public API: the models, the events, the results and the
functions an application calls, and the type aliases their signatures use. The
building blocks the modules share among themselves (a clock's specification, the
per-institution dispositions, each trigger family's function) are public names of
their modules, for their siblings, not of this face.
"""

from __future__ import annotations

from receptionrules.supervision.deadlines.citations import (
    NAT_CITATIONS,
    Citation,
    NationalText,
)
from receptionrules.supervision.deadlines.adjust import (
    Pause,
)
from receptionrules.supervision.deadlines.clock import (
    Clock,
    ClockKind,
    ClockName,
    ClockStatus,
)
from receptionrules.supervision.deadlines.limits import (
    DayBasis,
    NationalTimeLimits,
    check_matter,
    due_date,
)
from receptionrules.supervision.deadlines.specs import (
    clocks,
)
from receptionrules.supervision.deadlines.status import (
    MatterStatus,
    matter_status,
)
from receptionrules.supervision.disposition.dispatch import (
    dispose,
)
from receptionrules.supervision.disposition.results import (
    Action,
    ActionKind,
    Disposition,
)
from receptionrules.supervision.disposition.table import (
    TableFacts,
    UnionSubject,
    VisitorCategory,
)
from receptionrules.supervision.disposition.union import (
    UnionScope,
)
from receptionrules.supervision.events import (
    DeadlineExtended,
    FalsificationFound,
    ManualFlag,
    MatterAccepted,
    MatterAssigned,
    MatterConcluded,
    MatterDeclined,
    MatterEvent,
    MatterTransferred,
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
from receptionrules.supervision.findings import (
    ClockFacts,
    CollectiveFacts,
    Facts,
    FeedbackFacts,
    FindingKind,
    FlagFacts,
    OpenFacts,
    ProcedureFacts,
    SupervisionFinding,
    TransferFacts,
    WindowFacts,
)
from receptionrules.supervision.intake.authorities import (
    AdminLevel,
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
)
from receptionrules.supervision.intake.routing import (
    Routing,
    route,
)
from receptionrules.supervision.ladder import (
    AccountabilityRecommendation,
    MethodLadder,
    accountability,
)
from receptionrules.supervision.matters import (
    Channel,
    PetitionMatter,
)
from receptionrules.supervision.triggers.evaluation import (
    method_due,
    supervise,
)
from receptionrules.supervision.triggers.report import (
    SupervisionReport,
)
from receptionrules.supervision.triggers.thresholds import (
    SupervisionThresholds,
)

__all__ = [
    "NAT_CITATIONS",
    "AccountabilityRecommendation",
    "Action",
    "ActionKind",
    "AdminLevel",
    "Authority",
    "Channel",
    "Citation",
    "Clock",
    "ClockFacts",
    "ClockKind",
    "ClockName",
    "ClockStatus",
    "CollectiveFacts",
    "DayBasis",
    "DeadlineExtended",
    "Disposition",
    "Facts",
    "FalsificationFound",
    "FeedbackFacts",
    "FindingKind",
    "FlagFacts",
    "InstitutionCode",
    "IntakeDecision",
    "IntakeFacts",
    "IntakeMode",
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
