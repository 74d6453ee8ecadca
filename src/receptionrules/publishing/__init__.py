"""Publishing for people: a printable timetable, the working-day calendar as a table,
a month at a glance (AK-R-5.2, CAL-1)."""

from receptionrules.publishing.text import display_width, title_in

__all__ = ["display_width", "title_in"]
