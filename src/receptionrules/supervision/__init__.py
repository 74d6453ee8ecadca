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

``__all__`` is every module's ``__all__``.
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
from receptionrules.supervision.events import (
    HANDLING_KINDS,
    MISCONDUCT_KINDS,
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
    KIND_RULES,
    AddFinding,
    ClockFacts,
    CollectiveFacts,
    Facts,
    FeedbackFacts,
    FindingKind,
    FlagFacts,
    OpenFacts,
    ProcedureFacts,
    ProcedureLapse,
    SupervisionFinding,
    TransferFacts,
    WindowFacts,
    make_finding,
)
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
from receptionrules.supervision.ladder import (
    AccountabilityRecommendation,
    MethodLadder,
    accountability,
    recommendation_for,
)
from receptionrules.supervision.matters import (
    Channel,
    PetitionMatter,
)
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
    "HANDLING_KINDS",
    "KIND_RULES",
    "MISCONDUCT_KINDS",
    "NAT_CITATIONS",
    "AccountabilityRecommendation",
    "Action",
    "ActionKind",
    "AddFinding",
    "AdminLevel",
    "Area",
    "Authority",
    "Channel",
    "Citation",
    "Clock",
    "ClockFacts",
    "ClockKind",
    "ClockName",
    "ClockSpec",
    "ClockStatus",
    "CollectiveFacts",
    "DayBasis",
    "DeadlineExtended",
    "Disposition",
    "DueDays",
    "Extension",
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
    "ProcedureLapse",
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
    "Timeline",
    "TransferFacts",
    "TransferObjected",
    "UnionScope",
    "UnionSubject",
    "Unnamed",
    "VisitorCategory",
    "WindowFacts",
    "WrittenAnswer",
    "accountability",
    "ankang_actions",
    "buck_passing",
    "check_matter",
    "check_received",
    "clock_specs",
    "clocks",
    "collective_petition",
    "dispose",
    "due_date",
    "extension_lapses",
    "intake",
    "intake_day",
    "late_transfer_objections",
    "long_standing",
    "make_finding",
    "manual_flags",
    "matter_status",
    "mediation_centre_actions",
    "method_due",
    "name_params",
    "nat2_extension",
    "no_feedback",
    "overdue_clocks",
    "prioritise",
    "priority_class",
    "priority_remark",
    "recommendation_for",
    "route",
    "status_of",
    "supervise",
    "table_deadline",
    "table_departments",
    "township_actions",
    "union_actions",
    "wenfu_actions",
    "window_findings",
]
