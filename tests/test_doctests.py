"""Every docstring example in the library runs, so the examples can't rot."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import receptionrules

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(receptionrules.__path__, prefix="receptionrules.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_readme_examples() -> None:
    """The README's tour runs as written."""
    from pathlib import Path

    readme = Path(__file__).resolve().parent.parent / "README.md"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(readme.read_text(encoding="utf-8"), {}, "README.md", str(readme), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= 10
