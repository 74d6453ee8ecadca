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
from datetime import UTC, datetime
from typing import Any

from receptionrules.reception import Reception
from receptionrules.timeutil import TZ

__all__ = ["event_uid", "to_ical"]

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
            A roster passes a description naming who is on duty.
        domain: the right-hand side of every UID.
    """
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
    title = summary or _default_summary
    describe = description or _default_description
    utc_stamp = stamp.astimezone(UTC)
    for r in receptions:
        event = ical.Event()
        event.add("uid", event_uid(r, domain=domain))
        event.add("dtstamp", utc_stamp)
        event.add("dtstart", r.start)
        event.add("dtend", r.end)
        event.add("summary", title(r))
        event.add("location", r.location)
        event.add("description", describe(r))
        if r.provisional:
            event.add("status", "TENTATIVE")
        else:
            event.add("status", "CONFIRMED")
        cal.add_component(event)
    text: str = cal.to_ical().decode("utf-8")
    return text
