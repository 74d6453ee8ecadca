"""What the receiving leader knows about a matter at the table (AK-R-5.4, MC-2, MC-4,
WF-6.1 … WF-6.5, TS-4, TS-6, UN-3.1 … UN-3.3), shared by every institution's disposition.

A :class:`TableFacts` holds it; :class:`VisitorCategory` and :class:`UnionSubject` say who
visits the union chairman and about what (UN-3.2, UN-3.3). :func:`table_departments` and
:func:`table_deadline` are the two readings of the facts that several institutions
share: the departments concerned, and the deadline of an assignment (the leader's, else
the Nat-2 period from the reception day).

Imports :mod:`~receptionrules.supervision.categories` and
:mod:`~receptionrules.supervision.deadlines.limits`.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.appointments import AppointmentReason
from receptionrules.calendar import WorkingCalendar
from receptionrules.supervision.categories import DIRECTING_ROUTES, ClaimRoute
from receptionrules.supervision.deadlines.limits import NationalTimeLimits, due_date

__all__ = ["TableFacts", "UnionSubject", "VisitorCategory", "table_deadline", "table_departments"]


class VisitorCategory(StrEnum):
    """Who a visitor to the union chairman is (UN-3.2)."""

    EMPLOYEE = "employee"
    """在职职工: an employee in service."""
    SICK_LEAVE_EMPLOYEE = "sick_leave_employee"
    """病休职工: an employee on sick leave."""
    RETIREE = "retiree"
    """离退休人员: a retiree."""
    EMPLOYEE_FAMILY = "employee_family"
    """职工家属: a family member of an employee."""
    RETIREE_FAMILY = "retiree_family"
    """离退休人员家属: a family member of a retiree."""
    OTHER = "other"
    """Anyone else."""


class UnionSubject(StrEnum):
    """What a visit to the union chairman is about (UN-3.3)."""

    SAFETY_AND_OPERATIONS = "safety_and_operations"
    """安全生产、经营管理: opinions and suggestions on safety in production and operations."""
    WAGES_AND_WELFARE = "wages_and_welfare"
    """劳动工资、保险、福利及职工生活、心理: wages, insurance, welfare, living, psychology."""
    LABOUR_DISPUTE = "labour_dispute"
    """劳动争议: labour disputes."""
    OTHER = "other"
    """Anything else."""


class TableFacts(BaseModel):
    """What the receiving leader knows about a matter at the table.

    Attributes:
        matter_id: the matter.
        on: the reception day.
        receiving_leader: who is receiving (a role or an id; TS-6).
        first_receiver: who first received the matter, if earlier and someone else (TS-6).
        settle_on_spot: it can be settled on the spot (WF-6.1, MC-2).
        facts_clear, policy_basis_sufficient: AK-R-5.4's conditions for ordering the unit
            concerned to resolve it within a time limit.
        complex: a complex matter (WF-6.2), or a hard, long-running one (MC-2).
        major_or_difficult: a major and difficult matter (WF-6.3).
        policy_bound: heavily policy-bound (WF-6.4).
        in_portfolio: within the receiving leader's own portfolio (TS-4).
        in_legal_proceedings: already in legal proceedings (MC-4; Nat-8 route (1)).
        procedure: the procedure the request belongs to, route (1)–(4) of art. 31 of the
            2022 text (Nat-8).
        against_official: it reports an official's misconduct (检举控告类, Nat-7).
        proposal: an opinion or suggestion on the work (建议意见类, Nat-7).
        responsible_unit: the unit or department whose business it is.
        departments_concerned: the other departments involved (AK-R-5.4, TS-4, WF-6.5).
        lead_department: the department designated to lead, one of
            ``departments_concerned`` (AK-R-5.4).
        leader_in_charge: the leader who takes personal charge (WF-6.3).
        deadline: the deadline the leader set, if any.
        visitor, union_subject: who the visitor is and what about (UN-3.2, UN-3.3).
        at: the moment of the visit, to check it against the regular reception (UN-3.1).
        appointment_reason: why a time outside the regular reception was agreed (UN-3.1).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter_id: str = Field(min_length=1)
    on: date
    receiving_leader: str | None = None
    first_receiver: str | None = None
    settle_on_spot: bool = False
    facts_clear: bool = False
    policy_basis_sufficient: bool = False
    complex: bool = False
    major_or_difficult: bool = False
    policy_bound: bool = False
    in_portfolio: bool = False
    in_legal_proceedings: bool = False
    procedure: ClaimRoute | None = None
    against_official: bool = False
    proposal: bool = False
    responsible_unit: str | None = None
    departments_concerned: tuple[str, ...] = ()
    lead_department: str | None = None
    leader_in_charge: str | None = None
    deadline: date | None = None
    visitor: VisitorCategory | None = None
    union_subject: UnionSubject | None = None
    at: datetime | None = None
    appointment_reason: AppointmentReason | None = None

    @model_validator(mode="after")
    def _check(self) -> TableFacts:
        if self.lead_department is not None and self.lead_department not in (
            *self.departments_concerned,
            self.responsible_unit,
        ):
            raise ValueError(
                f"matter {self.matter_id!r}: lead_department: {self.lead_department!r} is not "
                f"one of the departments concerned {list(self.departments_concerned)}; the lead "
                "is designated among them (AK-R-5.4)"
            )
        if self.procedure is not None and self.procedure not in DIRECTING_ROUTES:
            raise ValueError(
                f"matter {self.matter_id!r}: procedure: {self.procedure.value!r} is route "
                f"({self.procedure.item}) of art. 31, which directs to no other procedure; give "
                f"one of {sorted(r.value for r in DIRECTING_ROUTES)}, or leave it out"
            )
        if self.deadline is not None and self.deadline < self.on:
            raise ValueError(
                f"matter {self.matter_id!r}: deadline: {self.deadline.isoformat()} is before "
                f"the reception day {self.on.isoformat()}"
            )
        if self.at is not None and (self.at.tzinfo is None or self.at.utcoffset() is None):
            raise ValueError(
                f"matter {self.matter_id!r}: at: {self.at.isoformat()} is naive; give an "
                "offset (e.g. +08:00)"
            )
        return self


def table_departments(facts: TableFacts) -> tuple[str, ...]:
    """The responsible unit, then the departments concerned, each once (AK-R-5.4, MC-2, TS-4)."""
    unit = (facts.responsible_unit,) if facts.responsible_unit else ()
    return tuple(dict.fromkeys((*unit, *facts.departments_concerned)))


def table_deadline(
    facts: TableFacts,
    deadline_days: int | None,
    limits: NationalTimeLimits,
    calendar: WorkingCalendar,
) -> date:
    """The deadline of an assignment: the leader's own, else ``deadline_days`` (default
    the Nat-2 period, ``limits.conclude_days``) from the reception day, counted as
    ``limits`` says (AK-R-5.4, WF-6.2, WF-6.4)."""
    if facts.deadline is not None:
        return facts.deadline
    days = limits.conclude_days if deadline_days is None else deadline_days
    return due_date(
        facts.on,
        days,
        basis=limits.basis,
        roll_to_working_day=limits.roll_to_working_day,
        calendar=calendar,
    )
