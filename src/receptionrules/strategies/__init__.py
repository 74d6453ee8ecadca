"""Hypothesis strategies for applications' own property tests (the ``testing`` extra).

An application that wires the library into a case system tests its own rules with
these: each strategy draws *valid* library values (or, where it says so, invalid
ones) and states the invariant its values keep. Install with
``pip install 'receptionrules[testing]'``; docs/testing.md shows a whole test.

- :func:`days`, :func:`moments` — days and aware moments inside the calendar's
  official years (2005–2035 by default), so every query answers without
  ``CalendarRangeError``;
- :func:`date_rules`, :func:`windows`, :func:`holiday_policies`, :func:`places`,
  :func:`regimes` — the parts of a regime and regimes built of them;
- :func:`year_schedules`, :func:`calendars` — State Council schedules as data and
  calendars holding them (CAL-2);
- :func:`people`, :func:`rosters`, :func:`change_requests` — duty rosters generated
  from a preset and the requests to change them (AK-R-5.1, AK-R-6.1);
- :func:`event_histories`, :func:`matters` — petition matters with consistent
  histories (Nat-1 … Nat-4, AK-S-2);
- :func:`institutions` — institutions as data.

>>> from hypothesis import given, settings
>>> from receptionrules.errors import NoReceptionError
>>> @settings(max_examples=5, deadline=None)
... @given(regime=regimes(), at=moments())
... def test_next_is_not_before(regime, at):
...     try:
...         assert regime.next_reception(at).end > at
...     except NoReceptionError:
...         pass
>>> test_next_is_not_before()
"""

from receptionrules.strategies.duty import ROSTER_PRESETS, change_requests, people, rosters
from receptionrules.strategies.regimes import (
    FIRST_DAY,
    LAST_DAY,
    calendars,
    date_rules,
    days,
    holiday_policies,
    institutions,
    moments,
    places,
    regimes,
    windows,
    year_schedules,
)
from receptionrules.strategies.supervision import event_histories, matters

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "ROSTER_PRESETS",
    "calendars",
    "change_requests",
    "date_rules",
    "days",
    "event_histories",
    "holiday_policies",
    "institutions",
    "matters",
    "moments",
    "people",
    "places",
    "regimes",
    "rosters",
    "windows",
    "year_schedules",
]
