"""The five institutions' regimes, by name (see SPEC.md, "The five institutions").

>>> import receptionrules as rr
>>> rr.PRESETS
('ankang-mayor', 'mediation-centre-mayor', 'wenfu-school', 'township-duty', 'union-chair')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from receptionrules import duty
from receptionrules.calendar import WorkingCalendar
from receptionrules.duty.announcements import DEFAULT_NOTICE_DAYS
from receptionrules.duty.audit_report import AuditReport, ReceptionRecord
from receptionrules.duty.availability import Availability
from receptionrules.duty.composition import Composition
from receptionrules.duty.people import Person
from receptionrules.duty.roster import Roster
from receptionrules.errors import UnknownPresetError
from receptionrules.presets import ankang, mediation_centre, township, union, wenfu
from receptionrules.regime import Regime

__all__ = ["PRESETS", "audit", "duty_composition", "generate_roster", "preset"]

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


# -- the engine's roster generation and audit, with a preset's composition filled in ---------


def generate_roster(
    regime: Regime,
    people: Sequence[Person],
    start: date,
    end: date,
    *,
    composition: Composition | None = None,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    continue_from: Roster | None = None,
    designate_substitutes: bool = False,
) -> Roster:
    """:func:`receptionrules.duty.rotation.generate_roster`, with ``composition`` by default
    the preset's of the regime's name (AK-R-5.1).

    >>> from datetime import date
    >>> people = [Person(id=i, name=i.upper(), roles=["union_chairman"]) for i in "ab"]
    >>> roster = generate_roster(preset("union-chair"), people, date(2026, 3, 1),
    ...                          date(2026, 3, 14))
    >>> roster.composition == duty_composition("union-chair"), len(roster.slots)
    (True, 2)

    Raises:
        ValueError: no ``composition`` for a regime that is not a preset; and what the
            engine function raises.
    """
    if composition is None:
        composition = _preset_duty(
            regime, ", so its duty composition is unknown; pass composition=Composition(...)"
        )
    return duty.generate_roster(
        regime,
        people,
        start,
        end,
        composition=composition,
        availability=availability,
        others=others,
        continue_from=continue_from,
        designate_substitutes=designate_substitutes,
    )


def audit(
    regime: Regime,
    records: Sequence[ReceptionRecord],
    start: date,
    end: date,
    *,
    roster: Roster | None = None,
    composition: Composition | None = None,
    grace: timedelta = timedelta(0),
    notice_days: int = DEFAULT_NOTICE_DAYS,
    check_announcements: bool | None = None,
) -> AuditReport:
    """:func:`receptionrules.duty.audit.audit`, with ``composition`` by default the
    roster's, else the preset's of the regime's name (AK-R-6.3, MC-3, WF-7).

    Raises:
        ValueError: no ``composition`` or ``roster`` for a regime that is not a preset;
            and what the engine function raises.
    """
    if composition is None and roster is None:
        composition = _preset_duty(
            regime, "; pass composition=... so the audit knows which rule each finding cites"
        )
    return duty.audit(
        regime,
        records,
        start,
        end,
        roster=roster,
        composition=composition,
        grace=grace,
        notice_days=notice_days,
        check_announcements=check_announcements,
    )


def _preset_duty(regime: Regime, fix: str) -> Composition:
    try:
        return duty_composition(regime.name)
    except UnknownPresetError:
        raise ValueError(f"composition: regime {regime.name!r} is not a preset{fix}") from None
