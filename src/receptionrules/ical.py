"""iCalendar (RFC 5545) export of receptions — the ``receptionrules[ical]`` extra.

One VEVENT per reception, DTSTART/DTEND in Asia/Shanghai with its VTIMEZONE,
LOCATION, SUMMARY and DESCRIPTION, and a UID that is stable per slot: it is made
from the regime and the day the rule gave (``moved_from`` when the holiday policy
moved it), so re-importing an updated calendar — a new leader on duty, a changed
hour, a move — updates the event instead of duplicating it.

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

from receptionrules.notices import Notice, notices
from receptionrules.reception import Reception
from receptionrules.timeutil import TZ

if TYPE_CHECKING:
    from receptionrules.duty.roster import Roster

__all__ = ["event_uid", "roster_to_ical", "to_ical"]

_TZID = "Asia/Shanghai"


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "iCalendar export needs the 'icalendar' package: pip install 'receptionrules[ical]'"
        ) from None
    return icalendar


def event_uid(reception: Reception, *, domain: str = "receptionrules") -> str:
    """The stable UID of a reception's slot: regime and the day the rule gave.

    >>> import receptionrules as rr
    >>> from datetime import date
    >>> event_uid(rr.preset("ankang-mayor").next_reception(date(2026, 10, 1)))
    'ankang-mayor-20261006@receptionrules'
    """
    slot_day = reception.moved_from or reception.day
    return f"{reception.regime}-{slot_day:%Y%m%d}@{domain}"


def _default_summary(reception: Reception) -> str:
    label = f"（{reception.label}）" if reception.label else ""
    return f"信访接待 {reception.regime}{label}"


def _default_description(reception: Reception) -> str:
    lines = [f"{reception.day.isoformat()} {reception.weekday.label_zh} {reception.hours()}"]
    lines.extend(reception.notes_in("zh"))
    lines.extend(reception.notes)
    return "\n".join(lines)


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
    """An iCalendar text with one VEVENT per reception.

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


def roster_to_ical(
    roster: Roster,
    start: date | None = None,
    end: date | None = None,
    *,
    name: str | None = None,
    stamp: datetime | None = None,
    domain: str = "receptionrules",
) -> str:
    """An iCalendar text with one VEVENT per roster slot in ``[start, end]``, naming who
    is on duty (AK-R-5.2).

    The UID is the slot's id, which no swap or cover changes: re-importing the
    calendar after a change updates the event's description instead of adding one.
    A vacant post is shown as 待定 / to be announced.
    """

    def event(n: Notice) -> _Event:
        receivers = "、".join(r.render("zh") for r in n.receivers)
        return _Event(
            uid=f"{n.regime}-{n.day:%Y%m%d}@{domain}",
            start=n.start,
            end=n.end,
            summary=f"信访接待：{receivers}",
            location=n.location,
            description=f"{n.render('zh')}\n{n.render('en')}",
            tentative=n.provisional,
        )

    return _render((event(n) for n in notices(roster, start, end)), name or roster.regime, stamp)
