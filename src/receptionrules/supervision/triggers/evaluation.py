"""Supervision over a whole set of matters as of a date: :func:`supervise` runs every
trigger family (AK-S-2.1 … AK-S-2.5) and gathers the recommendations (AK-S-7).

:func:`supervise` reads every matter received on or before ``as_of`` (events after it
are ignored) and returns a :class:`~.report.SupervisionReport`: the findings — what the
supervision rules require now, about which matters, on what facts, by which method
(AK-S-3), and why — and the recommendations of accountability (AK-S-7).

Each matter is read once (its :class:`~receptionrules.supervision.deadlines.timeline.Timeline`,
its clocks judged, its status, its method due); then the per-matter families run on it
(:mod:`.collective` AK-S-2.3, :mod:`.lapses` AK-S-2.4, :mod:`.flags` AK-S-2.5), and at
the end the window clusters over the whole set (:mod:`.clusters` AK-S-2.1, AK-S-2.2,
AK-S-2.3). Per-matter findings (collective, long-standing, overdue, procedure,
buck-passing, manual) concern open matters only; a result never fed back is reported
even after conclusion.

Imports :mod:`~receptionrules.supervision.batch` (the garbage collector is paused over
the set), :mod:`~receptionrules.supervision.events`, :mod:`~receptionrules.supervision.matters`,
the deadlines (``.clock``, ``.limits``, ``.status``, ``.timeline``),
:mod:`~receptionrules.supervision.findings`, :mod:`~receptionrules.supervision.ladder`,
and every other module of the triggers.

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

from collections.abc import Iterable
from datetime import date
from typing import Any

from receptionrules.bounds import FIRST_YEAR, LAST_YEAR
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import BoundsError, DuplicateMatterError
from receptionrules.supervision.batch import collector_paused
from receptionrules.supervision.deadlines.clock import Clock, ClockSpec, ClockStatus
from receptionrules.supervision.deadlines.limits import DueDays, NationalTimeLimits, check_matter
from receptionrules.supervision.deadlines.specs import clock_specs, direction_day
from receptionrules.supervision.deadlines.status import MatterStatus, status_of
from receptionrules.supervision.deadlines.timeline import Timeline
from receptionrules.supervision.events import MatterRepeat, SupervisionMethod, SupervisionOpened
from receptionrules.supervision.findings import (
    Facts,
    FindingKind,
    SupervisionFinding,
    make_finding,
)
from receptionrules.supervision.ladder import (
    AccountabilityRecommendation,
    MethodLadder,
    recommendation_for,
)
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.repeats import RepeatLinks, resolve_links
from receptionrules.supervision.signals import DeadlineWarning, TrafficLight, warning
from receptionrules.supervision.triggers.clusters import window_findings
from receptionrules.supervision.triggers.collective import collective_petition, long_standing
from receptionrules.supervision.triggers.flags import manual_flags
from receptionrules.supervision.triggers.lapses import (
    buck_passing,
    extension_lapses,
    late_transfer_objections,
    no_feedback,
    overdue_clocks,
)
from receptionrules.supervision.triggers.report import SupervisionReport
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

__all__ = ["method_due", "supervise"]


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
        self.dues = DueDays(limits, calendar, thresholds.warnings)
        self.findings: list[SupervisionFinding] = []
        self.warnings: list[DeadlineWarning] = []
        self.lights: dict[str, TrafficLight] = {}
        self.recommendations: list[AccountabilityRecommendation] = []
        # What group findings need of each matter evaluated: the matter, the method due,
        # and the heaviest method already used (only when one was).
        self.matters: dict[str, PetitionMatter] = {}
        self.method_of: dict[str, SupervisionMethod] = {}
        self.escalated_of: dict[str, SupervisionMethod] = {}
        self.repeats: dict[str, MatterRepeat] = {}

    def matter(self, m: PetitionMatter) -> None:
        """Read one matter and run the per-matter families on it (AK-S-2.3 … AK-S-2.5)."""
        as_of, th, dues = self.as_of, self.th, self.dues
        t = Timeline.of(m, as_of)
        # Judge every clock; build full Clock values only for the lapses and warnings.
        lapsed: set[str] = set()
        overdue: list[Clock] = []
        late_objections: list[Clock] = []
        conclude: ClockSpec | None = None
        nat2_due: date | None = None
        light = TrafficLight.GREEN
        for spec in clock_specs(t, dues):
            due, st = spec.judge(dues, as_of)
            if spec.name == "conclude":
                conclude, nat2_due = spec, due
            if st is ClockStatus.LAPSED:
                lapsed.add(spec.name)
            elif st is ClockStatus.OVERDUE:
                overdue.append(spec.clock(due, st, dues, as_of))
                light = TrafficLight.RED
            elif st is ClockStatus.WARNING:
                self.warnings.append(warning(m.id, spec.clock(due, st, dues, as_of)))
                if light is TrafficLight.GREEN:
                    light = TrafficLight.YELLOW
            elif st is ClockStatus.EXERCISED_LATE and spec.name == "transfer_objection":
                late_objections.append(spec.clock(due, st, dues, as_of))
        text = self.limits.text_for(m.received_on)
        status = status_of(t, lapsed, directed_on=direction_day(t, text))
        used = [method for _, method in t.methods]
        collective = m.petitioner_count >= th.collective_min_people
        method = self.ladder.next_method(used, collective=collective)
        escalated = self.ladder.heaviest(used) if used else None
        self.matters[m.id] = m
        if t.repeat is not None:
            self.repeats[m.id] = t.repeat
        self.method_of[m.id] = method
        if escalated is not None:
            self.escalated_of[m.id] = escalated
        if status is MatterStatus.MERGED:
            # Handled with its original, and reported with it: no findings of its own.
            if t.misconduct:
                self.recommendations.extend(recommendation_for(m, i) for i in t.misconduct)
            return
        self.lights[m.id] = light
        ids = (m.id,)
        findings = self.findings

        def add(kind: FindingKind, facts: Facts, code: str, /, **params: object) -> None:
            findings.append(make_finding(kind, ids, facts, method, escalated, code, **params))

        if t.misconduct:
            self.recommendations.extend(recommendation_for(m, i) for i in t.misconduct)
        if nat2_due is not None:
            no_feedback(t, nat2_due, as_of, add)
        if status.closed:
            return
        if collective:
            collective_petition(m, th, add)
        long_standing(m, as_of, status, th, add)
        if overdue:
            overdue_clocks(overdue, add)
        if late_objections:
            late_transfer_objections(m, late_objections, add)
        if t.extensions:
            extension_lapses(t, conclude, add)
        if len(t.decisions) >= th.buck_passing_min_transfers:
            buck_passing(m, t, th.buck_passing_min_transfers, add)
        if t.flags:
            manual_flags(t, add)

    def windows(self, links: RepeatLinks) -> None:
        """The window clusters over every matter evaluated (AK-S-2.1, AK-S-2.2, AK-S-2.3); a
        linked repeat counts on its root original's subject for AK-S-2.3."""
        matters = self.matters
        subjects = {
            mid: matters[root].subject
            for mid, root in links.roots.items()
            if root in matters and mid in matters
        }
        self.findings.extend(
            window_findings(
                matters.values(),
                self.as_of,
                self.th,
                self.ladder,
                self.method_of,
                self.escalated_of,
                repeat_subjects=subjects,
            )
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
        BoundsError: ``as_of`` is outside the years 1900 … 2200 (:mod:`receptionrules.bounds`).
        CalendarRangeError: a due day is outside the calendar's years.
    """
    cal = calendar or default_calendar()
    if not FIRST_YEAR <= as_of.year <= LAST_YEAR:
        raise BoundsError("as_of", as_of, f"give a day in the years {FIRST_YEAR} to {LAST_YEAR}")
    ev = _Evaluation(
        as_of,
        thresholds or SupervisionThresholds(),
        limits or NationalTimeLimits(),
        ladder or MethodLadder(),
        cal,
    )
    with collector_paused():  # a large set holds no cycles: see .batch
        positions: dict[str, int] = {}
        for i, m in enumerate(matters):
            first = positions.setdefault(m.id, i)
            if first != i:
                raise DuplicateMatterError(m.id, first, i)
            check_matter(m, ev.limits)
            if m.received_on <= as_of:
                ev.matter(m)
        links = resolve_links(ev.matters, ev.repeats)
        ev.windows(links)
        return SupervisionReport(
            as_of=as_of,
            findings=tuple(sorted(ev.findings, key=_order)),
            recommendations=tuple(
                sorted(ev.recommendations, key=lambda r: (r.on, r.matter_id, r.rule_id))
            ),
            matters_evaluated=len(ev.matters),
            lights=ev.lights,
            warnings=tuple(sorted(ev.warnings, key=lambda w: (w.matter_id, w.clock.rule_id))),
            merged=dict(sorted(links.merged.items())),
        )
