"""iCalendar export: parsed back with icalendar and compared with receptions(...)."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import pytest

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.ical import event_uid, to_ical

STAMP = datetime(2026, 1, 1, 9, tzinfo=rr.TZ)


def events(text: str) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(text)
    return list(cal.walk("VEVENT"))


@pytest.mark.parametrize("name", rr.PRESETS)
def test_every_event_matches_a_reception(name: str) -> None:
    regime = rr.preset(
        name,
        **(
            {"announced": [date(2012, 12, 10), date(2026, 3, 9)]}
            if name == "mediation-centre-mayor"
            else {}
        ),
    )
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    expected = list(regime.receptions(start, end))
    got = events(to_ical(regime.receptions(start, end), stamp=STAMP))
    assert len(got) == len(expected) > 0
    for event, r in zip(got, expected, strict=True):
        assert event.decoded("dtstart") == r.start
        assert event.decoded("dtend") == r.end
        assert event["dtstart"].params["TZID"] == "Asia/Shanghai"
        assert str(event["location"]) == r.location
        assert str(event["uid"]) == event_uid(r)
    assert len({str(e["uid"]) for e in got}) == len(got)


def test_vtimezone_is_included() -> None:
    cal = icalendar.Calendar.from_ical(
        to_ical(
            rr.preset("wenfu-school").receptions(date(2026, 3, 1), date(2026, 3, 9)), stamp=STAMP
        )
    )
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Asia/Shanghai"


def test_uid_is_stable_when_hours_or_moves_change() -> None:
    # The slot is identified by regime and rule day: a new window or a move keeps the UID.
    ak = rr.preset("ankang-mayor")
    later = rr.preset("ankang-mayor", window=rr.half_day("上午", start="09:00"))
    moved_back = rr.preset("ankang-mayor", holiday_policy=rr.MOVE_PREVIOUS)
    a = [
        str(e["uid"])
        for e in events(to_ical(ak.receptions(date(2026, 5, 1), date(2026, 5, 31)), stamp=STAMP))
    ]
    b = [
        str(e["uid"])
        for e in events(to_ical(later.receptions(date(2026, 5, 1), date(2026, 5, 31)), stamp=STAMP))
    ]
    c = [
        str(e["uid"])
        for e in events(
            to_ical(moved_back.receptions(date(2026, 4, 30), date(2026, 4, 30)), stamp=STAMP)
        )
    ]
    assert a == b == c == ["ankang-mayor-20260505@receptionrules"]


def test_provisional_receptions_are_tentative() -> None:
    year = rr.default_calendar().last_official_year + 1
    text = to_ical(
        rr.preset("ankang-mayor").receptions(date(year, 1, 1), date(year, 1, 31)), stamp=STAMP
    )
    (event,) = events(text)
    assert str(event["status"]) == "TENTATIVE"


def test_description_can_name_the_leader() -> None:
    text = to_ical(
        rr.preset("union-chair").receptions(date(2026, 3, 4), date(2026, 3, 4)),
        stamp=STAMP,
        description=lambda r: f"接待领导：工会主席 {r.day}",
    )
    (event,) = events(text)
    assert str(event["description"]) == "接待领导：工会主席 2026-03-04"


def test_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        to_ical([], stamp=datetime(2026, 1, 1))


def test_cli_ical(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ical", "wenfu-school", "--from", "2026-02-01", "--to", "2026-03-08"]) == 0
    out = capsys.readouterr().out
    got = events(out)
    assert [e.decoded("dtstart").date() for e in got] == [
        date(2026, 2, 2),
        date(2026, 2, 9),
        date(2026, 3, 2),
    ]
    assert "文富市中学" in str(got[0]["summary"])


def test_cli_ical_bad_range(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ical", "wenfu-school", "--from", "2026-03-01", "--to", "2026-02-01"]) == 2
    assert "is after --to" in capsys.readouterr().err
