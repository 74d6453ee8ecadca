"""Supervision triggers over a whole set of matters as of a date (AK-S-2.1 … AK-S-2.5).

:func:`supervise` reads every matter received on or before ``as_of`` (events after it
are ignored) and returns a :class:`SupervisionReport`: the findings — what the
supervision rules require now, about which matters, on what facts, by which method
(AK-S-3), and why — and the recommendations of accountability (AK-S-7).

The triggers (figures are :class:`SupervisionThresholds` with SPEC's defaults):

- **AK-S-2.1 fixed point**: at least 3 matters against one place or unit within 90 days.
- **AK-S-2.2 special**: at least 5 matters on one subject within 30 days, from that
  many different petitioners.
- **AK-S-2.3 collective and long-standing**: an open matter of 5 or more people; the
  same petitioner with at least 3 matters on one subject within 365 days; an open
  matter received more than 180 days ago.
- **AK-S-2.4 delay, procedure, feedback, buck-passing**: an overdue national time limit
  (Nat-1 … Nat-4), a result not fed back to the petitioner, a step not taken as
  prescribed, a matter transferred 3 or more times before anyone accepted it (推诿).
- **AK-S-2.5 manual flag**: an open matter someone flagged.

Windows (documented defaults): "N matters within D days" means N matters whose receipt
days lie at most D days apart (the first day not counted, as for Nat periods). A
cluster is reported while it is current: its latest matter was received within D days
of ``as_of``. Overlapping windows of one key merge into one finding. Per-matter
findings (collective, long-standing, overdue, procedure, buck-passing, manual) concern open
matters only; a result never fed back is reported even after conclusion.

Each window trigger groups by key and sweeps each group's receipt days with two
pointers after one sort: O(n log n) over the whole set, never all pairs.

>>> from datetime import date
>>> def m(i, day):
...     return PetitionMatter.model_validate({
...         "id": f"M-{i}", "received_on": day, "channel": "letter",
...         "petitioner_ids": [f"P-{i}"], "subject": f"s{i}", "place": "Unit A"})
>>> report = supervise([m(1, "2026-01-05"), m(2, "2026-02-10"), m(3, "2026-03-30")],
...                    as_of=date(2026, 4, 1))
>>> f = report.findings[0]
>>> f.rule_id, f.matter_ids, f.method.value
('AK-S-2.1', ('M-1', 'M-2', 'M-3'), 'telephone')
>>> print(f.reason)  # doctest: +NORMALIZE_WHITESPACE
3 matters against Unit A, received 2026-01-05 to 2026-03-30, at least 3 within 90 days:
fixed-point supervision of the place or unit (AK-S-2.1), by telephone
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import DuplicateMatterError
from receptionrules.remarks import Language, Remark
from receptionrules.supervision.deadlines import (
    Clock,
    ClockStatus,
    DayBasis,
    NationalText,
    NationalTimeLimits,
    Timeline,
    _Dues,
    _extension,
    _specs,
    _status,
    check_matter,
)
from receptionrules.supervision.findings import (
    KIND_RULES,
    ClockFacts,
    CollectiveFacts,
    FeedbackFacts,
    FindingKind,
    FlagFacts,
    OpenFacts,
    ProcedureFacts,
    SupervisionFinding,
    TransferFacts,
    WindowFacts,
)
from receptionrules.supervision.ladder import (
    AccountabilityRecommendation,
    MethodLadder,
    _recommendation,
)
from receptionrules.supervision.matters import (
    PetitionMatter,
    SupervisionMethod,
    SupervisionOpened,
)

__all__ = ["SupervisionReport", "SupervisionThresholds", "method_due", "supervise"]


class SupervisionThresholds(BaseModel):
    """The figures of the supervision triggers (AK-S-2.1 … AK-S-2.4), SPEC's defaults.

    Attributes:
        fixed_point_min_matters, fixed_point_window_days: AK-S-2.1 (3 within 90 days).
        special_min_matters, special_window_days: AK-S-2.2 (5 within 30 days).
        special_count: ``"petitioners"`` (default) counts the distinct petitioners among
            the matters ("across petitioners": one petitioner's repeats are AK-S-2.3's
            concern, not a hot issue); ``"matters"`` counts matters.
        collective_min_people: AK-S-2.3, people petitioning together (5, see Nat-5).
        repeat_min_matters, repeat_window_days: AK-S-2.3, one petitioner on one subject
            (3 within 365 days).
        long_open_days: AK-S-2.3, a matter open longer than this (180).
        buck_passing_min_transfers: AK-S-2.4 推诿, a matter transferred this many times
            before anyone accepted or declined it (3). SPEC gives no figure; the
            library's reading: the first transfer is routing (Nat-1), a second after an
            objection is Nat-1a working, a third means organs pass the matter on.

    >>> SupervisionThresholds().fixed_point_window_days
    90
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    fixed_point_min_matters: int = Field(default=3, ge=1)
    fixed_point_window_days: int = Field(default=90, ge=0)
    special_min_matters: int = Field(default=5, ge=1)
    special_window_days: int = Field(default=30, ge=0)
    special_count: Literal["petitioners", "matters"] = "petitioners"
    collective_min_people: int = Field(default=5, ge=2)
    repeat_min_matters: int = Field(default=3, ge=2)
    repeat_window_days: int = Field(default=365, ge=0)
    long_open_days: int = Field(default=180, ge=0)
    buck_passing_min_transfers: int = Field(default=3, ge=2)


