"""``receptionrules supervise`` reads matters as JSON Lines (issue 14): the same report as
the JSON array, a line at a time, and a bad line named with its number, matter and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from receptionrules.cli import main

MATTERS = [
    {
        "id": f"M-{i}",
        "received_on": day,
        "channel": "letter",
        "petitioner_ids": [f"P-{i}"],
        "subject": "wages",
        "place": "Unit A",
        "events": [{"kind": "accepted", "on": day}],
    }
    for i, day in enumerate(("2026-01-05", "2026-02-10", "2026-03-30"), start=1)
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson", ".JSONL"])
def test_supervise_reads_json_lines_as_the_json_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    array = tmp_path / "matters.json"
    array.write_text(json.dumps(MATTERS), encoding="utf-8")
    lines = tmp_path / f"matters{suffix}"
    # A BOM, a blank line and Windows line ends, as Notepad saves them.
    text = "\r\n".join(json.dumps(m, ensure_ascii=False) for m in MATTERS[:2])
    text += "\r\n\r\n" + json.dumps(MATTERS[2]) + "\r\n"
    lines.write_bytes(b"\xef\xbb\xbf" + text.encode())
    for view in ((), ("--summary",), ("--lights",), ("--json",)):
        expected = run(capsys, "supervise", str(array), "--as-of", "2026-04-20", *view)
        assert expected[0] == 0
        assert run(capsys, "supervise", str(lines), "--as-of", "2026-04-20", *view) == expected


def test_supervise_reads_gb18030_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matters = [{**m, "place": "汉滨区"} for m in MATTERS]
    array = tmp_path / "matters.json"
    array.write_text(json.dumps(matters, ensure_ascii=False), encoding="utf-8")
    lines = tmp_path / "matters.jsonl"
    lines.write_bytes(
        "\n".join(json.dumps(m, ensure_ascii=False) for m in matters).encode("gb18030")
    )
    expected = run(capsys, "supervise", str(array), "--as-of", "2026-04-20")
    assert run(capsys, "supervise", str(lines), "--as-of", "2026-04-20") == expected


BAD_LINES = {
    "an answer before acceptance": (
        json.dumps({**MATTERS[1], "events": [{"kind": "answered", "on": "2026-02-11"}]}),
        "line 3 (matter 'M-2'): events[0].on: a written answer on 2026-02-11 with no "
        "acceptance before it",
    ),
    "a mistyped channel": (
        json.dumps({**MATTERS[1], "channel": "lettr"}),
        "line 3 (matter 'M-2'): channel: 'lettr' is not one of",
    ),
    "not JSON": ('{"id": "M-2",', "line 3, column 14: not JSON: Expecting"),
    "not an object": ("[1, 2]", "line 3: "),
}


@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_a_bad_line_is_named_with_its_number_the_matter_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    line, message = BAD_LINES[name]
    path = tmp_path / "matters.jsonl"
    path.write_text(f"{json.dumps(MATTERS[0])}\n\n{line}\n", encoding="utf-8")
    code, out, err = run(capsys, "supervise", str(path), "--as-of", "2026-04-20", "--lang", "en")
    assert (code, out) == (2, "")
    assert err.startswith(f"receptionrules: error: MATTERS {path}: {message}"), err
    assert err.count("\n") == 1


def test_a_missing_json_lines_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "none.jsonl"
    code, out, err = run(capsys, "supervise", str(path), "--as-of", "2026-04-20")
    assert (code, out) == (2, "")
    assert err.startswith(f"receptionrules: error: MATTERS: cannot read {path}: ")
    assert err.count("\n") == 1
