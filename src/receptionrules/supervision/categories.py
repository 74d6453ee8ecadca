"""The categories of a petition matter and the routes of a claim under the 2022 text (Nat-7,
Nat-8), the outcome of a handling opinion (Nat-9), the petitioner's evaluation (Nat-10),
and a suggested classification from the facts known at intake or at the table.

The 《信访工作条例》 (2022) sorts matters into three categories, each handled its own way:
建议意见类 (art. 29), 检举控告类 (art. 30) and 申诉求决类 (art. 31), which goes one of six
routes (:class:`ClaimRoute`). Routes (1)–(4) direct the matter to another procedure
(导入相应程序); only route (6) ends in a handling opinion (信访处理意见书) and runs the
60-day limit of art. 34 (Nat-2). The opinion supports the request, explains, or does not
support it (:class:`OpinionOutcome`, art. 32; 2005 art. 32).

:func:`suggest_classification` reads the facts a clerk has: a matter already in legal
proceedings is route (1) (generalising MC-4); one that belongs to arbitration, a Party
member's appeal or an administrative procedure is route (2), (3) or (4); a report against
an official is 检举控告类; an opinion on the work that asks nothing for the petitioner is
建议意见类. Where the facts allow no suggestion, it returns None: telling route (5) from
route (6) is the handling organ's judgement.

Imports nothing else of the supervision package.

>>> s = suggest_classification(in_legal_proceedings=True)
>>> s.category.value, s.route.item, s.route.label_zh
('claim', 1, '诉讼、复议、检察、公安等法律程序')
>>> print(s.reason_in("zh"))
已经进入或者应当通过法律程序处理：属申诉求决类事项，按照法律法规规定的程序处理（Nat-8；《信访工作条例》第三十一条第（一）项）
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from receptionrules.remarks import Cited, Remark, register_templates

__all__ = [
    "DIRECTING_ROUTES",
    "ClaimRoute",
    "Classification",
    "MatterCategory",
    "OpinionOutcome",
    "Satisfaction",
    "suggest_classification",
]


class MatterCategory(StrEnum):
    """The category of a petition matter under the 2022 text (Nat-7)."""

    SUGGESTION = "suggestion"
    """建议意见类 (art. 29): studied, adopted or partly adopted, and replied to."""
    ACCUSATION = "accusation"
    """检举控告类 (art. 30): received and handled by the discipline-inspection and
    supervision organs or the organ with power."""
    CLAIM = "claim"
    """申诉求决类 (art. 31): a request for oneself, handled by one of six routes."""

    @property
    def label_zh(self) -> str:
        """The Chinese name, e.g. ``'申诉求决类'``."""
        return _CATEGORY[self][1]

    @property
    def label(self) -> str:
        """The English name, e.g. ``'claim or appeal'``."""
        return _CATEGORY[self][0]

    @property
    def article_2022(self) -> int:
        """Its article of the 2022 text (29, 30 or 31)."""
        return _CATEGORY[self][2]


_CATEGORY = {
    MatterCategory.SUGGESTION: ("suggestion or opinion", "建议意见类", 29),
    MatterCategory.ACCUSATION: ("report or accusation", "检举控告类", 30),
    MatterCategory.CLAIM: ("claim or appeal", "申诉求决类", 31),
}


class ClaimRoute(StrEnum):
    """The route of a 申诉求决类 matter, item (1)–(6) of art. 31 of the 2022 text (Nat-8)."""

    LEGAL_PROCEEDINGS = "legal_proceedings"
    """(1) litigation or review, a procuratorial or public-security procedure."""
    ARBITRATION = "arbitration"
    """(2) arbitration."""
    PARTY_APPEAL = "party_appeal"
    """(3) a Party member's appeal, a request for re-examination."""
    ADMINISTRATIVE = "administrative"
    """(4) an administrative procedure: review, adjudication, confirmation, licence, penalty."""
    DUTY = "duty"
    """(5) a request to investigate a violation or protect rights: performed or answered."""
    OPINION = "opinion"
    """(6) anything else: heard, investigated, and a handling opinion (信访处理意见书)."""

    @property
    def item(self) -> int:
        """The item of art. 31, 1–6."""
        return _ROUTE[self][0]

    @property
    def directs(self) -> bool:
        """Routes (1)–(4): the matter is directed to that procedure (导入相应程序)."""
        return self in DIRECTING_ROUTES

    @property
    def label(self) -> str:
        return _ROUTE[self][1]

    @property
    def label_zh(self) -> str:
        return _ROUTE[self][2]


_ROUTE = {
    ClaimRoute.LEGAL_PROCEEDINGS: (
        1,
        "litigation, review, procuratorial or public-security procedure",
        "诉讼、复议、检察、公安等法律程序",
    ),
    ClaimRoute.ARBITRATION: (2, "arbitration", "仲裁"),
    ClaimRoute.PARTY_APPEAL: (3, "a Party member's appeal or re-examination", "党员申诉、申请复审"),
    ClaimRoute.ADMINISTRATIVE: (
        4,
        "an administrative procedure (review, adjudication, confirmation, licence, penalty)",
        "行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序",
    ),
    ClaimRoute.DUTY: (
        5,
        "a request to investigate a violation or protect rights, performed or answered",
        "申请查处违法行为、履行保护合法权益职责，依法履行或者答复",
    ),
    ClaimRoute.OPINION: (
        6,
        "heard, investigated and answered by a handling opinion",
        "出具信访处理意见书",
    ),
}

