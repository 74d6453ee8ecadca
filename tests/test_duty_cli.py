"""``receptionrules roster``: generate, check, audit; bad input is one line and exit 2."""

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


def write(tmp: Path, name: str, data: object) -> str:
    path = tmp / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def roster_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    people = write(tmp_path, "people.json", PEOPLE)
    code = main(
        [
            "roster",
            "generate",
            "township-duty",
            "--people",
            people,
            "--from",
            "2026-05-06",
            "--to",
            "2026-05-08",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
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
    assert main(["roster", "check", roster_file, "--request", req]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["AK-R-6.1", "AK-R-6.1", "TS-1"]
    assert main(["roster", "check", roster_file, "--request", req, "--lang", "zh"]) == 1
    assert "所、站长" in capsys.readouterr().out


def test_cli_check_valid_and_apply(
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
            "requested_at": "2026-05-06T09:00:00+08:00",
            "arranged_by": "信访办",
        },
    )
    assert main(["roster", "check", roster_file, "--request", req]) == 0
    assert capsys.readouterr().out.strip() == "valid"
    assert main(["roster", "check", roster_file, "--request", req, "--apply"]) == 0
    new = json.loads(capsys.readouterr().out)
    assert new["slots"][1]["assignments"][0]["person"] == "d1"
    assert new["history"][0]["arranged_by"] == "信访办"


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
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "TS-2: no registration record of the reception due on 2026-05-08" in out
    assert main([*args[:-2], "--to", "2026-05-07"]) == 0
    assert capsys.readouterr().out.strip() == "compliant"


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
    ],
)
def test_cli_bad_input_is_one_line_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_cli_bad_json_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = write(tmp_path, "people.json", [{"id": "x", "name": "X", "roles": ["emperor"]}])
    assert (
        main(
            [
                "roster",
                "generate",
                "township-duty",
                "--people",
                people,
                "--from",
                "2026-05-06",
                "--to",
                "2026-05-08",
            ]
        )
        == 2
    )
    assert "0.roles.0" in capsys.readouterr().err
    mayor = write(tmp_path, "mayor.json", [{"id": "m", "name": "M", "roles": ["mayor"]}])
    assert (
        main(
            [
                "roster",
                "generate",
                "township-duty",
                "--people",
                mayor,
                "--from",
                "2026-05-06",
                "--to",
                "2026-05-08",
            ]
        )
        == 2
    )
    assert "people[0]" in capsys.readouterr().err
