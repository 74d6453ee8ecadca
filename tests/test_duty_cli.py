"""``receptionrules roster``: generate, show, check, fill, announce, audit; stdout carries only
the output asked for, refusals and vacancies go to stderr, bad input is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from receptionrules.cli import main

PEOPLE = [
    {"id": "d1", "name": "张", "title": "副镇长", "roles": ["deputy_section_leader"]},
    {"id": "d2", "name": "李", "title": "副镇长", "roles": ["副科级领导"]},
    {"id": "c1", "name": "王", "title": "站长", "roles": ["station_chief"]},
    {"id": "c2", "name": "赵", "title": "所长", "roles": ["所、站长"]},
]
AK_PEOPLE = [
    {"id": "vm1", "name": "李明", "title": "副市长", "roles": ["vice_mayor"]},
    {"id": "vm2", "name": "王强", "title": "副市长", "roles": ["副市长"]},
]


def write(tmp: Path, name: str, data: object, *, bom: bool = False) -> str:
    path = tmp / name
    text = json.dumps(data, ensure_ascii=False)
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def roster_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    people = write(tmp_path, "people.json", PEOPLE, bom=True)  # as Notepad saves it
    code, out, err = run(
        capsys,
        *("roster", "generate", "township-duty", "--people", people),
        *("--from", "2026-05-06", "--to", "2026-05-08"),
    )
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1  # one JSON document on one line
    assert [s["assignments"][0]["person"] for s in json.loads(out)["slots"]] == ["d1", "d2", "d1"]
    return write(tmp_path, "roster.json", json.loads(out))


def test_ts_1_cli_check_lists_every_violation(
    tmp_path: Path, roster_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    req = write(
        tmp_path,
        "req.json",
        {
            "kind": "cover",
            "slot_id": "township-duty/2026-05-07",
            "requester": "d2",
            "counterpart": "c1",
            "requested_at": "2026-05-07T09:00:00+08:00",
        },
    )
    code, out, _ = run(capsys, "roster", "check", roster_file, "--request", req, "--lang", "en")
    assert code == 1
    header, *lines = out.splitlines()
    assert header.split() == ["rule", "field", "reason"]
    assert [line.split()[0] for line in lines] == ["AK-R-6.1", "AK-R-6.1", "TS-1"]
    code, out, _ = run(capsys, "roster", "check", roster_file, "--request", req)
    assert code == 1
    assert out.splitlines()[0].split() == ["规则", "字段", "原因"]
    assert "所、站长" in out
    code, out, _ = run(capsys, "roster", "check", roster_file, "--request", req, "--json")
    objs = [json.loads(line) for line in out.splitlines()]
    assert [(o["rule_id"], o["code"]) for o in objs][-1] == ("TS-1", "duty.not_eligible")
    assert set(objs[0]) == {"rule_id", "field", "code", "reason"}


def test_cli_check_valid_and_apply_with_a_zone_less_time(
    tmp_path: Path, roster_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    req = write(
        tmp_path,
        "req.json",
        {
            "kind": "cover",
            "slot_id": "township-duty/2026-05-07",
            "requester": "d2",
            "counterpart": "d1",
            "requested_at": "2026-05-06T09:00",  # no offset: Asia/Shanghai, as in options
            "arranged_by": "信访办",
        },
    )
    assert run(capsys, "roster", "check", roster_file, "--request", req)[:2] == (0, "符合规定\n")
    assert run(capsys, "roster", "check", roster_file, "--request", req, "--lang", "en")[1] == (
        "valid\n"
    )
    code, out, err = run(capsys, "roster", "check", roster_file, "--request", req, "--apply")
    assert (code, err) == (0, "")
    new = json.loads(out)
    assert new["slots"][1]["assignments"][0]["person"] == "d1"
    assert new["history"][0]["arranged_by"] == "信访办"
    assert new["history"][0]["change"]["requested_at"] == "2026-05-06T09:00:00+08:00"


def test_ak_r_6_1_cli_apply_refused_writes_nothing_to_stdout(
    tmp_path: Path, roster_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check --apply > new.json``: a refusal goes to stderr, so new.json stays empty."""
    req = write(
        tmp_path,
        "late.json",
        {
            "kind": "cover",
            "slot_id": "township-duty/2026-05-07",
            "requester": "d2",
            "counterpart": "d1",
            "requested_at": "2026-05-07T09:00",
        },
    )
    code, out, err = run(capsys, "roster", "check", roster_file, "--request", req, "--apply")
    assert (code, out) == (1, "")
    assert err.startswith("调整未获准：")
    assert "AK-R-6.1" in err


