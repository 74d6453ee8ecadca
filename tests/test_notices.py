"""Public notices (AK-R-5.2) and roster calendars, in Chinese and English."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.ical import roster_to_ical

STAMP = datetime(2026, 11, 1, 9, tzinfo=rr.TZ)


def person(pid: str, name: str, role: str, title: str = "") -> rr.Person:
    return rr.Person(id=pid, name=name, title=title, roles=[role])


AK_PEOPLE = [
    person("vm1", "张三", "vice_mayor", "副市长"),
    person("sg", "李四", "secretary_general", "市政府秘书长"),
]
TS_PEOPLE = [
    person("d1", "王五", "deputy_section_leader", "副镇长"),
    person("c1", "赵六", "station_chief", "派出所所长"),
]


def test_ak_r_5_2_notice_text_for_known_dates_in_both_languages() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), AK_PEOPLE, date(2026, 9, 1), date(2026, 10, 31)
    )
    sep, octo = rr.notices(roster)
    assert sep.render("zh") == (
        "2026年9月1日（星期二）上午8:30—12:00，地点：市人民政府信访接待室，接待领导：副市长张三。"
    )
    assert octo.render("zh") == (
        "2026年10月8日（星期四）上午8:30—12:00，地点：市人民政府信访接待室，"
        "接待领导：市政府秘书长李四。"
    )
    assert octo.render("en") == (
        "Thursday 8 October 2026, 08:30–12:00 (morning), at the petition reception room of "
        "the municipal people's government; received by 李四 (市政府秘书长)."
    )
    assert octo.complete


def test_ts_1_notice_names_both_people_on_duty() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), TS_PEOPLE, date(2026, 2, 14), date(2026, 2, 14)
    )
    (n,) = rr.notices(roster)
    assert n.render("zh") == (
        "2026年2月14日（星期六）8:00—17:00，地点：信访办公室，接待领导：副镇长王五、派出所所长赵六。"
    )
    assert "received by 王五 (副镇长), 赵六 (派出所所长)." in n.render("en")


def test_ak_r_5_2_vacant_post_reads_to_be_announced() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), TS_PEOPLE[:1], date(2026, 3, 2), date(2026, 3, 2)
    )
    (n,) = rr.notices(roster)
    assert not n.complete
    assert "副镇长王五、所、站长待定" in n.render("zh")
    assert "station/office chief (to be announced)" in n.render("en")


def test_cal_2_provisional_notice_says_so() -> None:
    year = rr.default_calendar().last_official_year + 1
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), AK_PEOPLE, date(year, 1, 1), date(year, 1, 31)
    )
    (n,) = rr.notices(roster)
    assert n.provisional
    assert f"（{year}年节假日安排公布前，日期暂定。）" in n.render("zh")
    assert "provisional" in n.render("en")


def test_un_1_and_wf_1_windows_in_notices() -> None:
    r = rr.preset("union-chair").next_reception(date(2026, 3, 1))
    n = rr.reception_notice(r, [rr.Receiver(name="周九", title="工会主席")])
    assert n.render("zh") == (
        "2026年3月4日（星期三）下午14:30—17:30，地点：工会主席办公室，接待领导：工会主席周九。"
    )
    w = rr.preset("wenfu-school").next_reception(date(2026, 3, 1))
    assert rr.reception_notice(w).render("zh").startswith("2026年3月2日（星期一）上午8:00—11:00，")
    assert rr.reception_notice(w).render("zh").endswith("接待领导：待定。")


def test_notices_range_is_checked() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), AK_PEOPLE, date(2026, 1, 1), date(2026, 3, 31)
    )
    assert len(rr.notices(roster, date(2026, 2, 1), date(2026, 2, 28))) == 1
    with pytest.raises(ValueError, match="before start"):
        rr.notices(roster, date(2026, 3, 1), date(2026, 2, 1))


def _events(text: str) -> dict[str, icalendar.Event]:
    return {str(e["uid"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}


def test_ak_r_5_2_roster_calendar_names_the_leader_and_keeps_uids_across_swaps() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), AK_PEOPLE, date(2026, 9, 1), date(2026, 12, 31)
    )
    before = _events(roster_to_ical(roster, stamp=STAMP))
    slots = roster.slots
    assert len(before) == len(slots) == 4
    for slot in slots:
        # The UID is made from the day the rule gave, the same as the reception feed's.
        event = before[f"{slot.regime}-{slot.moved_from or slot.day:%Y%m%d}@receptionrules"]
        assert event.decoded("dtstart") == slot.start
        assert event.decoded("dtend") == slot.end
        assert str(event["location"]) == slot.location
    first = slots[0]
    holder = first.holders[0]
    other = next(p.id for p in AK_PEOPLE if p.id != holder)
    cover = rr.CoverRequest(
        slot_id=first.id,
        requester=holder,
        counterpart=other,
        requested_at=datetime(2026, 8, 20, 9, tzinfo=rr.TZ),
    )
    changed = rr.apply_change(roster, cover)
    after = _events(roster_to_ical(changed, stamp=STAMP))
    assert after.keys() == before.keys()
    uid = f"{first.regime}-{first.moved_from or first.day:%Y%m%d}@receptionrules"
    new_name = next(p.name for p in AK_PEOPLE if p.id == other)
    assert new_name in str(after[uid]["description"])
    assert new_name in str(after[uid]["summary"])


def test_cli_announce_from_a_roster_and_from_a_preset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), AK_PEOPLE, date(2026, 9, 1), date(2026, 10, 31)
    )
    path = tmp_path / "roster.json"
    path.write_text(roster.model_dump_json(), encoding="utf-8")
    assert main(["announce", "--roster", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2026年9月1日（星期二）上午8:30—12:00")
    assert main(["announce", "--roster", str(path), "--lang", "en", "--json"]) == 0
    objs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["date"] for o in objs] == ["2026-09-01", "2026-10-08"]
    assert objs[1]["zh"].endswith("接待领导：市政府秘书长李四。")
    assert main(["announce", "wenfu-school", "--from", "2026-03-01", "--to", "2026-03-09"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["ical", "--roster", str(path)]) == 0
    assert len(_events(capsys.readouterr().out)) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["announce"], "give a preset, --config FILE, or --roster FILE"),
        (["announce", "wenfu-school"], "--from and --to are required"),
        (["announce", "--roster", "/nonexistent.json"], "cannot read /nonexistent.json"),
        (["announce", "x", "--from", "2026-01-01", "--to", "2026-02-01"], "unknown preset"),
        (["ical"], "give a preset, --config FILE, or --roster FILE"),
    ],
)
def test_cli_announce_bad_input(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.splitlines()) == 1
