"""The reception timetable (接访日程表) as a value: who receives when and where, month by
month, with the calendar's holidays (TS-1, AK-R-5.2, WF-7).

TS-1 has the petition service centre publish one timetable; AK-R-5.2 and WF-7 have
the date, time, place and the receiving leader made public. A :class:`Timetable` is
that publication before it is rendered: built from a roster (who is on duty,
:func:`timetable_from_roster`) or from a regime alone (the receptions, every post
待定, :func:`timetable_from_regime`), with the calendar's days of every month it
covers, so that a renderer (:func:`~receptionrules.publishing.timetable_html.timetable_html`)
can draw the month grid and the list without asking the calendar again.

>>> import receptionrules as rr
>>> from datetime import date
>>> t = timetable_from_regime(rr.preset("ankang-mayor"), date(2026, 10, 1), date(2026, 10, 31))
>>> [(e.day, e.moved_from, e.receivers[0].render("zh")) for e in t.entries]
[(datetime.date(2026, 10, 8), datetime.date(2026, 10, 6), '接待领导待定')]
>>> t.months, len(t.days)
(((2026, 10),), 31)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from receptionrules.calendar import CalendarDay, WorkingCalendar
from receptionrules.duty import Composition
from receptionrules.errors import UnknownPresetError
from receptionrules.notices import Receiver, notice_for, preset_place_en
from receptionrules.presets import PRESETS, duty_composition, preset
from receptionrules.reception import Reception
from receptionrules.regime import Regime

if TYPE_CHECKING:
    from receptionrules.duty import Roster

__all__ = ["Timetable", "TimetableEntry", "timetable_from_regime", "timetable_from_roster"]


@dataclass(frozen=True, slots=True)
class TimetableEntry:
    """One reception of the timetable: when, where, who (AK-R-5.2).

    ``receivers`` has one :class:`~receptionrules.notices.Receiver` per post; a post
    nobody holds yet has ``name`` None (待定). ``moved_from`` is the day the rule gave
    when a holiday moved the reception (with ``moved_reason`` / ``moved_reason_zh``,
    the holiday of that day); ``provisional`` marks a day in a year whose official
    holiday schedule is not known yet (CAL-2).
    """

    day: date
    start: datetime
    end: datetime
    label: str
    location: str
    location_en: str
    receivers: tuple[Receiver, ...]
    moved_from: date | None = None
    moved_reason: str | None = None
    moved_reason_zh: str | None = None
    provisional: bool = False

    @property
    def vacant(self) -> bool:
        """Whether a post is still to be decided (待定)."""
        return not self.receivers or any(r.name is None for r in self.receivers)


@dataclass(frozen=True, slots=True)
class Timetable:
    """A timetable over ``[start, end]``: its entries, and the calendar's view of every
    day of the months it covers (for the month grid).

    ``institution`` is the institution's name as the data give it (a bilingual
    ``'中文 (English)'`` title is split by language when rendered); ``location`` and
    ``location_en`` the usual place.
    """

    institution: str
    regime: str
    start: date
    end: date
    entries: tuple[TimetableEntry, ...]
    days: tuple[CalendarDay, ...]
    location: str = ""
    location_en: str = ""

    @property
    def months(self) -> tuple[tuple[int, int], ...]:
        """The ``(year, month)`` pairs the timetable covers, in order."""
        return tuple(dict.fromkeys((d.day.year, d.day.month) for d in self.days))

    def entries_in(self, year: int, month: int) -> tuple[TimetableEntry, ...]:
        """The entries of one month."""
        return tuple(e for e in self.entries if (e.day.year, e.day.month) == (year, month))

    def days_in(self, year: int, month: int) -> tuple[CalendarDay, ...]:
        """The calendar's days of one month."""
        return tuple(d for d in self.days if (d.day.year, d.day.month) == (year, month))

    @property
    def provisional(self) -> bool:
        """Whether any entry rests on a provisional year (CAL-2)."""
        return any(e.provisional for e in self.entries)


def _month_days(calendar: WorkingCalendar, start: date, end: date) -> tuple[CalendarDay, ...]:
    first = start.replace(day=1)
    after = (end.replace(day=28) + timedelta(days=4)).replace(day=1)
    return tuple(calendar.days(first, after - timedelta(days=1)))


