"""What an evaluation returns: the findings and recommendations as of a date (AK-S-2 …
AK-S-7).

Imports :mod:`~receptionrules.supervision.findings` and
:mod:`~receptionrules.supervision.ladder`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from receptionrules.remarks import Language
from receptionrules.supervision.findings import SupervisionFinding
from receptionrules.supervision.ladder import AccountabilityRecommendation

__all__ = ["SupervisionReport"]


@dataclass(frozen=True, slots=True)
class SupervisionReport:
    """What the supervision rules require as of a date, over a set of matters.

    Attributes:
        as_of: the date of the evaluation.
        findings: by rule ID, kind, then matters.
        recommendations: recommendations of accountability (AK-S-7), by day and matter.
        matters_evaluated: how many matters were received on or before ``as_of``.
    """

    as_of: date
    findings: tuple[SupervisionFinding, ...]
    recommendations: tuple[AccountabilityRecommendation, ...]
    matters_evaluated: int

    def for_matter(self, matter_id: str) -> tuple[SupervisionFinding, ...]:
        """The findings that name ``matter_id``."""
        return tuple(f for f in self.findings if matter_id in f.matter_ids)

    def by_rule(self, rule_id: str) -> tuple[SupervisionFinding, ...]:
        """The findings under ``rule_id`` (e.g. ``"AK-S-2.1"``)."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "as_of": self.as_of.isoformat(),
            "matters_evaluated": self.matters_evaluated,
            "findings": [f.to_dict(language) for f in self.findings],
            "recommendations": [r.to_dict(language) for r in self.recommendations],
        }
