"""Report modules over 300 lines and functions over 60 lines in src/ (the house style's limits).

    python scripts/check_sizes.py [--max-module 300] [--max-function 60] [root]

Exits 1 when anything is over a limit, listing each offender with its size.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path


def oversized(root: Path, *, max_module: int, max_function: int) -> list[str]:
    """Every module and function of ``root`` over its limit, as ``path[:line] name: N lines``."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text("utf-8")
        lines = source.count("\n") + (0 if source.endswith("\n") else 1)
        if lines > max_module:
            found.append(f"{path}: module of {lines} lines (limit {max_module})")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                length = (node.end_lineno or node.lineno) - start + 1
                if length > max_function:
                    found.append(f"{path}:{node.lineno} {node.name}: function of {length} lines (limit {max_function})")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default="src")
    parser.add_argument("--max-module", type=int, default=300)
    parser.add_argument("--max-function", type=int, default=60)
    args = parser.parse_args()
    found = oversized(Path(args.root), max_module=args.max_module, max_function=args.max_function)
    for line in found:
        print(line)
    print(f"{len(found)} over the limits." if found else "Every module and function is within the limits.")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