def test_ak_r_6_1_cli_generate_reports_every_vacancy_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = write(tmp_path, "people.json", PEOPLE[:3])
    absences = write(
        tmp_path, "absences.json", [{"person": "c1", "first": "2026-05-07", "reason": "leave"}]
    )
    argv = ["roster", "generate", "township-duty", "--people", people, "--absences", absences]
    argv += ["--from", "2026-05-06", "--to", "2026-05-08"]
    code, out, err = run(capsys, *argv)
    assert code == 0
    roster = json.loads(out)  # stdout stays the roster
    assert roster["slots"][1]["assignments"][1]["person"] is None
    lines = err.splitlines()
    assert lines[0].startswith("注意：值班表有1个岗位缺人")
    assert "roster fill" in lines[0]
    assert lines[1].split()[:2] == ["2026-05-07", "空岗"]
    assert "TS-2" in lines[1]
    _, _, err = run(capsys, *argv, "--lang", "en")
    assert err.startswith("warning: 1 post of the roster lacks a proper holder")


def test_ak_r_6_1_cli_fill_fills_the_vacancy_and_reports_what_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # c1, the only chief, is away on the 7th and the 8th: both chief posts stay vacant.
    absences = write(
        tmp_path, "a.json", [{"person": "c1", "first": "2026-05-07", "last": "2026-05-08"}]
    )
    code, out, err = run(
        capsys,
        *("roster", "generate", "township-duty", "--people", write(tmp_path, "p.json", PEOPLE[:3])),
        *("--from", "2026-05-06", "--to", "2026-05-08", "--absences", absences),
    )
    roster = write(tmp_path, "roster.json", json.loads(out))
    assert err.startswith("注意：值班表有2个岗位缺人")
    fill = ["roster", "fill", roster, "--date", "2026-05-07", "--at", "2026-05-06T09:00"]
    # c2 is not among the roster's people: named, exit 2.
    code, out, err = run(capsys, *fill, "--person", "c2")
    assert (code, out) == (2, "")
    assert "--person 'c2' is not among the roster's people" in err
    assert "Roster." not in err
    # d2 is a deputy, the vacant post the chief's: refused on stderr, nothing on stdout.
    code, out, err = run(capsys, *fill, "--person", "d2")
    assert (code, out) == (1, "")
    assert "TS-1" in err
    # A fill request as a file: c1 is away on the 8th ...
    req = write(
        tmp_path,
        "fill.json",
        {
            "kind": "fill",
            "slot_id": "township-duty/2026-05-08",
            "person": "c1",
            "requested_at": "2026-05-06T09:00",
        },
    )
    code, out, err = run(capsys, "roster", "fill", roster, "--request", req, "--absences", absences)
    assert (code, out) == (1, "")
    assert "请假" in err or "无法值班" in err
    # ... and back after all (no absences): filled, and the vacancy left on the 7th reported.
    code, out, err = run(capsys, "roster", "fill", roster, "--request", req)
    assert code == 0
    filled = json.loads(out)
    assert filled["slots"][2]["assignments"][1]["person"] == "c1"
    assert filled["history"][0]["change"]["kind"] == "fill"
    assert "township-duty/2026-05-07" in err
    assert "township-duty/2026-05-08" not in err


