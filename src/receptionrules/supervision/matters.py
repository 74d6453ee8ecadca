"""Petition matters (信访事项): who petitioned about what, against whom, and what happened since.

A :class:`PetitionMatter` is the unit a petition bureau tracks: when and how it was
received (:class:`Channel`), the petitioners, the subject, the place or unit concerned,
the handling organ, and a dated history of events (:mod:`.events`) — handling
(accepted, transferred, assigned, extended, answered, fed back, review, re-review,
concluded) and supervision (opened, refused, suggestion rejected, falsification,
obstruction, manual flag).

The model refuses inconsistent histories with a ``ValidationError`` whose message
names the matter and the field: an event before receipt, an answer before
acceptance, a second acceptance, a review decided before it was requested. The
limits that are *parameters* (how long an extension may be, how many there may be,
Nat-2) are checked when the matter is evaluated, against the limits in use
(:func:`receptionrules.supervision.deadlines.limits.check_matter`).

Imports :mod:`.events`.

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
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.supervision.events import HANDLING_KINDS, MatterAssigned, MatterEvent

__all__ = ["Channel", "PetitionMatter"]


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
