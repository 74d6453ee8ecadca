"""``receptionrules supervise`` and ``schema``: output, and one-line errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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
    code, out, err = run(capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "as of 2026-04-20: 3 matters, 5 findings, 1 recommendation of accountability"
    assert any(
        line.startswith("AK-S-2.1  fixed_point") and "M-1, M-2, M-3" in line for line in lines
    )
    assert any(line.startswith("AK-S-7.1  M-2") and "Bureau B" in line for line in lines)


def test_supervise_prints_chinese_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--language", "zh"
    )
    assert code == 0
    assert "定点督查督办（AK-S-2.1）" in out
    assert "《安康市信访督查工作暂行办法》第七条第（一）项" in out


def test_supervise_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert report["as_of"] == "2026-04-20"
    kinds = [(f["rule_id"], f["kind"], f["matter_ids"]) for f in report["findings"]]
    assert ("AK-S-2.1", "fixed_point", ["M-1", "M-2", "M-3"]) in kinds
    assert ("AK-S-2.3", "collective", ["M-2"]) in kinds
    overdue = next(
        f for f in report["findings"] if f["matter_ids"] == ["M-2"] and f["kind"] == "overdue"
    )
    assert overdue["facts"]["clock"]["due_on"] == "2026-04-13"  # 11 Feb + 60 days, a Monday
    assert overdue["method"] == "meeting"  # written already used: one rung up
    assert report["recommendations"][0]["rule_id"] == "AK-S-7.1"


def test_supervise_thresholds_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    th = write(tmp_path, {"fixed_point_min_matters": 4}, "th.json")
    code, out, _ = run(
        capsys, "supervise", write(tmp_path, MATTERS), "--as-of", "2026-04-20", "--thresholds", th
    )
    assert code == 0
    assert "fixed_point" not in out


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
        ({"id": "M-1"}, "expected a JSON array of matters"),
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
    assert "unknown schema 'institution-x'; valid names: matter" in err
