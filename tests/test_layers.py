"""The library's data flow runs one way (DESIGN.md): a concern module never imports a later one,
directly or through the helper modules it uses."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIB = Path(__file__).resolve().parents[1] / "lib" / "newslens"
#: The concern modules in the order data flows through them.
FLOW = ["articles", "pipeline", "entities", "sourcing", "claims", "agreements", "positions", "analysis"]


def _imports(module: str) -> set[str]:
    """The package's modules that ``module`` imports (``from . import x`` and ``from .x import y``)."""
    tree = ast.parse((LIB / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out.update(a.name for a in node.names)
    return {m for m in out if (LIB / f"{m}.py").exists()}


def _reach(module: str) -> set[str]:
    seen, todo = set(), [module]
    while todo:
        for m in _imports(todo.pop()) - seen:
            seen.add(m)
            todo.append(m)
    return seen


@pytest.mark.parametrize("module", FLOW)
def test_no_concern_module_reaches_a_later_one(module):
    later = set(FLOW[FLOW.index(module) + 1:])
    assert not (_reach(module) & later), f"{module} imports {sorted(_reach(module) & later)}"

