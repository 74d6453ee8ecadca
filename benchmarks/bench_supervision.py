"""Benchmark: supervise 100,000 and 200,000 synthetic matters (10 events each) as of one date.

Run from the project root:

    .venv/bin/python benchmarks/bench_supervision.py

Each size runs in a fresh interpreter of its own, so it is alone in a new heap (a
size timed after another one is freed pays for the fragmented heap it leaves). There
it is built and validated outside the timed part (validating two million pydantic
events is the cost of reading the data, not of the rules); the timed part is the
evaluation, :func:`receptionrules.supervision.supervise`, repeated (``--repeats``, default 5).
``--rounds R`` runs R fresh processes per size, taken in turn, for a noisy machine.
It prints every time, the best and the median per size, their ratios (the window
triggers must be O(n log n) or better: the best-time ratio at most 2.3), and matters
per second.

The synthetic set spreads matters over 18 months, with skewed places (one per 20
matters), topics (300) and petitioners (one per 2 matters, some repeating), a few
collective petitions, transfers, extensions, answers, feedback, reviews, supervision,
refusals and manual flags, so every trigger fires somewhere.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from typing import Any

from pydantic import TypeAdapter

from receptionrules.supervision import PetitionMatter, supervise

AS_OF = date(2026, 6, 30)
FIRST = date(2025, 1, 1)
SPAN = (AS_OF - FIRST).days
METHODS = ("telephone", "written", "meeting", "on_site")
_MATTERS = TypeAdapter(list[PetitionMatter])


def _skewed(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a long tail: low indices are hot."""
    return int(n * rng.random() ** 2.5)


def synthetic(n: int, seed: int = 20260630) -> list[dict[str, Any]]:
    """``n`` matters as plain data, each with exactly 10 consistent events."""
    rng = random.Random(seed)
    places = max(1, n // 20)
    petitioners = max(1, n // 2)
    out: list[dict[str, Any]] = []
    for i in range(n):
        received = FIRST + timedelta(days=rng.randrange(SPAN + 1))

        def after(d: date, lo: int, hi: int) -> str:
            return (d + timedelta(days=rng.randint(lo, hi))).isoformat()

        transferred = date.fromisoformat(after(received, 0, 10))
        accepted = date.fromisoformat(after(transferred, 0, 20))
        answered = date.fromisoformat(after(accepted, 15, 100))
        fed_back = date.fromisoformat(after(answered, 0, 8))
        supervised = date.fromisoformat(after(accepted, 30, 120))
        gap = (answered - accepted).days  # an extension comes before the answer
        events: list[dict[str, Any]] = [
            {"kind": "transferred", "on": transferred.isoformat(), "to": f"organ-{i % 97}"},
            {"kind": "accepted", "on": accepted.isoformat()},
            {"kind": "assigned", "on": after(accepted, 0, 3), "to": f"handler-{i % 31}"},
            {
                "kind": "extended",
                "on": after(accepted, min(30, gap), min(64, gap)),
                "days": rng.randint(10, 30),
                "reason": "complex",
                "petitioner_told": rng.random() > 0.05,
            },
            {"kind": "answered", "on": answered.isoformat()},
            {"kind": "fed_back", "on": fed_back.isoformat()},
            {
                "kind": "supervision_opened",
                "on": supervised.isoformat(),
                "method": METHODS[_skewed(rng, 4)],
            },
        ]
        if rng.random() < 0.6:
            requested = date.fromisoformat(after(fed_back, 3, 40))
            events += [
                {"kind": "review_requested", "on": requested.isoformat()},
                {"kind": "review_decided", "on": after(requested, 10, 45)},
            ]
        else:
            events += [
                {"kind": "assigned", "on": after(accepted, 5, 10), "to": "second-handler"},
                {"kind": "concluded", "on": after(fed_back, 0, 30)},
            ]
        if rng.random() < 0.1:
            events.append({"kind": "supervision_refused", "on": after(supervised, 0, 10)})
        else:
            events.append({"kind": "flagged", "on": after(received, 0, 200), "note": "press"})
        rng.shuffle(events)
        people = 1 if rng.random() < 0.92 else rng.choice((2, 3, 5, 8, 12, 30))
        ids = [f"P-{_skewed(rng, petitioners)}" for _ in range(min(people, 3))]
        out.append(
            {
                "id": f"M-{i:07d}",
                "received_on": received.isoformat(),
                "channel": rng.choice(("visit", "letter", "telephone", "online")),
                "petitioner_ids": sorted(set(ids)),
                "petitioner_count": people,
                "subject": f"topic-{_skewed(rng, 300)}",
                "place": f"place-{_skewed(rng, places)}",
                "handling_organ": f"organ-{i % 97}",
                "events": events,
            }
        )
    return out


def timed(matters: list[PetitionMatter], repeats: int) -> tuple[list[float], list[float], int]:
    """``repeats`` evaluations: (wall seconds each, CPU seconds each, findings + recs)."""
    walls: list[float] = []
    cpus: list[float] = []
    findings = 0
    for _ in range(repeats):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        report = supervise(matters, AS_OF)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        findings = len(report.findings) + len(report.recommendations)
        del report
    return walls, cpus, findings


def worker(n: int, repeats: int) -> dict[str, Any]:
    """Build, validate and time one size in this process; the figures as a dict."""
    t0 = time.perf_counter()
    matters = _MATTERS.validate_python(synthetic(n))
    build = time.perf_counter() - t0
    supervise(matters[:1000], AS_OF)  # warm the calendar's year cache
    walls, cpus, found = timed(matters, repeats)
    return {"n": n, "build": build, "wall": walls, "cpu": cpus, "found": found}


def run_alone(n: int, repeats: int) -> dict[str, Any]:
    """:func:`worker` in a fresh interpreter: the size is alone in a new heap."""
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(n), "--repeats", str(repeats)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(100_000, 200_000))
    parser.add_argument("--repeats", type=int, default=5, help="evaluations per process")
    parser.add_argument(
        "--rounds", type=int, default=1, help="fresh processes per size, taken in turn"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeats)))
        return 0
    walls: dict[int, list[float]] = {n: [] for n in args.sizes}
    cpus: dict[int, list[float]] = {n: [] for n in args.sizes}
    for _ in range(args.rounds):
        for n in args.sizes:
            r = run_alone(n, args.repeats)
            walls[n] += r["wall"]
            cpus[n] += r["cpu"]
            print(
                f"{n:>9,} matters ({10 * n:,} events; built and validated in "
                f"{r['build']:.1f} s, not timed): "
                + ", ".join(f"{w:.2f}" for w in r["wall"])
                + f" s; {r['found']:,} findings and recommendations",
                flush=True,
            )
    small, large = args.sizes
    for n in args.sizes:
        best = min(walls[n])
        print(
            f"{n:>9,} matters: best {best:.2f} s ({min(cpus[n]):.2f} s CPU), "
            f"median {statistics.median(walls[n]):.2f} s, {n / best:,.0f} matters/s"
        )
    ratio = min(walls[large]) / min(walls[small])
    cpu_ratio = min(cpus[large]) / min(cpus[small])
    median_ratio = statistics.median(walls[large]) / statistics.median(walls[small])
    print(
        f"ratio time({large:,}) / time({small:,}) = {ratio:.2f} best wall, "
        f"{cpu_ratio:.2f} best CPU, {median_ratio:.2f} median wall (limit 2.3)"
    )
    return 0 if ratio <= 2.3 else 1


if __name__ == "__main__":
    sys.exit(main())
