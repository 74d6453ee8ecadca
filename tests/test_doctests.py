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
