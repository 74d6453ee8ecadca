"""docs/reference.md lists the public API module by module, exactly as the ``__all__``s say."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import receptionrules

PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference.md"
HEADING = re.compile(r"^## `(receptionrules(?:\.[a-z_]+)*)`$")
ITEM = re.compile(r"^- `([A-Za-z_][A-Za-z0-9_]*)`")


def _page() -> dict[str, list[str]]:
    listed: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        heading = HEADING.match(line)
        if heading:
            assert heading.group(1) not in listed, f"{heading.group(1)} is listed twice"
            current = listed.setdefault(heading.group(1), [])
            continue
        item = ITEM.match(line)
        if item and current is not None:
            current.append(item.group(1))
    return listed


def _public_modules() -> list[str]:
    """The root and every module or subpackage directly under it, but the CLI (a command,
    documented in docs/cli.md) and private ones."""
    found = ["receptionrules"]
    for info in pkgutil.iter_modules(receptionrules.__path__, prefix="receptionrules."):
        leaf = info.name.rpartition(".")[2]
        if not leaf.startswith("_") and leaf != "cli":
            found.append(info.name)
    return found


PAGE_MODULES = _page()


def test_the_reference_lists_every_public_module() -> None:
    assert sorted(PAGE_MODULES) == sorted(_public_modules())


@pytest.mark.parametrize("module", _public_modules())
def test_the_reference_lists_exactly_the_modules_all(module: str) -> None:
    names = PAGE_MODULES.get(module, [])
    exported = importlib.import_module(module).__all__
    assert len(names) == len(set(names)), f"{module}: a name is listed twice"
    missing = sorted(set(exported) - set(names))
    extra = sorted(set(names) - set(exported))
    assert (missing, extra) == ([], []), (
        f"docs/reference.md, {module}: add {missing}, remove {extra} (its __all__ decides)"
    )