@dataclass(frozen=True, slots=True)
class SupervisionReport:
    """What the supervision rules require as of a date, over a set of matters.

    Attributes:
        as_of: the date of the evaluation.
        findings: by rule ID, kind, then matters.
        recommendations: recommendations of accountability (AK-S-7), by day and matter.
        matters_evaluated: how many matters were received on or before ``as_of``.
    """

    as_of: date
    findings: tuple[SupervisionFinding, ...]
    recommendations: tuple[AccountabilityRecommendation, ...]
    matters_evaluated: int

    def for_matter(self, matter_id: str) -> tuple[SupervisionFinding, ...]:
        """The findings that name ``matter_id``."""
        return tuple(f for f in self.findings if matter_id in f.matter_ids)

    def by_rule(self, rule_id: str) -> tuple[SupervisionFinding, ...]:
        """The findings under ``rule_id`` (e.g. ``"AK-S-2.1"``)."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "as_of": self.as_of.isoformat(),
            "matters_evaluated": self.matters_evaluated,
            "findings": [f.to_dict(language) for f in self.findings],
            "recommendations": [r.to_dict(language) for r in self.recommendations],
        }


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


# ---------------------------------------------------------------------------
# The evaluation


def _days(n: int, basis: DayBasis) -> tuple[str, str]:
    """``n`` days in English and Chinese, in the clock's basis."""
    if basis == "working":
        return f"{n} working days", f"{n}个工作日"
    return f"{n} days", f"{n}日"


def _cite(clock: Clock, language: Language) -> str:
    """The clock's articles in both national texts, the one in force first."""
    texts = (NationalText.WORK_REGULATIONS_2022, NationalText.REGULATIONS_2005)
    parts = [clock.citation.render(t, language) for t in texts if clock.citation.articles(t)]
    return ("；" if language == "zh" else "; ").join(parts)


_WHAT = {
    "register": (
        "registering and transferring the matter, or deciding on acceptance",
        "登记并转送、交办或决定是否受理",
    ),
    "conclude": ("concluding the matter", "办结"),
    "review_decision": ("the review decision", "作出复查意见"),
    "re_review_decision": ("the re-review decision", "作出复核意见"),
}


