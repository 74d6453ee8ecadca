"""Never a traceback, never a silent wrong answer: every bad file, every missing extra and
anything a command lets escape is one line on stderr, exit 2, naming the flag and the
file the user gave — never a Python method. A BOM and GB18030 text are read."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from receptionrules.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
DEEP = "[" * 5000 + "]" * 5000
# A Python method or class attribute where a user typed a flag: "Regime.with_dates(".
METHOD = re.compile(r"\b[A-Z][A-Za-z]+\.[a-z_]+\(|\bwith_[a-z_]+\b|Traceback")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, out: str, err: str) -> str:
    assert code == 2, err
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("receptionrules: error: ")
    assert not METHOD.search(err), err
    return err


@pytest.fixture
def good(tmp_path: Path) -> dict[str, str]:
    """Good files of every kind, copied from docs/examples, and a roster."""
    out = {}
    for name in ("people", "absences", "records", "matters", "fill", "cover"):
        out[name] = str(shutil.copy(EXAMPLES / f"{name}.json", tmp_path / f"{name}.json"))
    out["config"] = str(shutil.copy(EXAMPLES / "district-office.toml", tmp_path / "office.toml"))
    out["calendar"] = str(shutil.copy(EXAMPLES / "holidays-2027.json", tmp_path / "cal.json"))
    roster = tmp_path / "roster.json"
    code = main(
        [
            *("roster", "generate", "township-duty", "--people", out["people"]),
            *("--from", "2026-05-06", "--to", "2026-05-08", "-o", str(roster)),
        ]
    )
    assert code == 0
    out["roster"] = str(roster)
    return out


def argvs(f: dict[str, str], bad: str) -> dict[str, list[str]]:
    """A command line for every file option, with ``bad`` in that option's place."""
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    return {
        "--people": [*gen, "--people", bad],
        "--absences": [*gen, "--people", f["people"], "--absences", bad],
        "--records": [
            *("roster", "audit", "township-duty", "--records", bad),
            *("--from", "2026-05-06", "--to", "2026-05-08"),
        ],
        "--request": ["roster", "check", f["roster"], "--request", bad],
        "ROSTER": ["roster", "show", bad],
        "--roster": ["announce", "--roster", bad],
        "--other": ["roster", "check", f["roster"], "--request", f["cover"], "--other", bad],
        "--calendar": ["next", "--calendar", bad],
        "--config": ["next", "--config", bad],
        "--announced": ["next", "mediation-centre-mayor", "--announced", bad],
        "MATTERS": ["supervise", bad, "--as-of", "2026-04-20"],
        "--matters": ["today", "--at", "2026-04-20", "--matters", bad],
        "--thresholds": ["supervise", f["matters"], "--as-of", "2026-04-20", "--thresholds", bad],
        "--limits": ["supervise", f["matters"], "--as-of", "2026-04-20", "--limits", bad],
    }


OPTIONS = [
    "--people",
    "--absences",
    "--records",
    "--request",
    "ROSTER",
    "--roster",
    "--other",
    "--calendar",
    "--config",
    "--announced",
    "MATTERS",
    "--matters",
    "--thresholds",
    "--limits",
]


