"""The command line fuzzed (issue 13): random argv drawn from the real parser, and every
kind of input file — valid documents from docs/examples or built here — mutated (bytes
flipped, truncated, values replaced by deep nesting, huge numbers, long strings, dates at
and beyond the bounds), each run in-process through ``main(argv)``.

Whatever comes in, the exit code is 0, 1 or 2 as docs/cli.md documents; on 2, stderr is
exactly one line ``receptionrules: error: …`` naming the bad option, value, field or file,
and stdout is empty; never a traceback, never a Python method where a user typed a flag;
a JSON answer on stdout parses; nothing hangs (an alarm fails a call that runs a minute).

Sized for the two-minute suite; a long run by hand (CONTRIBUTING.md):
``HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -q tests/test_fuzz_cli.py
--hypothesis-show-statistics``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import re
import shutil
import signal
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import receptionrules.cli as cli
from receptionrules.cli import build_parser, main
from receptionrules.sheets import template
from receptionrules.supervision import NationalTimeLimits, SupervisionThresholds

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
PREFIX = "receptionrules: error: "
# A Python method or class attribute where a user typed a flag: "Regime.with_dates(".
METHOD = re.compile(r"\b[A-Z][A-Za-z]+\.[a-z_]+\(|\bwith_[a-z_]+\b|Traceback")
HANG_SECONDS = 60
"""Not a speed check: a call still running after a minute is a hang."""


def _scaled(n: int) -> Any:
    """``n`` examples under the default profile (60), in proportion under the others:
    about 33 times as many under ``fuzz`` (2,000), a third under ``mutation`` (20)."""
    current = settings().max_examples
    return settings(
        max_examples=max(1, n * current // 60),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


# --- running the command ------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int
    out: bytes
    err: str


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError(f"the command ran {HANG_SECONDS} s: a hang")


def run(argv: list[str]) -> Run:
    """``main(argv)`` with stdin empty and stdout (bytes: XLSX goes there) and stderr caught."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.StringIO()
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    stdin = sys.stdin
    try:
        sys.stdin = io.StringIO("")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as e:  # --help, --version: argparse exits
                code = e.code if isinstance(e.code, int) else 2
    finally:
        sys.stdin = stdin
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    out.flush()
    buffer = out.buffer
    assert isinstance(buffer, io.BytesIO)
    return Run(code, buffer.getvalue(), err.getvalue())


def check(argv: list[str], *, names: tuple[str, ...] = ()) -> Run:
    """The documented contract of any run; ``names``: one of them must appear on an error."""
    r = run(argv)
    assert r.code in (0, 1, 2), (argv, r.code, r.err)
    assert "Traceback" not in r.err, (argv, r.err)
    if r.code == 2:
        assert r.out == b"", (argv, r.out[:200])
        assert r.err.startswith(PREFIX), (argv, r.err)
        assert r.err.endswith("\n"), (argv, r.err)
        assert r.err.count("\n") == 1, (argv, r.err)
        assert not METHOD.search(r.err), (argv, r.err)
        # A bad value from a file is shown truncated; what the user typed may be echoed.
        assert len(r.err) < 1000 + max(map(len, argv)), (argv, r.err[:300])
        if names:
            assert any(n in r.err for n in names), (argv, names, r.err)
    elif "-o" not in argv and _asked_json(argv) and r.out:
        _parses_as_json(r.out.decode("utf-8"))
    return r


def _parses_as_json(text: str) -> None:
    """One JSON document, or JSON Lines (``--json``: one object a line)."""
    try:
        json.loads(text)
    except json.JSONDecodeError:
        for line in text.splitlines():
            if line.strip():
                json.loads(line)


def _asked_json(argv: list[str]) -> bool:
    return "--json" in argv or any(
        a == "--format" and b == "json" for a, b in itertools.pairwise(argv)
    )


@pytest.fixture(scope="module", autouse=True)
def _one_parser() -> Iterator[None]:
    """The parser built once, as a process running the command builds it once: building
    it is most of an in-process run's time, and the budget is for the inputs."""
    parser = cli.build_parser()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(cli, "build_parser", lambda: parser)
        yield


# --- good files of every kind ---------------------------------------------------------------


