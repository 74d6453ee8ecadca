"""When a duty clock warns before its due day (临期预警): the thresholds per duty clock.

A running duty (register, conclude, decide a review or re-review) is in *warning* once
its days left fall to its threshold: a number of days before the due day (in the clock's
basis), or a share of the period elapsed. The default warns once three quarters of the
period have passed (15 of Nat-2's 60 days left, 3 of Nat-1's 15, 7 of a 30-day decision):
the share at which case-management systems escalate to the manager (docs/supervision.md,
"Early warnings"). :meth:`WarningThresholds.threshold` gives the days for a clock.

Imports nothing else of the supervision package.

>>> w = WarningThresholds()
>>> w.threshold("conclude", 60), w.threshold("register", 15), w.threshold("conclude", 90)
(15, 3, 22)
>>> WarningThresholds(conclude_rule=WarningRule(days=10)).threshold("conclude", 90)
10
"""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["DutyName", "WarningRule", "WarningThresholds"]

DutyName = Literal["register", "conclude", "review_decision", "re_review_decision"]
"""The duty clocks, the ones that warn (a window, the petitioner's time, never does)."""


class WarningRule(BaseModel):
    """One warning threshold: ``days`` before the due day, or a ``share`` of the period elapsed.

    Exactly one is given. ``days`` counts in the clock's basis (calendar or working days);
    ``share`` 0.75 warns once 75 % of the period (extension and paused days included) has
    passed, i.e. with at most a quarter of it left, rounded down to whole days.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    days: int | None = Field(default=None, ge=0, le=3660)
    share: float | None = Field(default=None, gt=0, le=1)

    @model_validator(mode="after")
    def _one(self) -> WarningRule:
        if (self.days is None) == (self.share is None):
            raise ValueError(
                "a warning rule is either days (before the due day) or share (of the period "
                f"elapsed), exactly one: got days={self.days!r}, share={self.share!r}"
            )
        return self

    def threshold(self, period: int) -> int:
        """The days left at which a clock of ``period`` days starts to warn."""
        if self.days is not None:
            return self.days
        assert self.share is not None
        left = Fraction(period) * (1 - Fraction(self.share).limit_denominator(10_000))
        return int(left)  # rounded down: never warn before the share has elapsed


class WarningThresholds(BaseModel):
    """The early-warning threshold of each duty clock (临期预警); ``default`` for those not set.

    Attributes:
        enabled: False turns early warnings off (clocks then only run or fall overdue).
        default: the rule of a clock with none of its own (default: share 0.75).
        register_rule, conclude_rule, review_decision_rule, re_review_decision_rule: the
            rule of that clock, if it has its own.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = True
    default: WarningRule = Field(default_factory=lambda: WarningRule(share=0.75))
    register_rule: WarningRule | None = None
    conclude_rule: WarningRule | None = None
    review_decision_rule: WarningRule | None = None
    re_review_decision_rule: WarningRule | None = None

    def rule(self, name: str) -> WarningRule:
        """The rule for the duty clock ``name``."""
        own: WarningRule | None = getattr(self, f"{name}_rule") if name in _DUTIES else None
        return own or self.default

    def threshold(self, name: str, period: int) -> int | None:
        """The days left at which the duty clock ``name`` of ``period`` days starts to warn,
        or None when warnings are off."""
        if not self.enabled:
            return None
        return self.rule(name).threshold(period)


_DUTIES = frozenset({"register", "conclude", "review_decision", "re_review_decision"})
