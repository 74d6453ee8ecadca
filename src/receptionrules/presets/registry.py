"""The registry of the five institutions: their regimes and duty compositions, by name.

The one place a preset is looked up by name (docs/design.md, "Layers"): everything
below the registry is given its regime and composition, never finds them.

>>> import receptionrules as rr
>>> rr.PRESETS
('ankang-mayor', 'mediation-centre-mayor', 'wenfu-school', 'township-duty', 'union-chair')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from receptionrules.calendar import WorkingCalendar
from receptionrules.duty.composition import Composition
from receptionrules.errors import UnknownPresetError
from receptionrules.presets import ankang, mediation_centre, township, union, wenfu
from receptionrules.regime import Regime

__all__ = ["PRESETS", "duty_composition", "preset"]

_BUILDERS: dict[str, Callable[..., Regime]] = {
    ankang.NAME: ankang.regime,
    mediation_centre.NAME: mediation_centre.regime,
    wenfu.NAME: wenfu.regime,
    township.NAME: township.regime,
    union.NAME: union.regime,
}

_DUTIES: dict[str, Callable[..., Composition]] = {
    ankang.NAME: ankang.duty,
    mediation_centre.NAME: mediation_centre.duty,
    wenfu.NAME: wenfu.duty,
    township.NAME: township.duty,
    union.NAME: union.duty,
}

PRESETS: tuple[str, ...] = tuple(_BUILDERS)
"""The preset names, in the order of docs/rules.md ("The five institutions")."""


def preset(name: str, *, calendar: WorkingCalendar | None = None, **options: Any) -> Regime:
    """The regime of a preset institution, by name.

    ``options`` are the preset's documented parameters (e.g. ``week="first_full_week"``
    for ``ankang-mayor``, ``announced=[...]`` for ``mediation-centre-mayor``).

    Raises:
        UnknownPresetError: ``name`` is not one of :data:`PRESETS` (a ``KeyError``).
        TypeError: an option the preset does not take.
    """
    try:
        builder = _BUILDERS[name]
    except (KeyError, TypeError):
        raise UnknownPresetError(str(name), PRESETS) from None
    return builder(calendar=calendar, **options)


def duty_composition(name: str, **options: Any) -> Composition:
    """The duty composition of a preset institution, by name: who may be on duty and how
    many (AK-R-4.1, MC-1, WF-3, TS-1, UN-1).

    ``options`` are the preset's documented parameters (e.g. ``roles=...`` for
    ``mediation-centre-mayor``).

    >>> duty_composition("township-duty").keys
    ('deputy_section_leader', 'station_chief')

    Raises:
        UnknownPresetError: ``name`` is not one of :data:`PRESETS` (a ``KeyError``).
    """
    try:
        builder = _DUTIES[name]
    except (KeyError, TypeError):
        raise UnknownPresetError(str(name), PRESETS) from None
    return builder(**options)
