"""Speed of the foundation (issue 2), measured against dateutil.rrule in one process.

Run:  .venv/bin/python benchmarks/bench_foundation.py

1. ``next_reception`` for ankang-mayor at 2026 dates, against
   ``rrule(MONTHLY, byweekday=TU(1), dtstart=datetime(2005, 6, 1)).after(...)`` for the
   same dates (the rrule built once, outside the timing). Target: >= 100x faster.
2. ``receptions`` over 2005-01-01..2099-12-31 for wenfu-school (holiday calendar
   applied), against listing the plain ``rrule(WEEKLY, byweekday=MO)`` over the same
   range. Target: no slower (ratio rrule/ours >= 1).

Timings are the best of several repeats (``timeit``), after one warm-up run that
builds each calendar year once (the calendar caches per year); the cold first run
is reported too.
"""

from __future__ import annotations

import time
import timeit
from datetime import date, datetime, timedelta

from dateutil.rrule import MONTHLY, TU, WEEKLY, rrule

import receptionrules as rr


def bench_next_reception() -> tuple[float, float]:
    ak = rr.preset("ankang-mayor")
    moments = [
        datetime(2026, 1, 1, 9, tzinfo=rr.TZ) + timedelta(days=11 * i, hours=i % 7)
        for i in range(32)
    ]
    naive = [m.replace(tzinfo=None) for m in moments]
    rule = rrule(MONTHLY, byweekday=TU(1), dtstart=datetime(2005, 6, 1))

    def ours() -> None:
        for m in moments:
            ak.next_reception(m)

    def theirs() -> None:
        for m in naive:
            rule.after(m)

    ours()  # warm the calendar years
    n_ours = 200
    n_theirs = 5
    t_ours = min(timeit.repeat(ours, number=n_ours, repeat=5)) / (n_ours * len(moments))
    t_theirs = min(timeit.repeat(theirs, number=n_theirs, repeat=5)) / (n_theirs * len(moments))
    return t_ours, t_theirs


def bench_receptions() -> tuple[float, float, float, int, int]:
    start, end = date(2005, 1, 1), date(2099, 12, 31)
    rule = rrule(WEEKLY, byweekday=0, dtstart=datetime(2005, 1, 1), until=datetime(2099, 12, 31))
    t0 = time.perf_counter()
    wf = rr.preset("wenfu-school", calendar=rr.WorkingCalendar())  # a fresh, cold calendar
    n_ours = len(list(wf.receptions(start, end)))
    cold = time.perf_counter() - t0
    n_theirs = len(list(rule))
    t_ours = min(timeit.repeat(lambda: list(wf.receptions(start, end)), number=3, repeat=5)) / 3
    t_theirs = min(timeit.repeat(lambda: list(rule), number=3, repeat=5)) / 3
    return t_ours, t_theirs, cold, n_ours, n_theirs


def main() -> None:
    t_ours, t_theirs = bench_next_reception()
    print("1. next_reception, ankang-mayor, 2026 dates")
    print(f"   receptionrules:  {t_ours * 1e6:9.2f} us/call")
    print(f"   rrule.after:     {t_theirs * 1e6:9.2f} us/call")
    print(f"   speed-up:        {t_theirs / t_ours:9.1f}x   (target >= 100x)")
    r_ours, r_theirs, cold, n_ours, n_theirs = bench_receptions()
    print("2. receptions 2005-01-01..2099-12-31, wenfu-school vs rrule(WEEKLY, MO)")
    print(f"   receptionrules:  {r_ours * 1e3:9.2f} ms  ({n_ours} receptions, holidays skipped)")
    print(f"   rrule list:      {r_theirs * 1e3:9.2f} ms  ({n_theirs} Mondays)")
    print(f"   ratio rrule/ours:{r_theirs / r_ours:9.2f}    (target >= 1.0)")
    print(f"   cold first run (builds 95 calendar years): {cold * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
