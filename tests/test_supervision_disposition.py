"""Disposition at the reception, per institution.

AK-R-5.4, MC-2, MC-4, WF-6.1 … WF-6.5, TS-4, TS-6, UN-3.1 … UN-3.3.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from receptionrules import TZ, AppointmentPolicy, dispose, preset
from receptionrules.supervision import TableFacts, UnionScope

MONDAY = date(2026, 3, 2)


def table(**kw: Any) -> TableFacts:
    return TableFacts.model_validate({"matter_id": "T-1", "on": MONDAY, **kw})


def kinds(d: Any) -> list[tuple[str, str]]:
    return [(a.rule_id, a.kind) for a in d.actions]


# -- WF-6 -------------------------------------------------------------------------


def test_wf_6_1_settled_on_the_spot_gets_a_written_reply() -> None:
    d = dispose(table(settle_on_spot=True), institution="WF")
    assert kinds(d) == [("WF-6.1", "written_reply_on_spot")]
    assert d.actions[0].in_writing
    assert d.accepted


def test_wf_6_2_complex_matter_is_assigned_in_writing_with_a_deadline_and_the_visitor_told() -> (
    None
):
    d = dispose(
        table(complex=True, responsible_unit="总务处", deadline=date(2026, 3, 20)), institution="WF"
    )
    assert kinds(d) == [("WF-6.2", "assign_in_writing"), ("WF-6.2", "notify_visitor_in_writing")]
    assign = d.actions[0]
    assert (assign.responsible, assign.deadline, assign.in_writing) == (
        "总务处",
        date(2026, 3, 20),
        True,
    )
    assert d.actions[1].in_writing


def test_wf_6_2_default_deadline_is_the_nat_2_period() -> None:
    # 2 Mar + 60 days = Fri 1 May, Labour Day (1-5 May off): Wed 6 May.
    d = dispose(table(complex=True), institution="WF")
    assert d.actions[0].deadline == date(2026, 5, 6)


def test_wf_6_3_major_and_difficult_gets_a_leader_in_personal_charge() -> None:
    d = dispose(table(major_or_difficult=True, leader_in_charge="分管副校长"), institution="WF")
    assert kinds(d) == [("WF-6.3", "leader_in_charge")]
    assert d.actions[0].responsible == "分管副校长"
    assert "领导包抓" in d.actions[0].reason_in("zh")


def test_wf_6_4_policy_bound_goes_to_the_responsible_office_with_a_deadline() -> None:
    d = dispose(
        table(policy_bound=True, responsible_unit="政教处"), institution="WF", deadline_days=10
    )
    assert kinds(d) == [("WF-6.4", "office_handles")]
    assert (d.actions[0].responsible, d.actions[0].deadline) == ("政教处", date(2026, 3, 12))


def test_wf_6_5_each_department_concerned_sends_someone_to_assist() -> None:
    d = dispose(
        table(settle_on_spot=True, departments_concerned=("教务处", "总务处")), institution="WF"
    )
    assert kinds(d)[1:] == [("WF-6.5", "department_assists"), ("WF-6.5", "department_assists")]
    assert [a.responsible for a in d.actions[1:]] == ["教务处", "总务处"]


# -- AK-R-5.4 ---------------------------------------------------------------------


def test_ak_r_5_4_clear_facts_and_policy_order_a_time_limited_resolution() -> None:
    d = dispose(
        table(
            facts_clear=True,
            policy_basis_sufficient=True,
            responsible_unit="市人社局",
            deadline=date(2026, 3, 31),
        ),
        institution="AK",
    )
    assert kinds(d) == [("AK-R-5.4", "order_resolution")]
    assert (d.actions[0].responsible, d.actions[0].deadline) == ("市人社局", date(2026, 3, 31))
    assert "限期解决" in d.actions[0].reason_in("zh")


def test_ak_r_5_4_unclear_facts_are_answered_and_explained() -> None:
    assert kinds(dispose(table(facts_clear=True), institution="AK")) == [
        ("AK-R-5.4", "answer_and_explain")
    ]


def test_ak_r_5_4_several_departments_one_leads() -> None:
    d = dispose(
        table(
            facts_clear=True,
            policy_basis_sufficient=True,
            departments_concerned=("市住建局", "市自然资源局"),
            lead_department="市住建局",
        ),
        institution="AK",
    )
    assert kinds(d) == [("AK-R-5.4", "order_resolution"), ("AK-R-5.4", "designate_lead")]
    assert d.actions[1].responsible == "市住建局"
    undecided = dispose(table(departments_concerned=("a", "b")), institution="AK")
    assert undecided.actions[1].responsible is None
    assert "designate one of them" in undecided.actions[1].reason


def test_ak_r_5_4_lead_must_be_a_department_concerned() -> None:
    with pytest.raises(ValidationError, match="matter 'T-1': lead_department: 'x'"):
        table(departments_concerned=("a", "b"), lead_department="x")


# -- MC-2, MC-4 ------------------------------------------------------------------


def test_mc_4_matter_in_legal_proceedings_is_directed_to_the_legal_process() -> None:
    d = dispose(table(in_legal_proceedings=True, settle_on_spot=True), institution="MC")
    assert (d.accepted, kinds(d)) == (False, [("MC-4", "legal_process")])
    assert "诉" not in d.actions[0].reason  # English text in English
    assert "法律程序" in d.actions[0].reason_in("zh")


def test_mc_2_answered_on_the_spot_or_handed_to_the_departments() -> None:
    on_spot = dispose(table(settle_on_spot=True), institution="MC")
    assert kinds(on_spot) == [("MC-2", "record"), ("MC-2", "answer_on_spot")]
    hard = dispose(
        table(complex=True, departments_concerned=("房管局", "农林局")), institution="MC"
    )
    assert kinds(hard) == [("MC-2", "record"), ("MC-2", "order_investigation")]
    assert hard.actions[1].responsible == "房管局、农林局"


# -- TS-4, TS-6 ------------------------------------------------------------------


def test_ts_4_own_portfolio_is_answered_on_the_spot() -> None:
    d = dispose(table(in_portfolio=True, receiving_leader="副镇长"), institution="TS")
    assert kinds(d) == [("TS-4", "answer_on_spot"), ("TS-6", "first_receiver_owns")]


def test_ts_4_otherwise_a_joint_reception_with_the_departments() -> None:
    d = dispose(
        table(departments_concerned=("派出所", "司法所"), receiving_leader="副镇长"),
        institution="TS",
    )
    assert kinds(d)[0] == ("TS-4", "joint_reception")
    assert "派出所、司法所" in d.actions[0].reason_in("zh")


def test_ts_6_first_receiver_answers_for_the_matter_to_the_end() -> None:
    d = dispose(table(receiving_leader="副镇长乙", first_receiver="副镇长甲"), institution="TS")
    owner = d.actions[-1]
    assert (owner.rule_id, owner.responsible) == ("TS-6", "副镇长甲")
    assert "首接责任" in owner.reason_in("zh")


# -- UN-3.1 … UN-3.3 ---------------------------------------------------------------

WEDNESDAY_AFTERNOON = datetime(2026, 3, 4, 15, 0, tzinfo=TZ)


def union(**kw: Any) -> TableFacts:
    return table(**{"visitor": "employee", "union_subject": "wages_and_welfare", **kw})


def test_un_3_2_employee_family_is_received_and_an_outsider_refused() -> None:
    ok = dispose(union(visitor="retiree_family"), institution="UN")
    assert (ok.accepted, kinds(ok)) == (True, [("UN-3.3", "receive")])
    no = dispose(union(visitor="other"), institution="UN")
    assert (no.accepted, kinds(no)) == (False, [("UN-3.2", "refuse")])
    assert "UN-3.2" in no.actions[0].reason_in("zh")


def test_un_3_3_subject_outside_the_scope_is_refused() -> None:
    no = dispose(union(union_subject="other"), institution="UN")
    assert (no.accepted, kinds(no)) == (False, [("UN-3.3", "refuse")])
    both = dispose(union(visitor="other", union_subject="other"), institution="UN")
    assert kinds(both) == [("UN-3.2", "refuse"), ("UN-3.3", "refuse")]


def test_un_3_3_scope_is_a_parameter() -> None:
    narrow = UnionScope(subjects=frozenset({"labour_dispute"}))
    assert not dispose(union(), institution="UN", union_scope=narrow).accepted


def test_un_3_1_visit_inside_the_regular_reception_needs_no_reason() -> None:
    d = dispose(union(at=WEDNESDAY_AFTERNOON), institution="UN")
    assert (d.accepted, kinds(d)) == (True, [("UN-3.3", "receive")])


def test_un_3_1_out_of_hours_visit_valid_only_for_its_reasons() -> None:
    thursday = datetime(2026, 3, 5, 10, 0, tzinfo=TZ)
    no_reason = dispose(union(at=thursday), institution="UN")
    assert (no_reason.accepted, kinds(no_reason)) == (False, [("UN-3.1", "refuse")])
    agreed = dispose(union(at=thursday, appointment_reason="major_matter"), institution="UN")
    assert (agreed.accepted, kinds(agreed)) == (
        True,
        [("UN-3.3", "receive"), ("UN-3.1", "receive")],
    )
    assert "重大事情" in agreed.actions[1].reason_in("zh")


def test_un_3_1_reason_the_policy_does_not_allow_is_refused() -> None:
    only_holidays = preset(
        "union-chair", appointments=AppointmentPolicy(reasons=frozenset({"holiday"}))
    )
    d = dispose(
        union(at=datetime(2026, 3, 5, 10, 0, tzinfo=TZ), appointment_reason="major_matter"),
        institution="UN",
        regime=only_holidays,
    )
    assert (d.accepted, kinds(d)) == (False, [("UN-3.1", "refuse")])
    # National Day: Wed 7 Oct is a day off, so there is no regular session at all.
    holiday = dispose(
        union(at=datetime(2026, 10, 7, 15, 0, tzinfo=TZ), appointment_reason="holiday"),
        institution="UN",
        regime=only_holidays,
    )
    assert holiday.accepted


def test_un_needs_to_know_the_visitor() -> None:
    with pytest.raises(ValueError, match="matter 'T-1': visitor"):
        dispose(table(), institution="UN")


def test_table_facts_refuse_a_naive_moment_and_an_early_deadline() -> None:
    with pytest.raises(ValidationError, match=r"at: .* is naive"):
        table(at=datetime(2026, 3, 4, 15, 0))
    with pytest.raises(ValidationError, match="deadline: 2026-03-01 is before"):
        table(deadline=date(2026, 3, 1))


def test_wf_6_2_unnamed_handler_reads_naturally_in_both_languages() -> None:
    d = dispose(table(complex=True), institution="WF")
    assert d.actions[0].responsible is None
    assert "to the handling department" in d.actions[0].reason
    assert d.actions[0].reason_in("zh").startswith("书面交承办部门限期于")


# -- the engine and the registry (UN-3.1) -----------------------------------------


def test_un_3_1_engine_needs_the_regime_to_check_a_visit_time() -> None:
    from receptionrules.supervision import dispose as engine

    with pytest.raises(ValueError, match=r"matter 'T-1': regime: .*rr\.preset\(\"union-chair\"\)"):
        engine(union(at=WEDNESDAY_AFTERNOON), institution="UN")
    # Without a visit time the regime is not read; other institutions never read it.
    assert engine(union(), institution="UN").accepted
    assert engine(table(settle_on_spot=True), institution="WF").accepted


def test_un_3_1_registry_fills_in_the_union_chair_preset_as_the_engine_would_use_it() -> None:
    from receptionrules.presets import dispose as registry
    from receptionrules.supervision import dispose as engine

    assert dispose is registry
    thursday = union(at=datetime(2026, 3, 5, 10, 0, tzinfo=TZ))
    given = engine(thursday, institution="UN", regime=preset("union-chair"))
    assert dispose(thursday, institution="UN") == given
    assert (given.accepted, kinds(given)) == (False, [("UN-3.1", "refuse")])
