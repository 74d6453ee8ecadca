"""Petition matters and their supervision (AK-S, Nat, and reception-day intake and disposition).

The escalation half of the library: a petition bureau feeds it the matters it is
tracking and gets back, for each, what the rules require now and why.

The modules, bottom-up: each imports only modules listed above it (never this face,
and no sub-package's face: the module that defines a name). Within a sub-package its
own face lists its modules the same way.

- :mod:`.batch` — :func:`~.batch.collector_paused`, the garbage collector paused over a
  large batch of matters. Imports nothing of the package.
- :mod:`.categories` — the 2022 categories and routes (Nat-7, Nat-8), the opinion's
  outcome (Nat-9), the petitioner's evaluation (Nat-10), :func:`suggest_classification`.
  Imports nothing of the package.
- :mod:`.events` — the dated events of a matter's history and :class:`SupervisionMethod`.
  Imports categories.
- :mod:`.matters` — :class:`PetitionMatter` and :class:`Channel`, the history checked for
  consistency. Imports events.
- :mod:`.loading` — :func:`matters_from_json`, :func:`matters_from_json_lines`: a file of
  matters validated in pydantic-core, the same models and errors as the plain path.
  Imports batch, categories, matters.
- :mod:`.deadlines` — the national clocks (Nat-1 … Nat-4, Nat-8), cited in both national
  texts: ``citations`` (nothing), ``warnings`` (nothing), ``limits`` (the figures, the
  text in use and day counting; citations, warnings, events, matters), ``timeline`` (a
  matter's events as of a date; events, matters), ``adjust`` (extensions and pauses;
  limits, timeline), ``clock`` (each clock and its state; adjust, citations, limits),
  ``specs`` (which clocks run; categories and the modules above), ``status`` (the matter
  status; clock, limits, specs, timeline).
- :mod:`.repeats` — repeat links and suggested links (重复信访, 合并办理). Imports events,
  matters.
- :mod:`.ladder` — the method ladder (AK-S-3) and accountability (AK-S-7). Imports
  events, matters.
- :mod:`.signals` — early warnings and traffic lights. Imports deadlines.clock,
  deadlines.citations.
- :mod:`.findings` — structured findings with bilingual reasons, and their facts.
  Imports events, deadlines.clock, deadlines.status.
- :mod:`.triggers` — :func:`supervise`: the triggers AK-S-2.1 … AK-S-2.5 over a set of
  matters: ``thresholds``, ``report``, one module per trigger family (``clusters``
  AK-S-2.1/2.2/2.3, ``collective`` AK-S-2.3, ``lapses`` AK-S-2.4, ``flags`` AK-S-2.5) and
  ``evaluation``, which runs them. Imports batch, events, matters, deadlines, repeats,
  ladder, signals, findings.
- :mod:`.assessment` — the assessment figures (Nat-10): ``figures``, ``compute``
  (:func:`assess`). Imports matters, deadlines, repeats.
- :mod:`.intake` — which matters a reception day takes, routing and priority
  (AK-R-2.1, AK-R-3.x, WF-4, WF-5, Nat-5), and the suggested classification (Nat-7,
  Nat-8): ``authorities``, ``facts``, ``routing``, ``priority``, ``decision``. Imports
  categories, matters.
- :mod:`.disposition` — what the rules require at the table, per institution
  (AK-R-5.4, MC-2, MC-4, WF-6.x, TS-4, TS-6, UN-3.1 … UN-3.3): ``table``, ``results``,
  one module per institution (``ankang``, ``mediation_centre``, ``wenfu``, ``township``,
  ``union``) and ``dispatch`` (:func:`dispose`). Imports categories, deadlines.limits,
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

from receptionrules.supervision.assessment.compute import (
    Assessment,
    AssessmentGroup,
    Grouping,
    assess,
)
from receptionrules.supervision.assessment.figures import (
    FIGURES,
    Figure,
    FigureCode,
)
from receptionrules.supervision.categories import (
    ClaimRoute,
    Classification,
    MatterCategory,
    OpinionOutcome,
    Satisfaction,
    suggest_classification,
)
from receptionrules.supervision.deadlines.adjust import (
    Pause,
)
from receptionrules.supervision.deadlines.citations import (
    NAT_CITATIONS,
    WORK_REGULATIONS_IN_FORCE,
    Citation,
    NationalText,
    text_in_force,
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
    TextChoice,
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
from receptionrules.supervision.deadlines.warnings import (
    WarningRule,
    WarningThresholds,
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
    HEARING,
    ClockPaused,
    ClockResumed,
    DeadlineExtended,
    FalsificationFound,
    HandlingOpinion,
    ManualFlag,
    MatterAccepted,
    MatterAssigned,
    MatterClassified,
    MatterConcluded,
    MatterDeclined,
    MatterEvent,
    MatterRepeat,
    MatterTransferred,
    PausableClock,
    PetitionerEvaluated,
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
from receptionrules.supervision.loading import (
    MatterLineError,
    matter_from_json,
    matters_from_json,
    matters_from_json_lines,
)
from receptionrules.supervision.matters import (
    Channel,
    PetitionMatter,
)
from receptionrules.supervision.repeats import (
    RepeatLinks,
    RepeatSuggestion,
    repeat_links,
    suggest_repeats,
)
from receptionrules.supervision.signals import (
    DeadlineWarning,
    TrafficLight,
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
    "FIGURES",
    "HEARING",
    "NAT_CITATIONS",
    "WORK_REGULATIONS_IN_FORCE",
    "AccountabilityRecommendation",
    "Action",
    "ActionKind",
    "AdminLevel",
    "Assessment",
    "AssessmentGroup",
    "Authority",
    "Channel",
    "Citation",
    "ClaimRoute",
    "Classification",
    "Clock",
    "ClockFacts",
    "ClockKind",
    "ClockName",
    "ClockPaused",
    "ClockResumed",
    "ClockStatus",
    "CollectiveFacts",
    "DayBasis",
    "DeadlineExtended",
    "DeadlineWarning",
    "Disposition",
    "Facts",
    "FalsificationFound",
    "FeedbackFacts",
    "Figure",
    "FigureCode",
    "FindingKind",
    "FlagFacts",
    "Grouping",
    "HandlingOpinion",
    "InstitutionCode",
    "IntakeDecision",
    "IntakeFacts",
    "IntakeMode",
    "ManualFlag",
    "MatterAccepted",
    "MatterAssigned",
    "MatterCategory",
    "MatterClassified",
    "MatterConcluded",
    "MatterDeclined",
    "MatterEvent",
    "MatterLineError",
    "MatterRepeat",
    "MatterStatus",
    "MatterTransferred",
    "MethodLadder",
    "NationalText",
    "NationalTimeLimits",
    "OpenFacts",
    "OpinionOutcome",
    "PausableClock",
    "Pause",
    "PetitionMatter",
    "PetitionerEvaluated",
    "PriorityClass",
    "ProcedureFacts",
    "ReReviewDecided",
    "ReReviewRequested",
    "RepeatLinks",
    "RepeatSuggestion",
    "ResultFedBack",
    "ReviewDecided",
    "ReviewRequested",
    "Routing",
    "Satisfaction",
    "SuggestionRejected",
    "SupervisionFinding",
    "SupervisionMethod",
    "SupervisionObstructed",
    "SupervisionOpened",
    "SupervisionRefused",
    "SupervisionReport",
    "SupervisionThresholds",
    "TableFacts",
    "TextChoice",
    "TrafficLight",
    "TransferFacts",
    "TransferObjected",
    "UnionScope",
    "UnionSubject",
    "VisitorCategory",
    "WarningRule",
    "WarningThresholds",
    "WindowFacts",
    "WrittenAnswer",
    "accountability",
    "assess",
    "check_matter",
    "clocks",
    "dispose",
    "due_date",
    "intake",
    "intake_day",
    "matter_from_json",
    "matter_status",
    "matters_from_json",
    "matters_from_json_lines",
    "method_due",
    "prioritise",
    "priority_class",
    "repeat_links",
    "route",
    "suggest_classification",
    "suggest_repeats",
    "supervise",
    "text_in_force",
]
