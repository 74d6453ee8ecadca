"""Work over a large batch of matters: the cyclic garbage collector paused meanwhile.

Loading or evaluating a set of matters builds hundreds of thousands of small objects
(models, timelines, clocks, findings) that hold no reference cycles. Each of them
counts towards CPython's next collection, and a full collection walks every object
alive — every matter already built — to find nothing: over a large set that costs
more than the work. :func:`collector_paused` pauses the cyclic collector for the
batch (reference counting frees as ever) and restores it as it was, even on an error;
any cycle made meanwhile is collected by the next collection after.

Imports nothing of the package.

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused inside the block, then as it was before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
