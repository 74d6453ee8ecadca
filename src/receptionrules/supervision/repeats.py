"""Repeat petitions (重复信访) and merged handling (合并办理): the links, and suggested ones.

A matter links the earlier matter it repeats with a ``repeat`` event
(:class:`~.events.MatterRepeat`): the same petitioner raising the same matter again,
which an organ above the one handling it does not accept a second time (《信访条例》
2005 art. 16; 《信访工作条例》 2022 art. 19, third paragraph). A
*merged* repeat is handled with its original from the day of the link: it runs no clocks
of its own (Nat-1 stops on that day, as on a decision) and is reported with its original.
A repeat that is only linked is handled on its own. Both count as repeats: for the
long-standing petitioner of AK-S-2.3 (a linked matter counts on its original's subject)
and for 重复信访率 (Nat-10).

:func:`repeat_links` reads the links of a set of matters as of a date and follows chains
to the first matter (the *root*), refusing a link to a later matter or a circle
(:func:`resolve_links` does it from links already read).
:func:`suggest_repeats` proposes links the office has not recorded: the same petitioner
(one shared petitioner id), the same subject, received within ``window_days`` (default
365, AK-S-2.3's horizon) after the petitioner's previous matter on it; the office
confirms each by recording the event (:meth:`RepeatSuggestion.event`). Both are
O(n log n) over the matters.

Imports :mod:`.events` and :mod:`.matters`.

>>> def m(i, day, *events):
...     return PetitionMatter.model_validate({
...         "id": f"M-{i}", "received_on": day, "channel": "letter",
...         "petitioner_ids": ["P-1"], "subject": "wages", "place": "Unit A",
...         "events": list(events)})
>>> [s.matter_id + " repeats " + s.of for s in suggest_repeats([m(1, "2026-01-05"),
...     m(2, "2026-03-02"), m(3, "2027-06-01")])]
['M-2 repeats M-1']
>>> links = repeat_links([m(1, "2026-01-05"), m(2, "2026-03-02",
...     {"kind": "repeat", "on": "2026-03-03", "of": "M-1"})], date(2026, 3, 31))
>>> links.root("M-2"), links.merged
('M-1', {'M-2': 'M-1'})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from receptionrules.errors import InconsistentMatterError
from receptionrules.remarks import Explained, Remark, register_templates
from receptionrules.supervision.events import MatterRepeat
from receptionrules.supervision.matters import PetitionMatter

__all__ = [
    "RepeatLinks",
    "RepeatSuggestion",
    "repeat_links",
    "resolve_links",
    "suggest_repeats",
]

register_templates(
    {
        "sup_repeat_suggested": {
            "en": "petitioner {petitioner} raised {subject} again on {received}, {days} days "
            "after {of} (within {window} days): a repeat petition of {of}; link it, and merge "
            "it to handle the two together",
            "zh": "信访人{petitioner}于{received}再次反映“{subject}”，距{of}仅{days}日（{window}日"
            "以内），属重复信访，建议关联{of}，并可合并办理",
        },
    }
)


@dataclass(frozen=True, slots=True)
class RepeatLinks:
    """The repeat links of a set of matters as of a date.

    Attributes:
        of: each linked matter's original, as recorded (merged or not).
        merged: each merged repeat's root original (the first matter of its chain).
        roots: each linked matter's root original.
    """

    of: Mapping[str, str] = field(default_factory=dict)
    merged: Mapping[str, str] = field(default_factory=dict)
    roots: Mapping[str, str] = field(default_factory=dict)

    def root(self, matter_id: str) -> str:
        """The first matter of ``matter_id``'s chain of repeats (itself if it repeats none)."""
        return self.roots.get(matter_id, matter_id)


def repeat_links(matters: Iterable[PetitionMatter], as_of: date) -> RepeatLinks:
    """The links recorded on or before ``as_of`` among matters received by then.

    An original outside the set is kept as given (it is the root of its repeats).

    Raises:
        InconsistentMatterError: a matter repeats one received after it, or links close
            a circle; the message names the matter and its ``repeat`` event.
    """
    received: dict[str, PetitionMatter] = {}
    links: dict[str, MatterRepeat] = {}
    for m in matters:
        if m.received_on > as_of:
            continue
        received[m.id] = m
        for e in m.events:
            if isinstance(e, MatterRepeat) and e.on <= as_of:
                links[m.id] = e
    return resolve_links(received, links)


