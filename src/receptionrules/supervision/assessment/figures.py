"""The five assessment figures of petition work (Nat-10; 2022 art. 39), their names and
definitions in English and Chinese.

A :class:`Figure` is a numerator, a denominator and their ratio (None when nothing
counts), with its bilingual label and the definition docs/supervision.md gives
("Assessment figures"): which matters count, at which date, how extensions and pauses
count.

Imports nothing else of the supervision package.

>>> f = Figure("on_time_conclusion", 45, 50)
>>> f.ratio, f.percent(), f.label("zh")
(0.9, '90.0%', '按期办结率')
>>> Figure("satisfaction", 0, 0).ratio is None, Figure("satisfaction", 0, 0).percent()
(True, '—')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from receptionrules.remarks import Language

__all__ = ["FIGURES", "Figure", "FigureCode", "figure_definition", "figure_label"]

FigureCode = Literal[
    "timely_acceptance",
    "on_time_conclusion",
    "participation",
    "satisfaction",
    "repeat",
]
"""The assessment figures: 及时受理率, 按期办结率, 参评率, 满意率, 重复信访率."""

FIGURES: tuple[FigureCode, ...] = (
    "timely_acceptance",
    "on_time_conclusion",
    "participation",
    "satisfaction",
    "repeat",
)
"""The figures in the order offices report them."""

_LABELS: dict[str, tuple[str, str]] = {
    "timely_acceptance": ("timely acceptance rate", "及时受理率"),
    "on_time_conclusion": ("on-time conclusion rate", "按期办结率"),
    "participation": ("evaluation participation rate", "参评率"),
    "satisfaction": ("satisfaction rate", "满意率"),
    "repeat": ("repeat petition rate", "重复信访率"),
}

_DEFINITIONS: dict[str, tuple[str, str]] = {
    "timely_acceptance": (
        "matters received in the period whose every Nat-1 clock (from receipt, and from each "
        "transfer) was met, over those received in the period whose Nat-1 clocks are all "
        "met, or one late or overdue, by the evaluation date; paused days count as the clock "
        "counts them; merged repeats do not count",
        "统计期内登记的信访事项中，截至统计日各次登记转送、受理期限（Nat-1，自登记及每次转送起）"
        "均按期办理的件数，除以截至统计日上述期限均已届满或办理、或已有超期的件数；暂停期间按"
        "计时规则扣除；合并办理的重复件不计",
    ),
    "on_time_conclusion": (
        "matters whose Nat-2 clock settled in the period (the day it stopped, if in time; "
        "the day after its due day, if late or overdue) and was met, over all whose Nat-2 "
        "clock settled in the period and by the evaluation date; the period includes an "
        "extension approved in time and the paused days; under the 2022 text only matters "
        "whose Nat-2 runs (route (6), or unclassified) count, not one directed to another "
        "procedure; merged repeats do not",
        "统计期内办理期限（Nat-2）见分晓的信访事项中按期办结的件数（按期办结的以办结之日计，"
        "超期的以期限届满次日计），除以统计期内且截至统计日办理期限见分晓的全部件数；按规定批准"
        "的延期和暂停期间计入期限；按《信访工作条例》办理的，仅计适用第三十四条期限的事项，导入"
        "相应程序的不计；合并办理的重复件不计",
    ),
    "participation": (
        "matters with a named petitioner whose result was fed back in the period and "
        "evaluated by the evaluation date, over all such matters whose result was fed back in "
        "the period; merged repeats do not count",
        "统计期内向实名信访人反馈处理结果的信访事项中，截至统计日信访人已作出评价的件数，除以"
        "上述反馈结果的全部件数；合并办理的重复件不计",
    ),
    "satisfaction": (
        "of the matters evaluated in the participation rate, those the petitioner found "
        "satisfied or basically satisfied, over all of them",
        "参评件数中信访人评价为满意或基本满意的件数，除以参评件数",
    ),
    "repeat": (
        "matters received in the period linked as a repeat of an earlier matter (merged or "
        "not) by the evaluation date, over all matters received in the period",
        "统计期内登记的信访事项中，截至统计日已关联为此前事项重复信访（含合并办理）的件数，"
        "除以统计期内登记的全部件数",
    ),
}


def figure_label(code: str, language: Language = "en") -> str:
    """The figure's name, e.g. ``'按期办结率'``."""
    en, zh = _LABELS[code]
    return zh if language == "zh" else en


def figure_definition(code: str, language: Language = "en") -> str:
    """The figure's definition: which matters count, at which date, and how."""
    en, zh = _DEFINITIONS[code]
    return zh if language == "zh" else en


@dataclass(frozen=True, slots=True)
class Figure:
    """One assessment figure of one group: numerator over denominator (Nat-10).

    Attributes:
        code: which figure (see :data:`FigureCode`).
        numerator, denominator: the counts; the numerator never exceeds the denominator.
    """

    code: FigureCode
    numerator: int
    denominator: int

    @property
    def ratio(self) -> float | None:
        """``numerator / denominator``, or None when the denominator is 0."""
        return None if self.denominator == 0 else self.numerator / self.denominator

    def percent(self, digits: int = 1) -> str:
        """The ratio as a percentage, e.g. ``'92.5%'``; ``'—'`` when nothing counts."""
        r = self.ratio
        return "—" if r is None else f"{100 * r:.{digits}f}%"

    def label(self, language: Language = "en") -> str:
        return figure_label(self.code, language)

    def definition(self, language: Language = "en") -> str:
        return figure_definition(self.code, language)

    def __add__(self, other: Figure) -> Figure:
        """The figure over two groups together (the same ``code``)."""
        if other.code != self.code:
            raise ValueError(f"cannot add figure {other.code!r} to {self.code!r}")
        return Figure(
            self.code, self.numerator + other.numerator, self.denominator + other.denominator
        )

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "code": self.code,
            "label": self.label(language),
            "numerator": self.numerator,
            "denominator": self.denominator,
            "ratio": self.ratio,
            "definition": self.definition(language),
        }
