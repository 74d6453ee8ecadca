"""``receptionrules supervise MATTERS``: what the supervision rules require as of a day.

Reads the petition matters (a JSON array, or JSON Lines read a line at a time;
``receptionrules schema matters``), evaluates them as of ``--as-of`` (default: today
in Asia/Shanghai; AK-S-2 … AK-S-7, Nat-1 … Nat-4) and prints the findings, the early
warnings (临期预警) and the recommendations of accountability; with ``--summary`` how
many of each, with ``--lights`` each matter's traffic light, with ``--kpi`` the
assessment figures of a period (Nat-10, :mod:`.supervise_kpi`); ``--light red`` keeps
the matters showing that light.
Matters received after ``--as-of`` and events dated after it are ignored, and a
warning on stderr says how many. A long input draws a progress bar on stderr when
stderr is a terminal.

The command is built to grow: :mod:`.supervise_filters` holds :data:`FILTERS` (each an
option and a test of an item) and :mod:`.supervise_views` :data:`MODES` (each view a
function from the evaluation to tables); a new filter or view is one entry there, and
a view is picked here in :func:`mode_of`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from pydantic import TypeAdapter

from receptionrules.cli._common import (
    CliError,
    add_calendar_option,
    describe,
    load_calendar,
    load_config,
    load_json,
    now,
    parse_day,
)
from receptionrules.cli.inputs import load_matters
from receptionrules.cli.lang import Language, add_lang_option, pick
from receptionrules.cli.output import Output, Table, add_output_options, output_for
from receptionrules.cli.progress import progress
from receptionrules.cli.supervise_filters import FILTERS, Evaluation, Kept, kept_items
from receptionrules.cli.supervise_kpi import add_kpi_options, run_kpi
from receptionrules.cli.supervise_views import MODES
from receptionrules.errors import ReceptionRulesError
from receptionrules.supervision import (
    NationalTimeLimits,
    SupervisionThresholds,
    TrafficLight,
    supervise,
)

__all__ = ["mode_of", "register"]


def mode_of(args: argparse.Namespace) -> str:
    """The view the options ask for (a key of :data:`MODES`)."""
    if args.summary:
        return "summary"
    return "lights" if args.lights else "report"


def register(commands: Any) -> None:
    p = commands.add_parser(
        "supervise",
        help="findings and accountability over a set of petition matters",
        description="Evaluate the petition matters in MATTERS (a JSON array; see "
        "`receptionrules schema matters`) as of --as-of (default: today) and print the "
        "findings (AK-S-2.x, with the method now due, AK-S-3) and recommendations of "
        "accountability (AK-S-7). Matters and events after --as-of are ignored, with a "
        "warning on stderr.",
    )
    p.add_argument(
        "matters",
        metavar="MATTERS",
        help="petition matters: JSON, JSON Lines (.jsonl), CSV or XLSX",
    )
    p.add_argument(
        "--events", metavar="FILE", help="with a CSV of matters: their events (CSV or XLSX)"
    )
    p.add_argument(
        "--as-of",
        dest="as_of",
        metavar="DATE",
        help="evaluate as of this day (default: today in Asia/Shanghai)",
    )
    views = p.add_mutually_exclusive_group()
    views.add_argument("--summary", action="store_true", help="how many findings of each rule")
    views.add_argument(
        "--lights",
        action="store_true",
        help="each matter's traffic light (red overdue, yellow warning, green), red first",
    )
    views.add_argument(
        "--kpi",
        action="store_true",
        help="the assessment figures (及时受理率, 按期办结率, 参评率, 满意率, 重复信访率; "
        "Nat-10) of a period; see --by, --from, --to",
    )
    add_kpi_options(p)
    for f in FILTERS:
        if f.metavar is None:
            p.add_argument(f.option, dest=f.dest, action="store_true", help=f.help)
        else:
            p.add_argument(f.option, dest=f.dest, action="append", metavar=f.metavar, help=f.help)
    add_lang_option(p, language_alias=True)
    add_output_options(p)
    p.add_argument(
        "--thresholds",
        metavar="FILE",
        help="a JSON object changing the trigger figures (`schema supervision-thresholds`)",
    )
    p.add_argument(
        "--limits",
        metavar="FILE",
        help="a JSON object changing the national time limits (`schema time-limits`)",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help="an institution file whose supervision, time_limits and ladder apply "
        "(--thresholds and --limits override them)",
    )
    add_calendar_option(p)
    p.set_defaults(run=run)


def _as_of(args: argparse.Namespace) -> date:
    as_of = parse_day(args.as_of, "--as-of") if args.as_of else now().date()
    # The trigger windows (a year at most) are counted back from --as-of, the due days
    # forward: neither may leave the years 1 to 9999.
    if not 2 <= as_of.year <= 9998:
        raise CliError(
            f"--as-of {as_of.isoformat()}: too near the end of the years 1 to 9999 to count "
            "the supervision windows and time limits; give a day inside the working-day "
            "calendar (2001 to 2100, or a year added with --calendar FILE)"
        )
    return as_of


def _warn_ignored(as_of: date, ignored: int, events: int, lang: Language) -> None:
    if ignored:
        sys.stderr.write(
            pick(
                lang,
                f"注意：{ignored}件事项登记于--as-of {as_of}之后，未计入\n",
                f"warning: {ignored} matter{'s' * (ignored != 1)} received after --as-of "
                f"{as_of} {'are' if ignored != 1 else 'is'} ignored\n",
            )
        )
    if events:
        sys.stderr.write(
            pick(
                lang,
                f"注意：{events}件事项有晚于--as-of {as_of}的记录，这些记录未计入\n",
                f"warning: {events} matter{'s' * (events != 1)} {'have' if events != 1 else 'has'} "
                f"events after --as-of {as_of}; those events are ignored\n",
            )
        )


def run(args: argparse.Namespace) -> int:
    out = output_for(args)
    lang = out.lang
    as_of = _as_of(args)
    matters = load_matters(args.matters, "MATTERS", lang, events=args.events)
    thresholds = (
        load_json(args.thresholds, "--thresholds", TypeAdapter(SupervisionThresholds))
        if args.thresholds
        else None
    )
    limits = (
        load_json(args.limits, "--limits", TypeAdapter(NationalTimeLimits)) if args.limits else None
    )
    ladder = None
    if args.config:
        inst = load_config(args.config)
        thresholds = thresholds or inst.supervision
        limits = limits or inst.time_limits
        ladder = inst.ladder
    calendar = load_calendar(args.calendar)
    ignored = sum(1 for m in matters if m.received_on > as_of)
    events = sum(
        1 for m in matters if m.received_on <= as_of and any(e.on > as_of for e in m.events)
    )
    if args.kpi:
        try:
            code = run_kpi(args, out, matters, as_of, limits=limits, calendar=calendar)
        except ReceptionRulesError as e:
            raise CliError(f"MATTERS {args.matters}: {describe(e)}") from None
        _warn_ignored(as_of, ignored, events, lang)
        return code
    label_text = pick(lang, "督查评估", "evaluating")
    try:
        report = supervise(
            progress(matters, len(matters), label_text),
            as_of,
            thresholds=thresholds,
            limits=limits,
            ladder=ladder,
            calendar=calendar,
        )
    except ReceptionRulesError as e:
        raise CliError(f"MATTERS {args.matters}: {describe(e)}") from None
    _warn_ignored(as_of, ignored, events, lang)
    ev = Evaluation(
        matters={m.id: m for m in matters},
        report=report,
        ignored=ignored,
        events_ignored=events,
        limits=limits,
        calendar=calendar,
        lang=lang,
    )
    k = kept_items(ev, args)
    tables = MODES[mode_of(args)](ev, k)
    if out.format == "text":
        _write_text(out, tables, ev, k)
    else:
        out.write(tables)
    return 0


def _write_text(out: Output, tables: list[Table], ev: Evaluation, k: Kept) -> None:
    """The summary as a sentence, then the other tables (those with rows)."""
    lang = ev.lang
    r = ev.report
    n_m = r.matters_evaluated
    n_f, n_w, n_r = len(k.findings), len(k.warnings), len(k.recommendations)
    lights = r.light_counts()
    red, yellow, green = (
        lights[TrafficLight.RED],
        lights[TrafficLight.YELLOW],
        lights[TrafficLight.GREEN],
    )
    head = pick(
        lang,
        f"截至{r.as_of.isoformat()}：{n_m}件事项（红灯{red}件、黄灯{yellow}件、绿灯{green}件），"
        f"{n_f}项发现，{n_w}项临期预警，{n_r}项问责建议",
        f"as of {r.as_of.isoformat()}: {n_m} matter{'s' * (n_m != 1)} ({red} red, "
        f"{yellow} yellow, {green} green), {n_f} finding{'s' * (n_f != 1)}, "
        f"{n_w} early warning{'s' * (n_w != 1)}, {n_r} recommendation{'s' * (n_r != 1)} "
        "of accountability",
    )
    shown = [t for t in tables[1:] if t.rows]
    out.write_text(head + "\n" + out.plain(shown, titled=len(shown) > 1))
