"""The supervision face hands on the public API of its modules, and keeps every name it had."""

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


def test_each_face_exports_only_names_its_modules_define() -> None:
    for face in _faces():
        names: set[str] = set()
        for module in _modules(face):
            names |= set(importlib.import_module(module).__all__)
        exported = importlib.import_module(face).__all__
        assert set(exported) <= names, (face, sorted(set(exported) - names))
        assert len(exported) == len(set(exported)), face


def test_sub_package_faces_hand_on_every_name_of_their_modules() -> None:
    for face in _faces()[1:]:
        names: set[str] = set()
        for module in _modules(face):
            names |= set(importlib.import_module(module).__all__)
        assert sorted(importlib.import_module(face).__all__) == sorted(names), face


def test_the_top_face_keeps_the_building_blocks_to_their_modules() -> None:
    # Shared by sibling modules, not called by applications: reached at their module.
    for name in ("clock_specs", "make_finding", "window_findings", "union_actions"):
        assert name not in supervision.__all__


def test_the_face_keeps_every_name_it_exported_before_the_split() -> None:
    assert set(EXPORTED_BEFORE) <= set(supervision.__all__)
    for name in supervision.__all__:
        assert getattr(supervision, name) is not None
