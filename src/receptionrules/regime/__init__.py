"""A reception regime: a date rule, a time window, a holiday policy and a place.

The national regulations require leaders of districted cities, counties and
townships to hold reception days (Nat-6: 《信访条例》 2005 art. 10, 《信访工作条例》
2022 art. 18, the latter with no fixed frequency); a regime is one institution's
answer to when and where.

The regime answers the three questions every institution's software asks: when
is the next reception, which receptions fall in a period, and is one open now.
All answers use the working-day calendar (CAL-1) and say when they rest on a
year without an official holiday schedule (CAL-2).

The package hands on :class:`Regime`; its modules, lowest first:

- :mod:`~receptionrules.regime.base` — the fields and their changed copies;
- :mod:`~receptionrules.regime.building` — receptions and their remarks, the hot path;
- :mod:`~receptionrules.regime.searches` — the bounded searches;
- :mod:`~receptionrules.regime.visits` — whether a visit is valid (UN-3.1);
- :mod:`~receptionrules.regime.model` — :class:`Regime`, the searches as methods.

>>> from datetime import date
>>> import receptionrules as rr
>>> r = rr.preset("ankang-mayor").next_reception(date(2026, 5, 1))
>>> r.day, r.moved_from, r.hours()
(datetime.date(2026, 5, 6), datetime.date(2026, 5, 5), '08:30–12:00')
"""

from receptionrules.regime.model import Regime

__all__ = ["Regime"]
