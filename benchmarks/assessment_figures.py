"""Print the assessment figures (Nat-10) and the traffic lights of the benchmark's synthetic set.

Run from the project root:

    .venv/bin/python benchmarks/assessment_figures.py [--size 100000] [--by all|organ|place]
        [--start 2025-01-01] [--end 2026-06-30] [--language en|zh]

The set is ``benchmarks/bench_supervision.py``'s (the same seed, so the same matters);
the figures are :func:`receptionrules.supervision.assess` over the period as of its end,
the lights those of :func:`receptionrules.supervision.supervise` on the benchmark's date.
With ``--by organ`` or ``--by place`` the first ``--groups`` groups are shown, then the
total.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_supervision import AS_OF, FIRST, synthetic
from pydantic import TypeAdapter

from receptionrules.supervision import PetitionMatter, assess, supervise

_MATTERS = TypeAdapter(list[PetitionMatter])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--by", choices=("all", "organ", "place"), default="all")
    parser.add_argument("--groups", type=int, default=5, help="groups shown with --by")
    parser.add_argument("--start", type=date.fromisoformat, default=FIRST)
    parser.add_argument("--end", type=date.fromisoformat, default=AS_OF)
    parser.add_argument("--language", choices=("en", "zh"), default="en")
    args = parser.parse_args(argv)
    matters = _MATTERS.validate_python(synthetic(args.size))
    t0 = time.perf_counter()
    a = assess(matters, args.start, args.end, by=args.by)
    took = time.perf_counter() - t0
    lang = args.language
    print(
        f"{args.size:,} synthetic matters, {args.start} to {args.end}, as of {a.as_of} "
        f"(assessed in {took:.1f} s)"
    )
    groups = [*a.groups[: args.groups], a.total] if args.by != "all" else [a.total]
    head = a.headers(lang)
    print(f"{head[0]:<14} {head[1]:<32} {head[2]:>10} {head[3]:>12} {head[4]:>8}")
    for g in groups:
        zh = lang == "zh"
        name = (
            g.key or ("合计" if zh else "total") if args.by != "all" else ("全部" if zh else "all")
        )
        for f in g.figures:
            print(
                f"{name:<14} {f.label(lang):<32} {f.numerator:>10,} {f.denominator:>12,} "
                f"{f.percent():>8}"
            )
    report = supervise(matters, AS_OF)
    counts = report.light_counts()
    print(
        f"lights as of {AS_OF}: "
        + ", ".join(f"{light.value} {n:,}" for light, n in counts.items())
        + f"; {len(report.warnings):,} early warnings; {len(report.merged):,} merged repeats"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
