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
    MatterEvent,
    MatterRepeat,
)

__all__ = ["Channel", "PetitionMatter", "history_problem"]


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


_ONCE = frozenset(
    (
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
        problem = history_problem(self)
        if problem is not None:
            field, message = problem
            raise ValueError(f"matter {self.id!r}: {field}: {message}")
        return self


def history_problem(m: PetitionMatter) -> tuple[str, str] | None:
    """The first inconsistency of ``m``'s petitioners or history as (field, message), or
    None: the model's own check, shared with the fast loader (:mod:`.loading`).

    One pass over the events reads each event's kind and day once and records the
    earliest day of each kind; a second, over those pairs, checks what each event
    requires before it and what may not follow a conclusion or a merge.
    """
    ids = m.petitioner_ids
    if len(ids) > 1 and len(set(ids)) != len(ids):
        dup = next(p for p in ids if ids.count(p) > 1)
        return "petitioner_ids", f"{dup!r} is listed twice"
    if m.petitioner_count < len(ids):
        return (
            "petitioner_count",
            f"{m.petitioner_count} is fewer than the {len(ids)} petitioner_ids given",
        )
    events = m.events
    if not events:
        return None
    received = m.received_on
    first: dict[str, tuple[int, date]] = {}
    classified: dict[date, int] = {}
    pairs: list[tuple[str, date]] = []
    kind: str
    for i, e in enumerate(events):
        kind, on = e.kind, e.on
        pairs.append((kind, on))
        if on < received:
            return (
                f"events[{i}].on",
                f"{kind} on {on.isoformat()} is before received_on "
                f"{received.isoformat()}; no event precedes the receipt",
            )
        seen = first.get(kind)
        if seen is None:
            first[kind] = (i, on)
        elif kind in _ONCE:
            return (
                f"events[{i}].kind",
                f"a second {kind!r} event (the first is events[{seen[0]}]); a matter has one",
            )
        elif on < seen[1]:
            first[kind] = (i, on)
        if kind == "classified":
            if on in classified:
                return (
                    f"events[{i}].on",
                    f"a second classification on {on.isoformat()} (the first is "
                    f"events[{classified[on]}]); the latest classification is the one in "
                    "force, so give one a day",
                )
            classified[on] = i
        elif kind == "assigned":
            deadline = e.deadline  # type: ignore[union-attr]
            if deadline is not None and deadline < on:
                return (
                    f"events[{i}].deadline",
                    f"{deadline.isoformat()} is before the assignment on {on.isoformat()}",
                )
    if "accepted" in first and "declined" in first:
        i = max(first["accepted"][0], first["declined"][0])
        return f"events[{i}].kind", "a matter is either accepted or declined, not both"
    if "answered" in first and "opinion" in first:
        i = max(first["answered"][0], first["opinion"][0])
        return (
            f"events[{i}].kind",
            "a matter has one written answer: an 'answered' event or a handling 'opinion', "
            "not both",
        )
    merged_on: date | None = None
    if "repeat" in first:
        i = first["repeat"][0]
        r = events[i]
        assert isinstance(r, MatterRepeat)
        if r.of == m.id:
            return f"events[{i}].of", f"{r.of!r} is this matter; a repeat links an earlier one"
        merged_on = r.on if r.merged else None
    concluded_on = first["concluded"][1] if "concluded" in first else None
    # The last day handling may happen: the earlier of the conclusion and the merge
    # (None: any day).
    ends = [d for d in (concluded_on, merged_on) if d is not None]
    last = min(ends) if ends else None
    # The earliest day any of a requirement's kinds happened (None: never), per kind.
    earliest: dict[str, date | None] = {}
    for i, (kind, on) in enumerate(pairs):
        required = _REQUIRES.get(kind)
        if required is not None:
            if kind in earliest:
                since = earliest[kind]
            else:
                days = [first[k][1] for k in required[0] if k in first]
                since = earliest[kind] = min(days) if days else None
            if since is None or since > on:
                kinds, name = required
                need = " or ".join(_NAMES[k] for k in kinds)
                return (
                    f"events[{i}].on",
                    f"{name} on {on.isoformat()} with no {need} before it; record the "
                    f"{need} on or before {on.isoformat()}",
                )
        if last is not None and on > last and kind in HANDLING_KINDS:
            if concluded_on is not None and on > concluded_on:
                return (
                    f"events[{i}].on",
                    f"{kind} on {on.isoformat()} after the conclusion on "
                    f"{concluded_on.isoformat()}; a concluded matter has no further handling",
                )
            if merged_on is not None:
                return (
                    f"events[{i}].on",
                    f"{kind} on {on.isoformat()} after the matter was merged into another "
                    f"on {merged_on.isoformat()}; a merged repeat is handled with its original",
                )
    return None
