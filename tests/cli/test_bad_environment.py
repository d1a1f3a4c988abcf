"""A bad environment is one clear line, never a traceback (issue item 10): a data folder that is a
file, a broken register file given to ``import``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.hostile.xlsx_bombs import SHEET, official_bytes, rewrite_member


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "undesirable", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    env = {"UNDESIRABLE_DATA_DIR": str(blocker / "data"), "UNDESIRABLE_AUTOLOAD": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "undesirable", "check", "Bellingcat"],
        env={k: v for k, v in {**os.environ, **env}.items() if k != "UNDESIRABLE_DATABASE_URL"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("undesirable: cannot make the folder") and done.stderr.count("\n") == 1


def test_broken_xml_in_an_import_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(
        rewrite_member(
            official_bytes(tmp_path), SHEET, lambda xml: xml.replace(b"</sheetData>", b"<row r=</sheetData>")
        )
    )
    done = _run(["import", str(path)], {"UNDESIRABLE_DATABASE_URL": f"sqlite:///{tmp_path / 's.sqlite3'}"})
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"undesirable: {path}") and "XML" in done.stderr and done.stderr.count("\n") == 1
