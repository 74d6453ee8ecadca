"""Early warnings and traffic lights (临期预警, 红黄绿灯): how near each matter is to a lapse.

A duty clock in warning (its days left at or under its threshold, :mod:`.deadlines.warnings`)
gives a :class:`DeadlineWarning`, which names the clock, the due day and the days left, in
English and Chinese. Each matter evaluated gets a :class:`TrafficLight`: red when a duty
is overdue (supervise it, 督办; AK-S-2.4), yellow when one is in warning, green otherwise
(running in time, paused, or closed). A merged repeat shows its original's light.

Imports :mod:`.deadlines.clock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from receptionrules.remarks import Explained, Language, Remark, register_templates
from receptionrules.supervision.deadlines.citations import NationalText
from receptionrules.supervision.deadlines.clock import Clock

__all__ = [
    "CLOCK_WHAT",
    "DeadlineWarning",
    "TrafficLight",
    "cite_clock",
    "clock_words",
    "days_text",
    "pause_note",
    "warning",
]


class TrafficLight(StrEnum):
    """A matter's light on a date: green running, yellow warning, red overdue."""

    GREEN = "green"
    """绿灯: no duty overdue or in warning (running in time, paused, or closed)."""
    YELLOW = "yellow"
    """黄灯: a duty is in warning: its due day is near (临期预警)."""
    RED = "red"
    """红灯: a duty is overdue: supervise the delay (督办, AK-S-2.4)."""

    @property
    def label_zh(self) -> str:
        return {"green": "绿灯", "yellow": "黄灯", "red": "红灯"}[self.value]

    @property
    def rank(self) -> int:
        """0 green, 1 yellow, 2 red: the worse, the higher."""
        return {"green": 0, "yellow": 1, "red": 2}[self.value]


CLOCK_WHAT: dict[str, tuple[str, str]] = {
    "register": (
        "registering and transferring the matter, or deciding on acceptance",
        "登记并转送、交办或决定是否受理",
    ),
    "conclude": ("concluding the matter", "办结"),
    "review_decision": ("the review decision", "作出复查意见"),
    "re_review_decision": ("the re-review decision", "作出复核意见"),
}
"""What each duty clock times, in English and Chinese."""


def days_text(n: int, basis: str) -> tuple[str, str]:
    """``n`` days in English and Chinese, in the clock's basis."""
    if basis == "working":
        return f"{n} working day{'s' * (n != 1)}", f"{n}个工作日"
    return f"{n} day{'s' * (n != 1)}", f"{n}日"


def cite_clock(clock: Clock, language: Language) -> str:
    """The clock's articles in both national texts, the one the matter is judged under first."""
    other = (
        NationalText.REGULATIONS_2005
        if clock.text is NationalText.WORK_REGULATIONS_2022
        else NationalText.WORK_REGULATIONS_2022
    )
    texts = (clock.text, other)
    parts = [clock.citation.render(t, language) for t in texts if clock.citation.articles(t)]
    return ("；" if language == "zh" else "; ").join(parts)


_REASONS = {"hearing": "听证", "appraisal": "鉴定"}


def pause_note(clock: Clock) -> tuple[str, str]:
    """What the clock's pauses did, in English and Chinese, to append to a sentence about
    it ('' when it has none): each reason named, the national hearing rule cited."""
    en: list[str] = []
    zh: list[str] = []
    for p in clock.pauses:
        if p.days == 0 and p.resumed_on is not None:
            continue  # resumed the day it paused: nothing moved, nothing to say
        d_en, d_zh = days_text(p.days, clock.basis)
        since = p.paused_on.isoformat()
        if not p.counted:
            en.append(f"a pause from {since} ({p.reason}) began after the due day: not counted")
            zh.append(
                f"{since}起的暂停（{_REASONS.get(p.reason, p.reason)}）晚于期限届满，不予扣除"
            )
        elif p.national:
            en.append(
                f"{d_en} of hearing not counted (Nat-4: Regulations (2005) art. 35, "
                "Work Regulations (2022) art. 36)"
            )
            zh.append(
                f"听证所需时间{d_zh}不计入期限（Nat-4：《信访条例》第三十五条、《信访工作条例》第三十六条）"
            )
        else:
            en.append(f"{d_en} paused for {p.reason} (a local rule)")
            zh.append(f"因{_REASONS.get(p.reason, p.reason)}暂停{d_zh}（地方规定）")
        if p.resumed_on is None:
            en[-1] += f", paused since {since}"
            zh[-1] += f"，自{since}起暂停中"
    if not en:
        return "", ""
    return "; " + "; ".join(en), "；" + "；".join(zh)


register_templates(
    {
        "sup_warning": {
            "en": "{what} is due on {due} ({rule}: {period} from {start}{paused}; {citation}): "
            "{left} left, within the warning threshold of {within}: an early warning (AK-S-2.4)",
            "zh": "{what_zh}应于{due}前完成（{rule}：自{start}起{period_zh}{paused_zh}；"
            "{citation_zh}），尚余{left_zh}，已进入{within_zh}的预警期，临期预警（AK-S-2.4）",
        },
    }
)


@dataclass(frozen=True, slots=True)
class DeadlineWarning(Explained):
    """A duty near its due day (临期预警): the clock, the due day and the days left.

    Attributes:
        matter_id: the matter.
        clock: the duty clock in warning (its ``days_left`` and ``warn_within`` say how near).
        remark: the sentence saying so, in English and Chinese.
    """

    matter_id: str
    clock: Clock
    remark: Remark

    @property
    def due_on(self) -> Any:
        """The clock's due day."""
        return self.clock.due_on

    @property
    def days_left(self) -> int:
        """The clock's days left, in its basis."""
        return self.clock.days_left or 0

    def to_dict(self, language: Language = "en") -> dict[str, Any]:
        """A JSON-ready dict; dates as ISO strings."""
        c = self.clock
        return {
            "matter_id": self.matter_id,
            "rule_id": c.rule_id,
            "clock": c.name,
            "due_on": c.due_on.isoformat(),
            "days_left": c.days_left,
            "warn_within": c.warn_within,
            "basis": c.basis,
            "reason": self.remark.render(language),
        }


def warning(matter_id: str, clock: Clock) -> DeadlineWarning:
    """The warning of a duty ``clock`` in warning (its status ``warning``)."""
    left, left_zh = days_text(clock.days_left or 0, clock.basis)
    within, within_zh = days_text(clock.warn_within or 0, clock.basis)
    return DeadlineWarning(
        matter_id=matter_id,
        clock=clock,
        remark=Remark.of(
            "sup_warning",
            **clock_words(clock),
            left=left,
            left_zh=left_zh,
            within=within,
            within_zh=within_zh,
        ),
    )


def clock_words(clock: Clock) -> dict[str, str]:
    """What a warning's or an overdue finding's text says of ``clock`` in both languages:
    the duty (``what``), its due day, rule, period, start, citation and pauses."""
    what, what_zh = CLOCK_WHAT[clock.name]
    period, period_zh = days_text(clock.days, clock.basis)
    paused, paused_zh = pause_note(clock)
    return {
        "what": what,
        "what_zh": what_zh,
        "due": clock.due_on.isoformat(),
        "rule": clock.rule_id,
        "period": period,
        "period_zh": period_zh,
        "start": clock.started_on.isoformat(),
        "citation": cite_clock(clock, "en"),
        "citation_zh": cite_clock(clock, "zh"),
        "paused": paused,
        "paused_zh": paused_zh,
    }