def _sheet_rows(kind: str, rows: list[list[object]]) -> tuple[bytes, bytes]:
    """A CSV and an XLSX of ``kind``: the library's own template with ``rows`` under it."""
    csv = template(kind, format="csv") + "".join(
        ",".join(str(v) for v in row) + "\r\n" for row in rows
    ).encode("utf-8")
    book = openpyxl.load_workbook(io.BytesIO(template(kind, format="xlsx")))
    sheet = book.worksheets[0]
    for row in rows:
        sheet.append([str(v) for v in row])
    xlsx = io.BytesIO()
    book.save(xlsx)
    return csv, xlsx.getvalue()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Good files of every kind the command line reads, each checked to load (exit 0 or 1)."""
    d = tmp_path_factory.mktemp("good")
    f: dict[str, Path] = {}
    for name in ("people", "absences", "records", "matters", "fill", "cover"):
        f[name] = Path(shutil.copy(EXAMPLES / f"{name}.json", d / f"{name}.json"))
    f["config"] = Path(shutil.copy(EXAMPLES / "district-office.toml", d / "office.toml"))
    office = tomllib.loads(f["config"].read_text(encoding="utf-8"))
    f["config-json"] = d / "office.json"
    f["config-json"].write_text(json.dumps(office, ensure_ascii=False), encoding="utf-8")
    f["calendar"] = Path(shutil.copy(EXAMPLES / "holidays-2027.json", d / "cal.json"))
    f["announced"] = d / "announced.json"
    f["announced"].write_text('["2026-12-14", "2027-01-11"]', encoding="utf-8")
    f["thresholds"] = d / "thresholds.json"
    f["thresholds"].write_text(SupervisionThresholds().model_dump_json(), encoding="utf-8")
    f["limits"] = d / "limits.json"
    f["limits"].write_text(NationalTimeLimits().model_dump_json(), encoding="utf-8")
    sheets = {
        "people": [
            ["d1", "王强", "副镇长", "副科级领导", "是"],
            ["c1", "李芳", "所长", "所、站长", "是"],
        ],
        "absences": [["c1", "2026-05-07", "2026-05-07", "superior_meeting", "会议"]],
        "records": [["township-duty", "2026-05-06", "8:00", "17:00", "信访办", "d1", "", "3", ""]],
        "announced": [["2026-12-14", ""], ["2027-01-11", ""]],
        "matters": [
            ["XF-1", "2026-01-05", "letter", "P-01", "1", "拖欠工资", "城关镇", "人社局", "否"]
        ],
    }
    for kind, rows in sheets.items():
        csv, xlsx = _sheet_rows(kind, rows)
        f[f"{kind}-csv"] = d / f"{kind}.csv"
        f[f"{kind}-csv"].write_bytes(csv)
        f[f"{kind}-xlsx"] = d / f"{kind}.xlsx"
        f[f"{kind}-xlsx"].write_bytes(xlsx)
    f["roster"] = d / "roster.json"
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    r = run([*gen, "--people", str(f["people"]), "-o", str(f["roster"])])
    assert r.code == 0, r.err
    for kind in FILE_KINDS:
        for path_key, argv in _uses(kind, f, f[kind]):
            r = run(argv)
            assert r.code in (0, 1), (path_key, argv, r.err)
    return f


FILE_KINDS = (
    "people",
    "people-csv",
    "people-xlsx",
    "absences",
    "absences-csv",
    "absences-xlsx",
    "records",
    "records-csv",
    "records-xlsx",
    "announced",
    "announced-csv",
    "announced-xlsx",
    "matters",
    "matters-csv",
    "matters-xlsx",
    "cover",
    "fill",
    "roster",
    "thresholds",
    "limits",
    "calendar",
    "config",
    "config-json",
)


def _uses(kind: str, f: dict[str, Path], path: Path) -> Iterator[tuple[str, list[str]]]:
    """Command lines reading a file of ``kind`` at ``path`` (the others good)."""
    p = str(path)
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    base = kind.partition("-")[0]
    if base == "people":
        yield "--people", [*gen, "--people", p]
    elif base == "absences":
        yield "--absences", [*gen, "--people", str(f["people"]), "--absences", p]
    elif base == "records":
        audit = ["roster", "audit", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
        yield "--records", [*audit, "--records", p]
    elif base == "announced":
        yield (
            "--announced",
            ["next", "mediation-centre-mayor", "--at", "2026-12-01", "--announced", p],
        )
    elif base == "matters":
        yield "MATTERS", ["supervise", p, "--as-of", "2026-06-30", "--json"]
        if kind == "matters":
            yield "--matters", ["today", "--at", "2026-04-20", "--matters", p]
    elif kind == "cover":
        yield "--request", ["roster", "check", str(f["roster"]), "--request", p, "--json"]
    elif kind == "fill":
        yield "--request", ["roster", "fill", str(f["roster"]), "--request", p]
    elif kind == "roster":
        yield "ROSTER", ["roster", "show", p, "--json"]
        yield "--roster", ["announce", "--roster", p, "--from", "2026-05-06", "--to", "2026-05-08"]
    elif kind in ("thresholds", "limits"):
        argv = ["supervise", str(f["matters"]), "--as-of", "2026-06-30"]
        yield f"--{kind}", [*argv, f"--{kind}", p]
    elif kind == "calendar":
        yield "--calendar", ["next", "ankang-mayor", "--calendar", p, "--at", "2027-01-01"]
    elif base == "config":
        yield "--config", ["next", "--config", p, "--at", "2026-10-01", "--json"]
        yield "--config", ["list", "--config", p, "--from", "2026-10-01", "--to", "2026-12-31"]


# --- mutations ------------------------------------------------------------------------------

DATES = [
    "0001-01-01",
    "1899-12-31",
    "1900-01-01",
    "2000-12-31",
    "2001-01-01",
    "2026-02-29",
    "2026-05-07",
    "2100-12-31",
    "2101-01-01",
    "2200-12-31",
    "2201-01-01",
    "9999-12-31",
]
DATETIMES = [
    "0001-01-01T00:00:00+09:00",
    "0001-01-01T00:00",
    "9999-12-31T23:59:59-01:00",
    "9999-12-31T23:00",
    "2026-05-07T08:30",
    "2026-05-07T08:30+08:00",
    "2026-05-07T25:00",
]
NUMBERS = ["0", "-1", "1", "3660", "3661", "1e308", "1e999", "NaN", str(10**30), str(-(10**30))]
TEXTS = ["", " ", "x" * 100_000, "中" * 5000, "\u202e\u0000\ud7ff", "a\nb", "[]", "{}", "null"]


def json_values() -> st.SearchStrategy[Any]:
    """JSON values a careless export script writes: edge dates, huge numbers, long text."""
    leaves = st.one_of(
        st.sampled_from(DATES + DATETIMES + TEXTS[:5]),
        st.sampled_from([10**30, -(10**30), 1e308, 0, -1, 3661, True, None]),
        st.integers(),
        st.text(max_size=30),
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*at, i))


def _replaced(doc: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {k: (_replaced(v, rest, new) if k == head else v) for k, v in doc.items()}
    return [_replaced(v, rest, new) if i == head else v for i, v in enumerate(doc)]


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` mutated: a JSON value replaced, bytes flipped, cut, nested, inflated."""
    how = draw(st.sampled_from(["value", "value", "value", "flip", "truncate", "nest", "inflate"]))
    if how == "value":
        try:
            doc = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            how = "flip"  # CSV, XLSX, TOML: change bytes instead
        else:
            path = draw(st.sampled_from(list(_paths(doc))))
            new = draw(json_values())
            if path and draw(st.booleans()) and isinstance(new, str):
                new = draw(st.sampled_from(DATES + DATETIMES))
            return json.dumps(_replaced(doc, path, new), ensure_ascii=draw(st.booleans())).encode()
    if how == "flip":
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            i = draw(st.integers(0, len(out) - 1))
            out[i] ^= draw(st.integers(1, 255))
        return bytes(out)
    if how == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    i = draw(st.integers(0, len(data)))
    if how == "nest":
        depth = draw(st.sampled_from([50, 1000, 5000]))
        piece = draw(
            st.sampled_from(["[" * depth + "]" * depth, "{'a':" * depth, "a = " + "[" * depth])
        )
        return data[:i] + piece.encode() + data[i:]
    piece = draw(
        st.sampled_from(["9" * 5000, "1e99999", "x" * 200_000, "0001-01-01", "9999-12-31"])
    )
    return data[:i] + piece.encode() + data[i:]