def _moved(calendar: WorkingCalendar, moved_from: date | None) -> tuple[str | None, str | None]:
    if moved_from is None:
        return None, None
    info = calendar.day(moved_from)
    return info.holiday or info.name, info.holiday_zh or info.name_zh


def _check(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"end={end} is before start={start}; give the period in order")


def _usual_en(entries: list[TimetableEntry], regime: str, given: str | None) -> str:
    if given is not None:
        return given
    return _usual(e.location_en for e in entries) if entries else preset_place_en(regime)


def _institution(regime: str) -> str:
    try:
        return preset(regime).title or regime
    except UnknownPresetError:
        return regime


def _usual(values: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: counts[v]) if counts else ""


def timetable_from_roster(
    roster: Roster,
    start: date | None = None,
    end: date | None = None,
    *,
    institution: str | None = None,
    location_en: str | None = None,
) -> Timetable:
    """The timetable of ``roster``'s slots in ``[start, end]`` (default: its period),
    naming who is on duty with their titles (AK-R-5.2, TS-1).

    ``institution`` defaults to the preset's title when the roster's regime is a
    preset, else the regime's name; ``location_en`` to the preset's English place.

    Raises:
        ValueError: ``end`` before ``start``.
    """
    first = roster.start if start is None else start
    last = roster.end if end is None else end
    _check(first, last)
    entries = []
    for slot in roster.slots_in(first, last):
        n = notice_for(slot, roster, location_en=location_en)
        reason, reason_zh = _moved(roster.calendar, slot.moved_from)
        entries.append(
            TimetableEntry(
                day=slot.day,
                start=slot.start,
                end=slot.end,
                label=n.label,
                location=slot.location,
                location_en=n.location_en,
                receivers=n.receivers,
                moved_from=slot.moved_from,
                moved_reason=reason,
                moved_reason_zh=reason_zh,
                provisional=slot.provisional,
            )
        )
    return Timetable(
        institution=institution or _institution(roster.regime),
        regime=roster.regime,
        start=first,
        end=last,
        entries=tuple(entries),
        days=_month_days(roster.calendar, first, last),
        location=_usual(e.location for e in entries),
        location_en=_usual_en(entries, roster.regime, location_en),
    )


def _posts(regime: Regime, composition: Composition | None) -> tuple[Receiver, ...]:
    if composition is None and regime.name in PRESETS:
        composition = duty_composition(regime.name)
    if composition is None:
        return (Receiver(name=None),)
    return tuple(
        Receiver(name=None, post=p.label, post_en=p.name_en) for p in composition.positions
    )


def timetable_from_regime(
    regime: Regime,
    start: date,
    end: date,
    *,
    composition: Composition | None = None,
    institution: str | None = None,
    receptions: Sequence[Reception] | None = None,
) -> Timetable:
    """The timetable of ``regime``'s receptions in ``[start, end]`` before a roster
    names anyone: every post reads 待定 (to be decided), as a notice published ahead of
    the roster does (AK-R-5.2).

    ``composition`` gives the posts (default: the preset's, for a preset regime; else
    one post); ``institution`` defaults to the regime's title; ``receptions`` to
    ``regime.receptions(start, end)``.

    Raises:
        ValueError: ``end`` before ``start``.
    """
    _check(start, end)
    posts = _posts(regime, composition)
    found = list(regime.receptions(start, end)) if receptions is None else list(receptions)
    entries = []
    for r in found:
        reason, reason_zh = _moved(regime.calendar, r.moved_from)
        entries.append(
            TimetableEntry(
                day=r.day,
                start=r.start,
                end=r.end,
                label=r.label,
                location=r.location,
                location_en=regime.location_en,
                receivers=posts,
                moved_from=r.moved_from,
                moved_reason=reason,
                moved_reason_zh=reason_zh,
                provisional=r.provisional,
            )
        )
    return Timetable(
        institution=institution or regime.title or regime.name,
        regime=regime.name,
        start=start,
        end=end,
        entries=tuple(entries),
        days=_month_days(regime.calendar, start, end),
        location=regime.location,
        location_en=regime.location_en,
    )
