"""The docs can't rot: every example runs, the rule reference is complete and linked, and
nothing in the repository points outside it.

Everything here reads the repository alone, so a fresh clone runs it with nothing
skipped. The rule reference is ``docs/rules.md``: a heading per rule ID, and a table
``| rule | code | tests |`` at its end.
"""

from __future__ import annotations

import doctest
import re
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_examples_in(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples read files relative to the repository root
    text = page.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"{runner.failures} example(s) in {page.name} failed"
    if ">>>" in text:
        assert runner.tries > 0


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_python_block_is_a_runnable_example(page: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    for block in blocks:
        assert block.lstrip().startswith(">>>"), f"{page.name}: a python block that never runs"


# --- the repository's files -------------------------------------------------------------

# Folders that are never the project's own files, when git can't say which files are.
_NOT_OURS = {".git", ".venv", "venv", "build", "dist", "__pycache__", ".pytest_cache"}
_NOT_OURS |= {".mypy_cache", ".ruff_cache", ".hypothesis"}


def _project_files() -> list[Path]:
    """The files git tracks (or would track: new, not ignored); else every file of the
    tree outside caches and environments (an unpacked sdist has no git)."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        names = [n for n in out.decode("utf-8").split("\0") if n]
        return sorted(p for p in (ROOT / n for n in names) if p.is_file())
    except (OSError, subprocess.CalledProcessError):
        return sorted(
            p
            for p in ROOT.rglob("*")
            if p.is_file()
            and not any(part in _NOT_OURS or part.endswith(".egg-info") for part in p.parts)
        )


def _texts() -> dict[Path, str]:
    texts = {}
    for path in _project_files():
        data = path.read_bytes()
        if b"\0" in data:
            continue
        try:
            texts[path] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return texts


TEXTS = _texts()


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


# --- the rule reference -----------------------------------------------------------------

RULES_PAGE = ROOT / "docs" / "rules.md"
RULES_TEXT = RULES_PAGE.read_text(encoding="utf-8")
FAMILIES = ("AK-R", "AK-S", "MC", "WF", "TS", "UN", "CAL", "Nat")
_ID = r"(?:AK-R|AK-S|MC|WF|TS|UN|CAL|Nat)-[0-9]+(?:\.[0-9]+)*a?"
# A rule ID where it is cited: "AK-R-3.x" cites the family AK-R-3, "Nat-5." ends a sentence.
CITED = re.compile(r"(?<![A-Za-z0-9_-])" + _ID + r"(?![0-9a-z])")
HEADING = re.compile(r"^#{2,6} (" + _ID + r") — \S.*$", re.M)
ANY_HEADING = re.compile(r"^#{1,6} ", re.M)
# A section's italic status line, e.g. "*Seed, context.*"
CONTEXT = re.compile(r"^\*[^*\n]*\bcontext\b[^*\n]*\*", re.M)
ROW = re.compile(r"^\| (" + _ID + r") \| (.*?) \| (.*?) \|$", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _sections() -> list[tuple[str, str]]:
    """Each rule ID with its heading's section (up to the next heading of any level)."""
    sections = []
    for m in HEADING.finditer(RULES_TEXT):
        nxt = ANY_HEADING.search(RULES_TEXT, m.end())
        sections.append((m.group(1), RULES_TEXT[m.end() : nxt.start() if nxt else None]))
    return sections


SECTION_LIST = _sections()
SECTIONS = dict(SECTION_LIST)
DEFINED = frozenset(SECTIONS)
CONTEXT_RULES = frozenset(rule for rule, body in SECTIONS.items() if CONTEXT.search(body))
ROW_LIST = [
    (m.group(1), LINK.findall(m.group(2)), LINK.findall(m.group(3)))
    for m in ROW.finditer(RULES_TEXT)
]
ROWS = {rule: (code, tests) for rule, code, tests in ROW_LIST}


def _cites(text: str, rule: str) -> bool:
    return re.search(re.escape(rule) + r"(?![0-9a]|\.[0-9])", text) is not None


def _test_name_pattern(rule: str) -> re.Pattern[str]:
    name = rule.replace("-", "_").replace(".", "_").lower()
    return re.compile(r"def test_[a-z0-9_]*" + re.escape(name) + r"(?![0-9a])")


def _citing(rule: str, folder: str, *, test_names: bool = False) -> list[str]:
    """The files under ``folder`` that cite ``rule`` (or, for tests, name it in a test)."""
    found = []
    for path, text in TEXTS.items():
        if path.suffix != ".py" or not _rel(path).startswith(folder + "/"):
            continue
        hit = _test_name_pattern(rule).search(text) if test_names else _cites(text, rule)
        if hit:
            found.append(_rel(path))
    return found


def test_rules_page_defines_the_rules_and_the_context_rules() -> None:
    twice = sorted({r for r, _ in SECTION_LIST if [s for s, _ in SECTION_LIST].count(r) > 1})
    assert not twice, f"docs/rules.md: more than one section for {', '.join(twice)}"
    twice = sorted({r for r, _, _ in ROW_LIST if [s for s, _, _ in ROW_LIST].count(r) > 1})
    assert not twice, f"docs/rules.md: more than one row for {', '.join(twice)}"
    assert len(DEFINED) >= 60, f"docs/rules.md defines only {len(DEFINED)} rule IDs"
    assert set(FAMILIES) == {rule.rsplit("-", 1)[0] for rule in DEFINED}
    assert {"AK-R-0", "AK-S-1", "MC-5"} <= CONTEXT_RULES
    assert len(ROWS) >= 60


def test_rules_page_lists_code_and_tests_for_every_rule_but_the_context_ones() -> None:
    problems = []
    for rule in sorted(DEFINED - CONTEXT_RULES - set(ROWS)):
        problems.append(
            f"{rule} has a section but no row in the table 'Code and tests': add "
            f"'| {rule} | code | tests |', or say in its section that it is *context*"
        )
    for rule in sorted(CONTEXT_RULES & set(ROWS)):
        problems.append(f"{rule} says it is context but has a row: drop one or the other")
    for rule in sorted(set(ROWS) - DEFINED):
        problems.append(f"the row of {rule} has no section: add '### {rule} — title' above")
    for rule, (code, tests) in sorted(ROWS.items()):
        if not code:
            problems.append(f"{rule}: its row links no code")
        if not tests:
            problems.append(f"{rule}: its row links no test file")
    assert not problems, "docs/rules.md:\n" + "\n".join(problems)


@pytest.mark.parametrize("rule", sorted(ROWS))
def test_rules_page_links_cite_the_rule(rule: str) -> None:
    code, tests = ROWS[rule]
    problems = []
    for kind, links in (("code", code), ("tests", tests)):
        for link in links:
            target = (RULES_PAGE.parent / link).resolve()
            if not target.is_relative_to(ROOT) or not target.is_file():
                problems.append(f"{kind} link {link}: no such file in the repository")
            elif kind == "code" and not _cites(target.read_text(encoding="utf-8"), rule):
                problems.append(f"code link {link}: {_rel(target)} does not cite {rule}")
            elif kind == "tests" and not _test_name_pattern(rule).search(
                target.read_text(encoding="utf-8")
            ):
                name = rule.replace("-", "_").replace(".", "_").lower()
                problems.append(
                    f"tests link {link}: {_rel(target)} has no test named after {rule} "
                    f"(test_…{name}…)"
                )
    if problems:
        modules = ", ".join(_citing(rule, "src")) or "none"
        test_files = ", ".join(_citing(rule, "tests", test_names=True)) or "none"
        problems.append(f"modules that cite {rule}: {modules}")
        problems.append(f"test files with a test named after {rule}: {test_files}")
    assert not problems, f"docs/rules.md, row {rule}:\n" + "\n".join(problems)


# A rule ID in a test's name: "test_ak_r_4_2_first_tuesday" names AK-R-4.2.
_NAME_FAMILY = "|".join(f.replace("-", "_").lower() for f in FAMILIES)
NAMED = re.compile(r"(?:^|_)(" + _NAME_FAMILY + r")_([0-9]+a?(?:_[0-9]+a?)*)(?=_|$)")
TEST_DEF = re.compile(r"^\s*(?:async\s+)?def (test_\w+)", re.M)
_BY_NAME = {rule.replace("-", "_").replace(".", "_").lower(): rule for rule in DEFINED}


def _named_rule(family: str, numbers: list[str]) -> str | None:
    """The longest defined rule the name's numbers spell, or None when the first numbers
    spell no rule, or a further small number looks like an undefined sub-rule."""
    for k in range(len(numbers), 0, -1):
        rule = _BY_NAME.get("_".join([family, *numbers[:k]]))
        if rule is None:
            continue
        rest = numbers[k:]
        if rest and rest[0].isdigit() and int(rest[0]) < 10:
            return None  # a parent rule, then a sub-rule number it does not have
        return rule
    return None


def _defined(rule: str, *, family: bool = False) -> bool:
    """Whether the page defines ``rule``; with ``family`` ("UN-3.x"), any rule under it."""
    if family:
        return any(r.startswith(rule + ".") for r in DEFINED)
    return rule in DEFINED


def test_every_rule_id_cited_in_the_repository_is_defined_in_the_rules_page() -> None:
    undefined: dict[str, list[str]] = defaultdict(list)
    for path, text in TEXTS.items():
        for m in CITED.finditer(text):
            family = text.startswith(".x", m.end())
            if not _defined(m.group(0), family=family):
                cited = m.group(0) + (".x" if family else "")
                undefined[cited].append(f"{_rel(path)}:{_line(text, m.start())}")
        if path.suffix == ".py" and _rel(path).startswith("tests/"):
            for d in TEST_DEF.finditer(text):
                for n in NAMED.finditer(d.group(1)):
                    if _named_rule(n.group(1), n.group(2).split("_")) is None:
                        where = f"{_rel(path)}:{_line(text, d.start(1))} {d.group(1)}"
                        undefined[f"{n.group(1)}_{n.group(2)} (a test name)"].append(where)
    assert not undefined, (
        "rule IDs that docs/rules.md does not define (a typo, or a rule that needs a "
        "section there):\n"
        + "\n".join(f"{rule}: {', '.join(places)}" for rule, places in sorted(undefined.items()))
    )


# --- nothing points outside the repository ----------------------------------------------

# Dot-dot as a path component: before a slash, after one, or both.
UP = re.compile(r"(?<![\w.])\.\.(?:/\.\.)*(?![\w.])")
FILE_PATH = re.compile(
    r"Path\(__file__\)(?:\.resolve\(\)|\.absolute\(\))?((?:\.parent\b)*)(?:\.parents\[(\d+)\])?"
)
DIRNAME_FILE = re.compile(
    r"((?:os\.path\.dirname\()+)(?:os\.path\.(?:abspath|realpath)\()?__file__"
)
BOUND = re.compile(
    r"^\s*(\w+)\s*(?::\s*[\w.\[\]| ]+)?=\s*Path\(__file__\)(?:\.resolve\(\)|\.absolute\(\))?"
    r"((?:\.parent\b)*)\s*(?:#.*)?$",
    re.M,
)
ABSOLUTE = re.compile(r"(?<![\w/.~-])(?:/(?:work|home|Users|root|mnt)/|file:/{2}|~[/])")
PARDIR = re.compile(r"\bos\.pardir\b")


def _levels_up(parents: str, index: str | None) -> int:
    return parents.count(".parent") + (int(index) + 1 if index is not None else 0)


def _outside(path: Path, text: str) -> list[str]:
    """Every place in ``text`` (the file ``path``) that reaches outside the repository."""
    rel = path.relative_to(ROOT)
    folder_depth = len(rel.parts) - 1  # levels from the file's folder up to the root
    problems = []
    # Python resolves a relative path against the working directory (the root, where the
    # tests and the CLI run), so one dot-dot leaves at once; other files, their folder.
    allowed = 0 if path.suffix == ".py" else folder_depth
    for m in UP.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before != "/" and after != "/":
            continue  # not a path: a range such as "A..B"
        up = m.group(0).count("..")
        if up > allowed:
            left = re.search(r"[^\s`'\"()\[\]<>]*$", text[: m.start()])
            right = re.match(r"[^\s`'\"()\[\]<>]*", text[m.start() :])
            shown = (left.group(0) if left else "") + (right.group(0) if right else "")
            problems.append(
                f"{rel}:{_line(text, m.start())}: {shown!r} climbs {up} folder(s) from "
                f"{allowed} below the repository root, out of it"
            )
    if path.suffix == ".py":
        for m in FILE_PATH.finditer(text):
            up = _levels_up(m.group(1), m.group(2))
            if up > len(rel.parts):
                problems.append(
                    f"{rel}:{_line(text, m.start())}: {m.group(0)} is {up - len(rel.parts)} "
                    "folder(s) above the repository root"
                )
        for m in DIRNAME_FILE.finditer(text):
            if m.group(1).count("dirname") > len(rel.parts):
                problems.append(f"{rel}:{_line(text, m.start())}: {m.group(0)} leaves the root")
        for b in BOUND.finditer(text):
            name, left = b.group(1), len(rel.parts) - _levels_up(b.group(2), None)
            climb = re.compile(
                r"\b" + re.escape(name) + r"((?:\.parent\b)*)(?:\.parents\[(\d+)\])?"
                r"(\s*/\s*[\"']\.\.[\"'])?"
            )
            for m in climb.finditer(text, b.end()):
                up = _levels_up(m.group(1), m.group(2)) + (1 if m.group(3) else 0)
                if up > left:
                    problems.append(
                        f"{rel}:{_line(text, m.start())}: {m.group(0)} climbs {up} folder(s) "
                        f"from {name} ({left} below the repository root), out of it"
                    )
        for m in PARDIR.finditer(text):
            problems.append(f"{rel}:{_line(text, m.start())}: {m.group(0)} builds a path upwards")
    for m in ABSOLUTE.finditer(text):
        problems.append(
            f"{rel}:{_line(text, m.start())}: {m.group(0)!r} names a place on one machine"
        )
    return problems


def test_no_file_links_reads_or_names_a_path_outside_the_repository() -> None:
    assert len(TEXTS) >= 50
    problems = [p for path, text in TEXTS.items() for p in _outside(path, text)]
    assert not problems, (
        "paths that leave the repository (a clone has nothing beside it; link a page of "
        "the repository, or build paths from Path(__file__).parent within it):\n"
        + "\n".join(problems)
    )


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(text: str) -> set[str]:
    return {_slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, re.M)}


def test_relative_links_of_the_pages_resolve_inside_the_repository() -> None:
    problems = []
    for path, text in TEXTS.items():
        if path.suffix != ".md":
            continue
        for m in LINK.finditer(text):
            link = m.group(1)
            if re.match(r"[a-z][a-z0-9+.-]*:", link):
                continue  # https:, mailto: …
            target_text, _, anchor = link.partition("#")
            target = (path.parent / target_text).resolve() if target_text else path
            where = f"{_rel(path)}:{_line(text, m.start())}: {link}"
            if not target.is_relative_to(ROOT) or not target.exists():
                problems.append(f"{where}: no such file in the repository")
            elif (
                anchor
                and target.suffix == ".md"
                and anchor not in _anchors(target.read_text(encoding="utf-8"))
            ):
                problems.append(f"{where}: no heading with that anchor")
    assert not problems, "links that lead nowhere:\n" + "\n".join(problems)
