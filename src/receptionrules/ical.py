"""iCalendar (RFC 5545) export of receptions and duty — the ``receptionrules[ical]`` extra.

One VEVENT per reception, DTSTART/DTEND in Asia/Shanghai with its VTIMEZONE,
LOCATION, SUMMARY and DESCRIPTION. Three feeds show receptions: the reception feed
of a regime (:func:`to_ical`), the roster feed naming who is on duty
(:func:`roster_to_ical`), and one person's duty (:func:`person_to_ical`, with a
reminder). A reception has **one UID in every feed**, made from the regime and the
day its rule gave (``moved_from`` when the holiday policy moved it, AK-R-5.2): a
phone subscribed to two feeds shows it once, and re-importing an updated calendar —
a new leader on duty, a swap, a changed hour, a move — updates the event instead of
duplicating it.

>>> import receptionrules as rr
>>> from datetime import date, datetime
>>> ak = rr.preset("ankang-mayor")
>>> text = to_ical(ak.receptions(date(2026, 5, 1), date(2026, 5, 31)),
...                name="安康市市长信访接待日", stamp=datetime(2026, 4, 1, tzinfo=rr.TZ))
>>> "DTSTART;TZID=Asia/Shanghai:20260506T083000" in text
True
>>> "UID:ankang-mayor-20260505@receptionrules" in text
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from receptionrules.errors import UnknownPresetError
from receptionrules.notices import Notice, notice_for
from receptionrules.presets import preset
from receptionrules.publishing.reminders import DEFAULT_REMINDER, Reminder, ReminderTooLateError
from receptionrules.reception import Reception
from receptionrules.remarks import Language, Remark, register_templates
from receptionrules.timeutil import TZ
from receptionrules.wording import date_in, title_in, weekday_in

if TYPE_CHECKING:
    from receptionrules.duty import Roster, Slot

__all__ = [
    "Reminder",
    "ReminderTooLateError",
    "event_uid",
    "person_to_ical",
    "roster_to_ical",
    "slot_uid",
    "to_ical",
]

_TZID = "Asia/Shanghai"

register_templates(
    {
        "ical.person_feed": {"en": "Duty of {name}", "zh": "{name}的接访值班"},
        "ical.summary": {"en": "Petition reception: {receivers}", "zh": "信访接待：{receivers}"},
        "ical.moved": {
            "en": "Scheduled for {source}, not a working day; moved to {target}.",
            "zh": "原定{source}，非工作日，调整至{target}。",
        },
        "ical.reminder": {
            "en": "Reception duty on {weekday} {date}, {hours}, at {place}",
            "zh": "接访值班提醒：{date}（{weekday}）{hours}，{place}",
        },
    }
)


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "iCalendar export needs the 'icalendar' package: pip install 'receptionrules[ical]'"
        ) from None
    return icalendar


def event_uid(reception: Reception, *, domain: str = "receptionrules") -> str:
    """The UID of a reception in every feed: regime and the day the rule gave.

    >>> import receptionrules as rr
    >>> from datetime import date
    >>> event_uid(rr.preset("ankang-mayor").next_reception(date(2026, 10, 1)))
    'ankang-mayor-20261006@receptionrules'
    """
    slot_day = reception.moved_from or reception.day
    return f"{reception.regime}-{slot_day:%Y%m%d}@{domain}"


def slot_uid(slot: Slot, *, domain: str = "receptionrules") -> str:
    """The UID of a roster slot: the same as its reception's (:func:`event_uid`).

    A slot of a roster saved before slots recorded ``moved_from`` has only its day.
    """
    return f"{slot.regime}-{slot.scheduled_day:%Y%m%d}@{domain}"


def _timezone(ical: Any) -> Any:
    # Asia/Shanghai has kept UTC+8 without daylight saving since September 1991, which
    # covers every year the working-day calendar answers for; one STANDARD observance
    # is exact for them and never expires.
    tz = ical.Timezone()
    tz.add("tzid", _TZID)
    standard = ical.TimezoneStandard()
    standard.add("dtstart", datetime(1991, 9, 15, 2, 0))  # noqa: DTZ001 - VTIMEZONE local time
    offset = datetime(2000, 1, 1, tzinfo=TZ).utcoffset()
    standard.add("tzoffsetfrom", offset)
    standard.add("tzoffsetto", offset)
    standard.add("tzname", "CST")
    tz.add_component(standard)
    return tz


@dataclass(frozen=True, slots=True)
class _Event:
    uid: str
    start: datetime
    end: datetime
    summary: str
    location: str
    description: str
    tentative: bool
    alarm: tuple[datetime, str] | None = None


def _render(events: Iterable[_Event], name: str, stamp: datetime | None) -> str:
    ical = _icalendar()
    if stamp is None:
        stamp = datetime.now(UTC)
    elif stamp.tzinfo is None:
        raise ValueError("stamp must be an aware datetime")
    cal = ical.Calendar()
    cal.add("prodid", "-//receptionrules//receptionrules//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", _TZID)
    cal.add_component(_timezone(ical))
    utc_stamp = stamp.astimezone(UTC)
    for e in events:
        event = ical.Event()
        event.add("uid", e.uid)
        event.add("dtstamp", utc_stamp)
        event.add("dtstart", e.start.astimezone(TZ))
        event.add("dtend", e.end.astimezone(TZ))
        event.add("summary", e.summary)
        event.add("location", e.location)
        event.add("description", e.description)
        event.add("status", "TENTATIVE" if e.tentative else "CONFIRMED")
        if e.alarm is not None:
            alarm = ical.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", e.alarm[1])
            # An absolute trigger is written in UTC (RFC 5545, 3.8.6.3).
            alarm.add("trigger", e.alarm[0].astimezone(UTC), parameters={"VALUE": "DATE-TIME"})
            event.add_component(alarm)
        cal.add_component(event)
    text: str = cal.to_ical().decode("utf-8")
    return text


def to_ical(
    receptions: Iterable[Reception],
    *,
    name: str = "receptionrules",
    stamp: datetime | None = None,
    summary: Callable[[Reception], str] | None = None,
    description: Callable[[Reception], str] | None = None,
    domain: str = "receptionrules",
) -> str:
    """An iCalendar text with one VEVENT per reception (the reception feed).

    Args:
        receptions: what to export (e.g. ``regime.receptions(start, end)``).
        name: the calendar's display name (X-WR-CALNAME).
        stamp: DTSTAMP of every event; an aware datetime (default: now). Pass it
            for reproducible output.
        summary, description: how to title and describe an event (defaults: the
            regime and window; the day, hours and remarks in Chinese and English).
        domain: the right-hand side of every UID.

    A provisional reception (CAL-2) is exported as TENTATIVE.
    """
    title = summary or _default_summary
    describe = description or _default_description
    return _render(
        (
            _Event(
                uid=event_uid(r, domain=domain),
                start=r.start,
                end=r.end,
                summary=title(r),
                location=r.location,
                description=describe(r),
                tentative=r.provisional,
            )
            for r in receptions
        ),
        name,
        stamp,
    )


def _default_summary(reception: Reception) -> str:
    label = f"（{reception.label}）" if reception.label else ""
    return f"信访接待 {reception.regime}{label}"


def _default_description(reception: Reception) -> str:
    lines = [f"{reception.day.isoformat()} {reception.weekday.label_zh} {reception.hours()}"]
    lines.extend(reception.notes_in("zh"))
    lines.extend(reception.notes)
    return "\n".join(lines)


def _institution_title(regime: str, language: Language) -> str:
    try:
        return title_in(preset(regime).title, language) or regime
    except UnknownPresetError:
        return regime


def _slot_event(
    slot: Slot,
    roster: Roster,
    *,
    language: Language,
    reminder: Reminder | None,
    domain: str,
) -> _Event:
    n: Notice = notice_for(slot, roster)
    joiner = "、" if language == "zh" else ", "
    receivers = joiner.join(r.render(language) for r in n.receivers)
    other: Language = "en" if language == "zh" else "zh"
    lines = [n.render(language), n.render(other)]
    if slot.moved_from is not None:
        for lang in (language, other):
            lines.append(
                Remark.of(
                    "ical.moved", source=slot.moved_from.isoformat(), target=slot.day.isoformat()
                ).render(lang)
            )
    alarm = None
    if reminder is not None:
        moment = reminder.moment(slot.day, roster.calendar)
        if moment >= slot.start:
            raise ReminderTooLateError(moment, slot)
        text = Remark.of(
            "ical.reminder",
            date=date_in(slot.day, language),
            weekday=weekday_in(slot.day, language),
            hours=slot.hours(),
            place=n.location if language == "zh" else (n.location_en or n.location),
        ).render(language)
        alarm = (moment, text)
    return _Event(
        uid=slot_uid(slot, domain=domain),
        start=slot.start,
        end=slot.end,
        summary=Remark.of("ical.summary", receivers=receivers).render(language),
        location=n.location,
        description="\n".join(lines),
        tentative=slot.provisional,
        alarm=alarm,
    )


def roster_to_ical(
    roster: Roster,
    start: date | None = None,
    end: date | None = None,
    *,
    name: str | None = None,
    language: Language = "zh",
    reminder: Reminder | None = None,
    stamp: datetime | None = None,
    domain: str = "receptionrules",
) -> str:
    """An iCalendar text with one VEVENT per roster slot in ``[start, end]``, naming who
    is on duty (the roster feed, AK-R-5.2).

    The UID is its reception's (:func:`slot_uid`), which no swap, cover or re-timing
    changes: re-importing the calendar after a change updates the event's
    description instead of adding one. A vacant post is shown as 待定 / to be
    announced. ``name`` (X-WR-CALNAME) defaults to the institution's title in
    ``language`` for a preset, else the regime's name; ``reminder`` adds a VALARM to
    every event (none by default).

    Raises:
        ValueError: ``end`` before ``start``.
        ReminderTooLateError: a reminder would ring after its duty starts.
    """
    first = roster.start if start is None else start
    last = roster.end if end is None else end
    if last < first:
        raise ValueError(f"end={last} is before start={first}")
    slots = roster.slots_in(first, last)
    calname = name or _institution_title(roster.regime, language)
    return _render(
        [
            _slot_event(s, roster, language=language, reminder=reminder, domain=domain)
            for s in slots
        ],
        calname,
        stamp,
    )


def person_to_ical(
    roster: Roster,
    person: str,
    start: date | None = None,
    end: date | None = None,
    *,
    name: str | None = None,
    language: Language = "zh",
    reminder: Reminder | None = DEFAULT_REMINDER,
    stamp: datetime | None = None,
    domain: str = "receptionrules",
) -> str:
    """One person's duty: a VEVENT for each slot ``person`` holds in ``[start, end]``,
    each with a reminder (the personal feed, AK-R-5.2).

    ``reminder`` defaults to the working day before the slot at 17:00 local time, on
    the roster's working-day calendar; None leaves the alarms out. ``name``
    (X-WR-CALNAME) defaults to ``'王五的接访值班'`` / ``'Duty of 王五'``. The UIDs are
    those of the reception and roster feeds.

    >>> import receptionrules as rr
    >>> from datetime import date, datetime
    >>> people = [rr.Person(id="w5", name="王五", title="副市长", roles=["vice_mayor"])]
    >>> roster = rr.generate_roster(rr.preset("ankang-mayor"), people,
    ...                             date(2026, 5, 1), date(2026, 5, 31))
    >>> text = person_to_ical(roster, "w5", stamp=datetime(2026, 4, 1, tzinfo=rr.TZ))
    >>> "X-WR-CALNAME:王五的接访值班" in text, "UID:ankang-mayor-20260505@receptionrules" in text
    (True, True)
    >>> "TRIGGER;VALUE=DATE-TIME:20260430T090000Z" in text    # 30 April, 17:00 local
    True

    Raises:
        UnknownPersonError: ``person`` is not among the roster's people.
        OutsideRosterError: ``start`` or ``end`` outside the roster's period.
        ReminderTooLateError: a reminder would ring after its duty starts.
    """
    who = roster.person(person, field="person")
    slots = roster.slots_of(person, start, end)
    calname = name or Remark.of("ical.person_feed", name=who.name).render(language)
    return _render(
        [
            _slot_event(s, roster, language=language, reminder=reminder, domain=domain)
            for s in slots
        ],
        calname,
        stamp,
    )
