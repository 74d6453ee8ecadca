"""Petition matters (信访事项): who petitioned about what, against whom, and what happened since.

A :class:`PetitionMatter` is the unit a petition bureau tracks: when and how it was
received (:class:`Channel`), the petitioners, the subject, the place or unit concerned,
the handling organ, and a dated history of events (:mod:`.events`) — handling
(accepted, transferred, assigned, extended, answered or a handling opinion, fed back,
review, re-review, concluded, clocks paused and resumed), the classification, the
petitioner's evaluation, a link to the matter it repeats, and supervision (opened,
refused, suggestion rejected, falsification, obstruction, manual flag).

The model refuses inconsistent histories with a ``ValidationError`` whose message
names the matter and the field: an event before receipt, an answer before
acceptance, a second acceptance, two written answers, a review decided before it was
requested, an evaluation before any result, handling after the matter was merged into
another, a matter repeating itself. What depends on the limits and the national text in
use (how long an extension may be, how many there may be, Nat-2; whether a paused clock
runs at all) is checked when the matter is evaluated
(:func:`receptionrules.supervision.deadlines.limits.check_matter`, and the clocks).

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

from receptionrules.bounds import MAX_COUNT, Day, Id, Place, ShortText
from receptionrules.supervision.events import (
    HANDLING_KINDS,
    MatterAssigned,
    MatterEvent,
    MatterRepeat,
)

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
    "opinion",
    "evaluated",
    "repeat",
    "review_requested",
    "review_decided",
    "re_review_requested",
    "re_review_decided",
    "concluded",
)

# kind -> (the kinds one of which must come on or before it, what to call them)
_REQUIRES: dict[str, tuple[tuple[str, ...], str]] = {
    "answered": (("accepted",), "a written answer"),
    "opinion": (("accepted",), "a handling opinion"),
    "extended": (("accepted",), "an extension"),
    "fed_back": (("answered", "opinion", "concluded"), "a result fed back"),
    "evaluated": (("answered", "opinion", "concluded"), "an evaluation"),
    "review_requested": (("answered", "opinion"), "a review request"),
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
    "opinion": "handling opinion",
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

    id: Id
    received_on: Day
    channel: Channel
    petitioner_ids: tuple[Id, ...] = Field(default=(), max_length=MAX_COUNT)
    petitioner_count: int = Field(
        default=1,
        ge=1,
        le=MAX_COUNT,
        description="defaults to the number of petitioner_ids (at least 1)",
    )
    subject: Id
    place: Place = Field(min_length=1)
    handling_organ: ShortText | None = None
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
        classified: dict[date, int] = {}
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
            if e.kind == "classified":
                if e.on in classified:
                    raise fail(
                        f"events[{i}].on",
                        f"a second classification on {e.on.isoformat()} (the first is "
                        f"events[{classified[e.on]}]); the latest classification is the one in "
                        "force, so give one a day",
                    )
                classified[e.on] = i
            if isinstance(e, MatterAssigned) and e.deadline is not None and e.deadline < e.on:
                raise fail(
                    f"events[{i}].deadline",
                    f"{e.deadline.isoformat()} is before the assignment on {e.on.isoformat()}",
                )
        if "accepted" in first and "declined" in first:
            i = max(first["accepted"][0], first["declined"][0])
            raise fail(f"events[{i}].kind", "a matter is either accepted or declined, not both")
        if "answered" in first and "opinion" in first:
            i = max(first["answered"][0], first["opinion"][0])
            raise fail(
                f"events[{i}].kind",
                "a matter has one written answer: an 'answered' event or a handling 'opinion', "
                "not both",
            )
        merged_on = self._merged_on(first, fail)
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
            if e.kind in HANDLING_KINDS and merged_on is not None and e.on > merged_on:
                raise fail(
                    f"events[{i}].on",
                    f"{e.kind} on {e.on.isoformat()} after the matter was merged into another "
                    f"on {merged_on.isoformat()}; a merged repeat is handled with its original",
                )
        return self

    def _merged_on(self, first: dict[str, tuple[int, date]], fail: Any) -> date | None:
        """The day the matter was merged into the one it repeats, if it was; refuses a
        matter that repeats itself."""
        if "repeat" not in first:
            return None
        i = first["repeat"][0]
        e = self.events[i]
        assert isinstance(e, MatterRepeat)
        if e.of == self.id:
            raise fail(f"events[{i}].of", f"{e.of!r} is this matter; a repeat links an earlier one")
        return e.on if e.merged else None
