"""docs/cli.md shows what the commands print: every ``console`` block is run, in order, and
its output compared with what the page shows.

A block holds commands (``$ receptionrules …``), each followed by what it prints: stdout,
then stderr, as a terminal shows them (a CSV's byte-order mark, invisible there, is not
shown). The page's commands run in one scratch folder holding a copy of
``docs/examples``, so a roster one command writes is read by the next. A line ``…``
stands for any lines.
"""

from __future__ import annotations

import io
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest

from receptionrules.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "cli.md"
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)


def blocks(text: str) -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """Each console block: its line in the page, and its commands with their output."""
    found = []
    for m in BLOCK.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        commands: list[tuple[str, list[str]]] = []
        for row in m.group(1).splitlines():
            if row.startswith("$ "):
                commands.append((row[2:], []))
            else:
                assert commands, f"docs/cli.md:{line}: output before any command"
                commands[-1][1].append(row)
        found.append((line, commands))
    return found


def printed(command: str) -> list[str]:
    """What ``command`` prints: stdout, then stderr, as lines."""
    argv = shlex.split(command)
    assert argv[0] == "receptionrules", command
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
    )
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = streams
    try:
        main(argv[1:])
    finally:
        sys.stdout, sys.stderr = saved
        for stream in streams:
            stream.flush()
            stream.detach()  # keep the bytes readable
    text = out.getvalue().decode("utf-8").removeprefix("\ufeff") + err.getvalue().decode("utf-8")
    return text.splitlines()


def matches(shown: list[str], got: list[str]) -> bool:
    """Whether ``got`` is ``shown``, a line ``…`` standing for any lines."""
    if "…" not in shown:
        return [s.rstrip() for s in shown] == [g.rstrip() for g in got]
    i = shown.index("…")
    head, tail = shown[:i], shown[i + 1 :]
    if len(got) < len(head) + len(tail) or not matches(head, got[: len(head)]):
        return False
    return any(matches(tail, got[j:]) for j in range(len(head), len(got) - len(tail) + 1))


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "docs" / "examples", tmp_path / "docs" / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_page_shows_what_the_commands_print(scratch: Path) -> None:
    found = blocks(PAGE.read_text(encoding="utf-8"))
    assert len(found) >= 12
    problems = []
    for line, commands in found:
        for command, shown in commands:
            got = printed(command)
            if not matches(shown, got):
                problems.append(
                    f"docs/cli.md:{line}: $ {command}\n--- shown\n"
                    + "\n".join(shown)
                    + "\n--- printed\n"
                    + "\n".join(got)
                )
    assert not problems, "\n\n".join(problems)


def test_every_command_is_shown_in_both_languages() -> None:
    text = PAGE.read_text(encoding="utf-8")
    shown = [c for _, commands in blocks(text) for c, _ in commands]
    for command in (
        "next",
        "today",
        "roster generate",
        "roster show",
        "roster check",
        "roster fill",
        "roster announce",
        "roster audit",
        "supervise",
        "template",
        "schema",
    ):
        name = f"receptionrules {command}"
        runs = [c for c in shown if c == name or c.startswith(name + " ")]
        assert any("--lang en" in c for c in runs), f"{command}: no English example"
        assert any("--lang en" not in c for c in runs), f"{command}: no Chinese example"