@pytest.mark.parametrize("kind", FILE_KINDS)
@_scaled(5)
@given(data=st.data())
def test_a_mutated_file_exits_0_1_or_2_with_one_line_naming_the_file(
    kind: str, files: dict[str, Path], data: st.DataObject
) -> None:
    """Each kind's loaders, fed a mutated valid document (a handful of examples per kind)."""
    bad = data.draw(mutated(files[kind].read_bytes()), label="file")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / files[kind].name
        path.write_bytes(bad)
        for option, argv in _uses(kind, files, path):
            # The file, its option, or the field in it ("records[0].regime=…").
            check(argv, names=(str(path), option, f"{kind.partition('-')[0]}["))


# --- random argv from the real parser -------------------------------------------------------


def _subcommands() -> dict[tuple[str, ...], argparse.ArgumentParser]:
    out: dict[tuple[str, ...], argparse.ArgumentParser] = {}

    def walk(p: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if prefix and not subs:
            out[prefix] = p
        for a in subs:
            for name, sp in a.choices.items():
                walk(sp, (*prefix, name))

    walk(build_parser(), ())
    return out


SUBCOMMANDS = _subcommands()
PRESETS = ["ankang-mayor", "township-duty", "union-chair", "mediation-centre-mayor", "nope", ""]


def _flag_values(
    action: argparse.Action, files: dict[str, Path], out_dir: Path
) -> st.SearchStrategy[str]:
    """Values for one option: its choices, edge dates and times, numbers, text, files."""
    name = (action.option_strings or [action.dest])[-1].lstrip("-")
    anything = st.sampled_from(TEXTS + NUMBERS) | st.text(max_size=20)
    if action.choices:
        return st.sampled_from([str(c) for c in action.choices]) | anything
    if name in ("output", "o"):
        return st.just(str(out_dir / "out"))
    if name in ("from", "to", "as-of", "date", "month", "published"):
        return st.sampled_from([*DATES, "2026-05", "2026-13", "9999-12"]) | anything
    if name == "at":
        return st.sampled_from(DATETIMES + DATES) | anything
    if name in ("days", "remind-days", "n"):
        return st.sampled_from(NUMBERS) | st.integers().map(str) | anything
    if name in ("preset", "presets"):
        return st.sampled_from(PRESETS) | anything
    kinds = [k for k in files if k.partition("-")[0] == name or k == name]
    if name in ("roster", "other", "people", "absences", "records", "matters", "events"):
        kinds = kinds or [k for k in files if k.startswith(name)]
    if name in ("request",):
        kinds = ["cover", "fill"]
    if (
        name in ("config", "calendar", "announced", "thresholds", "limits", "roster", "matters")
        or kinds
    ):
        good = [str(files[k]) for k in (kinds or list(files))]
        return st.sampled_from([*good, str(out_dir / "missing.json"), str(out_dir)]) | anything
    return anything


@st.composite
def argvs(
    draw: st.DrawFn, files: dict[str, Path], out_dir: Path
) -> tuple[argparse.ArgumentParser, list[str]]:
    command = draw(st.sampled_from(sorted(SUBCOMMANDS)))
    parser = SUBCOMMANDS[command]
    actions = [
        a
        for a in parser._actions
        if not isinstance(a, (argparse._HelpAction, argparse._VersionAction))
    ]
    argv = list(command)
    positional = [a for a in actions if not a.option_strings]
    for a in positional:
        if draw(st.integers(0, 4)):
            argv.append(draw(_flag_values(a, files, out_dir)))
    chosen = draw(st.lists(st.sampled_from([a for a in actions if a.option_strings]), max_size=5))
    for a in chosen:
        flag = draw(st.sampled_from(a.option_strings))
        if a.nargs == 0:
            argv.append(flag)
        else:
            argv += [flag, draw(_flag_values(a, files, out_dir))]
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--frobnicate", "-Z"])))
    return parser, argv


def _names(argv: list[str], parser: argparse.ArgumentParser) -> tuple[str, ...]:
    """What an error may name: an option of the command, a value given (its start), a field."""
    options = [s for a in parser._actions for s in a.option_strings]
    dests = [a.dest for a in parser._actions] + [a.dest.upper() for a in parser._actions]
    values = [v[:12] for v in argv if v.strip()]
    return (*options, *dests, *values, "argument", "COMMAND", "preset", "required")


@_scaled(100)
@given(data=st.data())
def test_random_argv_exits_0_1_or_2_with_one_line(
    data: st.DataObject, files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    out_dir = tmp_path_factory.getbasetemp() / "argv-out"
    out_dir.mkdir(exist_ok=True)
    parser, argv = data.draw(argvs(files, out_dir), label="argv")
    check(argv, names=_names(argv, parser))


@_scaled(40)
@given(
    start=st.sampled_from([date(1, 1, 1), date(1900, 1, 1), date(2000, 12, 28), date(2026, 5, 6)])
    | st.dates(date(1, 1, 1), date(9999, 12, 31)),
    span=st.integers(-3, 40),
    command=st.sampled_from(
        [
            ["list", "ankang-mayor"],
            ["announce", "union-chair"],
            ["ical", "union-chair"],
            ["calendar"],
            ["timetable", "township-duty"],
            ["roster", "audit", "township-duty", "--records", "RECORDS"],
            ["roster", "generate", "township-duty", "--people", "PEOPLE"],
            ["supervise", "MATTERS", "--from"],
        ]
    ),
)
def test_date_ranges_at_and_beyond_the_bounds(
    start: date, span: int, command: list[str], files: dict[str, Path]
) -> None:
    """--from/--to anywhere in 0001–9999, a short span: inside, astride and past the calendar."""
    end = (
        start + timedelta(days=span)
        if date.min + timedelta(40) < start < date.max - timedelta(40)
        else start
    )
    subst = {
        "RECORDS": str(files["records"]),
        "PEOPLE": str(files["people"]),
        "MATTERS": str(files["matters"]),
    }
    argv = [subst.get(a, a) for a in command]
    if argv[-1] == "--from":
        argv += [start.isoformat(), "--to", end.isoformat(), "--as-of", end.isoformat()]
    else:
        argv += ["--from", start.isoformat(), "--to", end.isoformat()]
    check(argv, names=("--from", "--to", "--as-of", start.isoformat(), end.isoformat()))


# --- what the fuzzing found, pinned as examples ------------------------------------------------


def _written(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


def test_found_a_file_name_with_a_nul_or_a_newline_is_one_line(files: dict[str, Path]) -> None:
    r = check(["announce", "--roster", "a\x00b"], names=("--roster",))
    assert r.err == "receptionrules: error: --roster: cannot read 'a\\x00b': embedded null byte\n"
    r = check(["announce", "--roster", "a\nb"], names=("--roster",))
    assert r.err == "receptionrules: error: --roster: cannot read a b: No such file or directory\n"


def test_found_a_day_outside_the_calendar_names_the_option_not_a_method() -> None:
    for argv in (
        ["calendar", "--from", "0001-01-01", "--to", "0001-01-01"],
        ["timetable", "township-duty", "--from", "0001-01-01", "--to", "0001-01-01"],
    ):
        r = check(argv)
        assert r.code == 2
        assert "--calendar FILE (CAL-2)" in r.err
        assert "0001-01-01" in r.err


def test_found_long_keys_headers_and_cells_are_shown_short(
    files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("found")
    long = "k" * 5000
    fill = json.loads(files["fill"].read_text(encoding="utf-8")) | {long: 1}
    bad = _written(tmp, "fill.json", json.dumps(fill).encode())
    r = check(["roster", "fill", str(files["roster"]), "--request", bad], names=(bad,))
    assert r.code == 2
    assert f"unknown key '{'k' * 59}…' (5000 characters)" in r.err
    people = files["people-csv"].read_bytes().replace("编号".encode(), long.encode(), 1)
    bad = _written(tmp, "people.csv", people)
    days = ["--from", "2026-05-06", "--to", "2026-05-08"]
    r = check(["roster", "generate", "township-duty", *days, "--people", bad], names=(bad,))
    assert r.code == 2
    assert f"“{'k' * 60}… (5000 characters)”不是人员表的列" in r.err  # the BOM is dropped
    absences = files["absences-csv"].read_bytes().replace(b"2026-05-07", long.encode(), 1)
    bad = _written(tmp, "absences.csv", absences)
    gen = ["roster", "generate", "township-duty", *days, "--people", str(files["people"])]
    r = check([*gen, "--absences", bad], names=(bad,))
    assert r.code == 2
    assert f"{'k' * 60}… (5000 characters)" in r.err
    assert len(r.err) < 400


def test_found_an_integer_of_5000_digits_is_named_with_its_file(
    files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("digits")
    bad = _written(tmp, "absences.json", b'[{"person": ' + b"9" * 5000 + b"}]")
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    r = check([*gen, "--people", str(files["people"]), "--absences", bad])
    assert r.code == 2
    assert r.err.startswith(f"receptionrules: error: --absences {bad}: ")
    assert "sys.set_int_max_str_digits" not in r.err


def test_found_a_long_id_of_an_item_is_named_short(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # The item's id heads the message ("person '…' (item 1)"): cut, with its length.
    tmp = tmp_path_factory.mktemp("long-id")
    people = [
        {"id": "d1", "name": "王强", "roles": ["副科级领导"]},
        {"id": "9" * 5000, "name": "刘洋", "roles": ["副科级领导"]},
    ]
    bad = _written(tmp, "people.json", json.dumps(people, ensure_ascii=False).encode())
    gen = ["roster", "generate", "township-duty", "--from", "2026-05-06", "--to", "2026-05-08"]
    r = check([*gen, "--people", bad])
    assert r.code == 2
    assert "(5000 characters) (item 1): id: String should have at most 200 characters" in r.err
    assert len(r.err) < 400
