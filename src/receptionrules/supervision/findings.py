"""Findings: what the supervision rules require now about one or more matters, and why.

A :class:`SupervisionFinding` is a structured value: the rule ID (AK-S-2.1 … AK-S-2.5), the
matters, the facts the finding rests on (one small type per kind of fact), the
supervision method now due (AK-S-3), and a sentence saying why — a
:class:`~receptionrules.remarks.Remark` whose English and Chinese templates each trigger
family registers next to the code that finds it (:mod:`.triggers`), so every finding
renders in both languages. :func:`make_finding` builds one; :class:`AddFinding` is how a
trigger family hands one matter's findings to the evaluation.

Imports :mod:`.events`, :mod:`.deadlines.clock` and :mod:`.deadlines.status`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Literal, Protocol

from receptionrules.remarks import Explained, Language, Remark
from receptionrules.supervision.deadlines.clock import Clock
from receptionrules.supervision.deadlines.status import MatterStatus
from receptionrules.supervision.events import SupervisionMethod

__all__ = [
    "KIND_RULES",
    "AddFinding",
    "ClockFacts",
    "CollectiveFacts",
    "Facts",
    "FeedbackFacts",
    "FindingKind",
    "FlagFacts",
    "OpenFacts",
    "ProcedureFacts",
    "ProcedureLapse",
    "SupervisionFinding",
    "TransferFacts",
    "WindowFacts",
    "make_finding",
]

FindingKind = Literal[
    "fixed_point",
    "special",
    "collective",
    "repeat_petitioner",
    "long_open",
    "overdue",
    "no_feedback",
    "procedure",
    "buck_passing",
    "manual",
]
"""What a finding is about; each kind belongs to one rule (see :data:`KIND_RULES`)."""

KIND_RULES: dict[str, str] = {
    "fixed_point": "AK-S-2.1",
    "special": "AK-S-2.2",
    "collective": "AK-S-2.3",
    "repeat_petitioner": "AK-S-2.3",
    "long_open": "AK-S-2.3",
    "overdue": "AK-S-2.4",
    "no_feedback": "AK-S-2.4",
    "procedure": "AK-S-2.4",
    "buck_passing": "AK-S-2.4",
    "manual": "AK-S-2.5",
}

ProcedureLapse = Literal["late_extension", "extension_not_told", "late_transfer_objection"]
"""A step not taken as the procedure prescribes (AK-S-2.4): an extension approved after
the period ended, an extension the petitioner was not told the reason for (Nat-2), an
objection to a transfer after its window (Nat-1a)."""


@dataclass(frozen=True, slots=True)
class WindowFacts:
    """Matters that cluster in a window (AK-S-2.1, AK-S-2.2, AK-S-2.3 repeat petitioner).

    Attributes:
        grouped_by: what the matters share: ``("place",)``, ``("subject",)`` or
            ``("petitioner", "subject")``.
        key: the shared values, in the same order.
        first_received, last_received: the earliest and latest receipt in the cluster.
        received_on: each matter's receipt day, in the finding's ``matter_ids`` order.
        counted: what the threshold was compared with: matters, or (special supervision)
            distinct petitioners.
        threshold: at least this many within ``window_days`` days.
        window_days: a window spans at most this many days from its first receipt.
    """

    grouped_by: tuple[str, ...]
    key: tuple[str, ...]
    first_received: date
    last_received: date
    received_on: tuple[date, ...]
    counted: int
    threshold: int
    window_days: int

    @property
    def count(self) -> int:
        """How many matters the cluster holds."""
        return len(self.received_on)


@dataclass(frozen=True, slots=True)
class CollectiveFacts:
    """A collective petition: this many people together about one matter (AK-S-2.3)."""

    received_on: date
    petitioner_count: int
    threshold: int


@dataclass(frozen=True, slots=True)
class OpenFacts:
    """A matter open longer than the threshold (AK-S-2.3, long-standing)."""

    received_on: date
    days_open: int
    threshold: int
    status: MatterStatus


@dataclass(frozen=True, slots=True)
class ClockFacts:
    """An overdue national time limit (AK-S-2.4 with Nat-1 … Nat-4)."""

    clock: Clock


@dataclass(frozen=True, slots=True)
class FeedbackFacts:
    """A result not fed back to the petitioner by its due day (AK-S-2.4).

    ``result_on`` is the written answer (or the conclusion); ``due_on`` the later of the
    Nat-2 due day and ``result_on``.
    """

    result_on: date
    due_on: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class ProcedureFacts:
    """A step not taken as the procedure prescribes (AK-S-2.4).

    ``event_index`` points into the matter's ``events``; ``due_on`` is the day the step
    was due by, when the lapse is lateness.
    """

    lapse: ProcedureLapse
    event_index: int
    event_on: date
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class TransferFacts:
    """A matter passed from organ to organ and not accepted: buck-passing (AK-S-2.4 推诿).

    Attributes:
        transferred_on, transferred_to: each transfer before the first decision to
            accept or decline, in date order.
        accepted_on: the day it was finally accepted, if it was by ``as_of``.
        threshold: this many transfers or more make a finding.
    """

    transferred_on: tuple[date, ...]
    transferred_to: tuple[str, ...]
    accepted_on: date | None
    threshold: int

    @property
    def count(self) -> int:
        """How many transfers."""
        return len(self.transferred_on)


@dataclass(frozen=True, slots=True)
class FlagFacts:
    """Manual flags for supervision (AK-S-2.5), in date order."""

    flagged_on: tuple[date, ...]
    notes: tuple[str, ...]


Facts = (
    WindowFacts
    | CollectiveFacts
    | OpenFacts
    | ClockFacts
    | FeedbackFacts
    | ProcedureFacts
    | TransferFacts
    | FlagFacts
)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class SupervisionFinding(Explained):
    """What the supervision rules require now about one or more matters, and why.

    Attributes:
        rule_id: ``"AK-S-2.1"`` … ``"AK-S-2.5"``.
        kind: what it is about (see :data:`FindingKind`).
        matter_ids: the matters, by receipt day then id.
        facts: the facts it rests on (dates, counts, the window, the clock).
        method: the supervision method now due (AK-S-3).
        escalated_from: the heaviest method already used on these matters, if any.
        remark: the sentence saying why; :attr:`reason` is its English text.
    """

    rule_id: str
    kind: FindingKind
    matter_ids: tuple[str, ...]
    facts: Facts
    method: SupervisionMethod
    remark: Remark
    escalated_from: SupervisionMethod | None = None

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict; dates as ISO strings."""
        return {
            "rule_id": self.rule_id,
            "kind": self.kind,
            "matter_ids": list(self.matter_ids),
            "method": self.method.value,
            "escalated_from": None if self.escalated_from is None else self.escalated_from.value,
            "facts": {"type": type(self.facts).__name__, **_jsonable(self.facts)},
            "reason": self.remark.render(language),
        }


def make_finding(
    kind: FindingKind,
    matter_ids: tuple[str, ...],
    facts: Facts,
    method: SupervisionMethod,
    escalated_from: SupervisionMethod | None,
    code: str,
    **params: object,
) -> SupervisionFinding:
    """A finding of ``kind`` under its rule (:data:`KIND_RULES`), saying why in the remark
    ``code`` with ``params``; every template ends with the method due (AK-S-3), so the
    remark also gets ``method`` and ``method_zh``."""
    return SupervisionFinding(
        rule_id=KIND_RULES[kind],
        kind=kind,
        matter_ids=matter_ids,
        facts=facts,
        method=method,
        remark=Remark.of(code, method=method.label, method_zh=method.label_zh, **params),
        escalated_from=escalated_from,
    )


class AddFinding(Protocol):
    """Adds a finding about the matter at hand: its kind, facts, remark code and the
    remark's parameters; the matter, its method due and the method it escalates from
    are the caller's (AK-S-2.3 … AK-S-2.5, AK-S-3)."""

    def __call__(self, kind: FindingKind, facts: Facts, code: str, /, **params: object) -> None:
        """Add the finding."""
