"""Strategies for petition matters with consistent event histories (Nat-1 … Nat-4,
AK-S-2, AK-S-7)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from receptionrules.supervision import PetitionMatter

__all__ = ["event_histories", "matters"]

_IDS = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True)

_METHODS = ("telephone", "written", "meeting", "on_site")
_MISCONDUCT = ("supervision_refused", "suggestion_rejected", "falsification_found", "obstruction")
_CLASSES: tuple[tuple[str, str | None] | None, ...] = (
    None,
    None,
    None,
    ("claim", "opinion"),
    ("claim", "duty"),
    ("claim", "arbitration"),
    ("claim", "legal_proceedings"),
    ("suggestion", None),
    ("accusation", None),
)
_DIRECTING = ("legal_proceedings", "arbitration", "party_appeal", "administrative")
_OUTCOMES = ("supported", "explained", "not_supported")
_SATISFACTION = ("satisfied", "basically_satisfied", "dissatisfied")


@st.composite
def event_histories(
    draw: st.DrawFn, received: date, *, pauses: bool = True
) -> list[dict[str, Any]]:
    """The events of a matter received on ``received``, as data, in any order: a 2022
    category and route, transfers (some objected), accepted or declined, pauses of a
    running clock (with ``pauses``), an extension, the answer or an opinion, feedback and
    its evaluation, review and re-review, conclusion, supervision opened, misconduct, a
    manual flag (Nat-1 … Nat-4, AK-S-2, AK-S-7). Invariant: consistent — each handling
    step on or after the one before it, a pause only of a clock that runs then, resumed
    before the clock stops."""
    events: list[dict[str, Any]] = []
    day = received

    def step(lo: int = 0, hi: int = 40) -> date:
        nonlocal day
        day = day + timedelta(days=draw(st.integers(lo, hi)))
        return day

    def add(kind: str, on: date, **extra: Any) -> None:
        events.append({"kind": kind, "on": on.isoformat(), **extra})

    cls = draw(st.sampled_from(_CLASSES))
    directing = cls is not None and cls[1] in _DIRECTING
    if cls is not None:
        extra = {"category": cls[0]} if cls[1] is None else {"category": cls[0], "route": cls[1]}
        add("classified", received + timedelta(days=draw(st.integers(0, 60))), **extra)
    nat2 = cls is None or cls[1] == "opinion"  # Nat-2 runs under the 2022 text

    def pause(clock: str) -> None:
        if pauses and not directing and draw(st.integers(0, 3)) == 0:
            reason = (
                "hearing"
                if clock == "re_review_decision"
                else draw(st.sampled_from(("appraisal", "鉴定", "site survey")))
            )
            add("paused", step(0, 12), clock=clock, reason=reason)
            add("resumed", step(0, 12), clock=clock)

    for hop in range(draw(st.sampled_from((0, 0, 1, 1, 2, 3, 4)))):  # AK-S-2.4 buck-passing
        add("transferred", step(0, 20), to=f"Bureau {'BCDE'[hop]}")
        if draw(st.booleans()):
            add("transfer_objected", step(0, 12))
    stage = draw(st.integers(0, 7))
    if stage >= 1:
        if draw(st.integers(0, 9)) == 0:
            add("declined", step(0, 30))
            stage = 0
        else:
            add("accepted", step(0, 30))
            if nat2:
                pause("conclude")
            if draw(st.booleans()):
                add("assigned", step(0, 5), to="officer")
            if draw(st.booleans()):
                add(
                    "extended",
                    step(0, 70),
                    days=draw(st.integers(1, 30)),
                    reason="complex",
                    petitioner_told=draw(st.booleans()),
                )
    if stage >= 2:
        if draw(st.booleans()):
            add("answered", step(0, 80))
        else:
            add("opinion", step(0, 80), outcome=draw(st.sampled_from(_OUTCOMES)))
        if draw(st.booleans()):
            fed = step(0, 10)
            add("fed_back", fed)
            if draw(st.booleans()):
                on = fed + timedelta(days=draw(st.integers(0, 10)))
                add("evaluated", on, satisfaction=draw(st.sampled_from(_SATISFACTION)))
    if stage >= 3:
        add("review_requested", step(0, 40))
        pause("review_decision")
    if stage >= 4:
        add("review_decided", step(0, 40))
    if stage >= 5:
        add("re_review_requested", step(0, 40))
        pause("re_review_decision")
    if stage >= 6:
        add("re_review_decided", step(0, 40))
    if draw(st.integers(0, 3)) == 0:
        add("concluded", step(0, 30))
    opened: list[date] = []
    for _ in range(draw(st.integers(0, 2))):
        on = received + timedelta(days=draw(st.integers(0, 200)))
        add("supervision_opened", on, method=draw(st.sampled_from(_METHODS)))
        opened.append(on)
    misconduct: bool = bool(opened) and draw(st.booleans())
    if misconduct:
        add(
            draw(st.sampled_from(_MISCONDUCT)),
            min(opened) + timedelta(days=draw(st.integers(0, 30))),
        )
    if draw(st.booleans()):
        add("flagged", received + timedelta(days=draw(st.integers(0, 200))), note="n")
    return draw(st.permutations(events))


@st.composite
def matters(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    received: st.SearchStrategy[date] | None = None,
    units: tuple[str, ...] = ("Unit A", "Unit B", "Town C"),
    subjects: tuple[str, ...] = ("wages", "land", "heating"),
    petitioners: tuple[str, ...] = ("P-1", "P-2", "P-3", "P-4"),
) -> PetitionMatter:
    """A petition matter with a consistent history (:func:`event_histories`), against one
    of ``units``, on one of ``subjects``, by up to two of ``petitioners``.
    Invariant: valid; ``petitioner_count`` is at least the number of petitioner ids."""
    day = draw(received if received is not None else st.dates(date(2026, 1, 1), date(2026, 6, 30)))
    who = draw(st.lists(st.sampled_from(petitioners), max_size=2, unique=True))
    count = draw(st.sampled_from((None, 1, 2, 5, 9)))
    return PetitionMatter.model_validate(
        {
            "id": draw(ids if ids is not None else _IDS),
            "received_on": day.isoformat(),
            "channel": draw(st.sampled_from(("visit", "letter", "telephone", "online"))),
            "petitioner_ids": who,
            "petitioner_count": None if count is None else max(count, len(who)),
            "subject": draw(st.sampled_from(subjects)),
            "place": draw(st.sampled_from(units)),
            "handling_organ": "Bureau B",
            "events": draw(event_histories(day)),
        }
    )
