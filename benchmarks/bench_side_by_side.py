"""Issue 14's table, measured side by side in one process: each row against its alternative.

Run from the project root (the ``bench`` extra brings exchange_calendars):

    .venv/bin/pip install -e '.[dev,bench]'
    .venv/bin/python benchmarks/bench_side_by_side.py            # the full table
    .venv/bin/python benchmarks/bench_side_by_side.py --quick    # smaller sizes, a minute or so
    .venv/bin/python benchmarks/bench_side_by_side.py --cpu      # CPU time, on a loaded machine

Every row prints the library's figure, the alternative's, their ratio, the issue's target
for that ratio, and PASS or MISS. Timings are the best of several repeats (``timeit``);
the "cold" row is one first call on a fresh calendar, best of a few fresh calendars.

Rows:

1. ``Regime.next_reception`` of ankang-mayor at 52 dates of 2026, against exchange_calendars'
   XSHG ``date_to_session(d, "next")`` (target >= 10x faster), against dateutil's
   ``rrule.after`` (>= 2,500x), and against a bare ``bisect`` over a precomputed tuple of
   the same receptions (the floor: the library within 3x of it).
2. One working-day look-up, ``WorkingCalendar.is_working_day`` against
   ``holidays.China.is_working_day`` (no target: the unit of row 4).
3. ``Regime.receptions`` 2005–2099 of wenfu-school against the bare ``rrule(WEEKLY, MO)``
   list: warm (the years built) >= 50x faster, cold (a fresh calendar) no slower.
4. One swap check and one cover check (``check_change``) on a 30-year township roster,
   in ``holidays.China.is_working_day`` look-ups (at most 10), and the 30-year time over
   the 1-year time (at most 1.5).
5. 20,000 petition matters, JSON file → findings (validation + ``supervise``) against
   ``json.loads`` of the same text (at most 4x), validation alone (at most 2x), and
   beside it what pydantic-core takes alone, with no Python check, into the same models
   and into plain dicts (its floor; no target); the
   evaluation in matters/s (at least 50,000) and time(200k)/time(100k) (at most 2.3),
   each size in a fresh interpreter (``bench_supervision.py``'s generator and worker),
   the two sizes taking turns for two rounds, the best evaluation of each; and the
   same ratio with the large set made of copies of the small one that share no id,
   petitioner, subject or place (``bench_supervision.copies``: its findings are exactly
   twice the small set's, where the generator's fixed topics make a larger set denser).

Speed is never asserted in the test suite; this script only prints.
"""

from __future__ import annotations

import argparse
import bisect
import gc
import json
import random
import sys
import time
import timeit
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import holidays
from dateutil.rrule import MONTHLY, TU, WEEKLY, rrule
from pydantic_core import SchemaValidator

import receptionrules as rr

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_roster  # (the roster and requests of benchmarks/bench_roster.py)
import bench_supervision  # (the matters generator and worker)

ROWS: list[tuple[str, str, str, str, str]] = []  # (work, ours, theirs, ratio, target+verdict)
TIMER: Callable[[], float] = time.perf_counter  # --cpu: time.process_time


def best(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Seconds per call of ``fn``: the best of ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(fn, number=number, repeat=repeat, timer=TIMER)) / number


def race(fns: dict[str, tuple[Callable[[], object], int]], repeat: int = 15) -> dict[str, float]:
    """Seconds per call of each ``fn`` (called ``number`` times a run): the best of
    ``repeat`` runs, the functions taking turns so that a burst of load on a shared
    machine hits them alike."""
    out = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, (fn, number) in fns.items():
            t = timeit.Timer(fn, timer=TIMER).timeit(number=number) / number
            out[name] = min(out[name], t)
    return out


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.2f} µs"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.2f} ms"


def row(work: str, ours: str, theirs: str, ratio: float, target: str, *, ok: bool | None) -> None:
    verdict = "" if ok is None else ("PASS" if ok else "MISS")
    ROWS.append((work, ours, theirs, f"{ratio:,.2f}x", f"{target} {verdict}".strip()))
    print(f"  {work}: {ours} vs {theirs} -> {ratio:,.2f}x ({target}) {verdict}", flush=True)


