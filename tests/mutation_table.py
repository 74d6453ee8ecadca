"""Print the per-module mutation table of the last ``mutmut run`` (CONTRIBUTING.md).

Run from the project root after ``mutmut run``: ``python tests/mutation_table.py``. It
reads mutmut's results under ``mutants/`` (one ``.meta`` file per source file) and prints,
per module: the mutants, how many were killed, survived, timed out or had no test, and
the score — (killed + timeout) / (total − not checked). A mutant no test reaches counts
as surviving; a timeout counts as killed (the change made the tests hang).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KILLED = {1, 3}
TIMEOUT = {24, -24, 36, 152, 255}
NO_TESTS = {5, 33}


def table(root: Path) -> list[tuple[str, int, int, int, int, int, int]]:
    rows = []
    for meta in sorted((root / "mutants" / "src").rglob("*.py.meta")):
        codes = list(json.loads(meta.read_text()).get("exit_code_by_key", {}).values())
        if not codes:
            continue
        module = ".".join(
            meta.relative_to(root / "mutants" / "src").with_suffix("").with_suffix("").parts
        )
        checked = [c for c in codes if c is not None]
        rows.append(
            (
                module,
                len(codes),
                sum(c in KILLED for c in checked),
                sum(c == 0 for c in checked),
                sum(c in TIMEOUT for c in checked),
                sum(c in NO_TESTS for c in checked),
                len(codes) - len(checked),
            )
        )
    return rows


def _line(name: str, counts: tuple[int, ...]) -> str:
    total, killed, survived, timeout, no_tests, unrun = counts
    done = total - unrun
    score = f"{100 * (killed + timeout) / done:6.1f}%" if done else "     -"
    return f"{name:42} {total:6} {killed:6} {survived:6} {timeout:7} {no_tests:7} {unrun:6} {score}"


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
    print(
        f"{'module':42} {'total':>6} {'killed':>6} {'surv.':>6} {'timeout':>7} "
        f"{'no test':>7} {'unrun':>6} {'score':>7}"
    )
    sums = [0] * 6
    for module, *counts in table(root):
        print(_line(module, tuple(counts)))
        sums = [a + b for a, b in zip(sums, counts, strict=True)]
    print(_line("all", tuple(sums)))


if __name__ == "__main__":
    main()
