"""The supervision package and its sub-packages hand on every name of their modules."""

from __future__ import annotations

import importlib
import pkgutil

import receptionrules.supervision as supervision

# What the face exported before its modules were split; each name stays.
EXPORTED_BEFORE = [
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


def _modules(package: str) -> list[str]:
    found = []
    for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        if not info.ispkg:
            found.append(info.name)
    return found


def _faces() -> list[str]:
    faces = ["receptionrules.supervision"]
    for info in pkgutil.walk_packages(supervision.__path__, "receptionrules.supervision."):
        if info.ispkg:
            faces.append(info.name)
    return faces


def test_each_face_exports_exactly_its_modules_names() -> None:
    for face in _faces():
        names: set[str] = set()
        for module in _modules(face):
            names |= set(importlib.import_module(module).__all__)
        exported = importlib.import_module(face).__all__
        assert sorted(exported) == sorted(names), face
        assert len(exported) == len(set(exported)), face


def test_the_face_keeps_every_name_it_exported_before_the_split() -> None:
    assert set(EXPORTED_BEFORE) <= set(supervision.__all__)
    for name in supervision.__all__:
        assert getattr(supervision, name) is not None