def bench_next_reception() -> None:
    ak = rr.preset("ankang-mayor")
    days = [date(2026, 1, 1) + timedelta(days=7 * i) for i in range(52)]
    for d in days:  # warm: the calendar's and the regime's years
        ak.next_reception(d)

    def ours() -> None:
        for d in days:
            ak.next_reception(d)

    import exchange_calendars as xcals
    import pandas as pd

    xshg = xcals.get_calendar("XSHG")
    stamps = [pd.Timestamp(d) for d in days]

    def xc() -> None:
        for s in stamps:
            xshg.date_to_session(s, "next")

    xc()

    rule = rrule(MONTHLY, byweekday=TU(1), dtstart=datetime(2005, 6, 1))
    naive = [datetime.combine(d, datetime.min.time()) for d in days]

    def after() -> None:
        for m in naive:
            rule.after(m, inc=True)

    table = tuple(ak.receptions(date(2026, 1, 1), date(2027, 12, 31)))
    table_days = tuple(r.day for r in table)
    bisect_left = bisect.bisect_left

    def floor() -> None:
        for d in days:
            table[bisect_left(table_days, d)]

    fast = race({"ours": (ours, 200), "floor": (floor, 200), "xc": (xc, 10)}, repeat=25)
    t_ours, t_floor, t_xc = (fast[k] / len(days) for k in ("ours", "floor", "xc"))
    t_rrule = race({"rrule": (after, 1)}, repeat=3)["rrule"] / len(days)

    print("1. next reception, ankang-mayor, 52 dates of 2026")
    row(
        "next reception vs XSHG date_to_session(d, 'next')",
        us(t_ours),
        us(t_xc),
        t_xc / t_ours,
        ">= 10x",
        ok=t_xc / t_ours >= 10,
    )
    row(
        "next reception vs rrule.after",
        us(t_ours),
        us(t_rrule),
        t_rrule / t_ours,
        ">= 2,500x",
        ok=t_rrule / t_ours >= 2_500,
    )
    row(
        "next reception over a bare bisect of a precomputed tuple",
        us(t_ours),
        us(t_floor),
        t_ours / t_floor,
        "<= 3x the floor",
        ok=t_ours / t_floor <= 3,
    )


_DAYS_2026 = [date(2026, 1, 1) + timedelta(days=i) for i in range(365)]


@cache
def _china() -> holidays.HolidayBase:
    """One warm ``holidays.China``, built on first use (not on import)."""
    return holidays.China(years=range(2005, 2036))


def _china_year() -> None:
    china = _china()
    for d in _DAYS_2026:
        china.is_working_day(d)


def china_lookup(repeat: int = 7) -> float:
    """Seconds per ``holidays.China().is_working_day`` look-up (a warm instance): the best
    of ``repeat`` runs of 50 look-ups of each day of 2026."""
    return best(_china_year, 50, repeat=repeat) / len(_DAYS_2026)


def bench_working_day() -> None:
    cal = rr.default_calendar()
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(365)]

    def ours() -> None:
        for d in days:
            cal.is_working_day(d)

    ours()
    china = holidays.China(years=range(2005, 2036))

    def theirs() -> None:
        for d in days:
            china.is_working_day(d)

    both = race({"ours": (ours, 50), "theirs": (theirs, 10)})
    t_ours, t_china = both["ours"] / len(days), both["theirs"] / len(days)
    print("2. one working-day look-up")
    row(
        "WorkingCalendar.is_working_day vs holidays.China.is_working_day",
        us(t_ours),
        us(t_china),
        t_china / t_ours,
        "no target",
        ok=None,
    )


def bench_listing() -> None:
    start, end = date(2005, 1, 1), date(2099, 12, 31)
    rule = rrule(WEEKLY, byweekday=0, dtstart=datetime(2005, 1, 1), until=datetime(2099, 12, 31))
    colds = []
    rrules = []
    for _ in range(7):  # a fresh calendar and the bare list, taking turns
        gc.collect()
        t0 = TIMER()
        wf = rr.preset("wenfu-school", calendar=rr.WorkingCalendar())  # a fresh calendar
        listed = list(wf.receptions(start, end))
        colds.append(TIMER() - t0)
        t0 = TIMER()
        list(rule)
        rrules.append(TIMER() - t0)
    t_cold = min(colds)
    both = race(
        {"warm": (lambda: list(wf.receptions(start, end)), 20), "rrule": (lambda: list(rule), 1)},
        repeat=7,
    )
    # Each against the bare list timed in turns with it.
    t_warm, t_rrule, t_paired = both["warm"], both["rrule"], min(rrules)
    print(f"3. receptions 2005-2099, wenfu-school ({len(listed):,}) vs rrule(WEEKLY, MO) list")
    row(
        "listing 2005-2099, warm, vs bare rrule list",
        ms(t_warm),
        ms(t_rrule),
        t_rrule / t_warm,
        ">= 50x",
        ok=t_rrule / t_warm >= 50,
    )
    row(
        "listing 2005-2099, cold (fresh calendar), vs bare rrule list",
        ms(t_cold),
        ms(t_paired),
        t_paired / t_cold,
        ">= 1x (no slower)",
        ok=t_paired / t_cold >= 1,
    )


