"""What was announced for a slot (AK-R-5.2): the record a slot carries once announced.

The leader on duty is announced to the public in advance. The record keeps who held
each post when it was announced, so a change made afterwards is detected exactly
(:func:`receptionrules.duty.announcements.announcement_status` lists the slot to
announce again until what is announced matches the roster again).

>>> from datetime import datetime
>>> from receptionrules.timeutil import TZ
>>> a = Announcement(at=datetime(2026, 2, 26, 9, tzinfo=TZ), holders=("vm1",),
...                  first_at=datetime(2026, 2, 23, 10, tzinfo=TZ), after_change=1)
>>> a.first.isoformat()
'2026-02-23T10:00:00+08:00'
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from receptionrules.duty._model import FROZEN, LocalDatetime

__all__ = ["Announcement"]


class Announcement(BaseModel):
    """What was announced for a slot, and when (AK-R-5.2).

    Attributes:
        at: when it was (last) announced.
        first_at: when it was first announced; an announcement made again after a change
            keeps the first one's time, which is what the deadline judges.
        holders: who held each position then, in position order.
        after_change: the length of the roster's history then; changes numbered from
            here on came after the announcement.
    """

    model_config = FROZEN

    at: LocalDatetime
    first_at: LocalDatetime | None = None
    holders: tuple[str | None, ...]
    after_change: int = Field(default=0, ge=0)

    @property
    def first(self) -> datetime:
        """When the slot was first announced."""
        return self.at if self.first_at is None else self.first_at
