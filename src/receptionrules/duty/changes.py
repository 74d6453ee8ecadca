"""Changes to a roster: swaps, covers, fills, substitutions and undos, and the record of each.

A *swap* exchanges two people's slots; a *cover* hands one slot to someone else
(AK-R-6.1); a *fill* puts someone in a vacant post (不得空岗, AK-R-6.1), checked like a
cover; a *substitution* puts the designated substitute, or the next leader in
published order, in place of a leader who can't attend (WF-3); an *undo* reverses
an earlier change while its slot has not started.

Every request says when it was made (``requested_at``) and who arranged it
(``arranged_by``; None means the requester in person). The petition bureau
arranges changes on leaders' behalf (AK-R-6.3), so the record keeps both.

>>> from datetime import datetime
>>> from receptionrules.timeutil import TZ
>>> req = CoverRequest(slot_id="ankang-mayor/2026-06-02", requester="vm1",
...                    counterpart="sg1", requested_at=datetime(2026, 5, 25, 10, tzinfo=TZ),
...                    arranged_by="市信访局")
>>> req.kind, req.requested_at.isoformat()
('cover', '2026-05-25T10:00:00+08:00')
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from receptionrules.duty._model import FROZEN, LocalDatetime
from receptionrules.duty.availability import AbsenceReason

__all__ = [
    "Change",
    "ChangeRecord",
    "CoverRequest",
    "FillRequest",
    "Move",
    "SubstitutionOrder",
    "SubstitutionRequest",
    "SwapRequest",
    "UndoRequest",
]


class SubstitutionOrder(StrEnum):
    """Who is asked after the designated substitute (WF-3).

    ``PUBLISHED`` (the default): the other leaders from the top of the published order.
    ``AFTER_ABSENT``: the leaders after the absent one in published order, wrapping round.
    """

    PUBLISHED = "published"
    AFTER_ABSENT = "after_absent"


class _Request(BaseModel):
    model_config = FROZEN

    requested_at: LocalDatetime
    arranged_by: str | None = None
    """Who arranged it, e.g. the City Petition Bureau (AK-R-6.3); None: the requester."""
    note: str = ""


class SwapRequest(_Request):
    """``requester`` and ``counterpart`` exchange their slots (调换, AK-R-6.1).

    ``position`` / ``counterpart_position`` name the posts when a slot has several
    (TS-1); by default, the post each person holds in their slot.
    """

    kind: Literal["swap"] = "swap"
    slot_id: str = Field(min_length=1)
    requester: str = Field(min_length=1)
    counterpart: str = Field(min_length=1)
    counterpart_slot_id: str = Field(min_length=1)
    position: str | None = None
    counterpart_position: str | None = None


class CoverRequest(_Request):
    """``counterpart`` takes ``requester``'s post in one slot (AK-R-6.1)."""

    kind: Literal["cover"] = "cover"
    slot_id: str = Field(min_length=1)
    requester: str = Field(min_length=1)
    counterpart: str = Field(min_length=1)
    position: str | None = None


class FillRequest(_Request):
    """``person`` takes a vacant post of one slot (不得空岗, AK-R-6.1).

    Checked like a cover: the post is vacant, ``person`` may hold it (TS-1), is active,
    available and not on duty at an overlapping time, the slot has not started and
    the fill is arranged in advance (the lead time). ``position`` names the post; by
    default the only vacant post ``person`` may take.
    """

    kind: Literal["fill"] = "fill"
    slot_id: str = Field(min_length=1)
    person: str = Field(min_length=1)
    position: str | None = None


class SubstitutionRequest(_Request):
    """``substitute`` takes the day of ``absent``, who can't attend (WF-3).

    ``substitute`` None records that nobody could: the post is left vacant and
    reported (``Roster.vacancies``), never silently dropped. Build it with
    :func:`receptionrules.duty.substitution.find_substitute`.
    """

    kind: Literal["substitution"] = "substitution"
    slot_id: str = Field(min_length=1)
    absent: str = Field(min_length=1)
    substitute: str | None
    position: str | None = None
    absence: AbsenceReason | None = None
    order: SubstitutionOrder = SubstitutionOrder.PUBLISHED


class UndoRequest(_Request):
    """Reverse change number ``change`` of the roster's history, before its slot starts."""

    kind: Literal["undo"] = "undo"
    change: int = Field(ge=0)


Change = Annotated[
    SwapRequest | CoverRequest | FillRequest | SubstitutionRequest | UndoRequest,
    Field(discriminator="kind"),
]
"""Any change request; as data, its ``kind`` says which."""


class Move(BaseModel):
    """One post of one slot changing hands: ``before`` → ``after`` (None: vacant)."""

    model_config = FROZEN

    slot_id: str
    position: str
    before: str | None
    after: str | None


class ChangeRecord(BaseModel):
    """An applied change in a roster's history (AK-R-6.3): what, when, by whom, for whom.

    Attributes:
        seq: its number in the history, from 0.
        change: the request as applied.
        moves: the posts that changed hands.
        on_behalf_of: the leader whose duty it was (the requester, the absent leader,
            for a fill the person who takes the vacant post, for an undo the original
            change's).
        arranged_by: who arranged it (the request's ``arranged_by``, else ``on_behalf_of``).
    """

    model_config = FROZEN

    seq: int = Field(ge=0)
    change: Change
    moves: tuple[Move, ...]
    on_behalf_of: str
    arranged_by: str

    @property
    def kind(self) -> str:
        """``'swap'``, ``'cover'``, ``'fill'``, ``'substitution'`` or ``'undo'``."""
        return self.change.kind

    @property
    def requested_at(self) -> datetime:
        """When the change was requested."""
        return self.change.requested_at

    @property
    def slot_ids(self) -> tuple[str, ...]:
        """The slots it touched, in order, without repeats."""
        return tuple(dict.fromkeys(m.slot_id for m in self.moves))
