"""The method ladder (AK-S-3) and recommendations of accountability (AK-S-7.1 … AK-S-7.4)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from receptionrules.supervision import (
    MethodLadder,
    PetitionMatter,
    SupervisionMethod,
    accountability,
    method_due,
    supervise,
)

T, W, M, S = (
    SupervisionMethod.TELEPHONE,
    SupervisionMethod.WRITTEN,
    SupervisionMethod.MEETING,
    SupervisionMethod.ON_SITE,
)


def overdue_matter(
    *supervision: dict[str, Any], people: int = 1, organ: str | None = "Bureau B"
) -> PetitionMatter:
    """Received and accepted 5 Jan 2026, never answered: Nat-2 due Fri 6 Mar."""
    return PetitionMatter.model_validate(
        {
            "id": "M-1",
            "received_on": "2026-01-05",
            "channel": "visit",
            "petitioner_ids": ["P-1"],
            "petitioner_count": people,
            "subject": "wages",
            "place": "Town C",
            "handling_organ": organ,
            "events": [{"kind": "accepted", "on": "2026-01-05"}, *supervision],
        }
    )


def overdue_method(m: PetitionMatter, as_of: date = date(2026, 4, 1)) -> tuple[Any, Any]:
    [f] = [f for f in supervise([m], as_of).findings if f.kind == "overdue"]
    return f.method, f.escalated_from


def opened(on: str, method: str) -> dict[str, Any]:
    return {"kind": "supervision_opened", "on": on, "method": method}


def test_ak_s_3_first_supervision_is_by_telephone() -> None:
    assert overdue_method(overdue_matter()) == (T, None)


def test_ak_s_3_each_further_lapse_moves_one_rung_up() -> None:
    assert overdue_method(overdue_matter(opened("2026-03-09", "telephone"))) == (W, T)
    assert overdue_method(
        overdue_matter(opened("2026-03-09", "telephone"), opened("2026-03-16", "written"))
    ) == (M, W)
    assert overdue_method(
        overdue_matter(
            opened("2026-03-09", "telephone"),
            opened("2026-03-16", "written"),
            opened("2026-03-23", "meeting"),
        )
    ) == (S, M)


def test_ak_s_3_on_site_is_the_top_rung() -> None:
    assert overdue_method(overdue_matter(opened("2026-03-09", "on_site"))) == (S, S)


def test_ak_s_3_collective_petitions_start_at_written() -> None:
    assert overdue_method(overdue_matter(people=5)) == (W, None)
    # a collective matter never goes below its start, even after a telephone call
    assert overdue_method(overdue_matter(opened("2026-03-09", "telephone"), people=5)) == (W, T)


def test_ak_s_3_supervision_after_as_of_does_not_count() -> None:
    m = overdue_matter(opened("2026-04-02", "meeting"))
    assert overdue_method(m, date(2026, 4, 1)) == (T, None)


def test_ak_s_3_ladder_is_a_parameter() -> None:
    ladder = MethodLadder(rungs=(W, S), start=W, collective_start=S)
    assert ladder.next_method([], collective=False) is W
    assert ladder.next_method([W], collective=False) is S
    assert ladder.next_method([], collective=True) is S
    report = supervise([overdue_matter()], date(2026, 4, 1), ladder=ladder)
    assert {f.method for f in report.findings} == {W}


def test_ak_s_3_ladder_refuses_a_start_off_the_ladder() -> None:
    with pytest.raises(ValidationError, match="start: 'telephone' is not one of the rungs"):
        MethodLadder(rungs=(W, M))
    with pytest.raises(ValidationError, match="repeats a method"):
        MethodLadder(rungs=(T, W, T))


def _recommends(kind: str, rule_id: str, item_zh: str) -> None:
    m = overdue_matter(opened("2026-03-09", "written"), {"kind": kind, "on": "2026-03-12"})
    report = supervise([m], date(2026, 3, 31))
    [r] = report.recommendations
    assert (r.rule_id, r.matter_id, r.unit, r.on, r.ground) == (
        rule_id,
        "M-1",
        "Bureau B",
        date(2026, 3, 12),
        kind,
    )
    assert r.clause("zh") == f"《安康市信访督查工作暂行办法》第七条第{item_zh}项"
    assert r.clause("en") == f"Ankang petition supervision measures, art. 7({rule_id[-1]})"
    assert "Bureau B" in r.reason
    assert rule_id in r.reason
    assert "建议有关机关进行责任追究" in r.reason_in("zh")


def test_ak_s_7_1_refusal_of_supervision_yields_accountability() -> None:
    _recommends("supervision_refused", "AK-S-7.1", "（一）")


def test_ak_s_7_2_rejected_suggestion_yields_accountability() -> None:
    _recommends("suggestion_rejected", "AK-S-7.2", "（二）")


def test_ak_s_7_3_falsification_yields_accountability() -> None:
    _recommends("falsification_found", "AK-S-7.3", "（三）")


def test_ak_s_7_4_obstruction_yields_accountability() -> None:
    _recommends("obstruction", "AK-S-7.4", "（四）")


def test_ak_s_7_1_refusal_yields_accountability_naming_the_event_unit() -> None:
    m = overdue_matter(
        opened("2026-03-09", "telephone"),
        {"kind": "supervision_refused", "on": "2026-03-10", "unit": "Office of Town C"},
    )
    [r] = accountability(m, date(2026, 3, 31))
    assert (r.rule_id, r.unit) == ("AK-S-7.1", "Office of Town C")
    assert r.to_dict()["clause"] == "Ankang petition supervision measures, art. 7(1)"


def test_ak_s_7_unit_falls_back_to_the_place_without_a_handling_organ() -> None:
    m = overdue_matter(
        opened("2026-03-09", "telephone"), {"kind": "obstruction", "on": "2026-03-10"}, organ=None
    )
    assert accountability(m, date(2026, 3, 31))[0].unit == "Town C"


def test_ak_s_7_conduct_after_as_of_is_not_yet_known() -> None:
    m = overdue_matter(
        opened("2026-03-09", "telephone"), {"kind": "supervision_refused", "on": "2026-04-10"}
    )
    assert accountability(m, date(2026, 3, 31)) == ()
    assert supervise([m], date(2026, 3, 31)).recommendations == ()


def test_ak_s_3_method_due_for_one_matter() -> None:
    m = overdue_matter(opened("2026-03-09", "telephone"), opened("2026-03-16", "written"))
    assert method_due(m, date(2026, 3, 8)) is T
    assert method_due(m, date(2026, 3, 9)) is W
    assert method_due(m, date(2026, 3, 16)) is M
    assert method_due(overdue_matter(people=7), date(2026, 3, 8)) is W
