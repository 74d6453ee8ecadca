"""What ``supervise`` shows, and the filters it applies: the pieces a new view or filter
joins.

:data:`FILTERS` lists the filters (an option and a test of a finding or a
recommendation, given the :class:`Evaluation`); :data:`MODES` the views (a function
from the evaluation and the kept findings and recommendations to tables). Adding a
filter or a view is one entry in one of them.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from receptionrules.calendar import WorkingCalendar
from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import Language, label
from receptionrules.cli.output import Column, Shown, Table
from receptionrules.supervision import (
    AccountabilityRecommendation,
    NationalTimeLimits,
    PetitionMatter,
    SupervisionFinding,
    SupervisionReport,
    matter_status,
)

__all__ = ["FILTERS", "MODES", "Evaluation", "Filter", "Item", "View", "kept"]

_SHOWN_IDS = 4


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


Item = SupervisionFinding | AccountabilityRecommendation


def _matter_ids(item: Item) -> tuple[str, ...]:
    return item.matter_ids if isinstance(item, SupervisionFinding) else (item.matter_id,)


def _by_rule(item: Item, values: Sequence[str], ev: Evaluation) -> bool:
    return any(item.rule_id == v or item.rule_id.startswith(v + ".") for v in values)


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


def _ids(ids: Sequence[str], lang: Language) -> str:
    shown = ("、" if lang == "zh" else ", ").join(ids[:_SHOWN_IDS])
    if len(ids) <= _SHOWN_IDS:
        return shown
    more = len(ids) - _SHOWN_IDS
    return shown + (f"等{len(ids)}件" if lang == "zh" else f" (+{more})")


def _summary_row(ev: Evaluation, findings: int, recommendations: int) -> dict[str, Any]:
    r = ev.report
    return {
        "as_of": r.as_of,
        "matters_evaluated": r.matters_evaluated,
        "matters_ignored": ev.ignored,
        "findings": findings,
        "recommendations": recommendations,
    }


def _summary_table(ev: Evaluation, findings: int, recommendations: int) -> Table:
    rows = [_summary_row(ev, findings, recommendations)]
    return Table("summary", "概况", "summary", _SUMMARY_COLUMNS, rows)


_SUMMARY_COLUMNS = (
    Column("as_of", "截至", "as of"),
    Column("matters_evaluated", "事项", "matters"),
    Column("matters_ignored", "未计入", "ignored"),
    Column("findings", "发现", "findings"),
    Column("recommendations", "问责建议", "recommendations"),
)


def _findings_table(findings: Sequence[SupervisionFinding], lang: Language) -> Table:
    columns = (
        Column("rule_id", "规则", "rule"),
        Column("kind", "类别", "kind"),
        Column("method", "督办方式", "method"),
        Column("matter_ids", "事项", "matters"),
        Column("reason", "原因", "why"),
    )
    rows = []
    for f in findings:
        row: dict[str, Any] = f.to_dict(lang)
        row["kind"] = Shown(f.kind, label("finding", f.kind, lang))
        row["method"] = Shown(f.method.value, label("method", f.method.value, lang))
        row["matter_ids"] = Shown(list(f.matter_ids), _ids(f.matter_ids, lang))
        rows.append(row)
    return Table("finding", "发现", "findings", columns, rows)


def _recommendations_table(items: Sequence[AccountabilityRecommendation], lang: Language) -> Table:
    columns = (
        Column("rule_id", "规则", "rule"),
        Column("matter_id", "事项", "matter"),
        Column("unit", "单位", "unit"),
        Column("on", "日期", "on"),
        Column("reason", "原因", "why"),
    )
    rows = [r.to_dict(lang) for r in items]
    return Table("recommendation", "问责建议", "recommendations", columns, rows)


def _report_view(
    ev: Evaluation, findings: list[SupervisionFinding], recs: list[AccountabilityRecommendation]
) -> list[Table]:
    lang = ev.lang
    summary = Table(
        "summary", "概况", "summary", _SUMMARY_COLUMNS, [_summary_row(ev, len(findings), len(recs))]
    )
    return [summary, _findings_table(findings, lang), _recommendations_table(recs, lang)]


def _summary_view(
    ev: Evaluation, findings: list[SupervisionFinding], recs: list[AccountabilityRecommendation]
) -> list[Table]:
    lang = ev.lang
    counts: Counter[tuple[str, str, str]] = Counter()
    matters: dict[tuple[str, str, str], set[str]] = {}
    for f in findings:
        key: tuple[str, str, str] = (f.rule_id, "finding", f.kind)
        counts[key] += 1
        matters.setdefault(key, set()).update(f.matter_ids)
    for r in recs:
        key = (r.rule_id, "ground", r.ground)
        counts[key] += 1
        matters.setdefault(key, set()).add(r.matter_id)
    columns = (
        Column("rule_id", "规则", "rule"),
        Column("kind", "类别", "kind"),
        Column("count", "项数", "count"),
        Column("matters", "涉及事项", "matters"),
    )
    rows = [
        {
            "rule_id": rule,
            "kind": Shown(kind, label(vocabulary, kind, lang)),
            "count": n,
            "matters": len(matters[(rule, vocabulary, kind)]),
        }
        for (rule, vocabulary, kind), n in sorted(counts.items())
    ]
    summary = Table(
        "summary", "概况", "summary", _SUMMARY_COLUMNS, [_summary_row(ev, len(findings), len(recs))]
    )
    return [summary, Table("count", "分类统计", "counts by rule", columns, rows)]


View = Callable[
    [Evaluation, list[SupervisionFinding], list[AccountabilityRecommendation]], list[Table]
]
MODES: dict[str, View] = {"report": _report_view, "summary": _summary_view}
"""The views: ``--summary`` picks ``summary``, else ``report``."""