DIRECTING_ROUTES = frozenset(
    {
        ClaimRoute.LEGAL_PROCEEDINGS,
        ClaimRoute.ARBITRATION,
        ClaimRoute.PARTY_APPEAL,
        ClaimRoute.ADMINISTRATIVE,
    }
)
"""Routes (1)–(4) of art. 31: directed to the corresponding procedure (导入相应程序)."""


class OpinionOutcome(StrEnum):
    """What a handling opinion decides on the request (Nat-9; 2022 art. 32, 2005 art. 32)."""

    SUPPORTED = "supported"
    """予以支持: the facts are clear and the request has a basis."""
    EXPLAINED = "explained"
    """解释说明: a reasonable request without a legal basis, explained to the petitioner."""
    NOT_SUPPORTED = "not_supported"
    """不予支持: no factual basis, or against the rules."""

    @property
    def label_zh(self) -> str:
        return {"supported": "予以支持", "explained": "解释说明", "not_supported": "不予支持"}[
            self.value
        ]


class Satisfaction(StrEnum):
    """The petitioner's evaluation of the handling (Nat-10: 参评, 满意)."""

    SATISFIED = "satisfied"
    """满意."""
    BASICALLY_SATISFIED = "basically_satisfied"
    """基本满意."""
    DISSATISFIED = "dissatisfied"
    """不满意."""

    @property
    def label_zh(self) -> str:
        return {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}[
            self.value
        ]

    @property
    def counts_as_satisfied(self) -> bool:
        """Satisfied or basically satisfied: what 满意率 counts."""
        return self is not Satisfaction.DISSATISFIED


register_templates(
    {
        "class_legal": {
            "en": "already in, or belongs to, legal proceedings: a claim handled by the "
            "procedure the law prescribes (Nat-8; 2022 text art. 31 item (1))",
            "zh": "已经进入或者应当通过法律程序处理：属申诉求决类事项，按照法律法规规定的程序处理"
            "（Nat-8；《信访工作条例》第三十一条第（一）项）",
        },
        "class_procedure": {
            "en": "it belongs to {route}: a claim directed to that procedure (Nat-8; 2022 text "
            "art. 31 item ({item}))",
            "zh": "属{route_zh}解决的事项：属申诉求决类事项，导入相应程序处理"
            "（Nat-8；《信访工作条例》第三十一条第（{item_zh}）项）",
        },
        "class_accusation": {
            "en": "a report against an official: received and handled by the discipline-"
            "inspection and supervision organs or the organ with power (Nat-7; 2022 text "
            "art. 30)",
            "zh": "检举控告公职人员：属检举控告类事项，由纪检监察机关或者有权处理的机关、单位"
            "依规依纪依法接收、受理（Nat-7；《信访工作条例》第三十条）",
        },
        "class_suggestion": {
            "en": "an opinion or suggestion on the work: studied, adopted where sound, and "
            "replied to (Nat-7; 2022 text art. 29)",
            "zh": "对工作提出建议意见：属建议意见类事项，认真研究论证，科学合理的予以采纳并回复"
            "（Nat-7；《信访工作条例》第二十九条）",
        },
    }
)

_ITEM_ZH = "一二三四五六"


@dataclass(frozen=True, slots=True)
class Classification(Cited):
    """A suggested category (and route, for a claim), with its rule and the reason (Nat-7, Nat-8).

    Attributes:
        category: the suggested category.
        route: the route of a claim; None for the other two categories.
        rule_id: ``"Nat-7"`` (a category) or ``"Nat-8"`` (a route).
        remark: the sentence saying why, in English and Chinese.
    """

    category: MatterCategory
    route: ClaimRoute | None
    rule_id: str
    remark: Remark


def suggest_classification(
    *,
    in_legal_proceedings: bool = False,
    procedure: ClaimRoute | None = None,
    against_official: bool = False,
    proposal: bool = False,
) -> Classification | None:
    """The classification the facts suggest, or None where they allow none (Nat-7, Nat-8).

    In this order: a report against an official is 检举控告类 (art. 30); an opinion on the
    work is 建议意见类 (art. 29); a matter in legal proceedings is a claim of route (1)
    (MC-4 generalised); a matter belonging to ``procedure`` (routes (1)–(4)) is a claim of
    that route. Routes (5) and (6) need the handling organ's judgement: no suggestion.

    Raises:
        ValueError: ``procedure`` is route (5) or (6), which direct nowhere.
    """
    if procedure is not None and not procedure.directs:
        raise ValueError(
            f"procedure: {procedure.value!r} is route ({procedure.item}) of art. 31, which "
            "directs to no other procedure; give one of "
            f"{sorted(r.value for r in DIRECTING_ROUTES)}, or None"
        )
    if against_official:
        category = MatterCategory.ACCUSATION
        return Classification(category, None, "Nat-7", Remark.of("class_accusation"))
    if proposal:
        category = MatterCategory.SUGGESTION
        return Classification(category, None, "Nat-7", Remark.of("class_suggestion"))
    if in_legal_proceedings or procedure is ClaimRoute.LEGAL_PROCEEDINGS:
        route = ClaimRoute.LEGAL_PROCEEDINGS
        return Classification(MatterCategory.CLAIM, route, "Nat-8", Remark.of("class_legal"))
    if procedure is not None:
        remark = Remark.of(
            "class_procedure",
            route=procedure.label,
            route_zh=procedure.label_zh,
            item=procedure.item,
            item_zh=_ITEM_ZH[procedure.item - 1],
        )
        return Classification(MatterCategory.CLAIM, procedure, "Nat-8", remark)
    return None
