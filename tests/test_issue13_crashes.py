"""Issue 13, item 1: the crash reproducers of the library, each now a documented error.

Every one of these raised a raw ``OverflowError`` or ``RecursionError`` (or a bare
``ValueError``) before; now each gives a pydantic ``ValidationError`` naming the field,
or a ``ReceptionRulesError`` subclass naming the value and the fix.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

import receptionrules as rr
from _duty_support import at, ts_people
from receptionrules import duty, supervision
from receptionrules.errors import (
    BoundsError,
    CalendarRangeError,
    InvalidDocumentError,
    ReceptionRulesError,
    UnknownValueError,
)

EARLY = "0001-01-01T00:00:00+09:00"  # before 0001-01-01 in Asia/Shanghai
LATE = "9999-12-31T23:59:59-01:00"  # after 9999-12-31 in Asia/Shanghai

REQUESTS = [
    (rr.CoverRequest, {"slot_id": "a", "requester": "b", "counterpart": "c"}),
    (
        rr.SwapRequest,
        {"slot_id": "a", "requester": "b", "counterpart": "c", "counterpart_slot_id": "d"},
    ),
    (rr.SubstitutionRequest, {"slot_id": "a", "absent": "b", "substitute": "c"}),
    (rr.UndoRequest, {"change": 0}),
]


def _field_error(excinfo: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    locs = [".".join(str(p) for p in e["loc"]) for e in excinfo.value.errors()]
    assert any(loc.endswith(field) for loc in locs), (field, locs)
    return str(excinfo.value)


# -- kind 1: aware datetimes near the ends of ``datetime`` ---------------------------------


@pytest.mark.parametrize("moment", [EARLY, LATE])
@pytest.mark.parametrize(("model", "fields"), REQUESTS)
def test_issue13_kind1_requested_at_near_the_ends_is_a_validation_error(
    model: type, fields: dict[str, object], moment: str
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        model.model_validate({**fields, "requested_at": moment})
    assert "out of bounds" in _field_error(excinfo, "requested_at")


def test_issue13_kind1_moments_outside_1900_2200_are_refused_inside_accepted() -> None:
    base = {"slot_id": "a", "requester": "b", "counterpart": "c"}
    for ok in ("1900-01-01T00:00:00+08:00", "2200-12-31T23:59:59+08:00"):
        assert rr.CoverRequest.model_validate({**base, "requested_at": ok}).requested_at.year in (
            1900,
            2200,
        )
    for bad in ("1899-12-31T12:00:00+08:00", "2201-01-01T00:00:00+08:00"):
        with pytest.raises(ValidationError, match="requested_at"):
            rr.CoverRequest.model_validate({**base, "requested_at": bad})


def _roster() -> rr.Roster:
    return rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 2), date(2026, 3, 2), date(2026, 3, 6)
    )


def test_issue13_kind1_slot_announcement_and_notification_moments() -> None:
    roster = _roster()
    data = roster.model_dump(mode="json")
    slot = data["slots"][0]
    for field, extra in (("start", {}), ("end", {})):
        bad = {**slot, field: LATE, **extra}
        with pytest.raises(ValidationError) as excinfo:
            rr.Slot.model_validate(bad)
        _field_error(excinfo, field)
    with pytest.raises(ValidationError) as excinfo:
        duty.Announcement.model_validate({"at": EARLY, "holders": ["d1"]})
    _field_error(excinfo, "at")
    with pytest.raises(ValidationError) as excinfo:
        duty.Notification.model_validate({"party": "x", "notified_at": LATE})
    _field_error(excinfo, "notified_at")


def test_issue13_kind1_through_roster_json() -> None:
    text = _roster().model_dump_json().replace("2026-03-02T08:00:00+08:00", EARLY, 1)
    with pytest.raises(ValidationError) as excinfo:
        rr.Roster.model_validate_json(text)
    _field_error(excinfo, "start")


# -- kind 2: queries at the edges of ``date`` ----------------------------------------------


AK = rr.preset("ankang-mayor")


@pytest.mark.parametrize(
    "call",
    [
        lambda: AK.next_reception(date(9999, 12, 31)),
        lambda: AK.next_reception(date(1, 1, 1)),
        lambda: list(AK.receptions(date(1, 1, 1), date(1, 1, 2))),
        lambda: AK.is_open(datetime(9999, 12, 31, 23, tzinfo=UTC)),
        lambda: AK.is_open(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=9)))),
        lambda: AK.months_without_reception(date(2026, 1, 1), date(9999, 12, 31)),
        lambda: AK.previous_reception(date(1, 1, 1)),
        lambda: AK.previous_reception(date.max),
        lambda: AK.reception_on(date.min),
        lambda: AK.check_visit(datetime.max.replace(tzinfo=UTC)),
    ],
)
def test_issue13_kind2_queries_at_the_ends_of_date_raise_calendar_range_error(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CalendarRangeError, match="outside the working-day calendar"):
        call()


def test_issue13_kind2_the_error_names_the_parameter_and_the_range() -> None:
    with pytest.raises(CalendarRangeError) as excinfo:
        AK.months_without_reception(date(2026, 1, 1), date(9999, 12, 31))
    e = excinfo.value
    assert (e.parameter, e.day, e.first_year) == ("end", date(9999, 12, 31), 2001)
    assert str(e).startswith(
        "end=9999-12-31 is outside the working-day calendar, which covers 2001"
    )


def test_issue13_previous_reception_before_the_calendar_is_a_calendar_range_error() -> None:
    # Was: a plain ValueError about a range the caller never passed.
    with pytest.raises(CalendarRangeError, match="at=2000-12-31"):
        AK.previous_reception(date(2000, 12, 31))
    with pytest.raises(CalendarRangeError, match="at=2000-12-31"):
        AK.next_reception(date(2000, 12, 31))


# -- kind 3: an announced date at the end of the range under the previous-day policy ------


def test_issue13_kind3_far_announced_dates() -> None:
    with pytest.raises(ValidationError) as excinfo:
        rr.AnnouncedDates(dates=[date(9999, 12, 31)])
    _field_error(excinfo, "dates.0")
    far = rr.Regime(
        name="far",
        rule=rr.AnnouncedDates(dates=[date(2200, 12, 31)]),
        window=rr.half_day("上午"),
        holiday_policy=rr.MOVE_PREVIOUS,
        location="l",
    )
    with pytest.raises(CalendarRangeError):
        far.next_reception(date(2026, 1, 1))
    with pytest.raises(CalendarRangeError, match="end=2200-12-31"):
        list(far.receptions(date(2026, 1, 1), date(2200, 12, 31)))


def test_issue13_kind3_a_config_with_such_a_date_is_refused_naming_it() -> None:
    data = rr.preset_institution("mediation-centre-mayor").to_dict()
    data["regime"]["rule"]["dates"] = ["9999-12-31"]
    with pytest.raises(ValidationError) as excinfo:
        rr.load_institution(data)
    _field_error(excinfo, "regime.rule.announced.dates.0")


# -- kind 4: unbounded day counts in settings ----------------------------------------------


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (supervision.NationalTimeLimits, "register_days", 10**7),
        (supervision.NationalTimeLimits, "conclude_days", 3661),
        (supervision.SupervisionThresholds, "fixed_point_window_days", 10**6),
        (supervision.SupervisionThresholds, "repeat_window_days", 10**10),
        (supervision.SupervisionThresholds, "fixed_point_min_matters", 10**6),
    ],
)
def test_issue13_kind4_day_counts_are_bounded_when_built(
    model: type, field: str, value: int
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        model(**{field: value})
    _field_error(excinfo, field)


def test_issue13_kind4_the_bound_itself_is_accepted() -> None:
    assert supervision.NationalTimeLimits(register_days=3660).register_days == 3660
    assert supervision.SupervisionThresholds(repeat_window_days=3660).repeat_window_days == 3660


def test_issue13_kind4_due_date_bounds_its_arguments() -> None:
    with pytest.raises(BoundsError, match=r"days=10000000000 is out of bounds: give 0 to 3660"):
        supervision.due_date(date(2026, 1, 1), 10**10)
    with pytest.raises(BoundsError, match="days=-1"):
        supervision.due_date(date(2026, 1, 1), -1)
    with pytest.raises(BoundsError, match="start=9999-12-31"):
        supervision.due_date(date(9999, 12, 31), 15)
    assert supervision.due_date(date(2026, 1, 1), 3660, roll_to_working_day=False) == date(
        2036, 1, 9
    )


def test_issue13_kind4_an_institution_file_with_such_a_figure_is_refused() -> None:
    data = rr.preset_institution("ankang-mayor").to_dict()
    data["supervision"]["fixed_point_window_days"] = 10**6
    with pytest.raises(ValidationError) as excinfo:
        rr.load_institution(data)
    _field_error(excinfo, "supervision.fixed_point_window_days")


# -- kind 5: supervise at the ends of ``date`` ---------------------------------------------


@pytest.mark.parametrize("as_of", [date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 31)])
def test_issue13_kind5_supervise_at_the_ends_of_date(as_of: date) -> None:
    with pytest.raises(BoundsError, match=f"as_of={as_of.isoformat()} is out of bounds"):
        rr.supervise([], as_of)


def test_issue13_kind5_supervise_inside_the_bounds_answers() -> None:
    assert rr.supervise([], date(1900, 1, 1)).findings == ()
    assert rr.supervise([], date(2200, 12, 31)).findings == ()


def test_issue13_kind5_matter_days_are_bounded() -> None:
    with pytest.raises(ValidationError) as excinfo:
        supervision.PetitionMatter.model_validate(
            {
                "id": "M-1",
                "received_on": "9999-12-31",
                "channel": "letter",
                "subject": "s",
                "place": "p",
            }
        )
    _field_error(excinfo, "received_on")


# -- kind 7: deep nesting in the loaders ---------------------------------------------------


@pytest.mark.parametrize(
    "text", ["a = " + "[" * 2000, "a = " + "{ b = " * 2000 + "1" + " }" * 2000]
)
def test_issue13_kind7_deep_toml_is_a_clean_error(text: str) -> None:
    with pytest.raises(InvalidDocumentError, match="institution TOML: nested too deep"):
        rr.load_institution(text, format="toml")


def test_issue13_kind7_bad_toml_and_bad_bytes_are_invalid_documents() -> None:
    with pytest.raises(InvalidDocumentError, match="institution TOML: not valid TOML"):
        rr.load_institution("name = ", format="toml")
    with pytest.raises(InvalidDocumentError, match="institution TOML: not valid TOML"):
        rr.load_institution(b"\xff\xfe", format="toml")
    with pytest.raises(ValueError, match="not valid TOML"):  # still a ValueError
        rr.load_institution("[", format="toml")


@pytest.mark.parametrize("depth", [200, 5000])
def test_issue13_kind7_deep_json_is_a_validation_error(depth: int) -> None:
    text = "[" * depth + "]" * depth
    with pytest.raises(ValidationError):
        rr.load_institution(text)
    with pytest.raises(ValidationError):
        rr.load_schedules(text)


def test_issue13_two_schedules_for_one_year_are_an_invalid_document() -> None:
    one = {"year": 2027, "holidays": [{"name": "元旦", "days_off": ["2027-01-01"]}]}
    with pytest.raises(InvalidDocumentError, match="year 2027 has two schedules"):
        rr.load_schedules([one, one])


# -- kind 9: a lead time of two thousand years ----------------------------------------------


def test_issue13_kind9_lead_times_are_bounded_to_a_year() -> None:
    with pytest.raises(ValidationError) as excinfo:
        duty.BeforeStart(lead=timedelta(days=739679))
    _field_error(excinfo, "lead")
    assert duty.BeforeStart(lead=timedelta(days=366)).lead.days == 366
    roster = _roster()
    cover = rr.CoverRequest(
        slot_id="township-duty/2026-03-04",
        requester="d1",
        counterpart="d2",
        requested_at=at(2026, 3, 2),
    )
    refused = rr.check_change(roster, cover, lead_time=duty.BeforeStart(lead=timedelta(days=366)))
    assert [v.remark.code for v in refused] == ["duty.late"]


# -- the smaller findings -------------------------------------------------------------------


def test_issue13_unknown_appointment_reason_and_role_are_library_errors() -> None:
    un = rr.preset("union-chair")
    with pytest.raises(UnknownValueError, match=r"reason='bogus' is not one of: major_matter"):
        un.check_visit(datetime(2026, 10, 15, 9, tzinfo=rr.TZ), reason="bogus")
    p = rr.Person(id="a", name="b", roles=["mayor"])
    with pytest.raises(UnknownValueError, match=r"role='x' is not one of: mayor, vice_mayor"):
        p.holds("x")
    assert p.holds("市长")
    assert not p.holds("vice_mayor")


def test_issue13_a_huge_name_gives_a_short_message() -> None:
    with pytest.raises(ValidationError) as excinfo:
        rr.Regime(
            name="x" * 100_000,
            rule=rr.Weekly(weekday="monday"),
            window=rr.half_day("上午"),
            holiday_policy=rr.SKIP,
            location="l",
        )
    _field_error(excinfo, "name")
    assert len(str(excinfo.value)) < 500


def test_issue13_a_long_unknown_window_kind_gives_a_short_message() -> None:
    # Found by the fuzz of institution files: the window's tag was echoed whole.
    with pytest.raises(ValidationError) as excinfo:
        rr.Regime.model_validate(
            {
                "name": "x",
                "rule": {"kind": "weekly", "weekday": "monday"},
                "window": {"kind": "k" * 3000, "start": "09:00", "end": "10:00"},
                "holiday_policy": {"kind": "skip"},
                "location": "室",
            }
        )
    _field_error(excinfo, "window")
    assert "(3000 characters) is not a kind of this field" in str(excinfo.value)
    assert len(str(excinfo.value)) < 500


def test_issue13_unknown_slot_echoes_a_short_form_of_the_value() -> None:
    roster = _roster()
    cover = rr.CoverRequest(
        slot_id="township-duty/" + "9" * 150,
        requester="d1",
        counterpart="d2",
        requested_at=at(2026, 3, 2),
    )
    with pytest.raises(duty.UnknownSlotError) as excinfo:
        rr.check_change(roster, cover)
    message = str(excinfo.value)
    assert "slot_id='township-duty/999" in message
    assert "(164 characters)" in message
    assert len(message) < 300
    assert len(rr.errors.shown("x" * 100_000)) < 100


@pytest.mark.parametrize(
    ("days_off", "accepted"),
    [
        ("2026-01-01/2026-03-01", True),  # 60 inclusive days
        ("2026-01-01/2026-03-02", False),  # 61 inclusive days: refused, as the message says
        ("2026-05-01/2026-05-01", True),  # a one-day A/A range
    ],
)
def test_issue13_cal_2_holiday_ranges_longer_than_60_days_are_refused(
    days_off: str, accepted: bool
) -> None:
    data = {"year": 2026, "holidays": [{"name": "x", "days_off": days_off}]}
    if accepted:
        s = rr.YearSchedule.model_validate(data)
        first, last = (date.fromisoformat(d) for d in days_off.split("/"))
        assert len(s.days_off()) == (last - first).days + 1
    else:
        with pytest.raises(ValidationError, match="is longer than 60 days"):
            rr.YearSchedule.model_validate(data)


@pytest.mark.parametrize(
    ("make", "field", "limit"),
    [
        (lambda v: rr.Person(id="p", name=v, roles=["mayor"]), "name", 200),
        (lambda v: rr.Person(id=v, name="n", roles=["mayor"]), "id", 200),
        (lambda v: rr.Person(id="p", name="n", title=v, roles=["mayor"]), "title", 200),
        (
            lambda v: rr.CoverRequest(
                slot_id="s", requester="a", counterpart="b", requested_at=at(2026, 3, 2), note=v
            ),
            "note",
            3000,
        ),
        (
            lambda v: rr.CoverRequest(
                slot_id="s",
                requester="a",
                counterpart="b",
                requested_at=at(2026, 3, 2),
                arranged_by=v,
            ),
            "arranged_by",
            200,
        ),
        (
            lambda v: rr.Regime(
                name="r",
                rule=rr.Weekly(weekday="monday"),
                window=rr.half_day("上午"),
                holiday_policy=rr.SKIP,
                location=v,
            ),
            "location",
            500,
        ),
    ],
)
def test_issue13_free_text_has_a_length_limit(make, field: str, limit: int) -> None:  # type: ignore[no-untyped-def]
    make("x" * limit)
    with pytest.raises(ValidationError) as excinfo:
        make("x" * (limit + 1))
    assert f"at most {limit} characters" in _field_error(excinfo, field)


def test_issue13_search_days_is_bounded_to_ten_years() -> None:
    assert AK.replace(search_days=3660).search_days == 3660
    with pytest.raises(ValidationError, match="search_days"):
        AK.replace(search_days=3661)


def test_issue13_every_error_above_is_a_library_error() -> None:
    for error in (BoundsError, CalendarRangeError, InvalidDocumentError, UnknownValueError):
        assert issubclass(error, ReceptionRulesError)
        assert issubclass(error, ValueError)
