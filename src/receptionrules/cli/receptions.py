"""``receptionrules next`` and ``receptionrules list``: when the receptions are."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any

from receptionrules.cli._common import (
    EXIT_NOTHING,
    CliError,
    add_institution_options,
    check_day,
    describe,
    load_regime,
    now,
    parse_moment,
    parse_required_range,
)
from receptionrules.cli.lang import Language, add_lang_option, pick, weekday
from receptionrules.cli.output import Column, Shown, Table, add_output_options, output_for
from receptionrules.errors import NoReceptionError, ReceptionRulesError
from receptionrules.presets import PRESETS
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.rules import AnnouncedDates

__all__ = ["no_reception_message", "reception_row", "register"]

COLUMNS = (
    Column("preset", "机构", "preset"),
    Column("date", "日期", "date"),
    Column("weekday", "星期", "weekday"),
    Column("hours", "时间", "hours"),
    Column("location", "地点", "location"),
    Column("notes", "备注", "notes"),
)


def register(commands: Any) -> None:
    nxt = commands.add_parser(
        "next",
        help="the next reception of one preset, or of all five",
        description="Print the next reception from now (or --at) for PRESET, or for all "
        "five presets when none is given.",
    )
    nxt.add_argument("preset", nargs="?", help="a preset name; all five when omitted")
    nxt.add_argument("--at", metavar="DATE|DATETIME", help="instead of now (local time)")
    add_lang_option(nxt)
    add_output_options(nxt)
    add_institution_options(nxt)
    nxt.set_defaults(run=run_next)

    lst = commands.add_parser(
        "list",
        help="every reception of a preset in a range of days",
        description="Print every reception of PRESET whose day is in [--from, --to].",
    )
    lst.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    lst.add_argument("--from", dest="start", required=True, metavar="DATE")
    lst.add_argument("--to", dest="end", required=True, metavar="DATE")
    add_lang_option(lst)
    add_output_options(lst)
    add_institution_options(lst)
    lst.set_defaults(run=run_list)


def reception_row(regime: Regime, r: Reception, lang: Language) -> dict[str, Any]:
    """One reception as a row: the text columns, and the API's fields for JSON."""
    data = r.to_dict()
    place = regime.location_en if lang == "en" and regime.location_en else r.location
    return {
        "preset": regime.name,
        "regime": r.regime,
        "date": r.day,
        "weekday": weekday(r.day, lang),
        "hours": Shown(r.hours(), r.hours()),
        "start": r.start,
        "end": r.end,
        "location": Shown(r.location, place),
        "provisional": r.provisional,
        "moved_from": r.moved_from,
        "notes": Shown(list(r.notes_in(lang)), pick(lang, "；", "; ").join(r.notes_in(lang))),
        "label": data["label"],
    }


def no_reception_message(regime: Regime, e: NoReceptionError, lang: Language) -> str:
    """Why a regime has nothing upcoming, in the CLI's terms (the flag, not the method)."""
    rule = regime.rule
    if isinstance(rule, AnnouncedDates):
        last = max(rule.dates) if rule.dates else None
        if last is None:
            return pick(
                lang,
                "尚未公布接待日期；用 --announced 日期[,日期…] 给出（MC-1）",
                "no date is announced; give the announced dates with --announced "
                "DATE[,DATE...] (MC-1)",
            )
        return pick(
            lang,
            f"已公布的最后一个接待日是{last.isoformat()}；用 --announced 给出之后的日期（MC-1）",
            f"the last announced date is {last.isoformat()}; give the later ones with "
            "--announced DATE[,DATE...] (MC-1)",
        )
    return pick(
        lang,
        f"{regime.search_days}天内没有接待日（{rule.describe()}）",
        describe(e),
    )


def run_next(args: argparse.Namespace) -> int:
    out = output_for(args)
    lang = out.lang
    at: date | datetime = parse_moment(args.at, "--at") if args.at else now()
    if args.config or args.preset:
        regimes = [load_regime(args.preset, args)]
    else:
        regimes = [load_regime(name, args) for name in PRESETS]
    day = at.date() if isinstance(at, datetime) else at
    check_day(day, "--at", regimes[0].calendar)
    table = Table("reception", "下次接待", "next reception", COLUMNS)
    found_any = False
    for regime in regimes:
        try:
            r = regime.next_reception(at)
        except NoReceptionError as e:
            message = no_reception_message(regime, e, lang)
            table.rows.append(
                {
                    "preset": regime.name,
                    "reception": None,
                    "date": Shown.only(pick(lang, "无", "none")),
                    "message": message,
                    "notes": Shown.only(message),
                }
            )
            continue
        except ReceptionRulesError as e:
            raise CliError(f"{regime.name}: {describe(e)}") from None
        found_any = True
        table.rows.append(reception_row(regime, r, lang))
    out.write([table])
    # One preset asked for and nothing upcoming: say so in the exit code too.
    return 0 if found_any or len(regimes) > 1 else EXIT_NOTHING


def run_list(args: argparse.Namespace) -> int:
    out = output_for(args)
    start, end = parse_required_range(args)
    regime = load_regime(args.preset, args)
    check_day(start, "--from", regime.calendar)
    check_day(end, "--to", regime.calendar)
    try:
        receptions = list(regime.receptions(start, end))
    except ReceptionRulesError as e:
        raise CliError(describe(e)) from None
    rows = [reception_row(regime, r, out.lang) for r in receptions]
    out.write([Table("reception", "接待日", "receptions", COLUMNS, rows)])
    if not receptions:
        sys.stderr.write(
            pick(
                out.lang,
                f"{regime.name}：{start}至{end}没有接待日\n",
                f"{regime.name}: no reception from {start} to {end}\n",
            )
        )
    return 0
