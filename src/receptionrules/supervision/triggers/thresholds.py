"""The figures of the supervision triggers (AK-S-2.1 … AK-S-2.4), the defaults of docs/rules.md,
and the early-warning thresholds of the duty clocks.

Imports :mod:`~receptionrules.supervision.deadlines.warnings`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.bounds import MAX_COUNT, DayCount
from receptionrules.supervision.deadlines.warnings import WarningThresholds

__all__ = ["SupervisionThresholds"]


class SupervisionThresholds(BaseModel):
    """The figures of the supervision triggers (AK-S-2.1 … AK-S-2.4), the defaults of docs/rules.md.

    Attributes:
        fixed_point_min_matters, fixed_point_window_days: AK-S-2.1 (3 within 90 days).
        special_min_matters, special_window_days: AK-S-2.2 (5 within 30 days).
        special_count: ``"petitioners"`` (default) counts the distinct petitioners among
            the matters ("across petitioners": one petitioner's repeats are AK-S-2.3's
            concern, not a hot issue); ``"matters"`` counts matters.
        collective_min_people: AK-S-2.3, people petitioning together (5, see Nat-5).
        repeat_min_matters, repeat_window_days: AK-S-2.3, one petitioner on one subject
            (3 within 365 days).
        long_open_days: AK-S-2.3, a matter open longer than this (180).
        buck_passing_min_transfers: AK-S-2.4 推诿, a matter transferred this many times
            before anyone accepted or declined it (3). the rules give no figure; the
            library's reading: the first transfer is routing (Nat-1), a second after an
            objection is Nat-1a working, a third means organs pass the matter on.
        warnings: when a running duty clock warns before its due day (临期预警; default:
            in the last quarter of its period), which makes its matter's light yellow.

    >>> SupervisionThresholds().fixed_point_window_days
    90
    >>> SupervisionThresholds().warnings.threshold("conclude", 60)
    15
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    fixed_point_min_matters: int = Field(default=3, ge=1, le=MAX_COUNT)
    fixed_point_window_days: DayCount = 90
    special_min_matters: int = Field(default=5, ge=1, le=MAX_COUNT)
    special_window_days: DayCount = 30
    special_count: Literal["petitioners", "matters"] = "petitioners"
    collective_min_people: int = Field(default=5, ge=2, le=MAX_COUNT)
    repeat_min_matters: int = Field(default=3, ge=2, le=MAX_COUNT)
    repeat_window_days: DayCount = 365
    long_open_days: DayCount = 180
    buck_passing_min_transfers: int = Field(default=3, ge=2, le=MAX_COUNT)
    warnings: WarningThresholds = Field(default_factory=WarningThresholds)
