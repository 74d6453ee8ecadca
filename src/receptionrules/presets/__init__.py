"""The five institutions' regimes, by name (see SPEC.md, "The five institutions").

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
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.disposition.dispatch import dispose as dispose_at_table
from receptionrules.supervision.disposition.results import Disposition
from receptionrules.supervision.disposition.table import TableFacts
from receptionrules.supervision.disposition.union import UnionScope
from receptionrules.supervision.intake.authorities import InstitutionCode

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
"""The preset names, in SPEC order."""


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


def dispose(
    facts: TableFacts,
    *,
    institution: InstitutionCode | str,
    deadline_days: int | None = None,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
    union_scope: UnionScope | None = None,
    regime: Regime | None = None,
) -> Disposition:
    """What the rules of ``institution`` require for the matter at the table; at UN, a visit
    time is checked against the ``union-chair`` preset unless ``regime`` is given (UN-3.1).

    This is :func:`receptionrules.supervision.disposition.dispatch.dispose`, the engine,
    with the one default the engine cannot have, since presets sit above it: ``regime``,
    the union chairman's, built on ``calendar``. The other parameters are the engine's.

    Raises:
        ValueError: UN without ``facts.visitor`` or ``facts.union_subject``.
    """
    if (
        regime is None
        and facts.at is not None
        and InstitutionCode(institution) is InstitutionCode.UN
    ):
        # Only a UN visit with a time reads the regime; build the preset for that alone.
        regime = preset("union-chair", calendar=calendar)
    return dispose_at_table(
        facts,
        institution=institution,
        deadline_days=deadline_days,
        limits=limits,
        calendar=calendar,
        union_scope=union_scope,
        regime=regime,
    )


__all__ += ["dispose"]
