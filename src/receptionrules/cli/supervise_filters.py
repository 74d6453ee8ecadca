"""What ``supervise`` keeps: the evaluation of one run, and the filters of its items.

The items a filter tests are the findings (AK-S-2), the early warnings (临期预警), the
recommendations of accountability (AK-S-7) and, for the ``lights`` view, the matters
themselves (:class:`MatterItem`). :data:`FILTERS` lists the filters, each an option
and a test of an item given the :class:`Evaluation`; adding a filter is one entry.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from receptionrules.calendar import WorkingCalendar
from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import Language
from receptionrules.supervision import (
    AccountabilityRecommendation,
    DeadlineWarning,
    NationalTimeLimits,
    PetitionMatter,
    SupervisionFinding,
    SupervisionReport,
    TrafficLight,
    matter_status,
)

__all__ = [
    "FILTERS",
    "Evaluation",
    "Filter",
    "Item",
    "Kept",
    "MatterItem",
    "kept",
    "kept_items",
    "parse_light",
]


@dataclass
class Evaluation:
    """One run: the matters read, the report, and what a filter or a view needs."""

    matters: dict[str, PetitionMatter]
    report: SupervisionReport
    ignored: int
    events_ignored: int
    limits: NationalTimeLimits | None
    calendar: WorkingCalendar
    lang: Language
    _open: dict[str, bool] = field(default_factory=dict)

    def is_open(self, matter_id: str) -> bool:
        """Whether the matter is still being handled as of the evaluation's day."""
        if matter_id not in self._open:
            status = matter_status(
                self.matters[matter_id],
                self.report.as_of,
                limits=self.limits,
                calendar=self.calendar,
            )
            self._open[matter_id] = not status.closed
        return self._open[matter_id]


@dataclass(frozen=True, slots=True)
class MatterItem:
    """One matter, as a row of the ``lights`` view."""

    matter_id: str


Item = SupervisionFinding | AccountabilityRecommendation | DeadlineWarning | MatterItem


def _matter_ids(item: Item) -> tuple[str, ...]:
    return item.matter_ids if isinstance(item, SupervisionFinding) else (item.matter_id,)


def _rule_ids(item: Item, ev: Evaluation) -> tuple[str, ...]:
    if isinstance(item, DeadlineWarning):
        return (item.clock.rule_id,)
    if isinstance(item, MatterItem):
        return tuple(f.rule_id for f in ev.report.for_matter(item.matter_id))
    return (item.rule_id,)


def _by_rule(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    return any(r == v or r.startswith(v + ".") for r in _rule_ids(item, ev) for v in values)


_LIGHT_WORDS = {
    **{light.value: light for light in TrafficLight},
    **{light.label_zh: light for light in TrafficLight},
    **{light.label_zh[0]: light for light in TrafficLight},
}


def parse_light(text: str) -> TrafficLight:
    """``red``/``红``/``红灯`` (likewise yellow, green) as a :class:`TrafficLight`."""
    light = _LIGHT_WORDS.get(text.strip().lower())
    if light is None:
        raise CliError(
            f"--light {text!r}: not a traffic light; use red, yellow or green (红、黄、绿)"
        )
    return light


def _by_light(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    wanted = {parse_light(v) for v in values}
    return any(ev.report.light_of(m) in wanted for m in _matter_ids(item))


def _by_place(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    return any(ev.matters[m].place in values for m in _matter_ids(item))


def _by_organ(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    if isinstance(item, AccountabilityRecommendation) and item.unit in values:
        return True
    return any(ev.matters[m].handling_organ in values for m in _matter_ids(item))


def _by_open(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    return any(ev.is_open(m) for m in _matter_ids(item))


@dataclass(frozen=True)
class Filter:
    """An option that keeps the findings and recommendations it matches.

    ``values`` is the list the option was given (``--rule AK-S-2 --rule AK-S-7``), or
    ``[True]`` for a flag; an item is kept when ``keep(item, values, evaluation)``.
    """

    option: str
    dest: str
    help: str
    keep: Callable[[Item, Sequence[Any], Evaluation], bool]
    metavar: str | None = None


FILTERS: list[Filter] = [
    Filter(
        "--rule", "rule", "only this rule or family (AK-S-2.1, AK-S-2, AK-S-7)", _by_rule, "RULE"
    ),
    Filter("--place", "place", "only matters against this place or unit", _by_place, "PLACE"),
    Filter(
        "--organ",
        "organ",
        "only matters this organ handles (or units it names)",
        _by_organ,
        "ORGAN",
    ),
    Filter("--open", "open", "only matters still being handled as of --as-of", _by_open),
    Filter(
        "--light",
        "light",
        "only matters showing this traffic light: red (overdue, 督办), yellow (a due day "
        "near, 临期预警) or green",
        _by_light,
        "LIGHT",
    ),
]
"""The filters, in the order they apply; repeat an option to keep any of its values."""


def kept(ev: Evaluation, items: Sequence[Item], args: argparse.Namespace) -> list[Item]:
    kept = list(items)
    for f in FILTERS:
        given = getattr(args, f.dest, None)
        if not given:
            continue
        values = given if isinstance(given, list) else [given]
        if any(isinstance(v, str) and not v.strip() for v in values):
            raise CliError(f"{f.option}: an empty value matches nothing; give a {f.metavar}")
        kept = [i for i in kept if f.keep(i, values, ev)]
    return kept


@dataclass(frozen=True)
class Kept:
    """What the filters kept: the findings, the early warnings, the recommendations, and
    the matters (for the ``lights`` view)."""

    findings: list[SupervisionFinding]
    warnings: list[DeadlineWarning]
    recommendations: list[AccountabilityRecommendation]
    matters: list[str]


def kept_items(ev: Evaluation, args: argparse.Namespace) -> Kept:
    """Every kind of item, through the filters of ``args``."""
    r = ev.report
    ranked = sorted(ev.matters, key=lambda m: (-_light_rank(ev, m), m))
    return Kept(
        findings=[f for f in kept(ev, r.findings, args) if isinstance(f, SupervisionFinding)],
        warnings=[w for w in kept(ev, r.warnings, args) if isinstance(w, DeadlineWarning)],
        recommendations=[
            x
            for x in kept(ev, r.recommendations, args)
            if isinstance(x, AccountabilityRecommendation)
        ],
        matters=[
            i.matter_id
            for i in kept(ev, [MatterItem(m) for m in ranked], args)
            if isinstance(i, MatterItem)
        ],
    )


def _light_rank(ev: Evaluation, matter_id: str) -> int:
    light = ev.report.light_of(matter_id)
    return -1 if light is None else light.rank
