"""Window clusters: many matters against one place, on one subject, or from one
petitioner within a window (AK-S-2.1, AK-S-2.2, AK-S-2.3).

- **AK-S-2.1 fixed point**: at least 3 matters against one place or unit within 90 days.
- **AK-S-2.2 special**: at least 5 matters on one subject within 30 days, from that
  many different petitioners.
- **AK-S-2.3 repeat petitioner**: the same petitioner with at least 3 matters on one
  subject within 365 days; a matter linked as a repeat counts on its original's subject.

Windows (documented defaults): "N matters within D days" means N matters whose receipt
days lie at most D days apart (the first day not counted, as for Nat periods). A
cluster is reported while it is current: its latest matter was received within D days
of ``as_of``. Overlapping windows of one key merge into one finding.

Each window trigger groups by key and sweeps each group's receipt days with two
pointers after one sort: O(n log n) over the whole set, never all pairs.

Imports :mod:`~receptionrules.supervision.events`, :mod:`~receptionrules.supervision.matters`,
:mod:`~receptionrules.supervision.findings`, :mod:`~receptionrules.supervision.ladder`
and :mod:`.thresholds`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from datetime import date, timedelta
from typing import Final

from receptionrules.remarks import register_templates
from receptionrules.supervision.events import SupervisionMethod
from receptionrules.supervision.findings import (
    FindingKind,
    SupervisionFinding,
    WindowFacts,
    make_finding,
)
from receptionrules.supervision.ladder import MethodLadder
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

__all__ = ["window_findings"]

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
        "sup_repeat_petitioner": {
            "en": "petitioner {petitioner} brought {count} matters on {subject}, received "
            "{first} to {last}, at least {threshold} within {days} days: a key long-standing "
            "petitioner (AK-S-2.3), by {method}",
            "zh": "信访人{petitioner}于{first}至{last}就“{subject}”反映{count}件，"
            "{days}日内达{threshold}件以上，属重点信访老户（AK-S-2.3），方式：{method_zh}",
        },
    }
)


# ---------------------------------------------------------------------------
# Window sweeps


# A row of a grouping: (the key's number, the receipt day, the matter id, what
# "distinct" counts: the matter itself, or its petitioners). Rows are plain tuples of
# atoms in one flat list per trigger, sorted once: the garbage collector stops
# tracking such tuples, and no container per group outlives the sweep (a large set
# makes over three rows per matter and about one group per petitioner). Keys are
# numbered so the sort compares small ints, not tuples of strings.
_Entry = tuple[int, date, str, Hashable]
_DAY: Final = 1
_ID: Final = 2
_WHO: Final = 3


def _clusters(
    entries: list[_Entry], min_count: int, window_days: int, *, distinct: bool
) -> list[list[_Entry]]:
    """Merge every window of at most ``window_days`` days holding ``min_count`` entries
    (or distinct ``who``) into maximal clusters. ``entries``: one key's rows, by day then id.

    Two pointers: for each right end the widest window ending there; widest windows
    that share an entry merge. Linear after the sort.
    """
    out: list[list[_Entry]] = []
    span = timedelta(days=window_days)
    seen: dict[Hashable, int] = {}
    left = 0
    start = end = -1
    for right, e in enumerate(entries):
        if distinct:
            seen[e[_WHO]] = seen.get(e[_WHO], 0) + 1
        while e[_DAY] - entries[left][_DAY] > span:
            if distinct:
                w = entries[left][_WHO]
                seen[w] -= 1
                if not seen[w]:
                    del seen[w]
            left += 1
        if (len(seen) if distinct else right - left + 1) < min_count:
            continue
        if start >= 0 and left <= end:
            end = right
        else:
            if start >= 0:
                out.append(entries[start : end + 1])
            start, end = left, right
    if start >= 0:
        out.append(entries[start : end + 1])
    return out


_Keys = dict[tuple[str, ...], int]


def _distinct_petitioners(matter: PetitionMatter) -> Hashable:
    # The same people are the same petitioner; an anonymous matter is its own.
    return tuple(sorted(matter.petitioner_ids)) if matter.petitioner_ids else ("#", matter.id)


def window_findings(
    matters: Iterable[PetitionMatter],
    as_of: date,
    thresholds: SupervisionThresholds,
    ladder: MethodLadder,
    method_of: Mapping[str, SupervisionMethod],
    escalated_of: Mapping[str, SupervisionMethod],
    *,
    repeat_subjects: Mapping[str, str] | None = None,
) -> list[SupervisionFinding]:
    """Every current cluster of ``matters`` as a finding (AK-S-2.1, AK-S-2.2, AK-S-2.3).

    ``matters`` are the ones evaluated (received on or before ``as_of``); ``method_of``
    gives each one's method due and ``escalated_of`` the heaviest method already used on
    it, where one was (AK-S-3): a cluster takes the heaviest of each among its matters.
    ``repeat_subjects`` gives a linked repeat the subject it counts on for the repeat
    petitioner (its original's: the office judged them one matter).
    """
    sweep = _Sweep(as_of, ladder, method_of, escalated_of)
    th = thresholds
    special_distinct = th.special_count == "petitioners"
    places: _Keys = {}
    subjects: _Keys = {}
    pairs: _Keys = {}
    by_place: list[_Entry] = []
    by_subject: list[_Entry] = []
    by_petitioner: list[_Entry] = []
    linked = repeat_subjects or {}
    for m in matters:
        day, mid = m.received_on, m.id
        by_place.append((places.setdefault((m.place,), len(places)), day, mid, mid))
        who = _distinct_petitioners(m) if special_distinct else mid
        by_subject.append((subjects.setdefault((m.subject,), len(subjects)), day, mid, who))
        repeat_subject = linked.get(mid, m.subject)
        for p in m.petitioner_ids:
            kid = pairs.setdefault((p, repeat_subject), len(pairs))
            by_petitioner.append((kid, day, mid, mid))
    sweep.run(
        "fixed_point",
        ("place",),
        places,
        by_place,
        th.fixed_point_min_matters,
        th.fixed_point_window_days,
        distinct=False,
    )
    sweep.run(
        "special",
        ("subject",),
        subjects,
        by_subject,
        th.special_min_matters,
        th.special_window_days,
        distinct=special_distinct,
    )
    sweep.run(
        "repeat_petitioner",
        ("petitioner", "subject"),
        pairs,
        by_petitioner,
        th.repeat_min_matters,
        th.repeat_window_days,
        distinct=False,
    )
    return sweep.findings


class _Sweep:
    """One :func:`window_findings`: what a cluster's finding needs, and the findings."""

    def __init__(
        self,
        as_of: date,
        ladder: MethodLadder,
        method_of: Mapping[str, SupervisionMethod],
        escalated_of: Mapping[str, SupervisionMethod],
    ) -> None:
        self.as_of = as_of
        self.ladder = ladder
        self.method_of = method_of
        self.escalated_of = escalated_of
        self.findings: list[SupervisionFinding] = []

    def run(
        self,
        kind: FindingKind,
        grouped_by: tuple[str, ...],
        keys: _Keys,
        rows: list[_Entry],
        min_count: int,
        window_days: int,
        *,
        distinct: bool,
    ) -> None:
        """Sort the rows once (by key, day, id), then sweep each key's run of rows."""
        names = list(keys)  # the key of each number
        current = self.as_of - timedelta(days=window_days)
        rows.sort()  # ids are unique, so ``who`` is never compared
        n = len(rows)
        start = 0
        while start < n:
            key = rows[start][0]
            end = start + 1
            while end < n and rows[end][0] == key:
                end += 1
            if end - start >= min_count:
                group = rows[start:end]
                for cluster in _clusters(group, min_count, window_days, distinct=distinct):
                    if cluster[-1][_DAY] < current:
                        continue  # history: the cluster's window has passed
                    self.cluster(
                        kind,
                        grouped_by,
                        names[key],
                        cluster,
                        min_count,
                        window_days,
                        distinct=distinct,
                    )
            start = end

    def cluster(
        self,
        kind: FindingKind,
        grouped_by: tuple[str, ...],
        key: tuple[str, ...],
        cluster: list[_Entry],
        min_count: int,
        window_days: int,
        *,
        distinct: bool,
    ) -> None:
        ids = tuple(e[_ID] for e in cluster)
        counted = len({e[_WHO] for e in cluster}) if distinct else len(cluster)
        facts = WindowFacts(
            grouped_by=grouped_by,
            key=key,
            first_received=cluster[0][_DAY],
            last_received=cluster[-1][_DAY],
            received_on=tuple(e[_DAY] for e in cluster),
            counted=counted,
            threshold=min_count,
            window_days=window_days,
        )
        ladder = self.ladder
        method = ladder.heaviest(self.method_of[i] for i in ids)
        used = [self.escalated_of[i] for i in ids if i in self.escalated_of]
        escalated = ladder.heaviest(used) if used else None
        common: dict[str, object] = {
            "count": len(cluster),
            "first": facts.first_received.isoformat(),
            "last": facts.last_received.isoformat(),
            "threshold": min_count,
            "days": window_days,
        }
        if kind == "fixed_point":
            finding = make_finding(
                kind, ids, facts, method, escalated, "sup_fixed_point", place=key[0], **common
            )
        elif kind == "special":
            code = "sup_special" if distinct else "sup_special_matters"
            finding = make_finding(
                kind, ids, facts, method, escalated, code, subject=key[0], counted=counted, **common
            )
        else:
            finding = make_finding(
                kind,
                ids,
                facts,
                method,
                escalated,
                "sup_repeat_petitioner",
                petitioner=key[0],
                subject=key[1],
                **common,
            )
        self.findings.append(finding)
