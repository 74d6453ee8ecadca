"""``receptionrules supervise`` and ``schema``: output, and one-line errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.cli.schema import SCHEMAS

MATTERS = [
    {
        "id": "M-1",
        "received_on": "2026-01-05",
        "channel": "letter",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "Unit A",
    },
    {
        "id": "M-2",
        "received_on": "2026-02-10",
        "channel": "visit",
        "petitioner_ids": ["P-2"],
        "petitioner_count": 6,
        "subject": "land",
        "place": "Unit A",
        "handling_organ": "Bureau B",
        "events": [
            {"kind": "accepted", "on": "2026-02-11"},
            {"kind": "supervision_opened", "on": "2026-03-01", "method": "written"},
            {"kind": "supervision_refused", "on": "2026-03-03"},
        ],
    },
    {
        "id": "M-3",
        "received_on": "2026-03-30",
        "channel": "online",
        "petitioner_ids": ["P-3"],
        "subject": "wages",
        "place": "Unit A",
    },
]


def write(tmp_path: Path, data: Any, name: str = "matters.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_supervise_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20")
    code, out, err = run(capsys, *argv, "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "as of 2026-04-20: 3 matters (3 red, 0 yellow, 0 green), 5 findings, 0 early warnings, "
        "1 recommendation of accountability"
    )
    assert any(
        line.startswith("AK-S-2.1  fixed-point") and "M-1, M-2, M-3" in line for line in lines
    )
    assert any(line.startswith("AK-S-7.1  M-2") and "Bureau B" in line for line in lines)
    # The old option name still works.
    assert run(capsys, *argv, "--language", "en")[1] == out


def test_supervise_is_chinese_throughout_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "截至2026-04-20：3件事项（红灯3件、黄灯0件、绿灯0件），5项发现，0项临期预警，1项问责建议"
    )
    assert lines[1] == "【发现】"
    assert lines[2].split() == ["规则", "类别", "督办方式", "事项", "原因"]
    fixed = next(line for line in lines if line.startswith("AK-S-2.1"))
    assert fixed.split()[1:3] == ["定点督查督办", "召开督办会议"]
    assert "定点督查督办（AK-S-2.1）" in out
    assert "《安康市信访督查工作暂行办法》第七条第（一）项" in out
    for word in ("fixed_point", "telephone", "meeting", "as of", "finding"):
        assert word not in out


def test_supervise_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--json"
    )
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    summary, *rest = objs
    assert summary == {
        "type": "summary",
        "as_of": "2026-04-20",
        "matters_evaluated": 3,
        "matters_ignored": 0,
        "red": 3,
        "yellow": 0,
        "green": 0,
        "findings": 5,
        "warnings": 0,
        "recommendations": 1,
    }
    findings = [o for o in rest if o["type"] == "finding"]
    kinds = [(f["rule_id"], f["kind"], f["matter_ids"]) for f in findings]
    assert ("AK-S-2.1", "fixed_point", ["M-1", "M-2", "M-3"]) in kinds
    assert ("AK-S-2.3", "collective", ["M-2"]) in kinds
    overdue = next(f for f in findings if f["matter_ids"] == ["M-2"] and f["kind"] == "overdue")
    assert overdue["facts"]["clock"]["due_on"] == "2026-04-13"  # 11 Feb + 60 days, a Monday
    assert overdue["method"] == "meeting"  # written already used: one rung up
    (rec,) = [o for o in rest if o["type"] == "recommendation"]
    assert rec["rule_id"] == "AK-S-7.1"


def test_supervise_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--summary")
    code, out, _ = run(capsys, *argv)
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["规则", "类别", "项数", "涉及事项"]
    assert lines[2:] == [
        "AK-S-2.1  定点督查督办  1     3",
        "AK-S-2.3  集体上访      1     1",
        "AK-S-2.4  超过办理期限  3     3",
        "AK-S-7.1  拒绝督查督办  1     1",
    ]
    _, out, _ = run(capsys, *argv, "--json")
    counts = [json.loads(line) for line in out.splitlines()][1:]
    assert counts[2] == {
        "type": "count",
        "rule_id": "AK-S-2.4",
        "kind": "overdue",
        "count": 3,
        "matters": 3,
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            [],
            {
                "AK-S-2.1 M-1",
                "AK-S-2.3 M-2",
                "AK-S-2.4 M-1",
                "AK-S-2.4 M-2",
                "AK-S-2.4 M-3",
                "AK-S-7.1 M-2",
            },
        ),
        (["--rule", "AK-S-2.4"], {"AK-S-2.4 M-1", "AK-S-2.4 M-2", "AK-S-2.4 M-3"}),
        (["--rule", "AK-S-7"], {"AK-S-7.1 M-2"}),
        (["--rule", "AK-S-2.1", "--rule", "AK-S-2.3"], {"AK-S-2.1 M-1", "AK-S-2.3 M-2"}),
        (["--organ", "Bureau B"], {"AK-S-2.1 M-1", "AK-S-2.3 M-2", "AK-S-2.4 M-2", "AK-S-7.1 M-2"}),
        (["--place", "Unit A", "--rule", "AK-S-2.3"], {"AK-S-2.3 M-2"}),
        (["--place", "Unit B"], set()),
    ],
)
def test_supervise_filters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], filters: list[str], expected: set[str]
) -> None:
    argv = ("supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--json", *filters)
    code, out, _ = run(capsys, *argv)
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()][1:]
    got = {f"{o['rule_id']} {o.get('matter_ids', [o.get('matter_id')])[0]}" for o in objs}
    assert got == expected


def test_supervise_open_keeps_what_concerns_a_matter_still_handled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # M-2 concluded on the 15th: its recommendation of accountability stands, but --open
    # leaves it out; the cluster with open matters in it stays.
    concluded = {
        **MATTERS[1],
        "events": [*MATTERS[1]["events"], {"kind": "concluded", "on": "2026-04-15"}],
    }
    path = write(tmp_path, [MATTERS[0], concluded, MATTERS[2]])
    argv = ("supervise", path, "--as-of", "2026-04-20", "--json")
    rules = [json.loads(line)["rule_id"] for line in run(capsys, *argv)[1].splitlines()[1:]]
    assert "AK-S-7.1" in rules
    rules = [
        json.loads(line)["rule_id"] for line in run(capsys, *argv, "--open")[1].splitlines()[1:]
    ]
    assert "AK-S-7.1" not in rules
    assert "AK-S-2.1" in rules


def test_supervise_warns_about_matters_and_events_after_as_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, MATTERS)
    code, out, err = run(capsys, "supervise", path, "--as-of", "1999-01-01", "--lang", "en")
    assert code == 0
    assert out.startswith("as of 1999-01-01: 0 matters (0 red, 0 yellow, 0 green), 0 findings")
    assert err == "warning: 3 matters received after --as-of 1999-01-01 are ignored\n"
    code, out, err = run(capsys, "supervise", path, "--as-of", "2026-02-20")
    assert err.splitlines() == [
        "注意：1件事项登记于--as-of 2026-02-20之后，未计入",
        "注意：1件事项有晚于--as-of 2026-02-20的记录，这些记录未计入",
    ]
    assert "注意" not in out


def test_supervise_as_of_defaults_to_today_in_shanghai(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from receptionrules.cli import _common

    monkeypatch.setattr(_common, "now", lambda: datetime(2026, 4, 20, 23, 30, tzinfo=rr.TZ))
    from receptionrules.cli import supervise as command

    monkeypatch.setattr(command, "now", _common.now)
    code, out, _ = run(capsys, "supervise", write(tmp_path, MATTERS), "--json")
    assert code == 0
    assert json.loads(out.splitlines()[0])["as_of"] == "2026-04-20"


def test_supervise_progress_bar_only_on_a_terminal() -> None:
    import io

    from receptionrules.cli.progress import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Terminal(), io.StringIO()
    assert list(progress(range(50), 50, "evaluating", stream=tty, at_least=10)) == list(range(50))
    assert "evaluating [" in tty.getvalue()
    assert "50/50" in tty.getvalue()
    assert tty.getvalue().endswith("\r")  # the bar is wiped when done
    assert list(progress(range(50), 50, "evaluating", stream=pipe, at_least=10)) == list(range(50))
    assert pipe.getvalue() == ""
    short = Terminal()
    assert list(progress(range(5), 5, "evaluating", stream=short, at_least=10)) == list(range(5))
    assert short.getvalue() == ""


def test_supervise_thresholds_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    th = write(tmp_path, {"fixed_point_min_matters": 4}, "th.json")
    code, out, _ = run(
        capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--thresholds", th
    )
    assert code == 0
    assert "AK-S-2.1" not in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            [{**MATTERS[0], "events": [{"kind": "accepted", "on": "2026-01-01"}]}],
            "matter 'M-1' (item 0): events[0].on: accepted on 2026-01-01 is before received_on",
        ),
        (
            [MATTERS[0], {**MATTERS[2], "received_on": "2026-13-01"}],
            "matter 'M-3' (item 1): received_on: Input should be a valid date",
        ),
        (
            [{**MATTERS[0], "events": [{"kind": "accepted", "on": "someday"}]}],
            "matter 'M-1' (item 0): events[0].accepted.on: Input should be a valid date",
        ),
        ([MATTERS[0], MATTERS[0]], "matter 'M-1': id: given twice (items 0 and 1)"),
        (
            [
                {
                    **MATTERS[0],
                    "events": [
                        {"kind": "accepted", "on": "2026-01-06"},
                        {"kind": "extended", "on": "2026-01-07", "days": 45, "reason": "x"},
                    ],
                }
            ],
            "matter 'M-1': events[1].days: an extension of 45 days is over the Nat-2 limit",
        ),
        ({"id": "M-1"}, "expected a JSON array of matters (see `receptionrules schema matters`)"),
        ('[{"id": "M-1",', "not JSON"),
        ([{"received_on": "2026-01-05"}], "item 0: id: Field required"),
    ],
)
def test_bad_files_exit_2_with_the_matter_and_field_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Any, expected: str
) -> None:
    code, out, err = run(capsys, "supervise", write(tmp_path, content), "--as-of", "2026-04-20")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert expected in err


def test_missing_file_and_bad_date_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "supervise", str(tmp_path / "nope.json"), "--as-of", "2026-04-20")
    assert code == 2
    assert "cannot read" in err
    code, _, err = run(capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "20 April")
    assert code == 2
    assert "--as-of: '20 April' is not a date" in err
    for option in ("--rule", "--place", "--organ"):
        code, out, err = run(capsys, "supervise", write(tmp_path, MATTERS), option, " ")
        assert (code, out) == (2, "")
        assert f"{option}: an empty value matches nothing" in err
    code, _, err = run(capsys, "supervise", "", "--as-of", "2026-04-20")
    assert code == 2
    assert "MATTERS: no file given" in err
    for day in ("0001-01-01", "9999-12-31"):
        code, out, err = run(capsys, "supervise", write(tmp_path, MATTERS), "--as-of", day)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1
        assert f"--as-of {day}: too near the end of the years 1 to 9999" in err


def test_schema_matter_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "matter")
    schema = json.loads(out)
    assert code == 0
    assert schema["title"] == "PetitionMatter"
    assert {"id", "received_on", "channel", "events"} <= set(schema["properties"])
    assert "DeadlineExtended" in schema["$defs"]


def test_schema_registry_and_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert {"matter", "supervision-thresholds", "time-limits"} <= set(SCHEMAS)
    code, _, err = run(capsys, "schema", "institution-x")
    assert code == 2
    assert "unknown schema 'institution-x'; valid names: institution, holiday-schedule" in err
