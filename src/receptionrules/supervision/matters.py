"""Petition matters (信访事项): who petitioned about what, against whom, and what happened since.

A :class:`PetitionMatter` is the unit a petition bureau tracks: when and how it was
received, the petitioners, the subject, the place or unit concerned, the handling
organ, and a dated history of events — handling (accepted, transferred, assigned,
extended, answered, fed back, review, re-review, concluded) and supervision
(opened, refused, suggestion rejected, falsification, obstruction, manual flag).

The model refuses inconsistent histories with a ``ValidationError`` whose message
names the matter and the field: an event before receipt, an answer before
acceptance, a second acceptance, a review decided before it was requested. The
limits that are *parameters* (how long an extension may be, how many there may be,
Nat-2) are checked when the matter is evaluated, against the limits in use
(:func:`receptionrules.supervision.deadlines.check_matter`).

>>> from datetime import date
>>> m = PetitionMatter.model_validate({
...     "id": "AK-2026-0001", "received_on": "2026-03-02", "channel": "visit",
...     "petitioner_ids": ["P-1", "P-2"], "subject": "land compensation",
...     "place": "Hanbin District", "events": [
...         {"kind": "accepted", "on": "2026-03-05"},
...         {"kind": "answered", "on": "2026-04-20"}]})
>>> m.petitioner_count, m.events[1].kind
(2, 'answered')
>>> from pydantic import ValidationError
>>> try:
...     PetitionMatter.model_validate({
...         "id": "AK-2026-0002", "received_on": "2026-03-02", "channel": "letter",
...         "subject": "wages", "place": "Unit A",
...         "events": [{"kind": "answered", "on": "2026-03-10"}]})
... except ValidationError as e:
...     print(e.errors()[0]["msg"].removeprefix("Value error, ").split(";")[0])
matter 'AK-2026-0002': events[0].on: a written answer on 2026-03-10 with no acceptance before it
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "HANDLING_KINDS",
    "MISCONDUCT_KINDS",
    "Channel",
    "DeadlineExtended",
    "FalsificationFound",
    "ManualFlag",
    "MatterAccepted",
    "MatterAssigned",
    "MatterConcluded",
    "MatterDeclined",
    "MatterEvent",
    "MatterTransferred",
    "PetitionMatter",
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


class Channel(StrEnum):
    """How a matter reached the bureau (信访形式)."""

    VISIT = "visit"
    """走访: in person."""
    LETTER = "letter"
    """来信: by letter."""
    TELEPHONE = "telephone"
    """来电: by telephone."""
    ONLINE = "online"
    """网上信访: online."""


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

    on: date
    """The day it happened."""


class MatterAccepted(_Event):
    """受理: the organ in charge accepted the matter; the Nat-2 clock starts (Nat-1, Nat-2)."""

    kind: Literal["accepted"] = "accepted"
    by: str = ""


class MatterTransferred(_Event):
    """转送/交办: registered and transferred to the organ with the power to handle it (Nat-1).

    Satisfies the Nat-1 clock of whoever transferred it and starts a new one for
    ``to``, which decides on acceptance; ``to`` may object within Nat-1a's window.
    """

    kind: Literal["transferred"] = "transferred"
    to: str = Field(min_length=1)


class MatterDeclined(_Event):
    """不予受理: the organ decided not to accept the matter and told the petitioner (Nat-1)."""

    kind: Literal["declined"] = "declined"
    reason: str = ""


class TransferObjected(_Event):
    """The organ a matter was transferred to objects that it is outside its powers (Nat-1a)."""

    kind: Literal["transfer_objected"] = "transfer_objected"
    by: str = ""
    reason: str = ""


class MatterAssigned(_Event):
    """Assigned to a handler (承办), optionally with a deadline."""

    kind: Literal["assigned"] = "assigned"
    to: str = Field(min_length=1)
    deadline: date | None = None


class DeadlineExtended(_Event):
    """An approved extension of the Nat-2 period; ``on`` is the day it was approved (Nat-2).

    ``petitioner_told`` records whether the petitioner was told why, as Nat-2 requires.
    """

    kind: Literal["extended"] = "extended"
    days: int = Field(ge=1)
    reason: str = Field(min_length=1)
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


class SupervisionOpened(_Event):
    """督查督办: supervision of the matter was opened with a method (AK-S-3)."""

    kind: Literal["supervision_opened"] = "supervision_opened"
    method: SupervisionMethod
    by: str = ""


class _Misconduct(_Event):
    unit: str | None = None
    """The supervised unit (or its staff) at fault; the matter's handling organ if omitted."""
    note: str = ""


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
    note: str = ""


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
    | SupervisionOpened
    | SupervisionRefused
    | SuggestionRejected
    | FalsificationFound
    | SupervisionObstructed
    | ManualFlag,
    Field(discriminator="kind"),
]
"""One dated event of a matter's history, told apart by its ``kind``."""

HANDLING_KINDS = frozenset(
    {
        "accepted",
        "transferred",
        "declined",
        "transfer_objected",
        "assigned",
        "extended",
        "answered",
        "review_requested",
        "review_decided",
        "re_review_requested",
        "re_review_decided",
    }
)
"""Event kinds that are handling steps: none may follow the conclusion."""

MISCONDUCT_KINDS = frozenset(
    {"supervision_refused", "suggestion_rejected", "falsification_found", "obstruction"}
)
"""Event kinds that ground a recommendation of accountability (AK-S-7)."""

