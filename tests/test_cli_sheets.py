"""Spreadsheets in and templates out: every option that reads people, absences, records,
announced dates or matters takes .csv and .xlsx (Chinese or English headers, the encodings
and date styles offices use); ``template KIND`` writes an empty, headed one."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from receptionrules.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return str(path)


def fill_template(template: Path, rows: list[list[object]], out: Path, sheet: int = 0) -> str:
    """What a clerk does in Excel: open the template, type rows under the header, save."""
    from openpyxl import load_workbook

    book = load_workbook(template)
    for row in rows:
        book.worksheets[sheet].append(row)
    book.save(out)
    return str(out)


def test_template_writes_every_kind_in_both_formats_and_languages(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from openpyxl import load_workbook

    assert main(["template", "people", "--format", "csv"]) == 0
    data = capsysbinary.readouterr().out
    assert data == "\ufeff编号,姓名,职务,角色,在岗\r\n".encode()
    assert main(["template", "people", "--format", "csv", "--lang", "en"]) == 0
    assert capsysbinary.readouterr().out == "\ufeffid,name,title,roles,active\r\n".encode()
    for kind in ("people", "absences", "records", "announced", "matters", "events"):
        path = tmp_path / f"{kind}.xlsx"
        assert main(["template", kind, "-o", str(path)]) == 0
        book = load_workbook(path)
        assert book.worksheets[0].cell(1, 1).value
    assert load_workbook(tmp_path / "matters.xlsx").sheetnames[:2] == ["信访事项", "办理过程"]


def test_template_refuses_a_terminal_and_names_the_extra(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "template", "people")
    assert (code, out) == (2, "")
    assert "give -o FILE.xlsx" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "template", "staff", "-o", str(tmp_path / "x.xlsx"))
    assert code == 2
    assert "invalid choice: 'staff'" in err
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    code, _, err = run(capsys, "template", "people", "-o", str(tmp_path / "x.xlsx"))
    assert code == 2
    assert "pip install 'receptionrules[xlsx]'" in err


def test_people_from_a_filled_xlsx_template_and_absences_from_a_gb18030_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "template.xlsx"
    assert main(["template", "people", "-o", str(template)]) == 0
    people = fill_template(
        template,
        [
            ["d1", "王强", "副镇长", "副科级领导", "是"],
            ["d2", "刘洋", "武装部长", "副科级领导", None],
            ["c1", "李芳", "派出所所长", "所、站长", "是"],
            ["c2", "钱七", "司法所所长", "所、站长", "是"],
        ],
        tmp_path / "people.xlsx",
    )
    # What Chinese Excel and WPS save as "CSV": GB18030, dates as offices write them.
    absences = write_csv(
        tmp_path / "absences.csv",
        [["人员编号", "开始日期", "结束日期", "原因"], ["c1", "2026/5/7", "2026年5月8日", "请假"]],
        encoding="gb18030",
    )
    argv = ["roster", "generate", "township-duty", "--people", people, "--absences", absences]
    code, out, err = run(capsys, *argv, "--from", "2026-05-06", "--to", "2026-05-08")
    assert (code, err) == (0, "")
    chiefs = [s["assignments"][1]["person"] for s in json.loads(out)["slots"]]
    assert chiefs == ["c1", "c2", "c2"]  # c1 away on the 7th and the 8th


def test_a_sheet_error_names_the_file_row_and_column_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = write_csv(
        tmp_path / "people.csv",
        [["编号", "姓名", "角色"], ["d1", "王强", "副科级领导"], ["x", "", "副科级领导"]],
    )
    argv = ["roster", "generate", "township-duty", "--people", people]
    argv += ["--from", "2026-05-06", "--to", "2026-05-08"]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    where = f"{people}，第3行，“姓名”列"
    assert err == f"receptionrules: error: --people: {where}：单元格为空；“姓名”为必填项，请填写\n"
    _, _, err = run(capsys, *argv, "--lang", "en")
    assert f"--people: {people}, row 3, column 姓名: the cell is empty" in err


def test_records_from_csv_without_a_regime_column_belong_to_the_preset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = write_csv(
        tmp_path / "records.csv",
        [
            ["日期", "开始时间", "结束时间", "地点", "接待人员"],
            ["2026-03-02", "8:00", "11:00", "科教楼二楼行政会议室", "a"],
            ["2026/3/9", "8:00", "11:00", "科教楼二楼行政会议室", "a"],
        ],
    )
    audit = ["roster", "audit", "wenfu-school", "--records", records]
    code, out, _ = run(capsys, *audit, "--from", "2026-03-01", "--to", "2026-03-15")
    assert (code, out) == (0, "无问题\n")
    code, out, _ = run(capsys, *audit, "--from", "2026-03-01", "--to", "2026-03-20", "--lang", "en")
    assert code == 1
    assert "2026-03-16" in out  # no record of that Monday's reception


def test_announced_dates_from_a_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dates = write_csv(
        tmp_path / "dates.csv", [["日期", "备注"], ["2026年12月14日", ""], ["2027/1/11", ""]]
    )
    code, out, _ = run(
        capsys,
        "list",
        "mediation-centre-mayor",
        "--announced",
        dates,
        "--from",
        "2026-12-01",
        "--to",
        "2027-01-31",
        "--json",
    )
    assert code == 0
    assert [json.loads(line)["date"] for line in out.splitlines()] == ["2026-12-14", "2027-01-11"]


MATTER_ROWS = [
    ["XF-1", "2026-01-05", "来信", "P-1", "", "拖欠工资", "城关镇", "", ""],
    ["XF-2", "2026/2/10", "走访", "P-2", "6", "征地补偿", "城关镇", "县自然资源局", ""],
    ["XF-3", "2026年3月30日", "网上信访", "P-3", "", "拖欠工资", "城关镇", "", ""],
]
EVENT_ROWS = [
    ["XF-2", "受理", "2026-02-11", "", "", "", "", "", "", "", "", ""],
    ["XF-2", "督查督办", "2026-03-01", "", "", "", "", "", "", "书面督办", "", ""],
]


def test_matters_from_a_workbook_and_from_two_csv_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from receptionrules.sheets import INPUT_KINDS

    template = tmp_path / "template.xlsx"
    assert main(["template", "matters", "-o", str(template)]) == 0
    book = fill_template(template, MATTER_ROWS, tmp_path / "half.xlsx")
    book = fill_template(Path(book), EVENT_ROWS, tmp_path / "matters.xlsx", sheet=1)
    argv = ("--as-of", "2026-04-20", "--json")
    code, from_book, _ = run(capsys, "supervise", book, *argv)
    assert code == 0
    header = [c.zh for c in INPUT_KINDS["matters"].columns]
    matters = write_csv(tmp_path / "matters.csv", [header, *MATTER_ROWS])
    events = write_csv(
        tmp_path / "events.csv", [[c.zh for c in INPUT_KINDS["events"].columns], *EVENT_ROWS]
    )
    code, from_csv, _ = run(capsys, "supervise", matters, "--events", events, *argv)
    assert code == 0
    assert from_csv == from_book
    findings = [json.loads(line) for line in from_book.splitlines()]
    assert findings[0]["matters_evaluated"] == 3
    assert {(f["rule_id"], f["kind"]) for f in findings[1:]} >= {
        ("AK-S-2.1", "fixed_point"),
        ("AK-S-2.3", "collective"),
    }
    # A JSON matters file has its events inside: --events is refused, not ignored.
    code, _, err = run(capsys, "supervise", str(tmp_path / "x.json"), "--events", events, *argv)
    assert code == 2
    assert "--events" in err
    code, out, _ = run(capsys, "today", "--at", "2026-04-01", "--matters", book, "--json")
    assert code == 0
    assert any(json.loads(line)["type"] == "matter_due" for line in out.splitlines())


def test_xlsx_input_without_openpyxl_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "people.xlsx"
    assert main(["template", "people", "-o", str(path)]) == 0
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    code, out, err = run(
        capsys,
        "roster",
        "generate",
        "township-duty",
        "--people",
        str(path),
        "--from",
        "2026-05-06",
        "--to",
        "2026-05-08",
    )
    assert (code, out) == (2, "")
    assert f"--people {path}: XLSX needs the 'xlsx' extra" in err
