"""Personal duty feeds with reminders, and one UID per reception in every feed (AK-R-5.2).

Every feed is parsed back with icalendar. The moved receptions are the real ones of the
Ankang mayor's first-Tuesday rule (AK-R-4.2) on the State Council's 2026 schedule:
Tuesday 5 May (a substituted day off) held Wednesday 6 May, Tuesday 6 October (National
Day) held Thursday 8 October; and the provisional 2027 ones: 4 May held 5 May, 5 October
held 6 October.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import icalendar
import pytest
from pydantic import ValidationError

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.ical import (
    Reminder,
    ReminderTooLateError,
    person_to_ical,
    roster_to_ical,
    to_ical,
)

STAMP = datetime(2026, 1, 1, 9, tzinfo=rr.TZ)
LEADERS = [
    rr.Person(id="w5", name="王五", title="副市长", roles=["vice_mayor"]),
    rr.Person(id="l4", name="李四", title="市长", roles=["mayor"]),
]
# (rule's day, day held): typed in from the notices, not computed.
MOVED = [
    (date(2026, 5, 5), date(2026, 5, 6)),
    (date(2026, 10, 6), date(2026, 10, 8)),
    (date(2027, 5, 4), date(2027, 5, 5)),
    (date(2027, 10, 5), date(2027, 10, 6)),
]


def _calendar(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def _events(text: str) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in _calendar(text).walk("VEVENT")}


@pytest.fixture(scope="module")
def roster() -> rr.Roster:
    return rr.generate_roster(
        rr.preset("ankang-mayor"), LEADERS, date(2026, 1, 1), date(2027, 12, 31)
    )


def test_ak_r_5_2_a_reception_has_one_uid_in_every_feed(roster: rr.Roster) -> None:
    receptions = _events(
        to_ical(rr.preset("ankang-mayor").receptions(roster.start, roster.end), stamp=STAMP)
    )
    everyone = _events(roster_to_ical(roster, stamp=STAMP))
    personal = {
        **_events(person_to_ical(roster, "w5", stamp=STAMP)),
        **_events(person_to_ical(roster, "l4", stamp=STAMP)),
    }
    assert receptions.keys() == everyone.keys() == personal.keys()
    assert len(receptions) == 24
    for rule_day, held in MOVED:
        uid = f"ankang-mayor-{rule_day:%Y%m%d}@receptionrules"
        for feed in (receptions, everyone, personal):
            assert feed[uid].decoded("dtstart").date() == held
        assert f"ankang-mayor-{held:%Y%m%d}@receptionrules" not in everyone


def test_ak_r_5_2_slots_record_the_day_the_rule_gave(roster: rr.Roster) -> None:
    moved = [(s.moved_from, s.day) for s in roster.slots if s.moved_from is not None]
    assert moved == MOVED


def test_ak_r_6_1_uids_survive_swaps_and_re_timings(roster: rr.Roster) -> None:
    before = _events(roster_to_ical(roster, stamp=STAMP))
    slot = roster.slot_on(date(2026, 10, 8))
    assert slot is not None
    holder = slot.holders[0]
    other = next(p.id for p in LEADERS if p.id != holder)
    swapped = rr.apply_change(
        roster,
        rr.CoverRequest(
            slot_id=slot.id,
            requester=holder,
            counterpart=other,
            requested_at=datetime(2026, 9, 1, 9, tzinfo=rr.TZ),
        ),
    )
    after = _events(roster_to_ical(swapped, stamp=STAMP))
    assert after.keys() == before.keys()
    uid = "ankang-mayor-20261006@receptionrules"
    name = next(p.name for p in LEADERS if p.id == other)
    assert name in str(after[uid]["summary"])
    # A later start (09:00): the same slots, the same UIDs.
    later = rr.generate_roster(
        rr.preset("ankang-mayor", window=rr.half_day("上午", start="09:00")),
        LEADERS,
        roster.start,
        roster.end,
    )
    retimed = _events(roster_to_ical(later, stamp=STAMP))
    assert retimed.keys() == before.keys()
    assert retimed[uid].decoded("dtstart").time() == time(9, 0)


def test_ak_r_5_2_a_personal_feed_holds_exactly_that_persons_slots(roster: rr.Roster) -> None:
    for person in LEADERS:
        events = _events(person_to_ical(roster, person.id, stamp=STAMP))
        mine = [s for s in roster.slots if person.id in s.holders]
        assert mine
        assert sorted(e.decoded("dtstart") for e in events.values()) == [s.start for s in mine]
        for e in events.values():
            assert person.name in str(e["summary"])


def _alarm_trigger(event: icalendar.Event) -> datetime:
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert str(alarm["description"])
    assert alarm["trigger"].params.get("VALUE") == "DATE-TIME"
    trigger: datetime = alarm.decoded("trigger")
    return trigger


def test_ak_r_5_2_reminders_ring_the_working_day_before_at_17(roster: rr.Roster) -> None:
    events = _events(person_to_ical(roster, "w5", date(2026, 5, 1), date(2026, 9, 30), stamp=STAMP))
    by_day = {e.decoded("dtstart").date(): _alarm_trigger(e) for e in events.values()}
    # 6 May 2026: 1-5 May are off, so the working day before is Thursday 30 April.
    # 1 September 2026 is a Tuesday: Monday 31 August.
    expected = {
        date(2026, 5, 6): datetime(2026, 4, 30, 17, tzinfo=rr.TZ),
        date(2026, 7, 7): datetime(2026, 7, 6, 17, tzinfo=rr.TZ),
        date(2026, 9, 1): datetime(2026, 8, 31, 17, tzinfo=rr.TZ),
    }
    assert by_day == expected
    assert all(
        t.tzinfo is not None and t.utcoffset() == UTC.utcoffset(None) for t in by_day.values()
    )


def test_ak_r_5_2_a_reminder_is_a_parameter(roster: rr.Roster) -> None:
    two = Reminder(working_days_before=2, at=time(9, 30))
    events = _events(
        person_to_ical(roster, "w5", date(2026, 5, 1), date(2026, 5, 31), reminder=two, stamp=STAMP)
    )
    (event,) = events.values()
    assert _alarm_trigger(event) == datetime(2026, 4, 29, 9, 30, tzinfo=rr.TZ)
    quiet = _events(person_to_ical(roster, "w5", reminder=None, stamp=STAMP))
    assert all(not e.walk("VALARM") for e in quiet.values())
    assert all(not e.walk("VALARM") for e in _events(roster_to_ical(roster, stamp=STAMP)).values())


def test_ak_r_5_2_a_reminder_after_the_start_is_refused(roster: rr.Roster) -> None:
    late = Reminder(working_days_before=0, at=time(9, 0))  # the reception starts at 08:30
    with pytest.raises(ReminderTooLateError, match=r"is not before the start of ankang-mayor/"):
        person_to_ical(roster, "w5", reminder=late, stamp=STAMP)
    with pytest.raises(ValidationError, match="working_days_before"):
        Reminder(working_days_before=-1)


def test_ak_r_5_2_calendar_names_are_readable_in_each_language(roster: rr.Roster) -> None:
    def name(text: str) -> str:
        return str(_calendar(text)["x-wr-calname"])

    assert name(person_to_ical(roster, "w5", stamp=STAMP)) == "王五的接访值班"
    assert name(person_to_ical(roster, "w5", language="en", stamp=STAMP)) == "Duty of 王五"
    assert name(person_to_ical(roster, "w5", name="我的值班", stamp=STAMP)) == "我的值班"
    assert name(roster_to_ical(roster, stamp=STAMP)) == "安康市市长信访接待日"
    assert name(roster_to_ical(roster, language="en", stamp=STAMP)) == (
        "Ankang mayor's petition reception day"
    )
    events = _events(person_to_ical(roster, "w5", language="en", stamp=STAMP))
    assert all(str(e["summary"]).startswith("Petition reception: 王五") for e in events.values())


def test_ak_r_5_2_an_unknown_person_is_refused(roster: rr.Roster) -> None:
    with pytest.raises(rr.ReceptionRulesError, match="nobody"):
        person_to_ical(roster, "nobody", stamp=STAMP)


def test_ak_r_5_2_a_roster_saved_before_moved_from_still_loads(roster: rr.Roster) -> None:
    data = json.loads(roster.model_dump_json())
    for slot in data["slots"]:
        slot.pop("moved_from")
    old = rr.Roster.model_validate(data)
    assert all(s.moved_from is None for s in old.slots)
    assert old.slots == tuple(s.model_copy(update={"moved_from": None}) for s in roster.slots)
    with pytest.raises(ValidationError, match="moved_from"):
        rr.Roster.model_validate(
            {**data, "slots": [{**data["slots"][0], "moved_from": data["slots"][0]["day"]}]}
        )


def test_cli_ical_person_feed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "roster.json"
    small = rr.generate_roster(
        rr.preset("ankang-mayor"), LEADERS, date(2026, 5, 1), date(2026, 10, 31)
    )
    path.write_text(small.model_dump_json(), encoding="utf-8")
    args = ["ical", "--roster", str(path), "--person", "w5", "--lang", "en"]
    assert main([*args, "--remind-days", "2", "--remind-at", "08:00"]) == 0
    cal = _calendar(capsys.readouterr().out)
    assert str(cal["x-wr-calname"]) == "Duty of 王五"
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart").date() for e in events] == [
        s.day for s in small.slots if "w5" in s.holders
    ]
    assert _alarm_trigger(events[0]) == datetime(2026, 4, 29, 8, tzinfo=rr.TZ)
    assert main([*args, "--no-remind", "--name", "值班"]) == 0
    cal = _calendar(capsys.readouterr().out)
    assert str(cal["x-wr-calname"]) == "值班"
    assert not any(e.walk("VALARM") for e in cal.walk("VEVENT"))
    assert main([*args, "--remind-at", "25:00"]) == 2
    assert "--remind-at: '25:00' is not a time" in capsys.readouterr().err
    assert (
        main(
            ["ical", "ankang-mayor", "--from", "2026-01-01", "--to", "2026-02-01", "--person", "w5"]
        )
        == 2
    )
    assert "--person needs --roster" in capsys.readouterr().err
    assert main(["ical", "--roster", str(path), "--person", "nobody"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "nobody" in err


def test_cli_ical_reception_feed_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["ical", "union-chair", "--from", "2026-03-01", "--to", "2026-03-05", "--lang", "en"]
    assert main(argv) == 0
    cal = _calendar(capsys.readouterr().out)
    assert str(cal["x-wr-calname"]) == "Trade union chairman's reception day"
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == "Trade union chairman's reception day, 14:30–17:30"
    assert str(event["uid"]) == "union-chair-20260304@receptionrules"
