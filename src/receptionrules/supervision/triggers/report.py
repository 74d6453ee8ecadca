"""What an evaluation returns: the findings and recommendations as of a date (AK-S-2 …
AK-S-7), each matter's traffic light and the early warnings, and the merged repeats.

Imports :mod:`~receptionrules.supervision.findings`,
:mod:`~receptionrules.supervision.ladder` and :mod:`~receptionrules.supervision.signals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from receptionrules.remarks import Language
from receptionrules.supervision.findings import SupervisionFinding
from receptionrules.supervision.ladder import AccountabilityRecommendation
from receptionrules.supervision.signals import DeadlineWarning, TrafficLight

__all__ = ["SupervisionReport"]


@dataclass(frozen=True, slots=True)
class SupervisionReport:
    """What the supervision rules require as of a date, over a set of matters.

    Attributes:
        as_of: the date of the evaluation.
        findings: by rule ID, kind, then matters.
        recommendations: recommendations of accountability (AK-S-7), by day and matter.
        matters_evaluated: how many matters were received on or before ``as_of``.
        lights: each matter's traffic light, but a merged repeat's (see :meth:`light_of`).
        warnings: the duties in warning (临期预警), by matter then rule.
        merged: each merged repeat and the original it is reported with (合并办理).
    """

    as_of: date
    findings: tuple[SupervisionFinding, ...]
    recommendations: tuple[AccountabilityRecommendation, ...]
    matters_evaluated: int
    lights: Mapping[str, TrafficLight] = field(default_factory=dict)
    warnings: tuple[DeadlineWarning, ...] = ()
    merged: Mapping[str, str] = field(default_factory=dict)

    def for_matter(self, matter_id: str) -> tuple[SupervisionFinding, ...]:
        """The findings that name ``matter_id``; for a merged repeat, its original's."""
        matter_id = self.merged.get(matter_id, matter_id)
        return tuple(f for f in self.findings if matter_id in f.matter_ids)

    def light_of(self, matter_id: str) -> TrafficLight | None:
        """``matter_id``'s light (a merged repeat shows its original's), or None for a
        matter not evaluated."""
        return self.lights.get(self.merged.get(matter_id, matter_id))

    def light_counts(self) -> dict[TrafficLight, int]:
        """How many matters show each light (merged repeats with their original's)."""
        counts = dict.fromkeys(TrafficLight, 0)
        for light in self.lights.values():
            counts[light] += 1
        for original in self.merged.values():
            shown = self.lights.get(original)
            if shown is not None:
                counts[shown] += 1
        return counts

    def with_light(self, *lights: TrafficLight | str) -> tuple[str, ...]:
        """The ids of the matters showing one of ``lights`` (merged repeats included), sorted."""
        wanted = {TrafficLight(x) for x in lights}
        ids = [i for i, light in self.lights.items() if light in wanted]
        ids += [r for r, o in self.merged.items() if self.lights.get(o) in wanted]
        return tuple(sorted(ids))

    def only(self, *lights: TrafficLight | str) -> SupervisionReport:
        """The report of the matters showing one of ``lights``: their lights, warnings,
        merged repeats, recommendations, and the findings naming at least one of them.
        ``matters_evaluated`` stays the number evaluated.

        >>> from datetime import date
        >>> SupervisionReport(date(2026, 4, 1), (), (), 0).only("red").lights
        {}
        """
        keep = set(self.with_light(*lights))
        return SupervisionReport(
            as_of=self.as_of,
            findings=tuple(f for f in self.findings if keep.intersection(f.matter_ids)),
            recommendations=tuple(r for r in self.recommendations if r.matter_id in keep),
            matters_evaluated=self.matters_evaluated,
            lights={i: light for i, light in self.lights.items() if i in keep},
            warnings=tuple(w for w in self.warnings if w.matter_id in keep),
            merged={r: o for r, o in self.merged.items() if r in keep},
        )

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
            "lights": {i: light.value for i, light in sorted(self.lights.items())},
            "warnings": [w.to_dict(language) for w in self.warnings],
            "merged": dict(sorted(self.merged.items())),
        }
