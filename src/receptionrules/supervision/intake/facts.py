"""What is known about a matter when it reaches a reception day (AK-R-2.1, AK-R-3.1 … AK-R-3.4,
WF-4, WF-5, Nat-5).

An :class:`IntakeFacts` is what routing (:mod:`.routing`), priority (:mod:`.priority`)
and the intake decision (:mod:`.decision`) read; its last four facts let the decision
suggest a category and route (Nat-7, Nat-8).

Imports :mod:`~receptionrules.supervision.categories`,
:mod:`~receptionrules.supervision.matters` and :mod:`.authorities`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from receptionrules.supervision.categories import DIRECTING_ROUTES, ClaimRoute
from receptionrules.supervision.intake.authorities import AdminLevel, Area
from receptionrules.supervision.matters import Channel, PetitionMatter

__all__ = ["IntakeFacts"]


class IntakeFacts(BaseModel):
    """What is known about a matter when it reaches a reception day.

    Attributes:
        matter_id: the matter's id.
        channel: visit, letter, telephone, online.
        by_appointment: the visit was booked (预约接待, AK-R-3.2/3.3).
        addressed_to_receiver: a letter is addressed to the receiving authority (AK-R-3.1).
        area, level: where the matter arose and the level in charge of it (AK-R-2.1).
        department: the department in charge of the subject (谁主管、谁负责).
        areas_concerned, departments_concerned: the regions and departments it spans;
            more than one of either makes it cross-region or cross-department (AK-R-3.3,
            WF-5 class 3).
        lower_level_received, lower_level_resolved: a lower-level government or
            department already received it, and whether it resolved it (AK-R-3.2).
        major_or_difficult: a major or difficult matter (重大疑难, AK-R-3.2).
        assigned_from_above: an important matter assigned from above (AK-R-3.4).
        prominent_in_portfolio: a prominent problem in the receiving leader's own
            portfolio (AK-R-3.4).
        people: how many people came together (Nat-5).
        booked_through_office: the visit was arranged through the office (WF-4).
        affects_many, may_escalate, important_policy, needs_leadership_decision:
            WF-5 classes 1, 2, 4, 5.
        in_legal_proceedings: already in litigation or another legal process (Nat-8
            route (1), MC-4).
        procedure: the procedure the request belongs to, route (1)–(4) of art. 31 of the
            2022 text (litigation, arbitration, a Party member's appeal, an administrative
            procedure; Nat-8).
        against_official: it reports an official's misconduct (检举控告类, Nat-7).
        proposal: an opinion or suggestion on the work, asking nothing for the
            petitioner (建议意见类, Nat-7).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter_id: str = Field(min_length=1)
    channel: Channel
    by_appointment: bool = False
    addressed_to_receiver: bool = True
    area: Area = ()
    level: AdminLevel | None = None
    department: str | None = None
    areas_concerned: tuple[Area, ...] = ()
    departments_concerned: tuple[str, ...] = ()
    lower_level_received: bool = False
    lower_level_resolved: bool = False
    major_or_difficult: bool = False
    assigned_from_above: bool = False
    prominent_in_portfolio: bool = False
    people: int = Field(default=1, ge=1)
    booked_through_office: bool = False
    affects_many: bool = False
    may_escalate: bool = False
    important_policy: bool = False
    needs_leadership_decision: bool = False
    in_legal_proceedings: bool = False
    procedure: ClaimRoute | None = None
    against_official: bool = False
    proposal: bool = False

    @model_validator(mode="after")
    def _procedure(self) -> IntakeFacts:
        if self.procedure is not None and self.procedure not in DIRECTING_ROUTES:
            raise ValueError(
                f"procedure: {self.procedure.value!r} is route ({self.procedure.item}) of "
                "art. 31, which directs to no other procedure; give one of "
                f"{sorted(r.value for r in DIRECTING_ROUTES)}, or leave it out"
            )
        return self

    @classmethod
    def from_matter(cls, matter: PetitionMatter, **facts: object) -> IntakeFacts:
        """The facts a :class:`PetitionMatter` holds (id, channel, people, legal
        proceedings), plus ``facts``."""
        data: dict[str, object] = {
            "matter_id": matter.id,
            "channel": matter.channel,
            "people": matter.petitioner_count,
            "in_legal_proceedings": matter.in_legal_proceedings,
        }
        data.update(facts)
        return cls.model_validate(data)

    @property
    def cross_region(self) -> bool:
        return len(set(self.areas_concerned)) > 1

    @property
    def cross_department(self) -> bool:
        return len(set(self.departments_concerned)) > 1
