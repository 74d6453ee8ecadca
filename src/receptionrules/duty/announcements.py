"""Announcements (AK-R-5.2): date, time, place and the receiving leader's name and title are
announced to the public in advance; what is due, overdue, or to announce again.

Each slot has an announcement deadline: ``notice_days`` calendar days before its
day (default 7, the default; a parameter everywhere). A slot announced with
``Roster.announce`` carries an :class:`~receptionrules.duty.announced.Announcement`
of who held each post, so a change made afterwards is detected exactly: the slot
must be announced again until what is announced matches the roster again (a swap
undone before anyone noticed needs nothing).

Imports the roster; the roster never imports this module.

>>> from datetime import date
>>> announcement_deadline(date(2026, 5, 12))
datetime.date(2026, 5, 5)
>>> announcement_deadline(date(2026, 5, 12), notice_days=3)
datetime.date(2026, 5, 9)
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel

from receptionrules.duty._model import FROZEN
from receptionrules.duty.roster import Roster

__all__ = [
    "DEFAULT_NOTICE_DAYS",
    "AnnouncementItem",
    "AnnouncementStatus",
    "announcement_deadline",
    "announcement_status",
]

DEFAULT_NOTICE_DAYS = 7
"""AK-R-5.2 default: the announcement is due at least 7 calendar days before the day."""


def announcement_deadline(day: date, *, notice_days: int = DEFAULT_NOTICE_DAYS) -> date:
    """The last day to announce the slot held on ``day`` (AK-R-5.2): ``notice_days`` before.

    An announcement made any time on the deadline day is in time.
    """
    if notice_days < 0:
        raise ValueError(f"notice_days={notice_days} must be >= 0")
    return day - timedelta(days=notice_days)


class AnnouncementItem(BaseModel):
    """A slot to announce: its id, day and deadline; for a re-announcement, the changes
    (history numbers) made since it was announced."""

    model_config = FROZEN

    slot_id: str
    day: date
    deadline: date
    changes: tuple[int, ...] = ()


class AnnouncementStatus(BaseModel):
    """What to announce as of a day (AK-R-5.2).

    Attributes:
        due: not announced yet; the deadline is today or within the horizon.
        overdue: not announced, the deadline has passed, the slot is still to come.
        to_reannounce: announced, then changed: what was announced is no longer who is
            on duty, and the slot is still to come.
    """

    model_config = FROZEN

    as_of: date
    notice_days: int
    due: tuple[AnnouncementItem, ...] = ()
    overdue: tuple[AnnouncementItem, ...] = ()
    to_reannounce: tuple[AnnouncementItem, ...] = ()

    @property
    def clear(self) -> bool:
        """Nothing overdue and nothing to announce again."""
        return not self.overdue and not self.to_reannounce


def announcement_status(
    roster: Roster,
    as_of: date,
    *,
    notice_days: int = DEFAULT_NOTICE_DAYS,
    horizon_days: int | None = None,
) -> AnnouncementStatus:
    """What is due, overdue, and to be announced again in ``roster`` as of ``as_of`` (AK-R-5.2).

    Slots held on or after ``as_of`` count. ``horizon_days`` (default: ``notice_days``)
    is how far ahead a deadline may lie for the slot to be listed as due.

    The cost is O(slots in the next ``notice_days + horizon_days`` days + changes
    made), never O(roster).
    """
    if horizon_days is None:
        horizon_days = notice_days
    if horizon_days < 0:
        raise ValueError(f"horizon_days={horizon_days} must be >= 0")
    due: list[AnnouncementItem] = []
    overdue: list[AnnouncementItem] = []
    window_end = as_of + timedelta(days=notice_days + horizon_days)
    for slot in roster.slots_in(as_of, window_end, clip=True):
        if slot.announced is not None:
            continue
        deadline = announcement_deadline(slot.day, notice_days=notice_days)
        item = AnnouncementItem(slot_id=slot.id, day=slot.day, deadline=deadline)
        if deadline < as_of:
            overdue.append(item)
        elif deadline <= as_of + timedelta(days=horizon_days):
            due.append(item)
    # Only a slot a change touched can differ from what was announced for it.
    touched: dict[str, list[int]] = {}
    for record in roster.history:
        for move in record.moves:
            touched.setdefault(move.slot_id, []).append(record.seq)
    again: list[AnnouncementItem] = []
    for sid in touched:
        slot = roster.slot(sid)
        ann = slot.announced
        if slot.day < as_of or ann is None or ann.holders == slot.holders:
            continue
        again.append(
            AnnouncementItem(
                slot_id=sid,
                day=slot.day,
                deadline=announcement_deadline(slot.day, notice_days=notice_days),
                changes=tuple(sorted({s for s in touched[sid] if s >= ann.after_change})),
            )
        )
    again.sort(key=lambda i: (i.day, i.slot_id))
    return AnnouncementStatus(
        as_of=as_of,
        notice_days=notice_days,
        due=tuple(due),
        overdue=tuple(overdue),
        to_reannounce=tuple(again),
    )
