"""Publishing for people: the printable timetable, the working-day calendar as a table,
a month at a glance, and the reminders of personal feeds (TS-1, AK-R-5.2, CAL-1).

The package hands on the names of its modules:

- :mod:`~receptionrules.publishing.timetable` — the timetable as a value:
  :class:`Timetable`, :class:`TimetableEntry`, :func:`timetable_from_roster`,
  :func:`timetable_from_regime`;
- :mod:`~receptionrules.publishing.timetable_html` — the timetable as one self-contained
  HTML page, an A4 sheet a month: :func:`timetable_html` (its style sheet in
  :mod:`~receptionrules.publishing.timetable_css`);
- :mod:`~receptionrules.publishing.calendar_table` — one row per day as CSV, JSON or
  XLSX: :data:`CALENDAR_COLUMNS`, :func:`calendar_records`, :func:`calendar_csv`,
  :func:`calendar_json`, :func:`calendar_xlsx`;
- :mod:`~receptionrules.publishing.month` — a month at a glance: :func:`month_grid`;
- :mod:`~receptionrules.publishing.reminders` — when a personal feed reminds:
  :class:`Reminder` (the feeds themselves are :mod:`receptionrules.ical`);
- :mod:`~receptionrules.wording` — dates, bilingual titles, display widths.

>>> import receptionrules as rr
>>> from datetime import date
>>> t = timetable_from_regime(rr.preset("union-chair"), date(2026, 3, 1), date(2026, 3, 31))
>>> page = timetable_html(t, published=date(2026, 2, 25))
>>> page.startswith("<!DOCTYPE html>"), len(t.entries)
(True, 4)
"""

from receptionrules.publishing.calendar_table import (
    CALENDAR_COLUMNS,
    calendar_csv,
    calendar_json,
    calendar_records,
    calendar_xlsx,
)
from receptionrules.publishing.month import month_grid
from receptionrules.publishing.reminders import DEFAULT_REMINDER, Reminder, ReminderTooLateError
from receptionrules.publishing.timetable import (
    Timetable,
    TimetableEntry,
    timetable_from_regime,
    timetable_from_roster,
)
from receptionrules.publishing.timetable_html import timetable_html
from receptionrules.wording import display_width, title_in

__all__ = [
    "CALENDAR_COLUMNS",
    "DEFAULT_REMINDER",
    "Reminder",
    "ReminderTooLateError",
    "Timetable",
    "TimetableEntry",
    "calendar_csv",
    "calendar_json",
    "calendar_records",
    "calendar_xlsx",
    "display_width",
    "month_grid",
    "timetable_from_regime",
    "timetable_from_roster",
    "timetable_html",
    "title_in",
]
