"""The supervision method ladder (AK-S-3) and recommendations of accountability (AK-S-7).

Supervision uses four methods: telephone, written notice, a supervision meeting,
on site (AK-S-3). By default the first supervision of a matter is by telephone,
a collective petition's by written notice, and each further lapse on the same
matter moves one rung up (:class:`MethodLadder`).

When the supervised unit or its staff refuses supervision (AK-S-7.1), refuses to
adopt the improvement suggestions (AK-S-7.2), conceals facts or falsifies
(AK-S-7.3), or otherwise obstructs supervision (AK-S-7.4), the supervisor may
recommend accountability (建议责任追究): :func:`accountability`, or
:func:`recommendation_for` one event.

Imports :mod:`.events` and :mod:`.matters`.

>>> ladder = MethodLadder()
>>> ladder.next_method([], collective=False).value
'telephone'
>>> ladder.next_method([SupervisionMethod.TELEPHONE], collective=False).value
'written'
>>> ladder.next_method([], collective=True).value
'written'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.remarks import Explained, Language, Remark, register_templates
from receptionrules.supervision.events import MISCONDUCT_KINDS, SupervisionMethod
from receptionrules.supervision.matters import PetitionMatter

__all__ = [
    "AccountabilityRecommendation",
    "MethodLadder",
    "accountability",
    "recommendation_for",
]


class MethodLadder(BaseModel):
    """The order in which supervision methods escalate (AK-S-3).

    Attributes:
        rungs: the methods from the lightest to the heaviest (default: telephone →
            written → meeting → on-site).
        start: the first method for a matter (default telephone).
        collective_start: the first method for a collective petition (default written).

    The method due for a matter is ``start`` (``collective_start`` for a collective
    petition) when it was never supervised, else the rung above the heaviest method
    already used, and never below the start; the top rung repeats.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rungs: tuple[SupervisionMethod, ...] = Field(
        default=(
            SupervisionMethod.TELEPHONE,
            SupervisionMethod.WRITTEN,
            SupervisionMethod.MEETING,
            SupervisionMethod.ON_SITE,
        ),
        min_length=1,
    )
    start: SupervisionMethod = SupervisionMethod.TELEPHONE
    collective_start: SupervisionMethod = SupervisionMethod.WRITTEN

    @model_validator(mode="after")
    def _check(self) -> MethodLadder:
        if len(set(self.rungs)) != len(self.rungs):
            raise ValueError(f"rungs: {[r.value for r in self.rungs]} repeats a method")
        for name in ("start", "collective_start"):
            method = getattr(self, name)
            if method not in self.rungs:
                raise ValueError(
                    f"{name}: {method.value!r} is not one of the rungs "
                    f"{[r.value for r in self.rungs]}"
                )
        return self

    @cached_property
    def _order(self) -> dict[SupervisionMethod, tuple[int, str]]:
        # Every method's (rung, name); off the ladder is rung -1, ordered by name.
        return {
            m: (self.rungs.index(m) if m in self.rungs else -1, m.value) for m in SupervisionMethod
        }

    def rank(self, method: SupervisionMethod) -> int:
        """The rung's position (0 is the lightest); a method off the ladder ranks lowest."""
        return self._order[method][0]

    def above(self, method: SupervisionMethod) -> SupervisionMethod:
        """The next rung up from ``method``; the top rung stays on top."""
        return self.rungs[min(self.rank(method) + 1, len(self.rungs) - 1)]

    def next_method(
        self, used: Iterable[SupervisionMethod], *, collective: bool
    ) -> SupervisionMethod:
        """The method due now, given the methods already used on the matter (AK-S-3)."""
        first = self.collective_start if collective else self.start
        order = self._order
        heaviest = max((order[m][0] for m in used), default=None)
        if heaviest is None:
            return first
        return self.rungs[max(order[first][0], min(heaviest + 1, len(self.rungs) - 1))]

    def heaviest(self, methods: Iterable[SupervisionMethod]) -> SupervisionMethod:
        """The highest rung among ``methods`` (for a finding over several matters).

        Methods off the ladder rank lowest, among themselves by name, so the answer
        never depends on the order they come in.
        """
        return max(methods, key=self._order.__getitem__)


# ---------------------------------------------------------------------------
# Accountability (AK-S-7)

