"""What ``supervise`` shows: the tables of each view, from what the filters kept.

:data:`MODES` holds the views, each a function from the :class:`~.supervise_filters.
Evaluation` and the :class:`~.supervise_filters.Kept` items to tables; adding a view
is one entry (and its option in :mod:`.supervise`). The filters are in
:mod:`.supervise_filters`; the assessment figures (``--kpi``) in :mod:`.supervise_kpi`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from receptionrules.cli.lang import Language, label
from receptionrules.cli.output import Column, Shown, Table
from receptionrules.cli.supervise_filters import Evaluation, Kept
from receptionrules.supervision import (
    AccountabilityRecommendation,
    DeadlineWarning,
    SupervisionFinding,
    TrafficLight,
)
from receptionrules.supervision.signals import days_text

__all__ = ["MODES", "View"]

_SHOWN_IDS = 4


def _ids(ids: Sequence[str], lang: Language) -> str:
    shown = ("、" if lang == "zh" else ", ").join(ids[:_SHOWN_IDS])
    if len(ids) <= _SHOWN_IDS:
        return shown
    more = len(ids) - _SHOWN_IDS
    return shown + (f"等{len(ids)}件" if lang == "zh" else f" (+{more})")


def _summary_table(ev: Evaluation, k: Kept) -> Table:
    r = ev.report
    lights = r.light_counts()
    row = {
        "as_of": r.as_of,
        "matters_evaluated": r.matters_evaluated,
        "matters_ignored": ev.ignored,
        "red": lights[TrafficLight.RED],
        "yellow": lights[TrafficLight.YELLOW],
        "green": lights[TrafficLight.GREEN],
        "findings": len(k.findings),
        "warnings": len(k.warnings),
        "recommendations": len(k.recommendations),
    }
    return Table("summary", "概况", "summary", _SUMMARY_COLUMNS, [row])


_SUMMARY_COLUMNS = (
    Column("as_of", "截至", "as of"),
    Column("matters_evaluated", "事项", "matters"),
    Column("matters_ignored", "未计入", "ignored"),
    Column("red", "红灯", "red"),
    Column("yellow", "黄灯", "yellow"),
    Column("green", "绿灯", "green"),
    Column("findings", "发现", "findings"),
    Column("warnings", "临期预警", "warnings"),
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


def _days_left(days: int, basis: str, lang: Language) -> Shown:
    en, zh = days_text(days, basis)
    return Shown(days, zh, en)


def _warnings_table(warnings: Sequence[DeadlineWarning], lang: Language) -> Table:
    columns = (
        Column("matter_id", "事项", "matter"),
        Column("rule_id", "规则", "rule"),
        Column("due_on", "期限", "due"),
        Column("days_left", "剩余", "left"),
        Column("reason", "预警", "warning"),
    )
    rows = []
    for w in warnings:
        row: dict[str, Any] = w.to_dict(lang)
        row["days_left"] = _days_left(w.days_left, w.clock.basis, lang)
        rows.append(row)
    return Table("warning", "临期预警", "early warnings", columns, rows)


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


def _report_view(ev: Evaluation, k: Kept) -> list[Table]:
    lang = ev.lang
    return [
        _summary_table(ev, k),
        _findings_table(k.findings, lang),
        _warnings_table(k.warnings, lang),
        _recommendations_table(k.recommendations, lang),
    ]


def _summary_view(ev: Evaluation, k: Kept) -> list[Table]:
    lang = ev.lang
    counts: Counter[tuple[str, str, str]] = Counter()
    matters: dict[tuple[str, str, str], set[str]] = {}
    for f in k.findings:
        key: tuple[str, str, str] = (f.rule_id, "finding", f.kind)
        counts[key] += 1
        matters.setdefault(key, set()).update(f.matter_ids)
    for r in k.recommendations:
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
    return [_summary_table(ev, k), Table("count", "分类统计", "counts by rule", columns, rows)]


def _lights_view(ev: Evaluation, k: Kept) -> list[Table]:
    """One row per matter, red first: its light, where, who handles it, and why."""
    lang = ev.lang
    warned: dict[str, DeadlineWarning] = {}
    for w in ev.report.warnings:
        warned.setdefault(w.matter_id, w)
    columns = (
        Column("matter_id", "事项", "matter"),
        Column("light", "信号灯", "light"),
        Column("place", "地方或单位", "place"),
        Column("handling_organ", "承办机关", "handling organ"),
        Column("reason", "说明", "why"),
    )
    rows: list[dict[str, Any]] = []
    for matter_id in k.matters:
        light = ev.report.light_of(matter_id)
        if light is None:
            continue
        m = ev.matters[matter_id]
        overdue = [f for f in ev.report.for_matter(matter_id) if f.kind == "overdue"]
        if light is TrafficLight.RED and overdue:
            why = overdue[0].reason_in(lang)
        elif light is TrafficLight.YELLOW and matter_id in warned:
            why = warned[matter_id].reason_in(lang)
        else:
            why = ""
        rows.append(
            {
                "matter_id": matter_id,
                "light": Shown(light.value, light.label_zh, light.value),
                "place": m.place,
                "handling_organ": m.handling_organ,
                "reason": why,
            }
        )
    return [_summary_table(ev, k), Table("light", "信号灯", "traffic lights", columns, rows)]


View = Callable[[Evaluation, Kept], list[Table]]
MODES: dict[str, View] = {
    "report": _report_view,
    "summary": _summary_view,
    "lights": _lights_view,
}
"""The views: ``--summary`` picks ``summary``, ``--lights`` picks ``lights``, else ``report``."""
