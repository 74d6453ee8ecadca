"""``receptionrules supervise MATTERS --kpi``: the assessment figures of a period (Nat-10).

及时受理率, 按期办结率, 参评率, 满意率 and 重复信访率 (2022 art. 39) over the whole set, or
``--by organ`` / ``--by place``, for the period ``--from`` … ``--to`` (default: the year
of ``--as-of`` up to ``--as-of``), as known on ``--as-of``. The figures and their
definitions are the library's (:func:`receptionrules.supervision.assess`); this module
only turns them into tables. ``--place`` and ``--organ`` choose the matters assessed;
the filters of findings (``--rule``, ``--open``, ``--light``) do not apply.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from receptionrules.calendar import WorkingCalendar
from receptionrules.cli._common import parse_day
from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import Language, pick
from receptionrules.cli.output import Column, Output, Shown, Table
from receptionrules.supervision import (
    Assessment,
    Figure,
    Grouping,
    NationalTimeLimits,
    PetitionMatter,
    assess,
)

__all__ = ["GROUPINGS", "add_kpi_options", "kpi_period", "kpi_tables", "run_kpi"]

GROUPINGS: dict[str, Grouping] = {
    "all": "all",
    "organ": "organ",
    "place": "place",
    "全部": "all",
    "机关": "organ",
    "地方": "place",
}
"""``--by``: the whole set, by handling organ, or by place (English or Chinese)."""

_NOT_FOR_KPI = ("rule", "open", "light")


def add_kpi_options(p: argparse.ArgumentParser) -> None:
    """``--by``, ``--from`` and ``--to`` of ``--kpi``."""
    p.add_argument(
        "--by",
        metavar="GROUP",
        default="all",
        help="with --kpi: the figures for the whole set (all, the default), by handling "
        "organ (organ) or by place (place)",
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="with --kpi: the period's first day (default: 1 January of --as-of's year)",
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help="with --kpi: the period's last day (default: --as-of)",
    )


def kpi_period(args: argparse.Namespace, as_of: date) -> tuple[date, date]:
    """The period the options give, checked against each other and ``as_of``."""
    start = parse_day(args.start, "--from") if args.start else date(as_of.year, 1, 1)
    end = parse_day(args.end, "--to") if args.end else as_of
    if end < start:
        raise CliError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    if as_of < start:
        raise CliError(
            f"--as-of {as_of.isoformat()} is before --from {start.isoformat()}: nothing of "
            "the period is known yet; give a later --as-of or an earlier --from"
        )
    return start, end


def _ratio(f: Figure) -> Shown:
    if f.ratio is None:
        return Shown(None, "—（无可计）", "— (none to count)")
    return Shown(round(f.ratio, 6), f.percent(), f.percent())


def _figure(f: Figure) -> Shown:
    return Shown(f.code, f.label("zh"), f.label("en"))


def kpi_tables(a: Assessment, lang: Language) -> list[Table]:
    """The figures, one row per group and figure (then the total's), and the legend."""
    group_header = a.headers(lang)[0]
    columns = (
        Column("group", group_header, group_header),
        Column("figure", "指标", "figure"),
        Column("numerator", "分子", "numerator"),
        Column("denominator", "分母", "denominator"),
        Column("ratio", "比率", "ratio"),
    )
    rows: list[dict[str, Any]] = []
    total = a.total if a.by != "all" else None
    for group in (*a.groups, *((total,) if total is not None else ())):
        shown_key = group.key
        if group is total:
            shown: Shown | str = Shown(None, "合计", "total")
        elif shown_key:
            shown = shown_key
        elif a.by == "all":
            shown = Shown("", "全部", "all")
        else:
            shown = Shown("", "（未填）", "(none given)")
        rows.extend(
            {
                "group": shown,
                "figure": _figure(f),
                "numerator": f.numerator,
                "denominator": f.denominator,
                "ratio": _ratio(f),
            }
            for f in group.figures
        )
    legend = Table(
        "definition",
        "指标口径",
        "definitions",
        (Column("figure", "指标", "figure"), Column("definition", "口径", "definition")),
        [{"figure": _figure(f), "definition": f.definition(lang)} for f in a.total.figures],
    )
    return [Table("figure", "考核指标", "assessment figures", columns, rows), legend]


def run_kpi(
    args: argparse.Namespace,
    out: Output,
    matters: Sequence[PetitionMatter],
    as_of: date,
    *,
    limits: NationalTimeLimits | None,
    calendar: WorkingCalendar,
) -> int:
    """Print the assessment figures of the matters ``--place``/``--organ`` choose."""
    for dest in _NOT_FOR_KPI:
        if getattr(args, dest, None):
            raise CliError(
                f"--{dest} filters findings; with --kpi, choose the matters with --place or "
                "--organ, or group them with --by"
            )
    by = GROUPINGS.get(str(args.by).strip().lower())
    if by is None:
        raise CliError(f"--by {args.by!r}: use all, organ or place (全部、机关、地方)")
    start, end = kpi_period(args, as_of)
    chosen = [
        m
        for m in matters
        if (not args.place or m.place in args.place)
        and (not args.organ or m.handling_organ in args.organ)
    ]
    a = assess(chosen, start, end, by=by, as_of=as_of, limits=limits, calendar=calendar)
    tables = kpi_tables(a, out.lang)
    if out.format != "text":
        out.write(tables)
        return 0
    n = sum(1 for m in chosen if m.received_on <= as_of)
    head = pick(
        out.lang,
        f"考核期{start.isoformat()}至{end.isoformat()}（截至{as_of.isoformat()}）：{n}件事项",
        f"assessment period {start.isoformat()} to {end.isoformat()} (as of "
        f"{as_of.isoformat()}): {n} matter{'s' * (n != 1)}",
    )
    out.write_text(head + "\n" + out.plain(tables, titled=True))
    return 0
