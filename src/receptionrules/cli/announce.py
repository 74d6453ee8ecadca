"""``receptionrules announce``: the public notices of reception days (AK-R-5.2)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionrules.cli._common import (
    CliError,
    RegimeSource,
    add_source_options,
    describe,
    load_source,
)
from receptionrules.cli.lang import add_lang_option, pick, weekday
from receptionrules.cli.output import Column, Shown, Table, add_output_options, output_for
from receptionrules.errors import ReceptionRulesError
from receptionrules.notices import Notice, notices, reception_notice

COLUMNS = (
    Column("regime", "机构", "preset"),
    Column("date", "日期", "date"),
    Column("weekday", "星期", "weekday"),
    Column("hours", "时间", "hours"),
    Column("receivers", "接待领导", "received by"),
    Column("complete", "领导已确定", "complete"),
    Column("text", "公告", "notice"),
)


def register(commands: Any) -> None:
    ann = commands.add_parser(
        "announce",
        help="public notices of reception days, in Chinese or English (AK-R-5.2)",
        description="Print the notice of each reception day: date, weekday, hours, place "
        "and the receiving leaders' names and titles. From a roster (--roster), or for a "
        "preset without one (the leaders then read 待定, to be announced).",
    )
    add_source_options(ann)
    add_lang_option(ann)
    add_output_options(ann)
    ann.set_defaults(run=run_announce)


def _notices(args: argparse.Namespace) -> list[Notice]:
    source = load_source(args)
    if isinstance(source, RegimeSource):
        regime = source.regime
        return [
            reception_notice(r, location_en=regime.location_en)
            for r in regime.receptions(source.start, source.end)
        ]
    return list(notices(source.roster, source.start, source.end))


def run_announce(args: argparse.Namespace) -> int:
    out = output_for(args)
    lang = out.lang
    try:
        found = _notices(args)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e)) from None
    if out.format == "text":
        out.write_text("".join(n.render(lang) + "\n" for n in found))
    else:
        rows = [
            {
                "regime": n.regime,
                "date": n.day,
                "weekday": weekday(n.day, lang),
                "hours": Shown.only(f"{n.start:%H:%M}–{n.end:%H:%M}"),
                "start": n.start,
                "end": n.end,
                "receivers": Shown(
                    [r.name for r in n.receivers],
                    "、".join(r.render("zh") for r in n.receivers),
                    ", ".join(r.render("en") for r in n.receivers),
                ),
                "complete": n.complete,
                "provisional": n.provisional,
                "text": Shown.only(n.render(lang)),
                "zh": n.render("zh"),
                "en": n.render("en"),
            }
            for n in found
        ]
        out.write([Table("notice", "接待日公告", "notices", COLUMNS, rows)])
    if not found:
        sys.stderr.write(pick(lang, "该期间没有接待日\n", "no reception day in that period\n"))
    return 0
