"""Tests that keep the docs honest: settings, the README's commands, the public API."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import undesirable
from undesirable import settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_in_readme_and_module() -> None:
    for name in settings.DOCUMENTED_SETTINGS:
        assert f"UNDESIRABLE_{name}" in README, name
        assert f"UNDESIRABLE_{name}" in (settings.__doc__ or ""), name
    fields = {f.upper() for f in settings.Settings.__dataclass_fields__}
    assert set(settings.DOCUMENTED_SETTINGS) <= fields


def test_readme_set_up_has_exactly_the_two_commands() -> None:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    assert [b.strip() for b in blocks] == ['pip install . && undesirable check "Amnesty International"', "scripts/test"]
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()


def test_public_api_all_is_right() -> None:
    """``__all__`` is exactly what type checkers see, each name resolves to the object it names, and
    every name the README imports from the package is in it."""
    import ast

    tree = ast.parse((ROOT / "src" / "undesirable" / "__init__.py").read_text(encoding="utf-8"))
    typed = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for statement in node.body
        if isinstance(statement, ast.ImportFrom)
        for alias in statement.names
    }
    assert typed == set(undesirable.__all__)
    for name in undesirable.__all__:
        value = getattr(undesirable, name)
        assert getattr(value, "__name__", name) == name, name
    readme_names = set(re.findall(r"from undesirable import ([A-Za-z_]+)", README))
    assert readme_names and readme_names <= set(undesirable.__all__)
    assert len(undesirable.__all__) == len(set(undesirable.__all__))


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.fixture(scope="module")
def bundled_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The documented examples run over a store of their own holding the bundled data."""
    folder = tmp_path_factory.mktemp("docs-store")
    env = {"UNDESIRABLE_DATA_DIR": str(folder), "UNDESIRABLE_AUTOLOAD": "1"}
    saved = {key: os.environ.get(key) for key in (*env, "UNDESIRABLE_DATABASE_URL")}
    os.environ.pop("UNDESIRABLE_DATABASE_URL", None)
    os.environ.update(env)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.mark.parametrize("doc", ["docs/api.md", "README.md"])
def test_every_python_example_runs(doc: str, bundled_store: None, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = python_blocks((ROOT / doc).read_text(encoding="utf-8"))
    assert blocks, f"{doc} has no Python example"
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{doc} example {number}", "exec"), {"__name__": f"example{number}"})
    printed = capsys.readouterr().out
    if doc == "docs/api.md":
        assert "not a date: 'next week'" in printed and "no organization 'no-such-organization'" in printed
