"""Where a matter belongs: the authority of its locality and level (AK-R-2.1).

:func:`route` applies 属地管理、分级负责，谁主管、谁负责: a matter belongs to the
authority of its locality and level, and the department in charge of the subject
answers for it. The :class:`Routing` says where, and why, in English and Chinese.

Imports :mod:`.authorities` and :mod:`.facts`.

>>> city = Authority(name="安康市人民政府", area=("安康市",), level="city")
>>> walk_in = IntakeFacts(matter_id="V-1", channel="visit", area=("安康市", "汉滨区"),
...                       level="county", department="汉滨区住建局")
>>> print(route(walk_in, city).reason_in("zh"))
按照属地管理、分级负责原则，该事项属安康市/汉滨区县级（汉滨区住建局主管）负责处理（AK-R-2.1）
"""

from __future__ import annotations

from dataclasses import dataclass

from receptionrules.remarks import Explained, Remark, register_templates
from receptionrules.supervision.intake.authorities import AdminLevel, Area, Authority
from receptionrules.supervision.intake.facts import IntakeFacts

__all__ = ["Routing", "route"]

register_templates(
    {
        "intake_route_here": {
            "en": "belongs to {receiver}; the department in charge, {department}, answers for "
            "it (AK-R-2.1)",
            "zh": "属{receiver}管辖，由主管部门{department_zh}负责（AK-R-2.1）",
        },
        "intake_route_elsewhere": {
            "en": "under 'local management, responsibility by level', it belongs to the {level} "
            "authority of {area}{department} (AK-R-2.1)",
            "zh": "按照属地管理、分级负责原则，该事项属{area}{level_zh}{department_zh}负责处理"
            "（AK-R-2.1）",
        },
        "intake_route_unknown": {
            "en": "its locality and level are not known, so where it belongs is open (AK-R-2.1)",
            "zh": "未载明属地和层级，无法确定归属（AK-R-2.1）",
        },
    }
)


@dataclass(frozen=True, slots=True)
class Routing(Explained):
    """Where a matter belongs under AK-R-2.1, and why.

    Attributes:
        belongs_here: the receiving authority is the one of the matter's locality and level.
        area, level: the authority it belongs to (None when not known).
        department: the department in charge of the subject (谁主管、谁负责), if known.
        remark: the sentence saying why.
    """

    belongs_here: bool
    area: Area | None
    level: AdminLevel | None
    department: str | None
    remark: Remark
    rule_id: str = "AK-R-2.1"


def route(facts: IntakeFacts, receiver: Authority) -> Routing:
    """Where the matter belongs: the authority of its locality and level (AK-R-2.1).

    It belongs to ``receiver`` when its area lies within the receiver's area and its
    level is the receiver's; otherwise to the authority of its own area at its level
    (a lower level, a higher one, or another locality).
    """
    if not facts.area or facts.level is None:
        return Routing(
            belongs_here=False,
            area=None,
            level=None,
            department=facts.department,
            remark=Remark.of("intake_route_unknown"),
        )
    if receiver.covers(facts.area) and facts.level is receiver.level:
        return Routing(
            belongs_here=True,
            area=facts.area,
            level=facts.level,
            department=facts.department,
            remark=Remark.of(
                "intake_route_here",
                receiver=receiver.name,
                department=facts.department or "(not named)",
                department_zh=facts.department or "（未载明）",
            ),
        )
    area = "/".join(facts.area)
    return Routing(
        belongs_here=False,
        area=facts.area,
        level=facts.level,
        department=facts.department,
        remark=Remark.of(
            "intake_route_elsewhere",
            area=area,
            level=facts.level.value,
            level_zh=facts.level.label_zh,
            department=f" ({facts.department} in charge)" if facts.department else "",
            department_zh=f"（{facts.department}主管）" if facts.department else "",
        ),
    )