def resolve_links(
    matters: Mapping[str, PetitionMatter], links: Mapping[str, MatterRepeat]
) -> RepeatLinks:
    """:func:`repeat_links` from the matters by id and each linked matter's ``repeat``
    event (as an evaluation that has read every matter has them at hand).

    Raises:
        InconsistentMatterError: as :func:`repeat_links`.
    """

    def where(mid: str) -> str:
        return f"events[{matters[mid].events.index(links[mid])}].of"

    for mid, e in links.items():
        original = matters.get(e.of)
        if original is not None and original.received_on > matters[mid].received_on:
            raise InconsistentMatterError(
                mid,
                where(mid),
                f"{e.of!r} was received on {original.received_on.isoformat()}, after this "
                f"matter ({matters[mid].received_on.isoformat()}); a repeat links an earlier "
                "matter",
            )
    roots: dict[str, str] = {}
    for mid in sorted(links):
        path = [mid]
        cur = links[mid].of
        while cur in links and cur not in roots:
            if cur in path:
                raise InconsistentMatterError(
                    mid,
                    where(mid),
                    f"the repeat links {' → '.join([*path, cur])} close a circle; a repeat "
                    "links an earlier matter",
                )
            path.append(cur)
            cur = links[cur].of
        root = roots.get(cur, cur)
        for p in path:
            roots[p] = root
    merged = {mid: roots[mid] for mid, e in links.items() if e.merged}
    return RepeatLinks({mid: e.of for mid, e in links.items()}, merged, roots)


@dataclass(frozen=True, slots=True)
class RepeatSuggestion(Explained):
    """A suggested repeat link: ``matter_id`` repeats ``of`` (重复信访).

    Attributes:
        matter_id, of: the later matter and the earlier one it repeats.
        petitioner_id: the petitioner they share.
        subject: the subject they share.
        days_apart: days from the earlier receipt to the later one.
        window_days: the window the suggestion used.
        remark: the sentence saying why, in English and Chinese.
    """

    matter_id: str
    of: str
    petitioner_id: str
    subject: str
    days_apart: int
    window_days: int
    remark: Remark

    def event(self, on: date, *, merged: bool = True) -> MatterRepeat:
        """The ``repeat`` event that records the link, dated ``on`` (merged by default)."""
        return MatterRepeat(on=on, of=self.of, merged=merged)


def suggest_repeats(
    matters: Iterable[PetitionMatter],
    *,
    window_days: int = 365,
    as_of: date | None = None,
) -> tuple[RepeatSuggestion, ...]:
    """Links the matters suggest and the office has not recorded, by matter id.

    A matter repeats the previous matter of one of its petitioners on the same subject
    received at most ``window_days`` days before it (the day itself not counted, as for
    AK-S-2.3's windows); of several, the latest previous one (then the smallest id).
    Matters that already link one, anonymous matters, and (with ``as_of``) matters
    received after ``as_of`` get no suggestion.

    Raises:
        ValueError: ``window_days`` is negative or over 3660.
    """
    if not 0 <= window_days <= 3660:
        raise ValueError(f"window_days: {window_days} is not between 0 and 3660 days")
    rows: list[tuple[str, str, date, str]] = []
    linked: set[str] = set()
    subjects: dict[str, str] = {}
    for m in matters:
        if as_of is not None and m.received_on > as_of:
            continue
        subjects[m.id] = m.subject
        if any(isinstance(e, MatterRepeat) and (as_of is None or e.on <= as_of) for e in m.events):
            linked.add(m.id)
        for p in m.petitioner_ids:
            rows.append((p, m.subject, m.received_on, m.id))
    rows.sort()
    # For each matter, its candidates: (-previous day, previous id, petitioner, gap); the
    # smallest is the latest previous matter, then the smallest id.
    best: dict[str, tuple[int, str, str, int]] = {}
    for k in range(1, len(rows)):
        p, subject, day, mid = rows[k]
        pp, ps, pday, pid = rows[k - 1]
        if (pp, ps) != (p, subject) or mid in linked:
            continue
        gap = (day - pday).days
        if gap > window_days:
            continue
        cand = (-pday.toordinal(), pid, p, gap)
        if mid not in best or cand < best[mid]:
            best[mid] = cand
    out: list[RepeatSuggestion] = []
    for mid in sorted(best):
        neg_day, of, p, gap = best[mid]
        received = date.fromordinal(-neg_day + gap)
        out.append(
            RepeatSuggestion(
                matter_id=mid,
                of=of,
                petitioner_id=p,
                subject=subjects[mid],
                days_apart=gap,
                window_days=window_days,
                remark=Remark.of(
                    "sup_repeat_suggested",
                    petitioner=p,
                    subject=subjects[mid],
                    received=received.isoformat(),
                    days=gap,
                    of=of,
                    window=window_days,
                ),
            )
        )
    return tuple(out)
