"""Where each national rule stands in the two national texts (Nat-1 … Nat-10).

The 2005 《信访条例》 and the 2022 《信访工作条例》 number their articles differently;
the time limits are the same. A :class:`Citation` holds a rule's articles in both, and
renders them in English or Chinese; :data:`NAT_CITATIONS` is the Nat table of docs/rules.md.
The 2022 text is in force from :data:`WORK_REGULATIONS_IN_FORCE` (its art. 50), and
:func:`text_in_force` says which text governed a day.

Imports nothing else of the supervision package.

>>> text_in_force(date(2022, 4, 30)).value, text_in_force(date(2022, 5, 1)).value
('2005', '2022')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

__all__ = [
    "NAT_CITATIONS",
    "WORK_REGULATIONS_IN_FORCE",
    "Citation",
    "NationalText",
    "text_in_force",
]


class NationalText(StrEnum):
    """The national petition regulations a clock cites."""

    REGULATIONS_2005 = "2005"
    """《信访条例》, State Council, 2005 (the text the seed documents cite)."""
    WORK_REGULATIONS_2022 = "2022"
    """《信访工作条例》, in force 2022-05-01."""

    @property
    def title_zh(self) -> str:
        return "《信访条例》" if self is NationalText.REGULATIONS_2005 else "《信访工作条例》"

    @property
    def title_en(self) -> str:
        return (
            "Regulations on Letters and Visits (2005)"
            if self is NationalText.REGULATIONS_2005
            else "Regulations on Letters and Visits Work (2022)"
        )


_ZH_DIGITS = "零一二三四五六七八九"


def _zh_number(n: int) -> str:
    """1–99 in Chinese numerals: 33 -> 三十三."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + ("" if ones == 0 and tens else _ZH_DIGITS[ones])


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a national rule stands in each national text (the Nat table of docs/rules.md).

    >>> NAT_CITATIONS["Nat-1"].render("2005")
    'Regulations on Letters and Visits (2005), arts. 21, 22'
    >>> NAT_CITATIONS["Nat-1a"].articles("2005")
    ()
    """

    rule_id: str
    articles_2005: tuple[int, ...]
    articles_2022: tuple[int, ...]

    def articles(self, text: NationalText | str) -> tuple[int, ...]:
        """The article numbers in ``text`` ('2005' or '2022'); empty if it has none."""
        text = NationalText(text)
        return self.articles_2005 if text is NationalText.REGULATIONS_2005 else self.articles_2022

    def render(self, text: NationalText | str, language: Literal["en", "zh"] = "en") -> str:
        """E.g. ``'《信访条例》第三十三条'`` or ``'Regulations … (2005), art. 33'``."""
        text = NationalText(text)
        arts = self.articles(text)
        if language == "zh":
            if not arts:
                return f"{text.title_zh}无对应条款"
            return text.title_zh + "、".join(f"第{_zh_number(a)}条" for a in arts)
        if not arts:
            return f"{text.title_en}: no corresponding article"
        label = "art." if len(arts) == 1 else "arts."
        return f"{text.title_en}, {label} {', '.join(map(str, arts))}"


NAT_CITATIONS: dict[str, Citation] = {
    "Nat-1": Citation("Nat-1", (21, 22), (22, 23)),
    "Nat-1a": Citation("Nat-1a", (), (23,)),
    "Nat-2": Citation("Nat-2", (33,), (34,)),
    "Nat-3": Citation("Nat-3", (34,), (35,)),
    "Nat-4": Citation("Nat-4", (35,), (36,)),
    "Nat-5": Citation("Nat-5", (18,), (20,)),
    "Nat-7": Citation("Nat-7", (), (29, 30, 31)),
    "Nat-8": Citation("Nat-8", (14, 21), (31, 34)),
    "Nat-9": Citation("Nat-9", (32,), (32,)),
    "Nat-10": Citation("Nat-10", (7, 39), (39,)),
}
"""The article numbers of each national rule in both texts (the Nat table of docs/rules.md).

Nat-4 is also the hearing pause (2005 art. 35, 2022 art. 36: hearing time does not count
against the re-review period); Nat-6 (the reception days) is the regime's (AK-R-0)."""

WORK_REGULATIONS_IN_FORCE = date(2022, 5, 1)
"""The day the 《信访工作条例》 came into force (its art. 50)."""


def text_in_force(day: date) -> NationalText:
    """The national text in force on ``day``: 2005 before 2022-05-01, 2022 from then."""
    if day < WORK_REGULATIONS_IN_FORCE:
        return NationalText.REGULATIONS_2005
    return NationalText.WORK_REGULATIONS_2022
