"""Public notices of reception days (AK-R-5.2), in Chinese and English.

AK-R-5.2: each reception day's date, time, place, and the receiving leader's name
and title are announced to the public in advance (提前向社会公布). A
:class:`Notice` is the structured announcement of one slot; :meth:`Notice.render`
writes it the way such notices are written, in either language, from the same
value.

>>> from datetime import date
>>> import receptionrules as rr
>>> r = rr.preset("ankang-mayor").next_reception(date(2026, 12, 1))
>>> n = reception_notice(r, [Receiver(name="张三", title="副市长")],
...                      location_en="the reception room")
>>> print(n.render("zh"))
2026年12月1日（星期二）上午8:30—12:00，地点：市人民政府信访接待室，接待领导：副市长张三。
>>> print(n.render("en"))
Tuesday 1 December 2026, 08:30–12:00 (morning), at the reception room; received by 张三 (副市长).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from receptionrules.errors import UnknownPresetError
from receptionrules.presets import PRESETS, preset
from receptionrules.reception import Reception
from receptionrules.remarks import Language, Remark, register_templates
from receptionrules.wording import date_in, weekday_in

if TYPE_CHECKING:
    from receptionrules.duty.roster import Roster
    from receptionrules.duty.slot import Slot

__all__ = [
    "Notice",
    "Receiver",
    "notice_for",
    "notices",
    "place_en",
    "preset_place_en",
    "reception_notice",
]

register_templates(
    {
        "notice": {
            "en": "{weekday_en} {date_en}, {hours_en}{label_en}, at {place_en}; "
            "received by {receivers_en}.{provisional_en}",
            "zh": "{date_zh}（{weekday_zh}）{label_zh}{hours_zh}，地点：{place_zh}，"
            "接待领导：{receivers_zh}。{provisional_zh}",
        },
        "notice.vacant": {"en": "(to be announced)", "zh": "待定"},
        "notice.provisional": {
            "en": " The date is provisional: the official holiday schedule for {year} is "
            "not known yet.",
            "zh": "（{year}年节假日安排公布前，日期暂定。）",
        },
    }
)

_LABELS_EN = {"上午": "morning", "下午": "afternoon", "全天": "all day"}


@dataclass(frozen=True, slots=True)
class Receiver:
    """Who receives: a name and the title shown on the name plate (AK-R-5.2, WF-7).

    ``name`` None is a post not yet filled; ``post`` names the post (e.g. 副科级领导)
    and stands in for a missing title.
    """

    name: str | None
    title: str = ""
    post: str = ""
    post_en: str = ""

    def render(self, language: Language = "zh") -> str:
        """``'副市长张三'`` in Chinese, ``'张三 (副市长)'`` in English."""
        if self.name is None:
            vacant = Remark.of("notice.vacant").render(language)
            post = self.post if language == "zh" else (self.post_en or self.post)
            if not post:
                return vacant
            return f"{post}{vacant}" if language == "zh" else f"{post} {vacant}"
        title = self.title or (self.post if language == "zh" else (self.post_en or self.post))
        if language == "zh":
            return f"{title}{self.name}"
        return f"{self.name} ({title})" if title else self.name


@dataclass(frozen=True, slots=True)
class Notice:
    """The public notice of one reception day (AK-R-5.2): a structured value."""

    regime: str
    day: date
    start: datetime
    end: datetime
    label: str
    location: str
    location_en: str
    receivers: tuple[Receiver, ...]
    provisional: bool = False

    def remark(self) -> Remark:
        """The notice as a structured remark (code ``notice``)."""
        d = self.day
        provisional = Remark.of("notice.provisional", year=d.year) if self.provisional else None
        label_en = _LABELS_EN.get(self.label, self.label)
        return Remark.of(
            "notice",
            date_zh=date_in(d, "zh"),
            date_en=date_in(d, "en"),
            weekday_zh=weekday_in(d, "zh"),
            weekday_en=weekday_in(d, "en"),
            label_zh=self.label if self.label != "全天" else "",
            label_en=f" ({label_en})" if label_en else "",
            hours_zh=f"{self.start.hour}:{self.start:%M}—{self.end.hour}:{self.end:%M}",
            hours_en=f"{self.start:%H:%M}–{self.end:%H:%M}",
            place_zh=self.location,
            place_en=self.location_en or self.location,
            receivers_zh="、".join(r.render("zh") for r in self.receivers)
            or Remark.of("notice.vacant").render("zh"),
            receivers_en=", ".join(r.render("en") for r in self.receivers)
            or Remark.of("notice.vacant").render("en"),
            provisional_zh=provisional.render("zh") if provisional else "",
            provisional_en=provisional.render("en") if provisional else "",
        )

    def render(self, language: Language = "zh") -> str:
        """The notice as it is published, in ``language`` ('zh' or 'en')."""
        return self.remark().render(language)

    @property
    def complete(self) -> bool:
        """Whether every post has a named receiver (a notice with 待定 is not final)."""
        return bool(self.receivers) and all(r.name is not None for r in self.receivers)


def reception_notice(
    reception: Reception, receivers: Sequence[Receiver] = (), *, location_en: str = ""
) -> Notice:
    """The notice of a reception, with the receivers you name."""
    return Notice(
        regime=reception.regime,
        day=reception.day,
        start=reception.start,
        end=reception.end,
        label=reception.label,
        location=reception.location,
        location_en=location_en,
        receivers=tuple(receivers),
        provisional=reception.provisional,
    )


def preset_place_en(regime: str) -> str:
    """The English place of the preset named ``regime``; empty for any other regime."""
    try:
        return preset(regime).location_en
    except UnknownPresetError:
        return ""


def place_en(slot: Slot, roster: Roster) -> str:
    """The slot's place in English: the slot's own (:attr:`Slot.location_en`), else the
    preset's when the roster's regime is a preset (rosters saved before slots kept it),
    else empty (the Chinese place is shown)."""
    return slot.location_en or preset_place_en(roster.regime)


def _label_of(slot: Slot, roster: Roster) -> str:
    # The slot keeps hours, not the window's name; recover it from the regime's window.
    if roster.regime in PRESETS:
        return preset(roster.regime).window.for_day(slot.day).label
    return ""


def notice_for(
    slot: Slot, roster: Roster, *, location_en: str | None = None, label: str | None = None
) -> Notice:
    """The notice of one roster slot: its day, hours, place and receivers (AK-R-5.2).

    ``location_en`` defaults to the slot's English place, else the preset's; ``label``
    (上午/下午) to the preset's window, when the roster's regime is a preset.
    """
    receivers = []
    for a in slot.assignments:
        post = roster.composition.position(a.position)
        if a.person is None:
            receivers.append(Receiver(name=None, post=post.label, post_en=post.name_en))
            continue
        person = roster.person(a.person)
        receivers.append(
            Receiver(name=person.name, title=person.title, post=post.label, post_en=post.name_en)
        )
    return Notice(
        regime=slot.regime,
        day=slot.day,
        start=slot.start,
        end=slot.end,
        label=_label_of(slot, roster) if label is None else label,
        location=slot.location,
        location_en=place_en(slot, roster) if location_en is None else location_en,
        receivers=tuple(receivers),
        provisional=slot.provisional,
    )


def notices(
    roster: Roster,
    start: date | None = None,
    end: date | None = None,
    *,
    location_en: str | None = None,
) -> tuple[Notice, ...]:
    """The notices of every slot of ``roster`` whose day is in ``[start, end]``."""
    first = roster.start if start is None else start
    last = roster.end if end is None else end
    if last < first:
        raise ValueError(f"end={last} is before start={first}")
    return tuple(
        notice_for(s, roster, location_en=location_en) for s in roster.slots_in(first, last)
    )
