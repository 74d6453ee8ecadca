"""The layers of docs/design.md, checked: imports run one way, no circles, no private reads.

Plain ``ast`` over ``src/``: every import counts, at module level, inside a function,
or under ``TYPE_CHECKING`` (a type-only import is still a dependency), and so does the
package face (``__init__``) Python runs on the way to a submodule. A module may
import its own layer or a lower one; ``duty`` and ``supervision`` are two engines side
by side and never import each other. A package's ``__init__`` only hands names on: no
module imports the face of its own package (that closes a circle through it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "receptionrules"

# Lowest first. A module belongs to the first entry whose pattern it matches; the
# table is the one drawn in docs/design.md, which says what each layer is for.
LAYERS: list[tuple[str, str]] = [
    ("foundation", r"receptionrules\.(errors|timeutil|remarks|wording|bounds)"),
    ("calendar", r"receptionrules\.calendar(\..*)?"),
    ("regime parts", r"receptionrules\.(rules|windows|policy|reception|appointments)"),
    ("regime", r"receptionrules\.regime(\..*)?"),
    ("engines", r"receptionrules\.(duty|supervision)(\..*)?"),
    ("registry", r"receptionrules\.(presets(\..*)?|institution)"),
    ("publishing", r"receptionrules\.(notices|ical|publishing(\..*)?|sheets(\..*)?)"),
    ("testing", r"receptionrules\.strategies(\..*)?"),
    ("command line", r"receptionrules\.(cli(\..*)?|__main__)"),
    ("package root", r"receptionrules"),
]
# Engines side by side: neither imports the other.
APART = [("receptionrules.duty", "receptionrules.supervision")]
LONG_MODULE_LINES = 400
LONG_REASON = "This module is long because"


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _layer(module: str) -> int:
    for i, (_, pattern) in enumerate(LAYERS):
        if re.fullmatch(pattern, module):
            return i
    raise AssertionError(f"{module} has no layer: add it to LAYERS here and to docs/design.md")


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _imports(module: str) -> list[tuple[str, str | None, int]]:
    """``(target module, imported name or None, line)`` for every import of ``module``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    out: list[tuple[str, str | None, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((a.name, None, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module.split(".")
                if not _is_package(module):
                    pkg = pkg[:-1]
                pkg = pkg[: len(pkg) - (node.level - 1)]
                base = ".".join([*pkg, base] if base else pkg)
            for a in node.names:
                sub = f"{base}.{a.name}"
                if sub in MODULES:
                    out.append((sub, None, node.lineno))
                else:
                    out.append((base, a.name, node.lineno))
    return [(t, n, line) for t, n, line in out if t == PACKAGE or t.startswith(PACKAGE + ".")]


def _package_of(module: str) -> str:
    return module if _is_package(module) else module.rpartition(".")[0]


def _faces_run(module: str, target: str) -> set[str]:
    """The package faces that importing ``target`` from ``module`` runs: every package
    between the root and ``target`` that ``module`` is not inside (Python runs a
    package's ``__init__`` before its submodule). The root's is left out: it re-exports
    the core by design and is always already running."""
    parts = target.split(".")
    faces = set()
    for n in range(2, len(parts)):
        face = ".".join(parts[:n])
        if face in MODULES and not (module == face or module.startswith(face + ".")):
            faces.add(face)
    return faces


EDGES = {
    m: {x for t, _, _ in _imports(m) if t in MODULES for x in ({t} | _faces_run(m, t)) if x != m}
    for m in MODULES
}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_run_down_the_layers(module: str) -> None:
    mine = _layer(module)
    for target, _, line in _imports(module):
        assert target in MODULES, f"{module}:{line} imports {target}, which is not a module"
        assert _layer(target) <= mine, (
            f"{module}:{line} ({LAYERS[mine][0]}) imports {target} "
            f"({LAYERS[_layer(target)][0]}), a higher layer"
        )
        for a, b in APART:
            for x, y in ((a, b), (b, a)):
                assert not (module.startswith(x) and target.startswith(y)), (
                    f"{module}:{line} imports {target}: the two engines stay apart"
                )
        assert not (module == PACKAGE and target.startswith(PACKAGE + ".cli")), (
            f"{PACKAGE}:{line} imports {target}: the root shows the library, not the CLI"
        )
        if _is_package(target) and target != module:
            assert not module.startswith(target + "."), (
                f"{module}:{line} imports the face of its own package {target}; import the "
                "module that defines the name"
            )


def test_no_import_circles() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(EDGES[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    for m in sorted(MODULES):
        if m not in index:
            visit(m)
    assert circles == [], "import circles: " + "; ".join(" <-> ".join(c) for c in circles)


def _defined_names(tree: ast.AST) -> set[str]:
    own = {"_replace", "_asdict", "_fields", "_make", "_field_defaults", "_missing_"}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            own.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            own.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            own.add(node.target.id)
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    own.add(t.id)
                elif isinstance(t, ast.Tuple):
                    own.update(e.id for e in t.elts if isinstance(e, ast.Name))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and re.fullmatch(r"_[a-z][a-z0-9_]*", node.value)
        ):
            own.add(node.value)  # a __slots__ entry
    return own


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_reads_another_modules_private_names(module: str) -> None:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for target, name, line in _imports(module):
        if name is not None and name.startswith("_") and not name.startswith("__"):
            raise AssertionError(f"{module}:{line} imports the private name {name} of {target}")
        leaf = target.rpartition(".")[2]
        if leaf.startswith("_") and not leaf.startswith("__"):
            assert _package_of(target) == _package_of(module), (
                f"{module}:{line} imports {target}, private to its package"
            )
    own = _defined_names(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        attr = node.attr
        if not attr.startswith("_") or attr.startswith("__") or attr in own:
            continue
        value = node.value
        if isinstance(value, ast.Name) and value.id in ("self", "cls"):
            continue
        raise AssertionError(
            f"{module}:{node.lineno} reads {ast.unparse(node)}, a private name defined elsewhere"
        )


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_short_or_say_why(module: str) -> None:
    text = MODULES[module].read_text(encoding="utf-8")
    lines = len(text.splitlines())
    if lines <= LONG_MODULE_LINES:
        return
    doc = ast.get_docstring(ast.parse(text)) or ""
    assert LONG_REASON in doc, (
        f"{module} has {lines} lines (over {LONG_MODULE_LINES}): split it along its concepts, "
        f"or say in its docstring why not ('{LONG_REASON} …')"
    )