def per_check(roster: rr.Roster, reqs: list[rr.Change], rounds: int) -> float:
    rr.check_change(roster, reqs[0])  # builds the roster's index, as any first use does
    best_t = float("inf")
    for _ in range(rounds):
        t0 = TIMER()
        for req in reqs:
            rr.check_change(roster, req)
        best_t = min(best_t, (TIMER() - t0) / len(reqs))
    return best_t


def bench_roster_checks(t_china: float, *, n: int, rounds: int) -> None:
    regime = rr.preset("township-duty")
    staff = bench_roster.people()
    long = rr.generate_roster(regime, staff, date(2005, 1, 1), date(2035, 12, 31))
    short = rr.generate_roster(regime, staff, date(2026, 1, 1), date(2026, 12, 31))
    bench_roster.N = n
    rng = random.Random(bench_roster.SEED)
    print(f"4. change checks, township roster: {len(long.slots):,} slots (30 years)")
    for kind, draw in (("swap", bench_roster.swaps), ("cover", bench_roster.covers)):
        lr = draw(long, rng)
        sr = draw(short, rng)
        t_long = t_short = float("inf")
        # The two rosters and the look-up take turns: the machine's speed drifts from
        # one second to the next, so a yardstick timed apart would not compare.
        for _ in range(rounds):
            t_long = min(t_long, per_check(long, lr, 1))
            t_china = min(t_china, china_lookup(repeat=1))
            t_short = min(t_short, per_check(short, sr, 1))
        looks = t_long / t_china
        row(
            f"one {kind} check, 30-year roster, in holidays.China look-ups",
            us(t_long),
            us(t_china),
            looks,
            "<= 10 look-ups",
            ok=looks <= 10,
        )
        row(
            f"one {kind} check, 30-year over 1-year roster",
            us(t_long),
            us(t_short),
            t_long / t_short,
            "<= 1.5x",
            ok=t_long / t_short <= 1.5,
        )


