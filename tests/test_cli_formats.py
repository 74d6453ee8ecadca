"""``--format text|json|csv|xlsx`` and ``-o``: every command that prints data writes each
format, JSON is JSON Lines, CSV opens in Excel (a BOM, or GB18030), XLSX has date cells."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from receptionrules.cli import main
from receptionrules.cli.output import Column, Output, Shown, Table

MATTERS = [
    {
        "id": f"M-{i}",
        "received_on": day,
        "channel": "letter",
        "petitioner_ids": [f"P-{i}"],
        "subject": "wages",
        "place": "甲单位",
    }
    for i, day in ((1, "2026-01-05"), (2, "2026-02-10"), (3, "2026-03-30"))
]
PEOPLE = [
    {"id": "vm1", "name": "李明", "title": "副市长", "roles": ["vice_mayor"]},
    {"id": "vm2", "name": "王强", "title": "副市长", "roles": ["vice_mayor"]},
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    matters = tmp_path / "matters.json"
    matters.write_text(json.dumps(MATTERS, ensure_ascii=False), encoding="utf-8")
    people = tmp_path / "people.json"
    people.write_text(json.dumps(PEOPLE, ensure_ascii=False), encoding="utf-8")
    roster = tmp_path / "roster.json"
    code = main(
        [
            *("roster", "generate", "ankang-mayor", "--people", str(people)),
            *("--from", "2026-06-01", "--to", "2026-08-31", "-o", str(roster)),
        ]
    )
    assert code == 0
    capsys.readouterr()
    return {"matters": str(matters), "people": str(people), "roster": str(roster)}


def commands(f: dict[str, str]) -> dict[str, list[str]]:
    """Every command that prints data, with arguments that give it some."""
    return {
        "next": ["next", "--at", "2026-05-01"],
        "list": ["list", "wenfu-school", "--from", "2026-03-01", "--to", "2026-03-31"],
        "announce": ["announce", "--roster", f["roster"]],
        "supervise": ["supervise", f["matters"], "--as-of", "2026-04-20"],
        "summary": ["supervise", f["matters"], "--as-of", "2026-04-20", "--summary"],
        "show": ["roster", "show", f["roster"]],
        "today": ["today", "--at", "2026-06-02T09:00", "--roster", f["roster"]],
        "schema": ["schema"],
    }


@pytest.mark.parametrize(
    "name", ["next", "list", "announce", "supervise", "summary", "show", "today", "schema"]
)
def test_json_is_json_lines_on_every_command(
    name: str, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, *commands(files)[name], "--json")
    assert code == 0
    lines = out.splitlines()
    assert lines
    for line in lines:
        obj = json.loads(line)  # one object per line, nothing indented
        assert isinstance(obj, dict)
        assert all(k.isascii() for k in obj)


@pytest.mark.parametrize(
    "name", ["next", "list", "announce", "supervise", "summary", "show", "today"]
)
def test_csv_and_xlsx_on_every_command(
    name: str, files: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    argv = commands(files)[name]
    csv_path, xlsx_path = tmp_path / "out.csv", tmp_path / "out.xlsx"
    assert run(capsys, *argv, "-o", str(csv_path))[:2] == (0, "")  # the extension picks
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) >= 2
    assert run(capsys, *argv, "--format", "xlsx", "-o", str(xlsx_path))[:2] == (0, "")
    book = load_workbook(xlsx_path)
    first = book.worksheets[0]
    assert first.freeze_panes == "A2"
    assert first.max_row >= 2
    header = [c.value for c in first[1]]
    assert all(isinstance(h, str) and h for h in header)


def test_csv_to_stdout_and_in_gb18030(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    argv = ["list", "wenfu-school", "--from", "2026-03-01", "--to", "2026-03-10", "--format", "csv"]
    assert main(argv) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["机构", "日期", "星期", "时间", "地点", "备注"]
    assert rows[1][:3] == ["wenfu-school", "2026-03-02", "星期一"]
    assert main([*argv, "--encoding", "gb18030"]) == 0
    data = capsysbinary.readouterr().out
    assert not data.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(io.StringIO(data.decode("gb18030"))))[1] == rows[1]


def test_xlsx_has_date_cells_and_a_sheet_per_table(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "supervise.xlsx"
    argv = ["supervise", files["matters"], "--as-of", "2026-04-20", "-o", str(path)]
    assert run(capsys, *argv)[0] == 0
    book = load_workbook(path)
    assert book.sheetnames == ["概况", "发现", "临期预警", "问责建议"]
    assert book["概况"]["A2"].value == datetime(2026, 4, 20)
    assert book["概况"]["A2"].number_format == "yyyy-mm-dd"
    assert [c.value for c in book["发现"][1]] == ["规则", "类别", "督办方式", "事项", "原因"]
    assert book["发现"]["A2"].value == "AK-S-2.1"
    assert run(capsys, *argv, "--lang", "en")[0] == 0
    assert load_workbook(path).sheetnames == [
        "summary",
        "findings",
        "early warnings",
        "recommendations",
    ]


def test_xlsx_is_not_written_to_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "next", "--format", "xlsx")
    assert (code, out) == (2, "")
    assert "give -o FILE.xlsx" in err
    assert err.count("\n") == 1


def test_xlsx_without_openpyxl_names_the_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now fails
    code, out, err = run(capsys, "next", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert (code, out) == (2, "")
    assert "pip install 'receptionrules[xlsx]'" in err
    assert err.count("\n") == 1


def test_several_tables_in_csv_follow_each_other_under_their_titles() -> None:
    tables = [
        Table("a", "甲", "A", (Column("x", "列", "col"),), [{"x": 1}]),
        Table("b", "乙", "B", (Column("y", "值", "value"),), [{"y": Shown("c", "代码")}]),
    ]
    out = Output(format="csv", lang="zh")
    assert out._csv(tables).splitlines() == ["甲", "列", "1", "", "乙", "值", "代码"]
    assert out.plain(tables).splitlines() == ["【甲】", "列", "1", "", "【乙】", "值", "代码"]


def test_text_only_values_are_left_out_of_json(capsys: pytest.CaptureFixture[str]) -> None:
    table = Table("t", "表", "t", (Column("a", "甲", "a"),), [{"a": Shown.only("看"), "b": 2}])
    Output(format="json", lang="zh").write([table])
    assert json.loads(capsys.readouterr().out) == {"b": 2}
