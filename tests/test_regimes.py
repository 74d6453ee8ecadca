"""Regimes on real dates (AK-R-4.2, AK-R-4.3, MC-1, WF-1, WF-2, TS-2, UN-1, UN-3.1, CAL-3).

Expected days are read off the State Council's 2019 and 2026 notices by hand.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from pydantic import ValidationError

import receptionrules as rr
from receptionrules import TZ


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def days(regime: rr.Regime, start: date, end: date) -> list[date]:
    return [r.day for r in regime.receptions(start, end)]


# -- AK ------------------------------------------------------------------------


def test_ak_r_4_2_may_2026_substituted_day_off_moves_to_wednesday() -> None:
    r = rr.preset("ankang-mayor").next_reception(date(2026, 5, 1))
    assert r.day == date(2026, 5, 6)
    assert r.moved_from == date(2026, 5, 5)
    assert (r.start, r.end) == (at(2026, 5, 6, 8, 30), at(2026, 5, 6, 12))
    assert r.provisional is False
    assert any("moved from 2026-05-05" in n for n in r.notes)


def test_ak_r_4_2_october_2026_national_day_break_moves_to_the_8th() -> None:
    (r,) = rr.preset("ankang-mayor").receptions(date(2026, 10, 1), date(2026, 10, 31))
    assert r.day == date(2026, 10, 8)
    assert r.moved_from == date(2026, 10, 6)
    assert r.weekday is rr.Weekday.THURSDAY


def test_ak_r_4_2_december_2026_under_both_week_readings() -> None:
    first = rr.preset("ankang-mayor")
    full = rr.preset("ankang-mayor", week="first_full_week")
    assert days(first, date(2026, 12, 1), date(2026, 12, 31)) == [date(2026, 12, 1)]
    assert days(full, date(2026, 12, 1), date(2026, 12, 31)) == [date(2026, 12, 8)]
    # The readings agree when the 1st is not a Tuesday (November 2026: the 1st is a Sunday).
    assert days(first, date(2026, 11, 1), date(2026, 11, 30)) == [date(2026, 11, 3)]
    assert days(full, date(2026, 11, 1), date(2026, 11, 30)) == [date(2026, 11, 3)]


def test_ak_r_4_2_every_month_of_2026() -> None:
    expected = [
        date(2026, 1, 6),
        date(2026, 2, 3),
        date(2026, 3, 3),
        date(2026, 4, 7),
        date(2026, 5, 6),
        date(2026, 6, 2),
        date(2026, 7, 7),
        date(2026, 8, 4),
        date(2026, 9, 1),
        date(2026, 10, 8),
        date(2026, 11, 3),
        date(2026, 12, 1),
    ]
    assert days(rr.preset("ankang-mayor"), date(2026, 1, 1), date(2026, 12, 31)) == expected


def test_ak_r_4_2_february_2019_move_leaves_shangxun_and_says_so() -> None:
    (r,) = rr.preset("ankang-mayor").receptions(date(2019, 2, 1), date(2019, 2, 28))
    assert r.day == date(2019, 2, 11)
    assert r.moved_from == date(2019, 2, 5)
    assert any("上旬" in n for n in r.notes)
    assert r.notes_in("zh") == (
        "原定2019-02-05（春节）非工作日，顺延至2019-02-11",
        "调整后已不在上旬（每月1—10日），请决定是否保留",
    )


def test_ak_r_4_2_previous_working_day_option() -> None:
    ak = rr.preset("ankang-mayor", holiday_policy=rr.MOVE_PREVIOUS)
    # 5 May 2026 is off and 1–4 May too: the previous working day is Thursday 30 April,
    # outside May, so May goes without (a gap the regime reports) and April has two.
    assert days(ak, date(2026, 5, 1), date(2026, 5, 31)) == []
    assert ak.months_without_reception(date(2026, 4, 1), date(2026, 5, 31)) == ((2026, 5),)
    assert days(ak, date(2026, 4, 1), date(2026, 4, 30)) == [date(2026, 4, 7), date(2026, 4, 30)]
    april_30 = ak.reception_on(date(2026, 4, 30))
    assert april_30 is not None
    assert april_30.moved_from == date(2026, 5, 5)
    assert any("out of 2026-05" in n for n in april_30.notes)


def test_ak_r_4_2_morning_window_is_configurable() -> None:
    ak = rr.preset("ankang-mayor", window=rr.half_day("上午", start="09:00"))
    r = ak.next_reception(date(2026, 6, 1))
    assert (r.start.time(), r.end.time()) == (time(9, 0), time(12, 0))


def test_ak_r_4_3_place() -> None:
    r = rr.preset("ankang-mayor").next_reception(date(2026, 6, 1))
    assert r.location == "市人民政府信访接待室"


def test_ak_r_4_2_a_reception_in_progress_counts_and_a_finished_one_does_not() -> None:
    ak = rr.preset("ankang-mayor")
    assert ak.next_reception(at(2026, 5, 6, 10)).day == date(2026, 5, 6)
    assert ak.next_reception(at(2026, 5, 6, 12)).day == date(2026, 6, 2)
    assert ak.is_open(at(2026, 5, 6, 8, 30))
    assert ak.is_open(at(2026, 5, 6, 11, 59))
    assert not ak.is_open(at(2026, 5, 6, 12))
    assert not ak.is_open(at(2026, 5, 5, 9))


def test_ak_r_4_2_aware_datetimes_in_other_zones_are_converted() -> None:
    from zoneinfo import ZoneInfo

    # 02:00 UTC is 10:00 in Shanghai.
    utc = datetime(2026, 5, 6, 2, 0, tzinfo=ZoneInfo("UTC"))
    assert rr.preset("ankang-mayor").is_open(utc)
    assert rr.preset("ankang-mayor").next_reception(utc).day == date(2026, 5, 6)


# -- CAL-2: provisional ----------------------------------------------------------------


def test_cal_2_provisional_flag_for_2027_until_an_official_schedule_exists() -> None:
    ak = rr.preset("ankang-mayor")
    official = ak.calendar.last_official_year >= 2027
    r = ak.next_reception(date(2027, 1, 1))
    assert r.provisional is (not official)
    if not official:
        assert any("provisional" in n for n in r.notes)
    assert ak.next_reception(date(2026, 1, 1)).provisional is False


def test_cal_2_provisional_flag_clears_with_a_user_schedule() -> None:
    schedule = rr.YearSchedule.model_validate(
        {"year": 2099, "holidays": [{"name": "元旦", "days_off": "2099-01-01/2099-01-03"}]}
    )
    cal = rr.WorkingCalendar().with_schedule(schedule)
    ak = rr.preset("ankang-mayor", calendar=cal)
    assert ak.next_reception(date(2099, 1, 1)).provisional is False
    assert rr.preset("ankang-mayor").next_reception(date(2099, 1, 1)).provisional is True


def test_cal_2_strict_calendar_raises_instead_of_answering_provisionally() -> None:
    cal = rr.WorkingCalendar(strict=True)
    ak = rr.preset("ankang-mayor", calendar=cal)
    future = date(cal.last_official_year + 1, 3, 1)
    with pytest.raises(rr.ProvisionalDateError):
        ak.next_reception(future)


# -- MC ------------------------------------------------------------------------------


def test_mc_1_the_observed_2012_12_10_reception() -> None:
    mc = rr.preset("mediation-centre-mayor")
    r = mc.next_reception(date(2012, 12, 1))
    assert r.day == date(2012, 12, 10)
    assert r.weekday is rr.Weekday.MONDAY
    assert (r.start, r.end) == (at(2012, 12, 10, 8, 30), at(2012, 12, 10, 12))
    assert r.location == "市社会矛盾大调解中心"
    assert mc.is_open(at(2012, 12, 10, 9))


def test_mc_1_no_announced_date_is_a_specific_error() -> None:
    mc = rr.preset("mediation-centre-mayor")
    with pytest.raises(rr.NoReceptionError, match="last announced date is 2012-12-10"):
        mc.next_reception(date(2012, 12, 11))


def test_mc_1_users_add_announced_dates_and_gaps_are_months_without_one() -> None:
    mc = rr.preset("mediation-centre-mayor").with_announced_dates(
        date(2013, 1, 14), date(2013, 3, 11)
    )
    assert mc.next_reception(date(2012, 12, 11)).day == date(2013, 1, 14)
    assert mc.months_without_reception(date(2012, 11, 1), date(2013, 3, 31)) == (
        (2012, 11),
        (2013, 2),
    )
    with pytest.raises(ValidationError, match="announced twice"):
        mc.with_announced_dates(date(2013, 1, 14))


def test_mc_1_an_announced_date_on_a_non_working_day_is_kept_with_a_remark() -> None:
    mc = rr.preset("mediation-centre-mayor", announced=[date(2026, 10, 3)])
    (r,) = mc.receptions(date(2026, 10, 1), date(2026, 10, 31))
    assert r.day == date(2026, 10, 3)
    assert any("non-working day" in n for n in r.notes)


# -- WF ------------------------------------------------------------------------------


def test_wf_1_around_the_2026_spring_festival() -> None:
    wf = rr.preset("wenfu-school")
    # 16 Feb (New Year's Eve) and 23 Feb (a substituted day off) are not working days;
    # the make-up Saturdays 14 and 28 Feb are not Mondays (CAL-3).
    assert days(wf, date(2026, 2, 1), date(2026, 3, 8)) == [
        date(2026, 2, 2),
        date(2026, 2, 9),
        date(2026, 3, 2),
    ]
    assert wf.next_reception(at(2026, 2, 9, 11)).day == date(2026, 3, 2)


def test_wf_1_hours_and_wf_2_place() -> None:
    r = rr.preset("wenfu-school").next_reception(date(2026, 3, 1))
    assert (r.start, r.end) == (at(2026, 3, 2, 8), at(2026, 3, 2, 11))
    assert r.location == "科教楼二楼行政会议室"


def test_cal_3_make_up_saturday_counts_only_when_declared_as_monday() -> None:
    cal = rr.WorkingCalendar().with_override(
        date(2026, 2, 28), working=True, as_weekday=rr.Weekday.MONDAY
    )
    wf = rr.preset("wenfu-school", calendar=cal)
    assert date(2026, 2, 28) in days(wf, date(2026, 2, 1), date(2026, 3, 8))
    assert date(2026, 2, 14) not in days(wf, date(2026, 2, 1), date(2026, 3, 8))


# -- TS ------------------------------------------------------------------------------


def test_ts_2_make_up_saturdays_2026_02_14_and_02_28_are_duty_days() -> None:
    ts = rr.preset("township-duty")
    got = days(ts, date(2026, 2, 13), date(2026, 3, 1))
    assert got == [
        date(2026, 2, 13),
        date(2026, 2, 14),
        date(2026, 2, 24),
        date(2026, 2, 25),
        date(2026, 2, 26),
        date(2026, 2, 27),
        date(2026, 2, 28),
    ]
    r = ts.reception_on(date(2026, 2, 14))
    assert r is not None
    assert (r.start, r.end) == (at(2026, 2, 14, 8), at(2026, 2, 14, 17))
    assert r.location == "信访办公室"


def test_ts_2_every_calendar_day_option() -> None:
    ts = rr.preset("township-duty", every_calendar_day=True)
    assert len(days(ts, date(2026, 2, 13), date(2026, 3, 1))) == 17


# -- UN ------------------------------------------------------------------------------


def test_un_1_wednesday_afternoons_and_none_on_holidays() -> None:
    un = rr.preset("union-chair")
    assert days(un, date(2026, 9, 28), date(2026, 10, 18)) == [
        date(2026, 9, 30),
        date(2026, 10, 14),
    ]
    r = un.next_reception(date(2026, 10, 1))
    assert (r.start, r.end) == (at(2026, 10, 14, 14, 30), at(2026, 10, 14, 17, 30))
    assert r.location == "工会主席办公室"


def test_un_1_seasonal_afternoon_option() -> None:
    un = rr.preset("union-chair", window=rr.SEASONAL_AFTERNOON)
    assert un.next_reception(date(2026, 7, 1)).start == at(2026, 7, 1, 15)
    assert un.next_reception(date(2026, 11, 1)).start == at(2026, 11, 4, 14, 30)


@pytest.mark.parametrize(
    ("reason", "valid"),
    [("major_matter", True), ("holiday", True), ("special_circumstances", True), (None, False)],
)
def test_un_3_1_appointment_outside_the_regular_slot(reason: str | None, valid: bool) -> None:
    un = rr.preset("union-chair")
    decision = un.check_visit(at(2026, 10, 7, 10), reason=reason)
    assert decision.valid is valid
    assert decision.regular is False
    assert decision.rule_id == "UN-3.1"


def test_un_3_1_regular_slot_needs_no_reason_and_unknown_reasons_are_refused() -> None:
    un = rr.preset("union-chair")
    decision = un.check_visit(at(2026, 10, 14, 15))
    assert decision.valid
    assert decision.regular
    limited = rr.preset("union-chair", appointments=rr.AppointmentPolicy(reasons={"holiday"}))
    assert not limited.check_visit(at(2026, 10, 15, 9), reason="major_matter").valid
    with pytest.raises(ValueError, match=r"reason=.boredom. is not one of"):
        un.check_visit(at(2026, 10, 15, 9), reason="boredom")
    ak = rr.preset("ankang-mayor")
    assert not ak.check_visit(at(2026, 10, 15, 9), reason="holiday").valid


# -- errors --------------------------------------------------------------------------


def test_naive_datetime_is_refused_with_advice() -> None:
    with pytest.raises(rr.NaiveDatetimeError, match="aware datetime"):
        rr.preset("ankang-mayor").next_reception(datetime(2026, 5, 6, 9))
    with pytest.raises(rr.NaiveDatetimeError):
        rr.preset("ankang-mayor").is_open(datetime(2026, 5, 6, 9))


def test_is_open_needs_a_moment_and_receptions_need_dates() -> None:
    ak = rr.preset("ankang-mayor")
    with pytest.raises(TypeError, match="is_open needs a moment"):
        ak.is_open(date(2026, 5, 6))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pass a date"):
        ak.receptions(at(2026, 5, 1), date(2026, 5, 31))
    with pytest.raises(ValueError, match="before start"):
        ak.receptions(date(2026, 5, 31), date(2026, 5, 1))


def test_unknown_preset_lists_the_valid_names() -> None:
    with pytest.raises(KeyError) as info:
        rr.preset("ankang")
    assert isinstance(info.value, rr.UnknownPresetError)
    assert "ankang-mayor" in str(info.value)
    assert "union-chair" in str(info.value)


def test_a_rule_that_never_falls_on_a_working_day_raises_after_a_bounded_search() -> None:
    # The package's estimates for provisional years have no make-up Sundays, so a
    # Sunday-only regime that skips non-working days never meets.
    sundays = rr.preset("union-chair").replace(rule=rr.Weekly(weekday="sunday"))
    with pytest.raises(rr.NoReceptionError, match="no reception within 732 days"):
        sundays.next_reception(date(2060, 1, 1))


def test_impossible_rules_are_refused_at_construction() -> None:
    with pytest.raises(ValidationError, match="never occurs"):
        rr.NthWeekdayOfMonth(weekday="monday", n=5, week="first_full_week")
    with pytest.raises(ValidationError, match=r"must be 1\.\.5"):
        rr.NthWeekdayOfMonth(weekday="monday", n=0)
    with pytest.raises(ValidationError, match="not a weekday"):
        rr.Weekly(weekday="funday")
    with pytest.raises(ValidationError, match="must be after"):
        rr.TimeWindow(start="12:00", end="08:00")


def test_calendar_edge_is_a_calendar_range_error() -> None:
    ak = rr.preset("ankang-mayor")
    with pytest.raises(rr.CalendarRangeError):
        ak.next_reception(date(ak.calendar.last_year, 12, 15))


def test_regime_round_trips_through_json_for_every_preset() -> None:
    for name in rr.PRESETS:
        regime = rr.preset(name)
        again = rr.Regime.model_validate_json(regime.model_dump_json())
        assert again == regime


def test_nth_weekday_last_and_second_readings() -> None:
    cal = rr.default_calendar()
    last = rr.NthWeekdayOfMonth(weekday="friday", n=-1)
    assert list(last.nominal_dates(date(2026, 1, 1), date(2026, 2, 28), cal)) == [
        date(2026, 1, 30),
        date(2026, 2, 27),
    ]
    last_full = rr.NthWeekdayOfMonth(weekday="friday", n=-1, week="first_full_week")
    # January 2026's last full Monday–Sunday week is 26 Jan – 1 Feb? No: it ends in
    # February, so the last full week is 19–25 January.
    assert list(last_full.nominal_dates(date(2026, 1, 1), date(2026, 1, 31), cal)) == [
        date(2026, 1, 23)
    ]
    second = rr.NthWeekdayOfMonth(weekday="tuesday", n=2, week="first_full_week")
    assert list(second.nominal_dates(date(2026, 12, 1), date(2026, 12, 31), cal)) == [
        date(2026, 12, 15)
    ]


def test_un_3_1_visit_decisions_read_in_both_languages() -> None:
    un = rr.preset("union-chair")
    refused = un.check_visit(at(2026, 10, 8, 10))
    assert refused.reason == (
        "outside the regular reception; a time agreed by telephone is valid only for: "
        "holiday, major_matter, special_circumstances (UN-3.1)"
    )
    assert refused.reason_in("zh") == (
        "不在定期接待时间内；只有节假日、重大事项、其他特殊情况，才可电话约定接待时间（UN-3.1）"
    )
    agreed = un.check_visit(at(2026, 10, 8, 10), reason="major_matter")
    assert agreed.reason_in("zh") == "不在定期接待时间内，因重大事项经电话约定时间，有效（UN-3.1）"


@pytest.mark.parametrize("name", [n for n in rr.PRESETS if n != "mediation-centre-mayor"])
def test_nat_6_every_rule_based_preset_holds_receptions_every_quarter(name: str) -> None:
    regime = rr.preset(name)
    for first, last in [
        (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 12, 31)),
    ]:
        assert len(list(regime.receptions(first, last))) >= 3
