"""The engine's functions with the one default the engine cannot have: a preset's part.

Presets sit above the engines (docs/design.md, "Layers"), so the engine's
:func:`~receptionrules.duty.rotation.generate_roster` and
:func:`~receptionrules.duty.audit.audit` must be given their duty composition, and
the engine's :func:`~receptionrules.supervision.disposition.dispatch.dispose` the union
chairman's regime. These three fill in the preset's by the regime's (or institution's)
name, and are what the package root exports as ``rr.generate_roster``, ``rr.audit``
and ``rr.dispose``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from receptionrules import duty
from receptionrules.calendar import WorkingCalendar
from receptionrules.duty.announcements import DEFAULT_NOTICE_DAYS
from receptionrules.duty.audit_report import AuditReport, ReceptionRecord
from receptionrules.duty.availability import Availability
from receptionrules.duty.composition import Composition
from receptionrules.duty.people import Person
from receptionrules.duty.roster import Roster
from receptionrules.errors import UnknownPresetError
from receptionrules.presets.registry import duty_composition, preset
from receptionrules.regime import Regime
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.disposition.dispatch import dispose as dispose_at_table
from receptionrules.supervision.disposition.results import Disposition
from receptionrules.supervision.disposition.table import TableFacts
from receptionrules.supervision.disposition.union import UnionScope
from receptionrules.supervision.intake.authorities import InstitutionCode

__all__ = ["audit", "dispose", "generate_roster"]


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