class _Evaluation:
    """One call of :func:`supervise`: the parameters and the findings gathered so far."""

    def __init__(
        self,
        as_of: date,
        thresholds: SupervisionThresholds,
        limits: NationalTimeLimits,
        ladder: MethodLadder,
        calendar: WorkingCalendar,
    ) -> None:
        self.as_of = as_of
        self.th = thresholds
        self.limits = limits
        self.ladder = ladder
        self.dues = _Dues(limits, calendar)
        self.findings: list[SupervisionFinding] = []
        self.recommendations: list[AccountabilityRecommendation] = []
        # What group findings need of each matter evaluated: the matter, the method due,
        # and the heaviest method already used (only when one was).
        self.matters: dict[str, PetitionMatter] = {}
        self.method_of: dict[str, SupervisionMethod] = {}
        self.escalated_of: dict[str, SupervisionMethod] = {}

    def finding(
        self,
        kind: FindingKind,
        matter_ids: tuple[str, ...],
        facts: Any,
        method: SupervisionMethod,
        escalated_from: SupervisionMethod | None,
        code: str,
        **params: object,
    ) -> None:
        self.findings.append(
            SupervisionFinding(
                rule_id=KIND_RULES[kind],
                kind=kind,
                matter_ids=matter_ids,
                facts=facts,
                method=method,
                remark=Remark.of(code, method=method.label, method_zh=method.label_zh, **params),
                escalated_from=escalated_from,
            )
        )

    # -- one matter at a time --------------------------------------------------

    def matter(self, m: PetitionMatter) -> None:
        as_of, th, dues = self.as_of, self.th, self.dues
        t = Timeline.of(m, as_of)
        # Judge every clock; build full Clock values only for the lapses.
        lapsed: set[str] = set()
        overdue: list[Clock] = []
        late_objections: list[Clock] = []
        nat2_due: date | None = None
        for spec in _specs(t, dues):
            due, st = spec.judge(dues, as_of)
            if spec.name == "conclude":
                nat2_due = due
            if st is ClockStatus.LAPSED:
                lapsed.add(spec.name)
            elif st is ClockStatus.OVERDUE:
                overdue.append(spec.clock(due, st, dues, as_of))
            elif st is ClockStatus.EXERCISED_LATE and spec.name == "transfer_objection":
                late_objections.append(spec.clock(due, st, dues, as_of))
        status = _status(t, lapsed)
        used = [method for _, method in t.methods]
        collective = m.petitioner_count >= th.collective_min_people
        method = self.ladder.next_method(used, collective=collective)
        escalated = self.ladder.heaviest(used) if used else None
        self.matters[m.id] = m
        self.method_of[m.id] = method
        if escalated is not None:
            self.escalated_of[m.id] = escalated
        ids = (m.id,)

        def add(kind: FindingKind, facts: Any, code: str, **params: object) -> None:
            self.finding(kind, ids, facts, method, escalated, code, **params)

        if t.misconduct:
            self.recommendations.extend(_recommendation(m, i) for i in t.misconduct)
        if nat2_due is not None:
            self._feedback(t, nat2_due, add)
        if status.closed:
            return
        if collective:
            add(
                "collective",
                CollectiveFacts(m.received_on, m.petitioner_count, th.collective_min_people),
                "sup_collective",
                people=m.petitioner_count,
                received=m.received_on.isoformat(),
                threshold=th.collective_min_people,
            )
        days_open = (as_of - m.received_on).days
        if days_open > th.long_open_days:
            add(
                "long_open",
                OpenFacts(m.received_on, days_open, th.long_open_days, status),
                "sup_long_open",
                days_open=days_open,
                received=m.received_on.isoformat(),
                threshold=th.long_open_days,
            )
        for c in overdue:
            what, what_zh = _WHAT[c.name]
            period, period_zh = _days(c.days, c.basis)
            overdue_en, overdue_zh = _days(c.days_overdue, c.basis)
            add(
                "overdue",
                ClockFacts(c),
                "sup_overdue",
                what=what,
                what_zh=what_zh,
                due=c.due_on.isoformat(),
                rule=c.rule_id,
                period=period,
                period_zh=period_zh,
                start=c.started_on.isoformat(),
                citation=_cite(c, "en"),
                citation_zh=_cite(c, "zh"),
                overdue=overdue_en,
                overdue_zh=overdue_zh,
            )
        for c in late_objections:
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
        if t.extensions and t.accepted_on is not None:
            for index, e, due in _extension(dues, t, t.accepted_on).late:
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
        if len(t.decisions) >= th.buck_passing_min_transfers:
            self._buck_passing(m, t, add)
        if t.flags:
            flags = sorted(t.flags, key=lambda f: f.on)
            notes = tuple(f.note for f in flags if f.note)
            add(
                "manual",
                FlagFacts(tuple(f.on for f in flags), notes),
                "sup_manual",
                flagged=", ".join(f.on.isoformat() for f in flags),
                note=f" ({'; '.join(notes)})" if notes else "",
                note_zh=f"（{'；'.join(notes)}）" if notes else "",
            )

    def _buck_passing(self, m: PetitionMatter, t: Timeline, add: Callable[..., None]) -> None:
        """AK-S-2.4 推诿: transferred ``buck_passing_min_transfers`` times before a decision."""
        routed, decision = t.routing()
        threshold = self.th.buck_passing_min_transfers
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

    def _feedback(self, t: Timeline, nat2_due: date, add: Callable[..., None]) -> None:
        """AK-S-2.4: a result reached but not fed back to the petitioner by its due day."""
        if t.fed_back_on is not None:
            return
        result = t.answered_on or t.concluded_on
        if result is None:
            return
        due = max(nat2_due, result)
        if self.as_of > due:
            add(
                "no_feedback",
                FeedbackFacts(result, due, (self.as_of - due).days),
                "sup_no_feedback",
                result=result.isoformat(),
                due=due.isoformat(),
            )

    # -- groups ----------------------------------------------------------------

    def windows(self) -> None:
        th = self.th
        special_distinct = th.special_count == "petitioners"
        places: _Keys = {}
        subjects: _Keys = {}
        pairs: _Keys = {}
        by_place: list[_Entry] = []
        by_subject: list[_Entry] = []
        by_petitioner: list[_Entry] = []
        for m in self.matters.values():
            day, mid = m.received_on, m.id
            by_place.append((places.setdefault((m.place,), len(places)), day, mid, mid))
            who = _distinct_petitioners(m) if special_distinct else mid
            by_subject.append((subjects.setdefault((m.subject,), len(subjects)), day, mid, who))
            for p in m.petitioner_ids:
                kid = pairs.setdefault((p, m.subject), len(pairs))
                by_petitioner.append((kid, day, mid, mid))
        self._sweep(
            "fixed_point",
            ("place",),
            places,
            by_place,
            th.fixed_point_min_matters,
            th.fixed_point_window_days,
            distinct=False,
        )
        self._sweep(
            "special",
            ("subject",),
            subjects,
            by_subject,
            th.special_min_matters,
            th.special_window_days,
            distinct=special_distinct,
        )
        self._sweep(
            "repeat_petitioner",
            ("petitioner", "subject"),
            pairs,
            by_petitioner,
            th.repeat_min_matters,
            th.repeat_window_days,
            distinct=False,
        )

    def _sweep(
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
                    self._cluster(
                        kind,
                        grouped_by,
                        names[key],
                        cluster,
                        min_count,
                        window_days,
                        distinct=distinct,
                    )
            start = end

    def _cluster(
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
            self.finding(
                kind, ids, facts, method, escalated, "sup_fixed_point", place=key[0], **common
            )
        elif kind == "special":
            code = "sup_special" if distinct else "sup_special_matters"
            self.finding(
                kind, ids, facts, method, escalated, code, subject=key[0], counted=counted, **common
            )
        else:
            self.finding(
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


def method_due(
    matter: PetitionMatter,
    as_of: date,
    *,
    thresholds: SupervisionThresholds | None = None,
    ladder: MethodLadder | None = None,
) -> SupervisionMethod:
    """The supervision method due for ``matter`` on ``as_of``, should it lapse (AK-S-3).

    The ladder's start (a collective petition's start, AK-S-2.3) if the matter was never
    supervised by ``as_of``, else one rung above the heaviest method used.

    >>> m = PetitionMatter.model_validate({
    ...     "id": "M-4", "received_on": "2026-03-02", "channel": "visit",
    ...     "subject": "wages", "place": "Unit A", "events": [
    ...         {"kind": "supervision_opened", "on": "2026-04-01", "method": "telephone"}]})
    >>> method_due(m, date(2026, 3, 31)).value, method_due(m, date(2026, 4, 1)).value
    ('telephone', 'written')
    """
    th = thresholds or SupervisionThresholds()
    used = [e.method for e in matter.events if isinstance(e, SupervisionOpened) and e.on <= as_of]
    collective = matter.petitioner_count >= th.collective_min_people
    return (ladder or MethodLadder()).next_method(used, collective=collective)


def _order(f: SupervisionFinding) -> tuple[Any, ...]:
    return (f.rule_id, f.kind, f.matter_ids, f.remark.code, f.remark.params)


def supervise(
    matters: Iterable[PetitionMatter],
    as_of: date,
    *,
    thresholds: SupervisionThresholds | None = None,
    limits: NationalTimeLimits | None = None,
    ladder: MethodLadder | None = None,
    calendar: WorkingCalendar | None = None,
) -> SupervisionReport:
    """Evaluate a set of matters as of a date: every finding and recommendation (AK-S-2 … AK-S-7).

    Matters received after ``as_of`` and events dated after it are ignored. The result
    does not depend on the order of ``matters``.

    Raises:
        DuplicateMatterError: two matters share an id.
        InconsistentMatterError: a matter's extensions break ``limits`` (Nat-2).
        CalendarRangeError: a due day is outside the calendar's years.
    """
    ev = _Evaluation(
        as_of,
        thresholds or SupervisionThresholds(),
        limits or NationalTimeLimits(),
        ladder or MethodLadder(),
        calendar or default_calendar(),
    )
    positions: dict[str, int] = {}
    for i, m in enumerate(matters):
        first = positions.setdefault(m.id, i)
        if first != i:
            raise DuplicateMatterError(m.id, first, i)
        check_matter(m, ev.limits)
        if m.received_on <= as_of:
            ev.matter(m)
    ev.windows()
    return SupervisionReport(
        as_of=as_of,
        findings=tuple(sorted(ev.findings, key=_order)),
        recommendations=tuple(
            sorted(ev.recommendations, key=lambda r: (r.on, r.matter_id, r.rule_id))
        ),
        matters_evaluated=len(ev.matters),
    )
