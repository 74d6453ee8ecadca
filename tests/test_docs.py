"""Every example in README.md and docs/ runs as a test, so the docs can't rot."""

from __future__ import annotations

import doctest
import re
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


RULES_PAGE = ROOT / "docs" / "rules.md"
ROW = re.compile(r"^\| ((?:AK-R|AK-S|MC|WF|TS|UN|CAL|Nat)-[0-9][0-9.a]*) \| (.*?) \| (.*?) \|$")
LINK = re.compile(r"\]\(\.\./([^)]+)\)")


def _rows() -> list[tuple[str, list[str], list[str]]]:
    rows = []
    for line in RULES_PAGE.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            rows.append((m.group(1), LINK.findall(m.group(2)), LINK.findall(m.group(3))))
    return rows


def _cites(text: str, rule: str) -> bool:
    return re.search(re.escape(rule) + r"(?![0-9a]|\.[0-9])", text) is not None


def test_rules_page_every_listed_module_cites_its_rule_and_every_test_names_it() -> None:
    rows = _rows()
    assert len(rows) >= 60
    for rule, code, tests in rows:
        assert code, f"{rule}: no code listed"
        assert tests, f"{rule}: no test listed"
        for path in code:
            assert _cites((ROOT / path).read_text(encoding="utf-8"), rule), f"{path} !~ {rule}"
        name = rule.replace("-", "_").replace(".", "_").lower()
        pattern = re.compile(r"def test_[a-z0-9_]*" + re.escape(name) + r"(?![0-9a])")
        for path in tests:
            assert pattern.search((ROOT / path).read_text(encoding="utf-8")), f"{path} !~ {rule}"


SPEC = ROOT.parent / "shared" / "SPEC.md"


@pytest.mark.skipif(not SPEC.exists(), reason="SPEC.md lives beside the repository")
def test_rules_page_covers_every_rule_of_the_spec() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    wanted = set()
    for m in re.finditer(
        r"\*\*((?:AK-R|AK-S|MC|WF|TS|UN|CAL)-[0-9](?:[0-9.]*[0-9])?)( \(Seed, context\))?", spec
    ):
        if not m.group(2):
            wanted.add(m.group(1))
    wanted |= set(re.findall(r"^\| (Nat-[0-9a]+) \|", spec, re.M))
    assert wanted - {rule for rule, _, _ in _rows()} == set()


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_python_block_is_a_runnable_example(page: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    for block in blocks:
        assert block.lstrip().startswith(">>>"), f"{page.name}: a python block that never runs"
