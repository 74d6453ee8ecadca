"""``receptionrules today``: today's or the next reception of each institution, who is on duty
now, vacant posts and announcements in the coming days, matters falling due."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import receptionrules as rr
from receptionrules.cli import main

AK_PEOPLE = [
    {"id": "vm1", "name": "李明", "title": "副市长", "roles": ["vice_mayor"]},
    {"id": "vm2", "name": "王强", "title": "副市长", "roles": ["vice_mayor"]},
]
TS_PEOPLE = [
    {"id": "d1", "name": "张", "title": "副镇长", "roles": ["deputy_section_leader"]},
    {"id": "c1", "name": "王", "title": "站长", "roles": ["station_chief"]},
]
MATTERS = [
    # Received Monday 1 June, not yet decided on: Nat-1, 15 days, due 16 June.
    {"id": "M-1", "received_on": "2026-06-01", "channel": "visit", "subject": "s", "place": "甲"},
    # Accepted 10 April: Nat-2, 60 days, due 9 June; 7 days after 2 June.
    {
        "id": "M-2",
        "received_on": "2026-04-09",
        "channel": "letter",
        "subject": "s",
        "place": "乙",
        "events": [{"kind": "accepted", "on": "2026-04-10"}],
    },
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    def write(name: str, data: Any) -> str:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)

    ak = tmp_path / "ak.json"
    code = main(
        [
            *("roster", "generate", "ankang-mayor", "--people", write("ak-people.json", AK_PEOPLE)),
            *("--from", "2026-06-01", "--to", "2026-08-31", "-o", str(ak)),
        ]
    )
    assert code == 0
    # The station chief is away on 4 June: the township's chief post is vacant that day.
    absences = write("absences.json", [{"person": "c1", "first": "2026-06-04"}])
    ts = tmp_path / "ts.json"
    code = main(
        [
            *(
                "roster",
                "generate",
                "township-duty",
                "--people",
                write("ts-people.json", TS_PEOPLE),
            ),
            *("--from", "2026-06-01", "--to", "2026-06-30", "--absences", absences, "-o", str(ts)),
        ]
    )
    assert code == 0
    capsys.readouterr()
    return {"ak": str(ak), "ts": str(ts), "matters": write("matters.json", MATTERS)}


def lines_of(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_today_receptions_of_every_preset(capsys: pytest.CaptureFixture[str]) -> None:
    # Tuesday 2 June 2026, 09:00: the Ankang mayor's reception (first Tuesday) is on.
    code, out, err = run(capsys, "today", "--at", "2026-06-02T09:00", "--json")
    assert (code, err) == (0, "")
    rows = {o["preset"]: o for o in lines_of(out)}
    assert list(rows) == list(rr.PRESETS)
    assert (rows["ankang-mayor"]["when"], rows["ankang-mayor"]["date"]) == ("now", "2026-06-02")
    assert (rows["township-duty"]["when"], rows["township-duty"]["date"]) == ("now", "2026-06-02")
    assert (rows["union-chair"]["when"], rows["union-chair"]["date"]) == ("next", "2026-06-03")
    assert rows["wenfu-school"]["date"] == "2026-06-08"
    assert rows["mediation-centre-mayor"]["when"] == "none"
    # At 13:00 the Ankang reception is over: the next one is the first Tuesday of July.
    _, out, _ = run(capsys, "today", "ankang-mayor", "--at", "2026-06-02T13:00", "--json")
    (row,) = lines_of(out)
    assert (row["when"], row["date"]) == ("next", "2026-07-07")
    # Before 14:30 on a Wednesday the union chairman's reception is later today.
    _, out, _ = run(capsys, "today", "union-chair", "--at", "2026-06-03T10:00", "--json")
    assert lines_of(out)[0]["when"] == "today"


def test_today_with_rosters_and_matters(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["today", "ankang-mayor", "township-duty", "--at", "2026-06-02T09:00"]
    argv += ["--roster", office["ak"], "--roster", office["ts"], "--matters", office["matters"]]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    by_type: dict[str, list[dict[str, Any]]] = {}
    for o in lines_of(out):
        by_type.setdefault(o["type"], []).append(o)
    on_duty = {(o["preset"], o["post"], o["person"]) for o in by_type["on_duty"]}
    assert on_duty == {
        ("ankang-mayor", "leader", "vm1"),
        ("township-duty", "deputy_section_leader", "d1"),
        ("township-duty", "station_chief", "c1"),
    }
    (vacancy,) = by_type["vacancy"]
    assert (vacancy["date"], vacancy["position"], vacancy["problem"]) == (
        "2026-06-04",
        "station_chief",
        "vacant",
    )
    # AK announces 7 days ahead (AK-R-5.2): the slot of 2 June was due by 26 May.
    (announcement,) = by_type["announcement"]
    assert (announcement["status"], announcement["date"], announcement["deadline"]) == (
        "overdue",
        "2026-06-02",
        "2026-05-26",
    )
    due = [(o["matter_id"], o["clock"], o["due_on"], o["days_left"]) for o in by_type["matter_due"]]
    assert due == [("M-2", "conclude", "2026-06-09", 7)]  # M-1's Nat-1 day is further off
    code, out, _ = run(capsys, *argv, "--days", "14", "--json")
    due = [o["matter_id"] for o in lines_of(out) if o["type"] == "matter_due"]
    assert due == ["M-2", "M-1"]


def test_today_text_in_both_languages(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["today", "ankang-mayor", "--at", "2026-06-02T09:00", "--roster", office["ak"]]
    argv += ["--matters", office["matters"]]
    _, out, _ = run(capsys, *argv)
    assert out.startswith("2026-06-02 09:00（星期二）\n\n【接待日】\n")
    for title in ("【当前值班】", "【近期空岗】", "【公布安排】", "【到期与逾期的事项】"):
        assert title in out
    assert "副市长李明" in out
    assert "逾期未公布" in out
    assert "还剩7日" in out
    _, out, _ = run(capsys, *argv, "--lang", "en")
    assert out.startswith("2026-06-02 09:00 (Tuesday)\n\n[receptions]\n")
    assert "李明 (副市长)" in out
    assert "overdue" in out
    assert "7 days left" in out
    assert "（" not in out


def test_today_defaults_to_now(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionrules.cli import today

    monkeypatch.setattr(today, "now", lambda: datetime(2026, 6, 2, 9, tzinfo=rr.TZ))
    _, out, _ = run(capsys, "today", "ankang-mayor", "--json")
    assert lines_of(out)[0]["when"] == "now"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["today", "--days", "-1"], "--days -1"),
        (["today", "--at", "0001-01-01"], "--at 0001-01-01: outside the working-day calendar"),
        (["today", "--at", "2100-12-30"], "--days 7: the coming days reach 2101-01-06"),
        (["today", "nowhere"], "unknown preset 'nowhere'"),
    ],
)
def test_today_bad_input(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1
