"""Findings: what the supervision rules require now about one or more matters, and why.

A :class:`SupervisionFinding` is a structured value: the rule ID (AK-S-2.1 … AK-S-2.5), the
matters, the facts the finding rests on (one small type per kind of fact), the
supervision method now due (AK-S-3), and a sentence saying why — a
:class:`~receptionrules.remarks.Remark` whose English and Chinese templates are
registered here, so every finding renders in both languages.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Literal

from receptionrules.remarks import Explained, Language, Remark, register_templates
from receptionrules.supervision.deadlines import Clock, MatterStatus
from receptionrules.supervision.matters import SupervisionMethod

__all__ = [
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


# The sentences. Every template ends with the method, so a reader sees what to do.
register_templates(
    {
        "sup_fixed_point": {
            "en": "{count} matters against {place}, received {first} to {last}, at least "
            "{threshold} within {days} days: fixed-point supervision of the place or unit "
            "(AK-S-2.1), by {method}",
            "zh": "{first}至{last}针对{place}的信访事项{count}件，{days}日内达{threshold}件以上，"
            "应对该地方、单位定点督查督办（AK-S-2.1），方式：{method_zh}",
        },
        "sup_special": {
            "en": "{count} matters on {subject} from {counted} different petitioners, received "
            "{first} to {last}, at least {threshold} within {days} days: special supervision "
            "of a hot issue (AK-S-2.2), by {method}",
            "zh": "{first}至{last}反映“{subject}”的信访事项{count}件，来自{counted}个不同信访人，"
            "{days}日内达{threshold}件以上，属群众反映集中的热点问题，应专项督查督办"
            "（AK-S-2.2），方式：{method_zh}",
        },
        "sup_special_matters": {
            "en": "{count} matters on {subject}, received {first} to {last}, at least "
            "{threshold} within {days} days: special supervision of a hot issue (AK-S-2.2), "
            "by {method}",
            "zh": "{first}至{last}反映“{subject}”的信访事项{count}件，{days}日内达{threshold}件"
            "以上，属群众反映集中的热点问题，应专项督查督办（AK-S-2.2），方式：{method_zh}",
        },
        "sup_collective": {
            "en": "{people} people petitioned together (received {received}; {threshold} or more "
            "make a collective petition): supervise its handling (AK-S-2.3), by {method}",
            "zh": "该事项由{people}人共同提出（{received}登记，{threshold}人以上为集体上访），"
            "应督查督办其处理情况（AK-S-2.3），方式：{method_zh}",
        },
        "sup_repeat_petitioner": {
            "en": "petitioner {petitioner} brought {count} matters on {subject}, received "
            "{first} to {last}, at least {threshold} within {days} days: a key long-standing "
            "petitioner (AK-S-2.3), by {method}",
            "zh": "信访人{petitioner}于{first}至{last}就“{subject}”反映{count}件，"
            "{days}日内达{threshold}件以上，属重点信访老户（AK-S-2.3），方式：{method_zh}",
        },
        "sup_long_open": {
            "en": "open {days_open} days since {received}, more than {threshold}: a "
            "long-standing matter (AK-S-2.3), by {method}",
            "zh": "自{received}登记以来已{days_open}日未办结，超过{threshold}日，属信访老户问题"
            "（AK-S-2.3），方式：{method_zh}",
        },
        "sup_overdue": {
            "en": "{what} was due on {due} ({rule}: {period} from {start}; {citation}) and is "
            "{overdue} overdue: supervise the delay (AK-S-2.4), by {method}",
            "zh": "{what_zh}应于{due}前完成（{rule}：自{start}起{period_zh}；{citation_zh}），"
            "已逾期{overdue_zh}，应督查督办（AK-S-2.4），方式：{method_zh}",
        },
        "sup_no_feedback": {
            "en": "a result was reached on {result} but has not been fed back to the petitioner, "
            "due by {due}: supervise the feedback (AK-S-2.4), by {method}",
            "zh": "已于{result}作出处理结果，但未在{due}前向信访人反馈，应督查督办"
            "（AK-S-2.4），方式：{method_zh}",
        },
        "sup_late_extension": {
            "en": "the extension of {days} days approved on {on} came after the period ended on "
            "{due}, so it does not count (AK-S-2.4, Nat-2), by {method}",
            "zh": "延期{days}日于{on}批准，晚于办理期限届满之日{due}，未按规定程序延期，"
            "不予计算（AK-S-2.4，Nat-2），方式：{method_zh}",
        },
        "sup_extension_not_told": {
            "en": "the petitioner was not told why the period was extended on {on}, as Nat-2 "
            "requires (AK-S-2.4), by {method}",
            "zh": "{on}延长办理期限未告知信访人延期理由，未按规定程序办理（AK-S-2.4，Nat-2），"
            "方式：{method_zh}",
        },
        "sup_late_transfer_objection": {
            "en": "the objection on {on} to the transfer of {transferred} came after its window "
            "closed on {due} (AK-S-2.4, Nat-1a), by {method}",
            "zh": "对{transferred}转送事项的异议于{on}提出，已超过{due}的期限"
            "（AK-S-2.4，Nat-1a），方式：{method_zh}",
        },
        "sup_buck_passing": {
            "en": "transferred {count} times ({chain}) from {first} to {last} and accepted by "
            "no one; {threshold} or more transfers without acceptance is buck-passing: "
            "supervise it (AK-S-2.4), by {method}",
            "zh": "该事项于{first}至{last}间被转送{count}次（{chain}），至今无单位受理，"
            "转送{threshold}次以上未受理属推诿，应督查督办（AK-S-2.4），方式：{method_zh}",
        },
        "sup_buck_passing_accepted": {
            "en": "transferred {count} times ({chain}) from {first} to {last} before it was "
            "accepted on {accepted}; {threshold} or more transfers without acceptance is "
            "buck-passing: supervise it (AK-S-2.4), by {method}",
            "zh": "该事项于{first}至{last}间被转送{count}次（{chain}），至{accepted}方才受理，"
            "转送{threshold}次以上未受理属推诿，应督查督办（AK-S-2.4），方式：{method_zh}",
        },
        "sup_manual": {
            "en": "flagged for supervision on {flagged}{note} (AK-S-2.5), by {method}",
            "zh": "已于{flagged}标记需要督查督办{note_zh}（AK-S-2.5），方式：{method_zh}",
        },
    }
)