_ONCE = (
    "accepted",
    "declined",
    "answered",
    "review_requested",
    "review_decided",
    "re_review_requested",
    "re_review_decided",
    "concluded",
)

# kind -> (the kinds one of which must come on or before it, what to call them)
_REQUIRES: dict[str, tuple[tuple[str, ...], str]] = {
    "answered": (("accepted",), "a written answer"),
    "extended": (("accepted",), "an extension"),
    "fed_back": (("answered", "concluded"), "a result fed back"),
    "review_requested": (("answered",), "a review request"),
    "review_decided": (("review_requested",), "a review decision"),
    "re_review_requested": (("review_decided",), "a re-review request"),
    "re_review_decided": (("re_review_requested",), "a re-review decision"),
    "transfer_objected": (("transferred",), "an objection to a transfer"),
    "supervision_refused": (("supervision_opened",), "a refusal of supervision"),
    "suggestion_rejected": (("supervision_opened",), "a rejected suggestion"),
    "falsification_found": (("supervision_opened",), "a finding of falsification"),
    "obstruction": (("supervision_opened",), "an obstruction of supervision"),
}
_NAMES = {
    "accepted": "acceptance",
    "answered": "written answer",
    "concluded": "conclusion",
    "review_decided": "review decision",
    "review_requested": "review request",
    "re_review_requested": "re-review request",
    "transferred": "transfer",
    "supervision_opened": "supervision",
}


class PetitionMatter(BaseModel):
    """One petition matter (信访事项) and its dated history.

    Attributes:
        id: the bureau's identifier, unique within a set of matters.
        received_on: the day it was received (登记).
        channel: visit, letter, telephone or online.
        petitioner_ids: the petitioners' identifiers (empty for an anonymous letter).
        petitioner_count: how many people petitioned together; defaults to the number
            of ids (at least 1). Five or more make a collective petition (AK-S-2.3).
        subject: the topic, as a code from the bureau's own list; matters "on the same
            subject" (AK-S-2.2, AK-S-2.3) compare it exactly.
        place: the place or unit the matter is against (AK-S-2.1 groups by it).
        handling_organ: the organ handling it, if known.
        in_legal_proceedings: already in litigation, arbitration or another legal
            process (MC-4: directed to that process).
        events: the history, in any order; each event is dated.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    received_on: date
    channel: Channel
    petitioner_ids: tuple[str, ...] = ()
    petitioner_count: int = Field(
        default=1, ge=1, description="defaults to the number of petitioner_ids (at least 1)"
    )
    subject: str = Field(min_length=1)
    place: str = Field(min_length=1)
    handling_organ: str | None = None
    in_legal_proceedings: bool = False
    events: tuple[MatterEvent, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _default_count(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("petitioner_count") is None:
            ids = data.get("petitioner_ids")
            # Bad ids are the field validator's to report; the count then defaults to 1.
            count = len(ids) if isinstance(ids, list | tuple) else 0
            data = {**data, "petitioner_count": max(1, count)}
        return data

    @model_validator(mode="after")
    def _check(self) -> PetitionMatter:
        def fail(field: str, message: str) -> ValueError:
            return ValueError(f"matter {self.id!r}: {field}: {message}")

        if len(set(self.petitioner_ids)) != len(self.petitioner_ids):
            dup = next(p for p in self.petitioner_ids if self.petitioner_ids.count(p) > 1)
            raise fail("petitioner_ids", f"{dup!r} is listed twice")
        if self.petitioner_count < len(self.petitioner_ids):
            raise fail(
                "petitioner_count",
                f"{self.petitioner_count} is fewer than the {len(self.petitioner_ids)} "
                "petitioner_ids given",
            )
        first: dict[str, tuple[int, date]] = {}
        for i, e in enumerate(self.events):
            if e.on < self.received_on:
                raise fail(
                    f"events[{i}].on",
                    f"{e.kind} on {e.on.isoformat()} is before received_on "
                    f"{self.received_on.isoformat()}; no event precedes the receipt",
                )
            if e.kind in _ONCE and e.kind in first:
                raise fail(
                    f"events[{i}].kind",
                    f"a second {e.kind!r} event (the first is events[{first[e.kind][0]}]); "
                    "a matter has one",
                )
            if e.kind not in first or e.on < first[e.kind][1]:
                first[e.kind] = (i, e.on)
            if isinstance(e, MatterAssigned) and e.deadline is not None and e.deadline < e.on:
                raise fail(
                    f"events[{i}].deadline",
                    f"{e.deadline.isoformat()} is before the assignment on {e.on.isoformat()}",
                )
        if "accepted" in first and "declined" in first:
            i = max(first["accepted"][0], first["declined"][0])
            raise fail(f"events[{i}].kind", "a matter is either accepted or declined, not both")
        for i, e in enumerate(self.events):
            required = _REQUIRES.get(e.kind)
            if required is not None:
                kinds, name = required
                if not any(k in first and first[k][1] <= e.on for k in kinds):
                    need = " or ".join(_NAMES[k] for k in kinds)
                    raise fail(
                        f"events[{i}].on",
                        f"{name} on {e.on.isoformat()} with no {need} before it; record the "
                        f"{need} on or before {e.on.isoformat()}",
                    )
            if e.kind in HANDLING_KINDS and "concluded" in first and e.on > first["concluded"][1]:
                raise fail(
                    f"events[{i}].on",
                    f"{e.kind} on {e.on.isoformat()} after the conclusion on "
                    f"{first['concluded'][1].isoformat()}; a concluded matter has no further "
                    "handling",
                )
        return self