def _core_only(schema: Any, *, models: bool) -> Any:
    """``schema`` (a pydantic-core schema) without its Python validators: what pydantic-core
    does alone, into the same models or (``models`` false) into plain dicts."""
    if isinstance(schema, list):
        return [_core_only(s, models=models) for s in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind in ("function-after", "function-before"):
        return _core_only(schema["schema"], models=models)
    if kind in ("function-wrap", "function-plain", "definitions", "definition-ref"):
        raise TypeError(f"a {kind} schema: the floor would keep a Python call or a reference")
    if kind == "model" and not models:
        fields = _core_only(schema["schema"], models=models)["fields"]
        return {
            "type": "typed-dict",
            "extra_behavior": "forbid",
            "fields": {
                name: {
                    "type": "typed-dict-field",
                    "schema": f["schema"],
                    "required": f["schema"]["type"] != "default",
                }
                for name, f in fields.items()
            },
        }
    keep = ("cls", "metadata", "serialization", "function")
    return {
        k: v if k in keep else _core_only(v, models=models) for k, v in schema.items() if k != "ref"
    }


def floors() -> tuple[SchemaValidator, SchemaValidator]:
    """Validators of a list of matters by pydantic-core alone: into the models, into dicts."""
    from receptionrules.supervision import PetitionMatter

    item = PetitionMatter.__pydantic_core_schema__
    return tuple(  # type: ignore[return-value]
        SchemaValidator({"type": "list", "items_schema": _core_only(item, models=m)})
        for m in (True, False)
    )


def bench_matters(*, n: int, sizes: tuple[int, int], repeats: int, rounds: int) -> None:
    from receptionrules.supervision import matters_from_json, supervise

    text = json.dumps(bench_supervision.synthetic(n), ensure_ascii=False)
    size_mb = len(text.encode()) / 1e6
    matters = matters_from_json(text)
    supervise(matters[:500], bench_supervision.AS_OF)  # warm the calendar's years
    into_models, into_dicts = floors()
    # The parse, the loadings and the evaluation take turns, so load hits them alike.
    times = race(
        {
            "loads": (lambda: json.loads(text), 1),
            "validate": (lambda: matters_from_json(text), 1),
            "models": (lambda: into_models.validate_json(text), 1),
            "dicts": (lambda: into_dicts.validate_json(text), 1),
            "eval": (lambda: supervise(matters, bench_supervision.AS_OF), 1),
        },
        repeat=repeats,
    )
    t_loads, t_validate, t_eval = times["loads"], times["validate"], times["eval"]
    t_file = t_validate + t_eval
    print(f"5. {n:,} petition matters, a {size_mb:.1f} MB JSON file")
    row(
        "file -> findings (matters_from_json + supervise) vs json.loads",
        f"{t_file:.2f} s ({n / t_file:,.0f} matters/s)",
        f"{t_loads:.3f} s",
        t_file / t_loads,
        "<= 4x",
        ok=t_file / t_loads <= 4,
    )
    row(
        "validation (matters_from_json) vs json.loads",
        f"{t_validate:.2f} s",
        f"{t_loads:.3f} s",
        t_validate / t_loads,
        "<= 2x",
        ok=t_validate / t_loads <= 2,
    )
    # What pydantic-core takes alone, with no Python check: the floor of the row above.
    for key, into in (("models", "the same models"), ("dicts", "plain dicts (no models)")):
        row(
            f"  floor: pydantic-core alone into {into} vs json.loads",
            f"{times[key]:.2f} s",
            f"{t_loads:.3f} s",
            times[key] / t_loads,
            "no target",
            ok=None,
        )
    small, large = sizes
    # Each size alone in a fresh interpreter (bench_supervision.run_alone), the sizes
    # taking turns for ``rounds`` rounds; the best evaluation of each. With --cpu, its
    # CPU seconds.
    key = "cpu" if TIMER is time.process_time else "wall"
    walls = {m: float("inf") for m in sizes}
    apart = float("inf")  # the large size as copies of the small set, apart (see copies)
    for _ in range(rounds):
        for m in sizes:
            walls[m] = min(walls[m], *bench_supervision.run_alone(m, repeats, plain=False)[key])
        copied = bench_supervision.run_alone(large, repeats, plain=False, copied=large // small)
        apart = min(apart, *copied[key])
    rate = small / walls[small]
    ROWS.append(
        (
            f"evaluation (supervise), {small:,} matters",
            f"{walls[small]:.2f} s",
            "",
            f"{rate:,.0f} matters/s",
            f">= 50,000 matters/s {'PASS' if rate >= 50_000 else 'MISS'}",
        )
    )
    print(f"  evaluation, {small:,} matters: {rate:,.0f} matters/s (>= 50,000)")
    row(
        f"evaluation time({large:,}) / time({small:,})",
        f"{walls[large]:.2f} s",
        f"{walls[small]:.2f} s",
        walls[large] / walls[small],
        "<= 2.3",
        ok=walls[large] / walls[small] <= 2.3,
    )
    row(
        f"  the same, {large:,} as {large // small} copies of the {small:,} apart "
        f"(findings x{large // small})",
        f"{apart:.2f} s",
        f"{walls[small]:.2f} s",
        apart / walls[small],
        "<= 2.3",
        ok=apart / walls[small] <= 2.3,
    )


def table() -> str:
    lines = [
        "| work | receptionrules | the alternative | ratio | target |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(r)} |" for r in ROWS]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes (about a minute)")
    parser.add_argument(
        "--only", choices=("next", "lookup", "listing", "roster", "matters"), action="append"
    )
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time this process's CPU seconds, not the wall clock (on a loaded machine)",
    )
    args = parser.parse_args(argv)
    global TIMER
    if args.cpu:
        TIMER = time.process_time
    only = set(args.only or ("next", "lookup", "listing", "roster", "matters"))
    import exchange_calendars

    print(
        f"Python {sys.version.split()[0]}, holidays {holidays.__version__}, "
        f"exchange_calendars {exchange_calendars.__version__}"
    )
    t_china = china_lookup()
    if "next" in only:
        bench_next_reception()
    if "lookup" in only:
        bench_working_day()
    if "listing" in only:
        bench_listing()
    if "roster" in only:
        bench_roster_checks(
            t_china, n=2_000 if args.quick else 10_000, rounds=3 if args.quick else 7
        )
    if "matters" in only:
        bench_matters(
            n=5_000 if args.quick else 20_000,
            sizes=(20_000, 40_000) if args.quick else (100_000, 200_000),
            repeats=2 if args.quick else 3,
            rounds=1 if args.quick else 2,
        )
    print()
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
