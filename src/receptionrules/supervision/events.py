"""The dated events of a petition matter's history, and the supervision methods (AK-S-3).

Handling events (accepted, transferred, declined, a transfer objected to, assigned,
extended, answered, a handling opinion, fed back, review, re-review, concluded; Nat-1 …
Nat-4, Nat-9), the classification (Nat-7, Nat-8), a clock paused and resumed (the hearing
of Nat-4, or a local reason), the petitioner's evaluation (Nat-10), a link to the earlier
matter it repeats (AK-S-2.3), and supervision events (opened with a method, refused,
suggestion rejected, falsification, obstruction: AK-S-7; a manual flag: AK-S-2.5). Each is
a small frozen model told apart by its ``kind``; :data:`MatterEvent` is their union, as
:class:`~receptionrules.supervision.matters.PetitionMatter` holds them.

Imports :mod:`.categories`.

>>> DeadlineExtended(on="2026-04-01", days=30, reason="complex").petitioner_told
True
>>> SupervisionMethod.WRITTEN.label_zh
'书面督办'
>>> MatterClassified(on="2026-04-02", category="claim", route="arbitration").route.item
2
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.bounds import MAX_DAYS, Day, Id, Note, ShortText, Tagged
from receptionrules.supervision.categories import (
    ClaimRoute,
    MatterCategory,
    OpinionOutcome,
    Satisfaction,
)

__all__ = [
    "HANDLING_KINDS",
    "HEARING",
    "MISCONDUCT_KINDS",
    "ClockPaused",
    "ClockResumed",
    "DeadlineExtended",
    "FalsificationFound",
    "HandlingOpinion",
    "ManualFlag",
    "MatterAccepted",
    "MatterAssigned",
    "MatterClassified",
    "MatterConcluded",
    "MatterDeclined",
    "MatterEvent",
    "MatterRepeat",
    "MatterTransferred",
    "PausableClock",
    "PetitionerEvaluated",
    "ReReviewDecided",
    "ReReviewRequested",
    "ResultFedBack",
    "ReviewDecided",
    "ReviewRequested",
    "SuggestionRejected",
    "SupervisionMethod",
    "SupervisionObstructed",
    "SupervisionOpened",
    "SupervisionRefused",
    "TransferObjected",
    "WrittenAnswer",
]


class SupervisionMethod(StrEnum):
    """A supervision method (督查督办方式, AK-S-3), in the order of the default ladder."""

    TELEPHONE = "telephone"
    """电话督办: by telephone."""
    WRITTEN = "written"
    """书面督办: by written notice."""
    MEETING = "meeting"
    """召开督办会议: a supervision meeting."""
    ON_SITE = "on_site"
    """现场督查督办: on site."""

    @property
    def label_zh(self) -> str:
        """The Chinese name, e.g. ``'书面督办'``."""
        return _METHOD_ZH[self]

    @property
    def label(self) -> str:
        """The English name, e.g. ``'written notice'``."""
        return _METHOD_EN[self]


_METHOD_ZH = {
    SupervisionMethod.TELEPHONE: "电话督办",
    SupervisionMethod.WRITTEN: "书面督办",
    SupervisionMethod.MEETING: "召开督办会议",
    SupervisionMethod.ON_SITE: "现场督查督办",
}
_METHOD_EN = {
    SupervisionMethod.TELEPHONE: "telephone",
    SupervisionMethod.WRITTEN: "written notice",
    SupervisionMethod.MEETING: "supervision meeting",
    SupervisionMethod.ON_SITE: "on-site supervision",
}


# ---------------------------------------------------------------------------
# Events


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    on: Day
    """The day it happened."""


class MatterAccepted(_Event):
    """受理: the organ in charge accepted the matter; the Nat-2 clock starts (Nat-1, Nat-2)."""

    kind: Literal["accepted"] = "accepted"
    by: ShortText = ""


class MatterTransferred(_Event):
    """转送/交办: registered and transferred to the organ with the power to handle it (Nat-1).

    Satisfies the Nat-1 clock of whoever transferred it and starts a new one for
    ``to``, which decides on acceptance; ``to`` may object within Nat-1a's window.
    """

    kind: Literal["transferred"] = "transferred"
    to: Id


class MatterDeclined(_Event):
    """不予受理: the organ decided not to accept the matter and told the petitioner (Nat-1)."""

    kind: Literal["declined"] = "declined"
    reason: Note = ""


class TransferObjected(_Event):
    """The organ a matter was transferred to objects that it is outside its powers (Nat-1a)."""

    kind: Literal["transfer_objected"] = "transfer_objected"
    by: ShortText = ""
    reason: Note = ""


class MatterAssigned(_Event):
    """Assigned to a handler (承办), optionally with a deadline."""

    kind: Literal["assigned"] = "assigned"
    to: Id
    deadline: Day | None = None


class DeadlineExtended(_Event):
    """An approved extension of the Nat-2 period; ``on`` is the day it was approved (Nat-2).

    ``petitioner_told`` records whether the petitioner was told why, as Nat-2 requires.
    """

    kind: Literal["extended"] = "extended"
    days: int = Field(ge=1, le=MAX_DAYS)
    reason: Note = Field(min_length=1)
    petitioner_told: bool = True


class WrittenAnswer(_Event):
    """书面答复意见: the written answer on the matter; it concludes the Nat-2 handling."""

    kind: Literal["answered"] = "answered"


class ResultFedBack(_Event):
    """反馈结果: the result reached the petitioner; the Nat-3 request window starts (AK-S-2.4)."""

    kind: Literal["fed_back"] = "fed_back"


class ReviewRequested(_Event):
    """复查请求: the petitioner asked for a review of the written answer (Nat-3)."""

    kind: Literal["review_requested"] = "review_requested"


class ReviewDecided(_Event):
    """复查意见: the review decision, received by the petitioner on ``on`` (Nat-3)."""

    kind: Literal["review_decided"] = "review_decided"


class ReReviewRequested(_Event):
    """复核请求: the petitioner asked for a re-review of the review decision (Nat-4)."""

    kind: Literal["re_review_requested"] = "re_review_requested"


class ReReviewDecided(_Event):
    """复核意见: the re-review decision; the matter is then closed to petition (Nat-4)."""

    kind: Literal["re_review_decided"] = "re_review_decided"


class MatterConcluded(_Event):
    """办结/终结: the matter is closed; every clock stops and no handling follows."""

    kind: Literal["concluded"] = "concluded"


class HandlingOpinion(_Event):
    """信访处理意见书: the written answer of a route-(6) claim, with its outcome (Nat-9).

    It is the matter's written answer (a matter has one: this or ``answered``): it stops
    Nat-2 and the review window runs from its receipt (Nat-3).
    """

    kind: Literal["opinion"] = "opinion"
    outcome: OpinionOutcome


class MatterClassified(_Event):
    """分类: the matter's category and, for a claim, its route (Nat-7, Nat-8; 2022 arts. 29–31).

    The latest classification on or before a date is the one in force. Under the 2022
    text a claim of route (1)–(4) is directed to that procedure on this day (导入相应程序),
    which ends its petition clocks; only route (6) runs Nat-2 (art. 34).
    """

    kind: Literal["classified"] = "classified"
    category: MatterCategory
    route: ClaimRoute | None = None
    by: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _route(self) -> MatterClassified:
        if self.category is MatterCategory.CLAIM and self.route is None:
            raise ValueError(
                "route: a claim (申诉求决类) goes one of the six routes of art. 31; give route "
                f"(one of {[r.value for r in ClaimRoute]})"
            )
        if self.category is not MatterCategory.CLAIM and self.route is not None:
            raise ValueError(
                f"route: {self.route.value!r} is a route of a claim (申诉求决类); a "
                f"{self.category.value!r} matter has none, so leave route out"
            )
        return self


PausableClock = Literal["register", "conclude", "review_decision", "re_review_decision"]
"""The duty clocks that can pause (a window, the petitioner's time, never does)."""

HEARING = "hearing"
"""The pause reason the national texts name: hearing time does not count against the
re-review decision period (2005 art. 35, 2022 art. 36; Nat-4)."""


class ClockPaused(_Event):
    """The named duty clock stops counting from the day after ``on`` until it resumes.

    ``reason`` ``"hearing"`` on the re-review decision clock is the national rule (Nat-4:
    听证所需时间不计算在期限内); any other reason (an appraisal, ``"appraisal"`` / 鉴定)
    is a local rule, and is named as given wherever the pause is reported.
    """

    kind: Literal["paused"] = "paused"
    clock: PausableClock
    reason: str = Field(min_length=1, max_length=200)
    note: str = Field(default="", max_length=3000)


class ClockResumed(_Event):
    """The named duty clock counts again from the day after ``on`` (see :class:`ClockPaused`)."""

    kind: Literal["resumed"] = "resumed"
    clock: PausableClock


class PetitionerEvaluated(_Event):
    """参评: the petitioner evaluated the handling: satisfied, basically satisfied or not
    (Nat-10, 满意率)."""

    kind: Literal["evaluated"] = "evaluated"
    satisfaction: Satisfaction
    note: str = Field(default="", max_length=3000)


class MatterRepeat(_Event):
    """重复信访: the matter repeats the earlier matter ``of`` (same petitioner, same subject).

    ``merged`` (合并办理, the default): from ``on`` it is handled with ``of`` and runs no
    clocks of its own; it is reported with its original. Otherwise it is only linked:
    handled on its own, and counted as a repeat (AK-S-2.3, 重复信访率).
    """

    kind: Literal["repeat"] = "repeat"
    of: str = Field(min_length=1, max_length=200)
    merged: bool = True
    note: str = Field(default="", max_length=3000)


class SupervisionOpened(_Event):
    """督查督办: supervision of the matter was opened with a method (AK-S-3)."""

    kind: Literal["supervision_opened"] = "supervision_opened"
    method: SupervisionMethod
    by: ShortText = ""


class _Misconduct(_Event):
    unit: ShortText | None = None
    """The supervised unit (or its staff) at fault; the matter's handling organ if omitted."""
    note: Note = ""


class SupervisionRefused(_Misconduct):
    """拒绝督查督办: the supervised unit refused supervision (AK-S-7.1)."""

    kind: Literal["supervision_refused"] = "supervision_refused"


class SuggestionRejected(_Misconduct):
    """拒不采纳督查改进建议: the unit refused to adopt the improvement suggestions (AK-S-7.2)."""

    kind: Literal["suggestion_rejected"] = "suggestion_rejected"


class FalsificationFound(_Misconduct):
    """隐瞒事实真相，弄虚作假: concealment or falsification was found (AK-S-7.3)."""

    kind: Literal["falsification_found"] = "falsification_found"


class SupervisionObstructed(_Misconduct):
    """其它妨碍督查督办: the unit otherwise obstructed supervision (AK-S-7.4)."""

    kind: Literal["obstruction"] = "obstruction"


class ManualFlag(_Event):
    """其他需要督查督办的问题: a person flagged the matter for supervision (AK-S-2.5)."""

    kind: Literal["flagged"] = "flagged"
    note: Note = ""


MatterEvent = Annotated[
    MatterAccepted
    | MatterTransferred
    | MatterDeclined
    | TransferObjected
    | MatterAssigned
    | DeadlineExtended
    | WrittenAnswer
    | ResultFedBack
    | ReviewRequested
    | ReviewDecided
    | ReReviewRequested
    | ReReviewDecided
    | MatterConcluded
    | HandlingOpinion
    | MatterClassified
    | ClockPaused
    | ClockResumed
    | PetitionerEvaluated
    | MatterRepeat
    | SupervisionOpened
    | SupervisionRefused
    | SuggestionRejected
    | FalsificationFound
    | SupervisionObstructed
    | ManualFlag,
    Field(discriminator="kind"),
    Tagged,
]
"""One dated event of a matter's history, told apart by its ``kind``."""

HANDLING_KINDS = frozenset(
    "accepted transferred declined transfer_objected assigned extended answered opinion "  # noqa: SIM905
    "paused resumed review_requested review_decided re_review_requested re_review_decided".split()
)
"""Event kinds that are handling steps: none may follow the conclusion."""

MISCONDUCT_KINDS = frozenset(
    {"supervision_refused", "suggestion_rejected", "falsification_found", "obstruction"}
)
"""Event kinds that ground a recommendation of accountability (AK-S-7)."""
