"""Every docstring example of the duty code and the presets runs."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import receptionrules.duty
import receptionrules.presets

MODULES = [
    *sorted(
        m.name
        for package in (receptionrules.duty, receptionrules.presets)
        for m in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    ),
    "receptionrules.duty",
    "receptionrules.presets",
    "receptionrules.cli.roster",
]


@pytest.mark.parametrize("name", MODULES)
def test_duty_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
