"""How the roster commands show what they found: the roster itself, violations,
vacancies and audit findings, as tables in either language.

A roster *document* (what ``roster generate`` writes and the other commands read) is
JSON on one line, so JSON output stays JSON Lines; ``--format text|csv|xlsx`` shows the
slots as a table for people instead.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import Language, label, pick, weekday
from receptionrules.cli.output import Column, Output, Shown, Table
from receptionrules.duty import AuditFinding, Roster, Slot, Vacancy, Violation
from receptionrules.notices import place_en

__all__ = [
    "VIOLATION_COLUMNS",
    "findings_table",
    "report_vacancies",
    "shown_person",
    "slots_table",
    "violations_table",
    "write_roster",
    "write_violations_to_stderr",
]

VIOLATION_COLUMNS = (
    Column("rule_id", "规则", "rule"),
    Column("field", "字段", "field"),
    Column("reason", "原因", "reason"),
)


def shown_person(roster: Roster, pid: str | None) -> Shown:
    """Who holds a post, as a notice writes it: 副镇长张三 / 张三 (副镇长); 待定 when nobody."""
    if pid is None:
        return Shown(None, "待定", "(vacant)")
    person = roster.index.people.get(pid)
    if person is None:
        return Shown(pid, pid)
    return Shown(pid, f"{person.title}{person.name}", person.display)


def slots_table(roster: Roster, slots: Sequence[Slot], lang: Language) -> Table:
    """The slots as rows: day, hours, place and who holds each post."""
    posts = roster.composition.positions
    columns = [
        Column("slot_id", "编号", "slot"),
        Column("date", "日期", "date"),
        Column("weekday", "星期", "weekday"),
        Column("hours", "时间", "hours"),
        Column("location", "地点", "location"),
        *(Column(p.key, p.label, p.name_en) for p in posts),
        Column("announced", "已公布", "announced"),
    ]
    rows: list[dict[str, Any]] = []
    for slot in slots:
        row: dict[str, Any] = {
            "slot_id": slot.id,
            "date": slot.day,
            "weekday": weekday(slot.day, lang),
            "hours": slot.hours(),
            "location": slot.location
            if lang == "zh"
            else (place_en(slot, roster) or slot.location),
            "announced": slot.announced is not None,
        }
        for a in slot.assignments:
            row[a.position] = shown_person(roster, a.person)
        rows.append(row)
    return Table("slot", "值班表", "roster", columns, rows)


def write_roster(
    out: Output, roster: Roster, start: date | None = None, end: date | None = None
) -> None:
    """The roster: its document for ``json``, its slots as a table for the other formats."""
    if out.format == "json":
        out.write_text(roster.model_dump_json() + "\n")
        return
    lo = roster.start if start is None else start
    hi = roster.end if end is None else end
    out.write([slots_table(roster, roster.slots_in(lo, hi, clip=True), out.lang)])


def violations_table(violations: Sequence[Violation], lang: Language) -> Table:
    rows = [
        {"rule_id": v.rule_id, "field": v.field, "code": v.code, "reason": v.reason_in(lang)}
        for v in violations
    ]
    return Table("violation", "不符合规定之处", "violations", VIOLATION_COLUMNS, rows)


def write_violations_to_stderr(violations: Sequence[Violation], lang: Language) -> None:
    """A refusal, one violation a line, on stderr (stdout stays empty)."""
    head = pick(lang, "调整未获准：", "refused:")
    sys.stderr.write(head + "\n" + "".join(f"  {v.render(lang)}\n" for v in violations))


def report_vacancies(vacancies: Sequence[Vacancy], lang: Language, *, hint: str) -> None:
    """Every vacancy a roster is left with, on stderr, and how to fill them."""
    if not vacancies:
        return
    lines = [
        f"{v.day.isoformat()}  {label('problem', v.problem, lang)}  {v.render(lang)}"
        for v in vacancies
    ]
    head = pick(
        lang,
        f"注意：值班表有{len(vacancies)}个岗位缺人（不得空岗）；{hint}",
        f"warning: {len(vacancies)} post{'s' * (len(vacancies) != 1)} of the roster "
        f"{'lack' if len(vacancies) != 1 else 'lacks'} a proper holder (不得空岗); {hint}",
    )
    sys.stderr.write(head + "\n" + "".join(f"  {line}\n" for line in lines))


def findings_table(findings: Sequence[AuditFinding], lang: Language) -> Table:
    columns = (
        Column("day", "日期", "day"),
        Column("rule_id", "规则", "rule"),
        Column("reason", "问题", "finding"),
    )
    rows = [
        {
            "day": f.day,
            "rule_id": f.rule_id,
            "code": f.code,
            "slot_id": f.slot_id,
            "record": f.record,
            "person": f.person,
            "reason": f.reason_in(lang),
        }
        for f in findings
    ]
    return Table("finding", "审核发现", "findings", columns, rows)


def refuse_table_formats(out: Output, what: str) -> None:
    """Refuse ``csv``/``xlsx`` where a command writes a roster document."""
    if out.format in ("csv", "xlsx"):
        raise CliError(
            f"{what} writes a roster (JSON); write it as a table with "
            "`receptionrules roster show ROSTER --format " + out.format + "`"
        )
