"""The examples in the supervision modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "receptionrules.supervision.matters",
    "receptionrules.supervision.deadlines",
    "receptionrules.supervision.findings",
    "receptionrules.supervision.triggers",
    "receptionrules.supervision.ladder",
    "receptionrules.supervision.intake",
    "receptionrules.supervision.disposition",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
