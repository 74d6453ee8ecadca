"""Lapses of time limits, procedure and feedback, and buck-passing, one matter at a time
(AK-S-2.4 with Nat-1 … Nat-4).

- an overdue national time limit (Nat-1 … Nat-4);
- a step not taken as prescribed: an extension approved after the period ended, an
  extension the petitioner was not told the reason for (Nat-2), an objection to a
  transfer after its window (Nat-1a);
- a result not fed back to the petitioner by its due day (反馈结果);
- a matter transferred 3 or more times before anyone accepted it (推诿).

Imports :mod:`~receptionrules.supervision.matters`, the deadlines
(:mod:`~receptionrules.supervision.deadlines.clock`, ``.timeline``),
:mod:`~receptionrules.supervision.findings` and :mod:`~receptionrules.supervision.signals`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from receptionrules.remarks import register_templates
from receptionrules.supervision.deadlines.clock import Clock, ClockSpec
from receptionrules.supervision.deadlines.timeline import Timeline
from receptionrules.supervision.findings import (
    AddFinding,
    ClockFacts,
    FeedbackFacts,
    ProcedureFacts,
    TransferFacts,
)
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.signals import clock_words, days_text

__all__ = [
    "buck_passing",
    "extension_lapses",
    "late_transfer_objections",
    "no_feedback",
    "overdue_clocks",
]

register_templates(
    {
        "sup_overdue": {
            "en": "{what} was due on {due} ({rule}: {period} from {start}{paused}; {citation}) "
            "and is {overdue} overdue: supervise the delay (AK-S-2.4), by {method}",
            "zh": "{what_zh}应于{due}前完成（{rule}：自{start}起{period_zh}{paused_zh}；"
            "{citation_zh}），已逾期{overdue_zh}，应督查督办（AK-S-2.4），方式：{method_zh}",
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
    }
)


def overdue_clocks(overdue: Iterable[Clock], add: AddFinding) -> None:
    """AK-S-2.4: one finding per overdue duty (Nat-1 … Nat-4), citing both national texts."""
    for c in overdue:
        overdue_en, overdue_zh = days_text(c.days_overdue, c.basis)
        add(
            "overdue",
            ClockFacts(c),
            "sup_overdue",
            **clock_words(c),
            overdue=overdue_en,
            overdue_zh=overdue_zh,
        )


def late_transfer_objections(m: PetitionMatter, late: Iterable[Clock], add: AddFinding) -> None:
    """AK-S-2.4: one finding per objection to a transfer made after its Nat-1a window.

    ``late`` are the matter's Nat-1a clocks whose window was used late.
    """
    for c in late:
        index = next(
            i
            for i, e in enumerate(m.events)
            if e.kind == "transfer_objected" and e.on == c.stopped_on
        )
        add(
            "procedure",
            ProcedureFacts("late_transfer_objection", index, m.events[index].on, c.due_on),
            "sup_late_transfer_objection",
            on=m.events[index].on.isoformat(),
            transferred=c.started_on.isoformat(),
            due=c.due_on.isoformat(),
        )


def extension_lapses(t: Timeline, conclude: ClockSpec | None, add: AddFinding) -> None:
    """AK-S-2.4 with Nat-2: an extension approved after the period's last day (it does not
    count; ``conclude`` is the matter's Nat-2 clock, if it runs), and an extension the
    petitioner was not told the reason for."""
    if t.extensions and t.accepted_on is not None:
        for index, e, due in conclude.late_extensions if conclude is not None else ():
            add(
                "procedure",
                ProcedureFacts("late_extension", index, e.on, due),
                "sup_late_extension",
                days=e.days,
                on=e.on.isoformat(),
                due=due.isoformat(),
            )
        for _, index, e in t.extensions:
            if not e.petitioner_told:
                add(
                    "procedure",
                    ProcedureFacts("extension_not_told", index, e.on),
                    "sup_extension_not_told",
                    on=e.on.isoformat(),
                )


def no_feedback(t: Timeline, nat2_due: date, as_of: date, add: AddFinding) -> None:
    """AK-S-2.4: a result reached but not fed back to the petitioner by its due day."""
    if t.fed_back_on is not None:
        return
    result = t.answered_on or t.concluded_on
    if result is None:
        return
    due = max(nat2_due, result)
    if as_of > due:
        add(
            "no_feedback",
            FeedbackFacts(result, due, (as_of - due).days),
            "sup_no_feedback",
            result=result.isoformat(),
            due=due.isoformat(),
        )


def buck_passing(m: PetitionMatter, t: Timeline, threshold: int, add: AddFinding) -> None:
    """AK-S-2.4 推诿: transferred ``threshold`` (``buck_passing_min_transfers``) times or more
    before a decision to accept or decline."""
    routed, decision = t.routing()
    if len(routed) < threshold:
        return
    transfers = [(on, m.events[index].to) for on, index in routed]  # type: ignore[union-attr]
    # A declined matter is closed and never gets here: the decision is an acceptance.
    accepted = None if decision is None else decision[0]
    add(
        "buck_passing",
        TransferFacts(
            tuple(on for on, _ in transfers),
            tuple(to for _, to in transfers),
            accepted,
            threshold,
        ),
        "sup_buck_passing" if accepted is None else "sup_buck_passing_accepted",
        count=len(transfers),
        chain=" → ".join(to for _, to in transfers),
        first=transfers[0][0].isoformat(),
        last=transfers[-1][0].isoformat(),
        threshold=threshold,
        accepted="" if accepted is None else accepted.isoformat(),
    )