@pytest.mark.parametrize("option", OPTIONS)
def test_deeply_nested_json_is_one_line_naming_the_option_and_file(
    option: str, good: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "deep.json"
    bad.write_text(DEEP, encoding="utf-8")
    err = one_line_error(*run(capsys, *argvs(good, str(bad))[option]))
    assert f"{option} {bad}" in err or f"{option}: {bad}" in err


@pytest.mark.parametrize("option", OPTIONS)
def test_unreadable_and_binary_files_are_named(
    option: str, good: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    err = one_line_error(*run(capsys, *argvs(good, str(missing))[option]))
    assert f"cannot read {missing}" in err
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\x80\xff\x00\xfe" * 10)
    err = one_line_error(*run(capsys, *argvs(good, str(binary))[option]))
    assert str(binary) in err


def test_deeply_nested_toml_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "deep.toml"
    bad.write_text("a = " + DEEP, encoding="utf-8")
    err = one_line_error(*run(capsys, "next", "--config", str(bad)))
    assert f"--config {bad}: nested too deeply" in err


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_a_bom_and_gb18030_are_read_by_every_loader(
    encoding: str, good: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What Notepad, Excel and WPS write: UTF-8 with a BOM, or GB18030 ("ANSI")."""

    def saved(path: str) -> str:
        p = Path(path)
        p.write_bytes(p.read_text(encoding="utf-8").encode(encoding))
        return path

    for key in ("people", "absences", "records", "matters", "cover", "config", "calendar"):
        saved(good[key])
    saved(good["roster"])
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    assert main([*gen, "--people", good["people"], "--absences", good["absences"]]) == 0
    assert main(["roster", "check", good["roster"], "--request", good["cover"]]) == 1  # too late
    audit = ["roster", "audit", "township-duty", "--records", good["records"]]
    assert main([*audit, "--from", "2026-05-06", "--to", "2026-05-07"]) == 0
    assert main(["supervise", good["matters"], "--as-of", "2026-04-20"]) == 0
    assert main(["next", "--config", good["config"], "--at", "2026-10-01"]) == 0
    assert main(["next", "ankang-mayor", "--calendar", good["calendar"], "--at", "2027-01-01"]) == 0
    _, err = capsys.readouterr()
    assert "error" not in err


def test_the_missing_ical_extra_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)  # import icalendar now fails
    err = one_line_error(
        *run(capsys, "ical", "union-chair", "--from", "2026-01-01", "--to", "2026-12-31")
    )
    assert "pip install 'receptionrules[ical]'" in err


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "holiday_policy =",
            "holiday_polcy =",
            "--config {path}: regime: unknown key 'holiday_polcy'; did you mean 'holiday_policy'?",
        ),
        (
            'kind = "next_working_day"',
            'kind = "next_workin_day"',
            "regime.holiday_policy: kind 'next_workin_day' is unknown; did you mean "
            "'next_working_day'?",
        ),
        ('weekday = "thursday"', 'weekday = "thurday"', "regime.rule"),
        (
            "fixed_point_min_matters",
            "fixed_point_min_matter",
            "did you mean 'fixed_point_min_matters'?",
        ),
        ('start = "14:30"', 'start = "14:30+08:00"', "regime.window"),
        ("[duty]", "[dutty]", "unknown key 'dutty'; did you mean 'duty'?"),
    ],
)
def test_a_typo_in_a_config_file_is_named_with_the_nearest_key(
    old: str,
    new: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = (EXAMPLES / "district-office.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "office.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    err = one_line_error(*run(capsys, "next", "--config", str(path)))
    assert message.format(path=path) in err


def test_a_typo_in_a_request_file_is_named(
    tmp_path: Path, good: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    request: dict[str, Any] = json.loads(Path(good["fill"]).read_text(encoding="utf-8"))
    for change, message in (
        ({"kind": "fil"}, "kind 'fil' is unknown; did you mean 'fill'?"),
        ({"persn": "c1"}, "unknown key 'persn'; did you mean 'person'?"),
        ({"requested_at": "tomorrow"}, "requested_at:"),
    ):
        path = tmp_path / "req.json"
        data = {**request, **change}
        if "persn" in change:
            del data["person"]
        path.write_text(json.dumps(data), encoding="utf-8")
        err = one_line_error(
            *run(capsys, "roster", "check", good["roster"], "--request", str(path))
        )
        assert f"--request {path}: " in err
        assert message in err


@pytest.mark.parametrize(
    "error",
    [
        OverflowError("date value out of range"),
        RecursionError("maximum recursion depth exceeded"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        OSError(28, "No space left on device", "out.csv"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_anything_a_command_lets_escape_is_one_line_naming_the_command(
    error: Exception, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from receptionrules.cli import receptions

    def fail(args: Any) -> int:
        raise error

    monkeypatch.setattr(receptions, "run_list", fail)
    err = one_line_error(
        *run(capsys, "list", "wenfu-school", "--from", "2026-03-01", "--to", "2026-03-31")
    )
    assert err.startswith("receptionrules: error: list: ")


def test_library_errors_are_said_in_the_users_terms(
    good: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A slot that is not in the roster; a person who is not among its people.
    request = tmp_path / "req.json"
    data = json.loads(Path(good["fill"]).read_text(encoding="utf-8"))
    request.write_text(
        json.dumps({**data, "slot_id": "township-duty/2026-06-01"}), encoding="utf-8"
    )
    err = one_line_error(*run(capsys, "roster", "check", good["roster"], "--request", str(request)))
    assert "slot_id='township-duty/2026-06-01' is not a slot of roster township-duty" in err
    request.write_text(json.dumps({**data, "person": "nobody"}), encoding="utf-8")
    err = one_line_error(*run(capsys, "roster", "check", good["roster"], "--request", str(request)))
    assert "add the person to the --people file" in err
    # A reception past the calendar's last year: the way out is --calendar.
    err = one_line_error(*run(capsys, "next", "ankang-mayor", "--at", "2100-12-20"))
    assert "--calendar FILE" in err
