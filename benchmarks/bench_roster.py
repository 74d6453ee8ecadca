"""Benchmark: a swap or a cover check costs a few working-day look-ups, on any roster (issue 14).

Generates the ``township-duty`` roster (a deputy-section-level leader and a
station/office chief every working day, TS-1, TS-2) for 2005–2035 (about 7,700
slots, 20 people) and for 2026 alone, then times random swap checks and random
cover checks (``check_change``) on each, and, in the same process, one
``holidays.China.is_working_day`` look-up, the yardstick of the targets:

- a swap or a cover check on the 30-year roster costs at most 10 look-ups;
- a check on the 30-year roster costs at most 1.5x the same check on the 1-year roster.

Each figure is the best of ``ROUNDS`` passes in CPU time, the workloads taking turns
chunk by chunk so that a burst of load on a shared machine hits them alike. The
requests are drawn once, with a fixed seed: many are late, ineligible or
double-booked, and all are checked in full.

Run: ``.venv/bin/python benchmarks/bench_roster.py``
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta

import holidays

import receptionrules as rr

N = 5_000
CHUNK = 250
ROUNDS = 9
SEED = 20260506
LOOKUPS_TARGET = 10.0
FLAT_TARGET = 1.5


def people() -> list[rr.Person]:
    deputies = [
        rr.Person(
            id=f"d{i:02d}", name=f"Deputy {i}", title="副镇长", roles=["deputy_section_leader"]
        )
        for i in range(10)
    ]
    chiefs = [
        rr.Person(id=f"c{i:02d}", name=f"Chief {i}", title="站长", roles=["station_chief"])
        for i in range(10)
    ]
    return deputies + chiefs


def swaps(roster: rr.Roster, rng: random.Random) -> list[rr.Change]:
    """Random swaps: a holder of a random slot asks the holder of a nearby slot (or a
    random person, for a vacant post), some hours to ten days before the slot starts."""
    ids = [p.id for p in roster.people]
    slots = roster.slots
    out: list[rr.Change] = []
    for _ in range(N):
        k = rng.randrange(len(slots))
        a = slots[k]
        requester = rng.choice([p for p in a.holders if p is not None])
        b = slots[min(len(slots) - 1, max(0, k + rng.randint(-10, 10)))]
        out.append(
            rr.SwapRequest(
                slot_id=a.id,
                requester=requester,
                counterpart=b.holders[rng.randrange(len(b.holders))] or rng.choice(ids),
                counterpart_slot_id=b.id,
                requested_at=a.start - timedelta(hours=rng.uniform(0, 240)),
            )
        )
    return out


def covers(roster: rr.Roster, rng: random.Random) -> list[rr.Change]:
    """Random covers: a holder of a random slot asks a random person to take the post."""
    ids = [p.id for p in roster.people]
    slots = roster.slots
    out: list[rr.Change] = []
    for _ in range(N):
        a = slots[rng.randrange(len(slots))]
        out.append(
            rr.CoverRequest(
                slot_id=a.id,
                requester=rng.choice([p for p in a.holders if p is not None]),
                counterpart=rng.choice(ids),
                requested_at=a.start - timedelta(hours=rng.uniform(0, 240)),
            )
        )
    return out


def checks(roster: rr.Roster, reqs: list[rr.Change]) -> list[Callable[[], int]]:
    """The checks in chunks of ``CHUNK``; each returns how many it refused."""

    def chunk(part: list[rr.Change]) -> Callable[[], int]:
        return lambda: sum(1 for req in part if rr.check_change(roster, req))

    return [chunk(reqs[k : k + CHUNK]) for k in range(0, len(reqs), CHUNK)]


def lookups(days: list[date]) -> list[Callable[[], int]]:
    """``holidays.China.is_working_day`` look-ups in chunks (every year built before)."""
    china = holidays.China(years=range(2005, 2036))
    for day in days:
        china.is_working_day(day)

    def chunk(part: list[date]) -> Callable[[], int]:
        return lambda: sum(1 for day in part if china.is_working_day(day))

    return [chunk(days[k : k + CHUNK]) for k in range(0, len(days), CHUNK)]


def best(work: dict[str, list[Callable[[], int]]]) -> dict[str, tuple[float, int]]:
    """CPU seconds per call (best of ROUNDS passes) and the pass's count, per workload.

    The workloads take turns chunk by chunk, so that a burst of load on a shared machine
    hits them alike, and each is timed in this process's CPU time (``process_time``), so
    that time given to other processes is not counted.
    """
    out = {name: (float("inf"), 0) for name in work}
    for _ in range(ROUNDS):
        spent = dict.fromkeys(work, 0.0)
        counts = dict.fromkeys(work, 0)
        for k in range(max(len(chunks) for chunks in work.values())):
            for name, chunks in work.items():
                if k < len(chunks):
                    t0 = time.process_time()
                    counts[name] += chunks[k]()
                    spent[name] += time.process_time() - t0
        for name in work:
            out[name] = min(out[name], (spent[name] / N, counts[name]))
    return out


def main() -> None:
    regime = rr.preset("township-duty")
    staff = people()
    t0 = time.perf_counter()
    long = rr.generate_roster(regime, staff, date(2005, 1, 1), date(2035, 12, 31))
    generated = time.perf_counter() - t0
    short = rr.generate_roster(regime, staff, date(2026, 1, 1), date(2026, 12, 31))
    print(
        f"30-year roster: {len(long.slots)} slots, {len(staff)} people, generated in "
        f"{generated:.2f} s"
    )
    print(f"1-year roster:  {len(short.slots)} slots")
    rng = random.Random(SEED)
    days = [date(2005, 1, 1) + timedelta(days=rng.randrange(31 * 365)) for _ in range(N)]
    work = {
        "swap, 30-year": checks(long, swaps(long, rng)),
        "swap, 1-year": checks(short, swaps(short, rng)),
        "cover, 30-year": checks(long, covers(long, rng)),
        "cover, 1-year": checks(short, covers(short, rng)),
        "lookup": lookups(days),
    }
    for chunks in work.values():
        for run in chunks:
            run()  # builds each roster's index and the calendars, as any first use does
    got = best(work)
    lookup = got.pop("lookup")[0]
    print(f"holidays.China.is_working_day: {lookup * 1e6:7.2f} µs per look-up (same process)")
    for name, (t, refused) in got.items():
        print(f"{name + ' check:':22} {t * 1e6:7.2f} µs per call ({refused} of {N} refused)")
    for kind in ("swap", "cover"):
        t_long, t_short = got[f"{kind}, 30-year"][0], got[f"{kind}, 1-year"][0]
        cost = t_long / lookup
        flat = t_long / t_short
        print(
            f"{kind}, 30-year: {cost:5.1f} look-ups' worth (target <= {LOOKUPS_TARGET:g}): "
            f"{'OK' if cost <= LOOKUPS_TARGET else 'TOO SLOW'}; 30-year / 1-year {flat:.2f} "
            f"(target <= {FLAT_TARGET:g}): {'OK' if flat <= FLAT_TARGET else 'TOO SLOW'}"
        )


if __name__ == "__main__":
    main()
