"""What the audit reads and what it says (AK-R-6.3, MC-3, WF-7): the registration record
of a reception held, each finding, and the report.

>>> from datetime import date, time
>>> rec = ReceptionRecord(regime="wenfu-school", day=date(2026, 3, 2), start=time(8),
...                       end=time(12), location="校信访接待室", receivers=["a"])
>>> rec.start, rec.receivers
(datetime.time(8, 0), ('a',))
>>> AuditReport(regime="wenfu-school", start=date(2026, 3, 1), end=date(2026, 3, 31),
...             records=1, findings=()).compliant
True
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field, model_validator

from receptionrules.bounds import Count, Day, Id, Note, Place, ShortText
from receptionrules.duty._model import FROZEN
from receptionrules.remarks import Cited, Remark
from receptionrules.timeutil import LocalTime

__all__ = ["AuditFinding", "AuditReport", "ReceptionRecord"]


class ReceptionRecord(BaseModel):
    """The registration record of one reception actually held (AK-R-6.3, MC-3, WF-7).

    Attributes:
        regime: the regime (preset) name.
        day, start, end: when it was held (local wall-clock times, Asia/Shanghai).
        location: where, as the regime writes it (its Chinese or English place).
        receivers: the ids of the people who received, as on the roster.
        units_present: the units that sent staff (AK-R-5.3, AK-R-6.2).
        visits: how many person-visits were received, when registered.
    """

    model_config = FROZEN

    regime: Id
    day: Day
    start: LocalTime
    end: LocalTime
    location: Place = Field(min_length=1)
    receivers: tuple[Id, ...] = ()
    units_present: tuple[ShortText, ...] = ()
    visits: Count | None = None
    note: Note = ""

    @model_validator(mode="after")
    def _ordered(self) -> ReceptionRecord:
        if self.end <= self.start:
            raise ValueError(f"end={self.end} must be after start={self.start}")
        return self


class AuditFinding(Cited, BaseModel):
    """One deviation found by the audit: its rule ID, a bilingual reason, and where."""

    model_config = FROZEN

    rule_id: str
    remark: Remark
    day: date | None = None
    slot_id: str | None = None
    record: int | None = None
    """The index of the record it concerns, if any."""
    person: str | None = None

    @classmethod
    def of(
        cls,
        rule_id: str,
        code: str,
        on: date | None,
        *,
        slot_id: str | None = None,
        record: int | None = None,
        person_id: str | None = None,
        **params: object,
    ) -> AuditFinding:
        """The finding of remark ``code`` (its template filled with ``params``) on day ``on``."""
        return cls(
            rule_id=rule_id,
            remark=Remark.of(code, **params),
            day=on,
            slot_id=slot_id,
            record=record,
            person=person_id,
        )


class AuditReport(BaseModel):
    """The findings of an audit over ``[start, end]``, in day order."""

    model_config = FROZEN

    regime: str
    start: date
    end: date
    records: int
    findings: tuple[AuditFinding, ...]

    @property
    def compliant(self) -> bool:
        """No findings."""
        return not self.findings

    def rule_ids(self) -> tuple[str, ...]:
        """The rule IDs with findings, in order of first appearance."""
        return tuple(dict.fromkeys(f.rule_id for f in self.findings))

    def by_rule(self, rule_id: str) -> tuple[AuditFinding, ...]:
        """The findings under ``rule_id``."""
        return tuple(f for f in self.findings if f.rule_id == rule_id)

    def for_record(self, index: int) -> tuple[AuditFinding, ...]:
        """The findings about record number ``index``."""
        return tuple(f for f in self.findings if f.record == index)
