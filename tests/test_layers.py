"""Imports point inward: faces -> operations -> registry / following / proof -> core -> store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import undesirable

PACKAGE = Path(undesirable.__file__).parent

FORBIDDEN = {
    "web": ("api", "cli"),
    "api": ("cli",),
    "cli": ("api", "web"),
    "operations": ("api", "web", "cli", "serving"),
    "following": ("api", "web", "cli", "operations", "serving"),
    "proof": ("api", "web", "cli", "operations", "serving"),
    "registry": ("api", "web", "cli", "operations", "serving", "following", "proof"),
    "store": ("api", "web", "cli", "operations", "serving", "following", "proof", "registry"),
    "names": ("api", "web", "cli", "operations", "serving", "following", "proof", "registry", "store"),
    "matching": ("api", "web", "cli", "operations", "serving", "following", "proof", "registry", "store"),
    "scanning": ("api", "web", "cli", "operations", "serving", "following", "proof", "registry", "store"),
}


def imported_packages(path: Path) -> set[str]:
    """The second component of every ``undesirable.*`` module ``path`` imports (at any depth)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "undesirable" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_outside_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules in {layer}/"
    bad = {
        str(path.relative_to(PACKAGE)): sorted(imported_packages(path) & set(FORBIDDEN[layer]))
        for path in files
        if imported_packages(path) & set(FORBIDDEN[layer])
    }
    assert bad == {}


def test_the_layer_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "page.py"
    module.write_text("def f():\n    from undesirable.api.common import get_registry\n", encoding="utf-8")
    assert "api" in imported_packages(module)
