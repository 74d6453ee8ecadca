"""Disposition at the reception: what the rules require, per institution, from what the
receiving leader knows at the table (AK-R-5.4, MC-2, MC-4, WF-6.1 … WF-6.5, TS-4, TS-6,
UN-3.1 … UN-3.3).

The leader's knowledge is a :class:`~.table.TableFacts`; :func:`dispose` returns a
:class:`~.results.Disposition`: whether the matter is accepted, and the actions the rules
require — a written reply on the spot, a written assignment with a deadline and a
written notice to the visitor, a leader in personal charge, a joint reception, one
lead department, first-receiver ownership, the legal process — each with its rule
ID, who is responsible, the deadline, and a sentence in English and Chinese.

A deadline the leader does not set defaults to the Nat-2 period (60 days, counted as
:class:`~receptionrules.supervision.deadlines.limits.NationalTimeLimits` says) from the
reception day; ``deadline_days`` changes it.

Imports :mod:`~receptionrules.supervision.categories`,
:mod:`~receptionrules.supervision.deadlines.limits`,
:mod:`~receptionrules.supervision.intake.authorities`, and every module of the
disposition: :mod:`.table`, :mod:`.results`, and one per institution (:mod:`.ankang`,
:mod:`.mediation_centre`, :mod:`.wenfu`, :mod:`.township`, :mod:`.union`).

>>> from datetime import date
>>> facts = TableFacts(matter_id="W-7", on=date(2026, 3, 2), complex=True,
...                    responsible_unit="教务处", departments_concerned=("总务处",))
>>> d = dispose(facts, institution="WF", deadline_days=15)
>>> for a in d.actions:
...     print(a.rule_id, a.kind, a.responsible)
WF-6.2 assign_in_writing 教务处
WF-6.2 notify_visitor_in_writing None
WF-6.5 department_assists 总务处
>>> d.actions[0].deadline
datetime.date(2026, 3, 17)
>>> print(d.actions[0].reason_in("zh"))
书面交教务处限期于2026-03-17前处理（WF-6.2）
"""

from __future__ import annotations

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.regime import Regime
from receptionrules.supervision.categories import suggest_classification
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.disposition.ankang import ankang_actions
from receptionrules.supervision.disposition.mediation_centre import mediation_centre_actions
from receptionrules.supervision.disposition.results import Disposition
from receptionrules.supervision.disposition.table import TableFacts, table_deadline
from receptionrules.supervision.disposition.township import township_actions
from receptionrules.supervision.disposition.union import UnionScope, union_actions
from receptionrules.supervision.disposition.wenfu import wenfu_actions
from receptionrules.supervision.intake.authorities import InstitutionCode

__all__ = ["dispose"]


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
    """What the rules of ``institution`` require for the matter at the table.

    - **AK** (AK-R-5.4): facts clear and policy basis sufficient → the unit concerned
      is ordered to resolve it within a time limit; else answer and explain; several
      departments → one is designated to lead.
    - **MC** (MC-4, MC-2): in legal proceedings → the legal process, not accepted;
      else recorded, and answered on the spot or handed to the departments to
      investigate and handle.
    - **WF** (WF-6.1 … WF-6.5): on the spot → a written reply; major and difficult →
      a leader in personal charge; policy-bound → the responsible office with a
      deadline; otherwise a written assignment with a deadline and the visitor told in
      writing; each department concerned sends someone to assist.
    - **TS** (TS-4, TS-6): own portfolio → on the spot; else a joint reception; the
      first receiver answers for it to the end.
    - **UN** (UN-3.1 … UN-3.3): refused when the visitor or the subject is outside the
      scope (``union_scope``), or the visit is outside the regular reception
      (``regime``, the union chairman's) without a UN-3.1 reason.

    At every institution the facts suggest a category and route where they allow
    (``Disposition.classification``: a matter in legal proceedings is a claim of route
    (1), MC-4 generalised; a report against an official is 检举控告类; Nat-7, Nat-8).

    ``regime`` is needed only for a UN visit with a time (``facts.at``); the engine
    looks up no preset (presets sit above it): pass the union chairman's regime, e.g.
    ``rr.preset("union-chair")``, or call :func:`receptionrules.presets.dispose`
    (``rr.dispose``), which fills it in.

    Raises:
        ValueError: UN without ``facts.visitor`` or ``facts.union_subject``; UN with
            ``facts.at`` and no ``regime``.
    """
    inst = InstitutionCode(institution)
    lim = limits or NationalTimeLimits()
    cal = calendar or default_calendar()
    accepted = True
    if inst is InstitutionCode.AK:
        actions = ankang_actions(facts, table_deadline(facts, deadline_days, lim, cal))
    elif inst is InstitutionCode.MC:
        accepted, actions = mediation_centre_actions(facts)
    elif inst is InstitutionCode.WF:
        actions = wenfu_actions(facts, table_deadline(facts, deadline_days, lim, cal))
    elif inst is InstitutionCode.TS:
        actions = township_actions(facts)
    else:
        accepted, actions = union_actions(facts, union_scope or UnionScope(), regime)
    return Disposition(
        matter_id=facts.matter_id,
        institution=inst,
        accepted=accepted,
        actions=tuple(actions),
        classification=suggest_classification(
            in_legal_proceedings=facts.in_legal_proceedings,
            procedure=facts.procedure,
            against_official=facts.against_official,
            proposal=facts.proposal,
        ),
    )