_GROUNDS: dict[str, tuple[str, int, str, str]] = {
    # kind -> (rule ID, item of article 7, English ground, Chinese ground)
    "supervision_refused": (
        "AK-S-7.1",
        1,
        "refused supervision",
        "拒绝信访督查工作人员进行督查督办",
    ),
    "suggestion_rejected": (
        "AK-S-7.2",
        2,
        "refused to adopt the improvement suggestions",
        "拒不采纳督查改进建议",
    ),
    "falsification_found": (
        "AK-S-7.3",
        3,
        "concealed facts or falsified",
        "隐瞒事实真相，弄虚作假",
    ),
    "obstruction": (
        "AK-S-7.4",
        4,
        "otherwise obstructed supervision",
        "其它妨碍信访督查督办工作正常进行",
    ),
}
_ITEM_ZH = "一二三四"

register_templates(
    {
        "sup_accountability": {
            "en": "{unit} {ground} on {on} (matter {matter}): the supervisor may recommend "
            "accountability under art. 7({item}) of the Ankang petition supervision measures "
            "({rule})",
            "zh": "{unit}于{on}{ground_zh}（信访事项{matter}），督查人员可依据《安康市信访督查"
            "工作暂行办法》第七条第（{item_zh}）项建议有关机关进行责任追究（{rule}）",
        },
    }
)


@dataclass(frozen=True, slots=True)
class AccountabilityRecommendation(Explained):
    """A recommendation of accountability (建议责任追究) against a supervised unit (AK-S-7).

    Attributes:
        rule_id: ``"AK-S-7.1"`` … ``"AK-S-7.4"``.
        matter_id: the matter under supervision.
        unit: the unit (or its staff) at fault: the event's ``unit``, else the matter's
            handling organ, else the place concerned.
        on: the day of the conduct.
        ground: the event kind (``supervision_refused`` …).
        item: the item of article 7 of the Ankang measures (1–4).
        remark: the sentence saying why, in English and Chinese.
    """

    rule_id: str
    matter_id: str
    unit: str
    on: date
    ground: str
    item: int
    remark: Remark

    def clause(self, language: Language = "en") -> str:
        """The clause relied on, e.g. ``'《安康市信访督查工作暂行办法》第七条第（一）项'``."""
        if language == "zh":
            return f"《安康市信访督查工作暂行办法》第七条第（{_ITEM_ZH[self.item - 1]}）项"
        return f"Ankang petition supervision measures, art. 7({self.item})"

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "matter_id": self.matter_id,
            "unit": self.unit,
            "on": self.on.isoformat(),
            "ground": self.ground,
            "clause": self.clause(language),
            "reason": self.remark.render(language),
        }


def accountability(matter: PetitionMatter, as_of: date) -> tuple[AccountabilityRecommendation, ...]:
    """One recommendation per refusal, rejected suggestion, falsification or obstruction
    on or before ``as_of`` (AK-S-7.1 … AK-S-7.4), in date order.

    >>> m = PetitionMatter.model_validate({
    ...     "id": "M-9", "received_on": "2026-01-05", "channel": "visit",
    ...     "subject": "demolition", "place": "Town B", "handling_organ": "Town B government",
    ...     "events": [{"kind": "supervision_opened", "on": "2026-03-10", "method": "telephone"},
    ...                {"kind": "supervision_refused", "on": "2026-03-12"}]})
    >>> r = accountability(m, date(2026, 3, 31))[0]
    >>> r.rule_id, r.unit, r.clause("zh")
    ('AK-S-7.1', 'Town B government', '《安康市信访督查工作暂行办法》第七条第（一）项')
    """
    out: list[AccountabilityRecommendation] = []
    for i, e in enumerate(matter.events):
        if e.kind not in MISCONDUCT_KINDS or e.on > as_of:
            continue
        out.append(recommendation_for(matter, i))
    out.sort(key=lambda r: (r.on, r.rule_id))
    return tuple(out)


def recommendation_for(matter: PetitionMatter, index: int) -> AccountabilityRecommendation:
    """The recommendation of accountability for the misconduct event ``matter.events[index]``
    (a refusal, rejected suggestion, falsification or obstruction: AK-S-7.1 … AK-S-7.4).

    Raises:
        KeyError: that event is not misconduct (its kind is not in ``MISCONDUCT_KINDS``).
    """
    e = matter.events[index]
    rule_id, item, ground, ground_zh = _GROUNDS[e.kind]
    unit = getattr(e, "unit", None) or matter.handling_organ or matter.place
    return AccountabilityRecommendation(
        rule_id=rule_id,
        matter_id=matter.id,
        unit=unit,
        on=e.on,
        ground=e.kind,
        item=item,
        remark=Remark.of(
            "sup_accountability",
            unit=unit,
            ground=ground,
            ground_zh=ground_zh,
            on=e.on.isoformat(),
            matter=matter.id,
            item=item,
            item_zh=_ITEM_ZH[item - 1],
            rule=rule_id,
        ),
    )
