"""A progress bar on stderr for long inputs, drawn only when stderr is a terminal.

:func:`progress` passes the items through unchanged; a pipe, a file or a test sees
nothing of it, and stdout is never touched.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

__all__ = ["LONG_INPUT", "progress"]

T = TypeVar("T")

LONG_INPUT = 20_000
"""Inputs with at least this many items get a bar."""
_WIDTH = 30


def progress(
    items: Iterable[T],
    total: int,
    label: str,
    *,
    stream: TextIO | None = None,
    at_least: int = LONG_INPUT,
) -> Iterator[T]:
    """``items``, drawing ``label [#####.....] n/total`` on ``stream`` (stderr) as they
    are consumed, when ``stream`` is a terminal and ``total`` is at least ``at_least``."""
    out = sys.stderr if stream is None else stream
    if total < at_least or not out.isatty():
        yield from items
        return
    step = max(1, total // 200)
    done = 0

    def draw() -> None:
        filled = _WIDTH * done // total
        out.write(f"\r{label} [{'#' * filled}{'.' * (_WIDTH - filled)}] {done}/{total}")
        out.flush()

    try:
        for item in items:
            yield item
            done += 1
            if done % step == 0 or done == total:
                draw()
    finally:
        out.write("\r" + " " * (len(label) + _WIDTH + 2 * len(str(total)) + 6) + "\r")
        out.flush()