def test_ak_r_5_2_cli_announce_makes_the_audit_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = write(tmp_path, "people.json", AK_PEOPLE)
    code, out, _ = run(
        capsys,
        *("roster", "generate", "ankang-mayor", "--people", people),
        *("--from", "2026-06-01", "--to", "2026-07-31"),
    )
    roster = write(tmp_path, "roster.json", json.loads(out))
    records = write(
        tmp_path,
        "records.json",
        [
            {
                "regime": "ankang-mayor",
                "day": day,
                "start": "8:30",
                "end": "12:00",
                "location": "市人民政府信访接待室",
                "receivers": [who],
            }
            for day, who in (("2026-06-02", "vm1"), ("2026-07-07", "vm2"))
        ],
    )
    audit = ["roster", "audit", "ankang-mayor", "--records", records, "--from", "2026-06-01"]
    audit += ["--to", "2026-07-31", "--roster"]
    code, out, _ = run(capsys, *audit, roster, "--lang", "en")
    assert code == 1
    assert out.count("AK-R-5.2") == 2
    assert "never announced" in out
    code, out, err = run(capsys, "roster", "announce", roster, "--at", "2026-05-20T10:00")
    assert code == 0
    assert "已记录公布2个值班" in err
    announced = write(tmp_path, "announced.json", json.loads(out))
    code, out, _ = run(capsys, *audit, announced)
    assert (code, out) == (0, "无问题\n")
    # Announced once, nothing is left to announce; a late announcement is judged late.
    _, out, err = run(capsys, "roster", "announce", announced, "--at", "2026-05-21T10:00")
    assert "已记录公布0个值班" in err
    code, out, _ = run(
        capsys,
        "roster",
        "announce",
        roster,
        "--slot",
        "ankang-mayor/2026-06-02",
        "--at",
        "2026-05-30T10:00",
    )
    late = write(tmp_path, "late.json", json.loads(out))
    code, out, _ = run(capsys, *audit, late, "--lang", "en")
    assert code == 1
    assert (
        "the duty of 2026-06-02 was announced on 2026-05-30, after the deadline 2026-05-26" in out
    )
    assert "the duty of 2026-07-07 was never announced" in out


def test_ts_2_cli_audit(
    tmp_path: Path, roster_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    records = write(
        tmp_path,
        "records.json",
        [
            {
                "regime": "township-duty",
                "day": f"2026-05-0{d}",
                "start": "08:00",
                "end": "17:00",
                "location": "信访办公室",
                "receivers": r,
            }
            for d, r in ((6, ["d1", "c1"]), (7, ["d2", "c2"]))
        ],
    )
    args = [
        "roster",
        "audit",
        "township-duty",
        "--records",
        records,
        "--from",
        "2026-05-06",
        "--to",
        "2026-05-08",
        "--roster",
        roster_file,
    ]
    code, out, _ = run(capsys, *args, "--lang", "en")
    assert code == 1
    assert "TS-2: no registration record of the reception due on 2026-05-08" not in out
    assert "no registration record of the reception due on 2026-05-08" in out
    code, out, _ = run(capsys, *args, "--json")
    finding = json.loads(out.splitlines()[-1])
    assert (finding["rule_id"], finding["day"]) == ("TS-2", "2026-05-08")
    assert run(capsys, *[*args[:-2], "--to", "2026-05-07"])[:2] == (0, "无问题\n")


def test_roster_show_as_a_table(roster_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "roster", "show", roster_file)
    assert code == 0
    header, first, *_ = out.splitlines()
    assert header.split()[-3:] == ["副科级领导", "所、站长", "已公布"]
    assert "副镇长张" in first
    assert "站长王" in first
    assert first.endswith("否")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["roster"], "choose an action"),
        (["roster", "check", "missing.json", "--request", "x.json"], "cannot read missing.json"),
        (
            [
                "roster",
                "generate",
                "nowhere",
                "--people",
                "p.json",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-02",
            ],
            "unknown preset",
        ),
        (
            [
                "roster",
                "generate",
                "township-duty",
                "--people",
                "p.json",
                "--from",
                "2026-01-09",
                "--to",
                "2026-01-02",
            ],
            "is after",
        ),
        (["roster", "fill", "r.json", "--format", "csv"], "invalid choice: 'csv'"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_cli_bad_json_names_the_item_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    people = write(tmp_path, "people.json", [{"id": "x", "name": "X", "roles": ["emperor"]}])
    assert main([*base, "--people", people]) == 2
    err = capsys.readouterr().err
    assert f"--people {people}: person 'x' (item 0): roles[0]: 'emperor' is not one of" in err
    mayor = write(tmp_path, "mayor.json", [{"id": "m", "name": "M", "roles": ["mayor"]}])
    assert main([*base, "--people", mayor]) == 2
    assert "people[0]" in capsys.readouterr().err
    typo = write(tmp_path, "typo.json", [{"id": "m", "name": "M", "role": ["mayor"]}])
    assert main([*base, "--people", typo]) == 2
    err = capsys.readouterr().err
    assert "person 'm' (item 0): unknown key 'role'; did you mean 'roles'?" in err
    assert "more" not in err  # the missing 'roles' is what the typo explains
    reason = write(tmp_path, "abs.json", [{"person": "m", "first": "2026-05-06", "reason": "leav"}])
    assert main([*base, "--people", write(tmp_path, "p.json", PEOPLE), "--absences", reason]) == 2
    assert "did you mean 'leave'?" in capsys.readouterr().err
