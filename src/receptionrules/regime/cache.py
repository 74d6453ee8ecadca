"""The containers of a regime's per-year reception index (CAL-1, CAL-2).

:class:`YearIndex` is one built year; :class:`ReceptionIndex` is a regime's cache of
them, kept in a private attribute of :class:`~receptionrules.regime.base.RegimeBase`
and never part of the regime's value. :mod:`~receptionrules.regime.index` builds the
years; :mod:`~receptionrules.regime.searches` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from receptionrules.reception import Reception

__all__ = ["Hot", "ReceptionIndex", "YearIndex"]


@dataclass(frozen=True, slots=True, eq=False)
class YearIndex:
    """One calendar year of a regime's receptions, ready for bisection.

    Attributes:
        receptions: the receptions whose day is in the year, in order.
        days, starts, ends: their days, starts and ends, for :mod:`bisect`.
        flagged: the positions of receptions provisional only because a provisional
            rule day was skipped before them (CAL-2).
        trailing: a provisional rule day was skipped after the year's last reception.
        horizon: how many days after a search's day an indexed answer may lie
            (:func:`~receptionrules.regime.index.horizon_days`).
        fast: a search from a day of this year answered in this year is inside that
            bound (it is more than a year).
    """

    receptions: tuple[Reception, ...]
    days: tuple[date, ...]
    starts: tuple[datetime, ...]
    ends: tuple[datetime, ...]
    flagged: frozenset[int]
    trailing: bool
    horizon: int
    fast: bool


Hot = tuple[tuple[datetime, ...], tuple[Reception, ...]]
"""A year ready for the hot path of a moment's query (:meth:`Regime.next_reception
<receptionrules.regime.Regime.next_reception>`, :meth:`~receptionrules.regime.Regime.is_open`):
the receptions' ends and the receptions, the next year's first reception appended when a
search from any day of the year may answer with it. A day's query reads ``by_day``."""


class ReceptionIndex(dict[int, YearIndex | None]):
    """A regime's cache of built years (``None``: the year cannot be built whole), in
    :attr:`hot` the years whose every answer in them is the indexed one, and in
    :attr:`by_day` the next reception from each day of those years (a date query answered
    by one dictionary look-up).

    Not part of the regime's value: any two compare equal, a copy or an unpickled one
    is empty, and it shows as ``ReceptionIndex()``.
    """

    __slots__ = ("by_day", "hot")

    def __init__(self) -> None:
        super().__init__()
        self.hot: dict[int, Hot] = {}
        self.by_day: dict[date, Reception] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReceptionIndex)

    def __ne__(self, other: object) -> bool:
        return not isinstance(other, ReceptionIndex)

    __hash__ = None

    def __copy__(self) -> ReceptionIndex:
        return ReceptionIndex()

    def __deepcopy__(self, memo: dict[int, Any]) -> ReceptionIndex:
        return ReceptionIndex()

    def __reduce__(self) -> tuple[type[ReceptionIndex], tuple[()]]:
        return (ReceptionIndex, ())

    def __repr__(self) -> str:
        return "ReceptionIndex()"
