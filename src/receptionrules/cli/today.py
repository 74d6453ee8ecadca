"""``receptionrules today``: what a petition office needs to know this morning.

For each institution (the five presets, the ones named, or ``--config``): today's
reception, or the next one. With ``--roster`` (repeatable): who is on duty now, the
posts lacking a holder in the coming ``--days``, and the announcements due, overdue or
to make again (AK-R-5.2, for institutions that announce). With ``--matters``: the
national time limits that fall due in the coming days, or are overdue (Nat-1 … Nat-4);
a matter received after the day is left out, with a warning on stderr.
``--at`` pretends another moment: an office checking tomorrow, or a test.

Every rule is the library's: the command only asks it and lays the answers out.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from typing import Any

from receptionrules.cli._common import (
    CliError,
    add_institution_options,
    check_day,
    describe,
    load_regime,
    load_roster,
    now,
    parse_moment,
)
from receptionrules.cli.inputs import load_matters
from receptionrules.cli.lang import Language, add_lang_option, label, pick, weekday
from receptionrules.cli.output import Column, Shown, Table, add_output_options, output_for
from receptionrules.cli.receptions import no_reception_message
from receptionrules.cli.roster_views import shown_person
from receptionrules.duty import DEFAULT_NOTICE_DAYS, Roster, announcement_status
from receptionrules.errors import NoReceptionError, ReceptionRulesError
from receptionrules.presets import PRESETS
from receptionrules.regime import Regime
from receptionrules.supervision import PetitionMatter, clocks
from receptionrules.timeutil import to_local

__all__ = ["register"]

DEFAULT_DAYS = 7
"""How far ahead ``today`` looks for vacancies, announcements and due days."""


def register(commands: Any) -> None:
    p = commands.add_parser(
        "today",
        help="today's receptions, who is on duty, vacancies, announcements, matters due",
        description="Today's (or the next) reception of each institution; with --roster, "
        "who is on duty now, vacant posts and announcements due in the coming days; with "
        "--matters, the time limits falling due. --at pretends another moment.",
    )
    p.add_argument("presets", nargs="*", metavar="PRESET", help="presets (default: all five)")
    p.add_argument("--roster", action="append", metavar="FILE", help="a roster (repeatable)")
    p.add_argument("--matters", metavar="FILE", help="petition matters (JSON, CSV or XLSX)")
    p.add_argument(
        "--events", metavar="FILE", help="with a CSV of matters: their events (CSV or XLSX)"
    )
    p.add_argument("--at", metavar="DATE|DATETIME", help="instead of now (local time)")
    p.add_argument(
        "--days",
        type=int,
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"how many days ahead to look (default {DEFAULT_DAYS})",
    )
    add_lang_option(p)
    add_output_options(p)
    add_institution_options(p)
    p.set_defaults(run=run)


def _receptions(regimes: list[Regime], at: datetime, lang: Language) -> Table:
    columns = (
        Column("preset", "机构", "preset"),
        Column("when", "状态", "status"),
        Column("date", "日期", "date"),
        Column("weekday", "星期", "weekday"),
        Column("hours", "时间", "hours"),
        Column("location", "地点", "location"),
    )
    rows: list[dict[str, Any]] = []
    for regime in regimes:
        today = regime.reception_on(at.date())
        r = today if today is not None and today.end > at else None
        if r is None:
            try:
                r = regime.next_reception(at)
            except NoReceptionError as e:
                message = no_reception_message(regime, e, lang)
                rows.append(
                    {
                        "preset": regime.name,
                        "when": Shown("none", pick(lang, "无", "none")),
                        "date": None,
                        "location": Shown(message, message),
                    }
                )
                continue
        if r.contains(at):
            state = ("now", "正在进行", "in progress")
        elif r.day == at.date():
            state = ("today", "今天", "today")
        else:
            state = ("next", "下次", "next")
        place = regime.location_en if lang == "en" and regime.location_en else r.location
        rows.append(
            {
                "preset": regime.name,
                "when": Shown(state[0], state[1], state[2]),
                "date": r.day,
                "weekday": weekday(r.day, lang),
                "hours": r.hours(),
                "start": r.start,
                "end": r.end,
                "location": Shown(r.location, place),
                "provisional": r.provisional,
            }
        )
    return Table("reception", "接待日", "receptions", columns, rows)


def _on_duty(rosters: list[Roster], at: datetime, lang: Language) -> Table:
    columns = (
        Column("preset", "机构", "preset"),
        Column("hours", "时间", "hours"),
        Column("post", "岗位", "post"),
        Column("person", "值班人员", "on duty"),
    )
    rows: list[dict[str, Any]] = []
    for roster in rosters:
        if not roster.start <= at.date() <= roster.end:
            continue
        slot = roster.duty_at(at)
        if slot is None:
            continue
        for a in slot.assignments:
            pos = roster.composition.position(a.position)
            rows.append(
                {
                    "preset": roster.regime,
                    "slot_id": slot.id,
                    "hours": slot.hours(),
                    "post": Shown(a.position, pos.label, pos.name_en),
                    "person": shown_person(roster, a.person),
                }
            )
    return Table("on_duty", "当前值班", "on duty now", columns, rows)


def _vacancies(rosters: list[Roster], first: date, last: date, lang: Language) -> Table:
    columns = (
        Column("date", "日期", "date"),
        Column("preset", "机构", "preset"),
        Column("problem", "问题", "problem"),
        Column("reason", "说明", "why"),
    )
    rows: list[dict[str, Any]] = []
    for roster in rosters:
        lo, hi = max(first, roster.start), min(last, roster.end)
        if hi < lo:
            continue
        for v in roster.vacancies(lo, hi):
            rows.append(
                {
                    "date": v.day,
                    "preset": roster.regime,
                    "slot_id": v.slot_id,
                    "position": v.position,
                    "problem": Shown(v.problem, label("problem", v.problem, lang)),
                    "rule_id": v.rule_id,
                    "reason": v.render(lang),
                }
            )
    rows.sort(key=lambda r: (r["date"], r["preset"]))
    return Table("vacancy", "近期空岗", "vacant posts in the coming days", columns, rows)


def _announcements(rosters: list[Roster], day: date, days: int, lang: Language) -> Table:
    columns = (
        Column("status", "状态", "status"),
        Column("preset", "机构", "preset"),
        Column("date", "值班日期", "duty day"),
        Column("deadline", "公布期限", "announce by"),
    )
    rows: list[dict[str, Any]] = []
    for roster in rosters:
        if not roster.composition.announced or day > roster.end:
            continue
        status = announcement_status(roster, day, horizon_days=max(days, DEFAULT_NOTICE_DAYS))
        for kind, items in (
            ("overdue", status.overdue),
            ("to_reannounce", status.to_reannounce),
            ("due", status.due),
        ):
            for item in items:
                rows.append(
                    {
                        "status": Shown(kind, label("announcement", kind, lang)),
                        "preset": roster.regime,
                        "slot_id": item.slot_id,
                        "date": item.day,
                        "deadline": item.deadline,
                        "rule_id": roster.composition.rules.announcement,
                    }
                )
    return Table("announcement", "公布安排", "announcements", columns, rows)


def _left(days: int) -> tuple[str, str]:
    """How a due day stands, for people: 还剩3日 / 今日到期 / 逾期5日."""
    if days > 0:
        return f"还剩{days}日", f"{days} day{'s' * (days != 1)} left"
    if days == 0:
        return "今日到期", "due today"
    return f"逾期{-days}日", f"{-days} day{'s' * (days != -1)} overdue"


def _matters_due(matters: list[PetitionMatter], day: date, days: int, lang: Language) -> Table:
    columns = (
        Column("due_on", "期限", "due"),
        Column("days_left", "状态", "status"),
        Column("matter_id", "事项", "matter"),
        Column("clock", "办理环节", "step"),
        Column("rule_id", "规则", "rule"),
    )
    rows: list[dict[str, Any]] = []
    for m in matters:
        if m.received_on > day:
            continue
        for c in clocks(m, day):
            if c.kind != "duty" or not c.running or c.days_left is None:
                continue
            if c.days_left > days:
                continue
            rows.append(
                {
                    "due_on": c.due_on,
                    "days_left": Shown(c.days_left, *_left(c.days_left)),
                    "matter_id": m.id,
                    "clock": Shown(c.name, label("clock", c.name, lang)),
                    "rule_id": c.rule_id,
                    "overdue": c.overdue,
                    "place": m.place,
                }
            )
    rows.sort(key=lambda r: (r["due_on"], r["matter_id"]))
    return Table("matter_due", "到期与逾期的事项", "matters due or overdue", columns, rows)


def run(args: argparse.Namespace) -> int:
    out = output_for(args)
    lang = out.lang
    if args.days < 0:
        raise CliError(f"--days {args.days}: give a number of days, 0 or more")
    at_given = parse_moment(args.at, "--at") if args.at else now()
    at = to_local(at_given)
    names = list(args.presets)
    if args.config and names:
        raise CliError("give presets or --config, not both")
    regimes = (
        [load_regime(None, args)]
        if args.config
        else [load_regime(name, args) for name in names or PRESETS]
    )
    check_day(at.date(), "--at", regimes[0].calendar)
    last = at.date() + timedelta(days=args.days)
    calendar = regimes[0].calendar
    if last.year > calendar.last_year:
        raise CliError(
            f"--days {args.days}: the coming days reach {last.isoformat()}, past the "
            f"working-day calendar's end ({calendar.last_year}-12-31); look fewer days ahead"
        )
    rosters = [load_roster(path, "--roster", args) for path in args.roster or ()]
    matters = (
        load_matters(args.matters, "--matters", lang, events=args.events) if args.matters else None
    )
    try:
        tables = [_receptions(regimes, at, lang)]
        if rosters:
            tables.append(_on_duty(rosters, at, lang))
            tables.append(_vacancies(rosters, at.date(), last, lang))
            tables.append(_announcements(rosters, at.date(), args.days, lang))
        if matters is not None:
            try:
                tables.append(_matters_due(matters, at.date(), args.days, lang))
            except ReceptionRulesError as e:
                raise CliError(f"--matters {args.matters}: {describe(e)}") from None
            later = sum(1 for m in matters if m.received_on > at.date())
            if later:
                sys.stderr.write(
                    pick(
                        lang,
                        f"注意：{later}件事项登记于{at.date()}之后，未计入\n",
                        f"warning: {later} matter{'s' * (later != 1)} received after "
                        f"{at.date()} {'are' if later != 1 else 'is'} left out\n",
                    )
                )
    except ReceptionRulesError as e:
        raise CliError(describe(e)) from None
    if out.format == "text":
        head = pick(
            lang,
            f"{at:%Y-%m-%d %H:%M}（{weekday(at.date(), lang)}）",
            f"{at:%Y-%m-%d %H:%M} ({weekday(at.date(), lang)})",
        )
        out.write_text(head + "\n\n" + out.plain(tables, titled=True))
    else:
        out.write(tables)
    return 0
