"""Auditing registration records against the regime and the roster (AK-R-6.3, MC-1, MC-3,
WF-7, TS-2, UN-1, AK-R-5.2, AK-R-5.3, AK-R-6.2)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

import receptionrules as rr
from _duty_support import ak_people, at, person, ts_people
from receptionrules import duty

MC_PLACE = "市社会矛盾大调解中心"
AK_PLACE = "市人民政府信访接待室"


def record(regime: str, day: date, place: str, *receivers: str, **kw: object) -> rr.ReceptionRecord:
    data: dict[str, object] = {
        "regime": regime,
        "day": day,
        "start": time(8, 30),
        "end": time(12, 0),
        "location": place,
        "receivers": receivers,
    }
    data.update(kw)
    return rr.ReceptionRecord.model_validate(data)


def findings(report: rr.AuditReport) -> list[tuple[str, str, date | None]]:
    return [(f.rule_id, f.code, f.day) for f in report.findings]


# -- the required example ------------------------------------------------------------


def test_mc_1_monday_2012_12_10_is_compliant_for_the_mediation_centre() -> None:
    rec = record("mediation-centre-mayor", date(2012, 12, 10), MC_PLACE, "vm")
    report = rr.audit(
        rr.preset("mediation-centre-mayor"), [rec], date(2012, 12, 1), date(2012, 12, 31)
    )
    assert report.compliant
    assert report.findings == ()


def test_ak_r_4_2_monday_2012_12_10_is_a_deviation_for_ankang() -> None:
    # Ankang's December 2012 reception was the first Tuesday, 2012-12-04.
    rec = record("ankang-mayor", date(2012, 12, 10), AK_PLACE, "vm")
    report = rr.audit(rr.preset("ankang-mayor"), [rec], date(2012, 12, 1), date(2012, 12, 31))
    assert findings(report) == [("AK-R-4.2", "audit.wrong_day", date(2012, 12, 10))]
    (finding,) = report.findings
    assert finding.record == 0
    assert "2012-12-10 (Monday)" in finding.reason
    assert "nearest reception day is 2012-12-04" in finding.reason
    assert "星期一" in finding.render("zh")
    # At the mediation centre's place it is the wrong place as well (AK-R-4.3).
    moved = rec.model_copy(update={"location": MC_PLACE})
    report = rr.audit(rr.preset("ankang-mayor"), [moved], date(2012, 12, 1), date(2012, 12, 31))
    assert [f.rule_id for f in report.findings] == ["AK-R-4.2", "AK-R-4.3"]


# -- against the regime ----------------------------------------------------------------


def test_mc_1_a_month_without_its_reception_is_a_finding() -> None:
    mc = rr.preset("mediation-centre-mayor")  # only 2012-12-10 announced
    rec = record("mediation-centre-mayor", date(2012, 12, 10), MC_PLACE, "vm")
    report = rr.audit(mc, [rec], date(2012, 11, 1), date(2012, 12, 31))
    assert findings(report) == [("MC-1", "audit.month_unannounced", date(2012, 11, 1))]
    assert "2012-11" in report.findings[0].reason
    report = rr.audit(mc, [], date(2012, 12, 1), date(2012, 12, 31))
    assert findings(report) == [("MC-1", "audit.month_without_reception", date(2012, 12, 1))]


def test_mc_3_a_reception_due_without_a_record_is_a_finding() -> None:
    mc = rr.preset("mediation-centre-mayor", announced=[date(2012, 12, 10), date(2012, 12, 24)])
    rec = record("mediation-centre-mayor", date(2012, 12, 10), MC_PLACE, "vm")
    report = rr.audit(mc, [rec], date(2012, 12, 1), date(2012, 12, 31))
    assert findings(report) == [("MC-3", "audit.no_record", date(2012, 12, 24))]


def test_ak_r_4_2_a_month_without_any_record() -> None:
    rec = record("ankang-mayor", date(2026, 1, 6), AK_PLACE, "mayor")
    report = rr.audit(rr.preset("ankang-mayor"), [rec], date(2026, 1, 1), date(2026, 2, 28))
    assert findings(report) == [("AK-R-4.2", "audit.month_without_reception", date(2026, 2, 1))]


def test_wf_7_a_monday_without_a_record_is_a_finding() -> None:
    wf = rr.preset("wenfu-school")
    place = wf.location
    recs = [
        record("wenfu-school", date(2026, 3, d), place, "a", start=time(8), end=time(11))
        for d in (2, 9, 23, 30)
    ]
    report = rr.audit(wf, recs, date(2026, 3, 1), date(2026, 3, 31))
    assert findings(report) == [("WF-7", "audit.no_record", date(2026, 3, 16))]


def test_ts_2_wrong_hours_with_grace_as_a_parameter() -> None:
    ts = rr.preset("township-duty")
    rec = record(
        "township-duty", date(2026, 5, 6), ts.location, "d1", "c1", start=time(8, 20), end=time(17)
    )
    report = rr.audit(ts, [rec], date(2026, 5, 6), date(2026, 5, 6))
    assert findings(report) == [("TS-2", "audit.wrong_hours", date(2026, 5, 6))]
    assert "08:20–17:00 instead of 08:00–17:00" in report.findings[0].reason
    assert rr.audit(
        ts, [rec], date(2026, 5, 6), date(2026, 5, 6), grace=timedelta(minutes=20)
    ).compliant


def test_un_1_wednesday_afternoon_in_the_chairman_s_office() -> None:
    un = rr.preset("union-chair")
    good = record(
        "union-chair", date(2026, 3, 4), un.location, "ch", start=time(14, 30), end=time(17, 30)
    )
    assert rr.audit(un, [good], date(2026, 3, 4), date(2026, 3, 4)).compliant
    thursday = good.model_copy(update={"day": date(2026, 3, 5)})
    report = rr.audit(un, [thursday], date(2026, 3, 2), date(2026, 3, 6))
    assert findings(report) == [
        ("UN-1", "audit.no_record", date(2026, 3, 4)),
        ("UN-1", "audit.wrong_day", date(2026, 3, 5)),
    ]


def test_a_record_naming_nobody_is_a_finding() -> None:
    rec = record("ankang-mayor", date(2026, 1, 6), AK_PLACE)
    report = rr.audit(rr.preset("ankang-mayor"), [rec], date(2026, 1, 1), date(2026, 1, 31))
    assert findings(report) == [("AK-R-6.1", "audit.no_receiver", date(2026, 1, 6))]


# -- against the roster ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def ts() -> rr.Roster:
    # 2026-05-06 (d2, c2) ... see test_duty_rotation: from Apr 30, deputies d1 d2, chiefs c1-c3.
    return rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 3), date(2026, 4, 30), date(2026, 5, 9)
    )


def ts_record(day: date, *receivers: str, **kw: object) -> rr.ReceptionRecord:
    return record("township-duty", day, "信访办公室", *receivers, start=time(8), end=time(17), **kw)


def test_ts_2_a_rostered_leader_who_did_not_receive_and_ts_1_one_who_was_not_rostered(
    ts: rr.Roster,
) -> None:
    rec = ts_record(date(2026, 5, 7), "d1", "c2")  # rostered: d1 and c3
    report = rr.audit(
        rr.preset("township-duty"), [rec], date(2026, 5, 7), date(2026, 5, 7), roster=ts
    )
    assert findings(report) == [
        ("TS-1", "audit.unrostered", date(2026, 5, 7)),
        ("TS-2", "audit.absent", date(2026, 5, 7)),
    ]
    assert report.findings[0].person == "c2"
    assert report.findings[1].person == "c3"
    assert report.findings[0].slot_id == "township-duty/2026-05-07"


def test_a_valid_swap_makes_the_record_compliant(ts: rr.Roster) -> None:
    swapped = rr.apply_change(
        ts,
        rr.CoverRequest(
            slot_id="township-duty/2026-05-07",
            requester="c3",
            counterpart="c2",
            requested_at=at(2026, 5, 6, 10),
        ),
    )
    rec = ts_record(date(2026, 5, 7), "d1", "c2")
    assert rr.audit(
        rr.preset("township-duty"), [rec], date(2026, 5, 7), date(2026, 5, 7), roster=swapped
    ).compliant


def test_ak_r_4_1_a_receiver_who_may_not_be_on_duty() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 1, 31)
    ).with_people(person("boss", "city_leader"))
    rec = record("ankang-mayor", date(2026, 1, 6), AK_PLACE, "mayor", "boss", "ghost")
    report = rr.audit(
        rr.preset("ankang-mayor"),
        [rec],
        date(2026, 1, 1),
        date(2026, 1, 31),
        roster=roster,
        check_announcements=False,
    )
    assert [(f.rule_id, f.code, f.person) for f in report.findings] == [
        ("AK-R-4.1", "audit.ineligible", "boss"),
        ("AK-R-6.1", "audit.unrostered", "boss"),
        ("AK-R-4.1", "audit.unknown_receiver", "ghost"),
        ("AK-R-6.1", "audit.unrostered", "ghost"),
    ]


def test_ak_r_6_1_vacancies_in_the_roster_are_findings() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"),
        ak_people()[:1],
        date(2026, 1, 1),
        date(2026, 2, 28),
        availability=rr.Availability(absences=[rr.Absence(person="mayor", first=date(2026, 2, 3))]),
    )
    recs = [record("ankang-mayor", date(2026, 1, 6), AK_PLACE, "mayor")]
    report = rr.audit(
        rr.preset("ankang-mayor"),
        recs,
        date(2026, 1, 1),
        date(2026, 2, 28),
        roster=roster,
        check_announcements=False,
    )
    assert findings(report) == [
        ("AK-R-4.2", "audit.month_without_reception", date(2026, 2, 1)),
        ("AK-R-6.1", "duty.post_vacant", date(2026, 2, 3)),
    ]


def test_ak_r_5_3_a_slot_records_who_was_notified() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 1, 31)
    )
    slot = "ankang-mayor/2026-01-06"
    notified = roster.notify(slot, "市住建局", at=at(2025, 12, 30), matter="拆迁安置").notify(
        slot, "张律师", kind=rr.duty.CoReceiverKind.LAWYER
    )
    assert [(n.party, n.kind, n.obliged) for n in notified.slot(slot).notified] == [
        ("市住建局", rr.duty.CoReceiverKind.UNIT, True),
        ("张律师", rr.duty.CoReceiverKind.LAWYER, False),
    ]
    assert roster.slot(slot).notified == ()
    assert rr.Roster.model_validate_json(notified.model_dump_json()) == notified


def test_ak_r_6_2_a_notified_unit_that_sent_nobody_is_a_finding() -> None:
    roster = (
        rr.generate_roster(
            rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 1, 31)
        )
        .notify("ankang-mayor/2026-01-06", "市住建局")
        .notify("ankang-mayor/2026-01-06", "汉滨区政府")
        .notify("ankang-mayor/2026-01-06", "张律师", kind=rr.duty.CoReceiverKind.LAWYER)
        .announce("ankang-mayor/2026-01-06", at=at(2025, 12, 25))
    )
    rec = record("ankang-mayor", date(2026, 1, 6), AK_PLACE, "mayor", units_present=["汉滨区政府"])
    report = rr.audit(
        rr.preset("ankang-mayor"), [rec], date(2026, 1, 1), date(2026, 1, 31), roster=roster
    )
    assert findings(report) == [("AK-R-6.2", "audit.unit_absent", date(2026, 1, 6))]
    assert "市住建局" in report.findings[0].reason  # the lawyer was invited, not obliged


def test_ak_r_5_2_audit_of_announcements() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 3, 31)
    )
    roster = roster.announce("ankang-mayor/2026-01-06", at=at(2025, 12, 30))  # deadline Dec 30
    roster = roster.announce("ankang-mayor/2026-02-03", at=at(2026, 1, 28))  # deadline Jan 27
    roster = roster.announce("ankang-mayor/2026-03-03", at=at(2026, 2, 20))
    roster = rr.apply_change(
        roster,
        rr.CoverRequest(
            slot_id="ankang-mayor/2026-03-03",
            requester="vm2",
            counterpart="sg",
            requested_at=at(2026, 2, 26),
        ),
    )
    recs = [
        record("ankang-mayor", date(2026, 1, 6), AK_PLACE, "mayor"),
        record("ankang-mayor", date(2026, 2, 3), AK_PLACE, "vm1"),
        record("ankang-mayor", date(2026, 3, 3), AK_PLACE, "sg"),
    ]
    report = rr.audit(
        rr.preset("ankang-mayor"), recs, date(2026, 1, 1), date(2026, 3, 31), roster=roster
    )
    assert findings(report) == [
        ("AK-R-5.2", "audit.announced_late", date(2026, 2, 3)),
        ("AK-R-5.2", "audit.not_reannounced", date(2026, 3, 3)),
    ]
    assert rr.audit(
        rr.preset("ankang-mayor"),
        recs,
        date(2026, 1, 1),
        date(2026, 3, 31),
        roster=roster,
        notice_days=6,
    ).by_rule("AK-R-5.2")[0].code == ("audit.not_reannounced")
    fresh = rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 1, 31)
    )
    report = rr.audit(
        rr.preset("ankang-mayor"), recs[:1], date(2026, 1, 1), date(2026, 1, 31), roster=fresh
    )
    assert findings(report) == [("AK-R-5.2", "audit.not_announced", date(2026, 1, 6))]


# -- bad input ----------------------------------------------------------------------------------


def test_bad_audit_input_raises_errors_naming_the_field(ts: rr.Roster) -> None:
    regime = rr.preset("township-duty")
    with pytest.raises(rr.OutsideRosterError) as e:
        rr.audit(regime, [ts_record(date(2026, 5, 11))], date(2026, 5, 6), date(2026, 5, 8))
    assert e.value.field == "records[0].day"
    with pytest.raises(rr.RosterMismatchError, match=r"records\[0\]\.regime"):
        rr.audit(
            regime,
            [record("ankang-mayor", date(2026, 5, 6), AK_PLACE)],
            date(2026, 5, 6),
            date(2026, 5, 8),
        )
    with pytest.raises(rr.RosterMismatchError, match="roster"):
        rr.audit(rr.preset("ankang-mayor"), [], date(2026, 5, 6), date(2026, 5, 8), roster=ts)
    with pytest.raises(rr.OutsideRosterError) as o:
        rr.audit(regime, [], date(2026, 5, 6), date(2026, 5, 31), roster=ts)
    assert o.value.field == "end"
    with pytest.raises(ValueError, match="end"):
        rr.ReceptionRecord(
            regime="x", day=date(2026, 5, 6), start=time(9), end=time(8), location="x"
        )


def test_audit_report_round_trips_through_json(ts: rr.Roster) -> None:
    rec = ts_record(date(2026, 5, 7), "d1", "c2")
    report = rr.audit(
        rr.preset("township-duty"), [rec], date(2026, 5, 6), date(2026, 5, 8), roster=ts
    )
    assert rr.AuditReport.model_validate_json(report.model_dump_json()) == report
    assert report.rule_ids() == ("TS-2", "TS-1")
    assert len(report.for_record(0)) == 2


def test_the_engine_audit_takes_the_composition_from_the_roster_or_as_given(
    ts: rr.Roster,
) -> None:
    regime = rr.preset("township-duty")
    rec = ts_record(date(2026, 5, 7), "d1", "c2")
    expected = rr.audit(regime, [rec], date(2026, 5, 6), date(2026, 5, 8), roster=ts)
    assert duty.audit(regime, [rec], date(2026, 5, 6), date(2026, 5, 8), roster=ts) == expected
    composition = rr.duty_composition("township-duty")
    alone = rr.audit(regime, [rec], date(2026, 5, 6), date(2026, 5, 8))
    assert (
        duty.audit(regime, [rec], date(2026, 5, 6), date(2026, 5, 8), composition=composition)
        == alone
    )
    with pytest.raises(ValueError, match=r"composition.*pass composition=") as e:
        duty.audit(regime, [rec], date(2026, 5, 6), date(2026, 5, 8))
    assert "receptionrules.audit" in str(e.value)
    office = regime.model_copy(update={"name": "district-office"})
    with pytest.raises(ValueError, match=r"'district-office' is not a preset; pass composition="):
        rr.audit(office, [], date(2026, 5, 6), date(2026, 5, 8))
