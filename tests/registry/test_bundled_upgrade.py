"""After an upgrade of the package: a store filled with an older bundled reconstruction gets the new one.

The older reconstruction is written here as an earlier version of the package wrote it: the
package's own bundled file (the project's JSON register format) with its later rows removed, an
earlier actuality, and the ``curated:`` ids earlier versions gave the entries the newer file lists
under a new id (as its ``former_ids`` say), dated the day the press announced them. It is stored
the way earlier versions loaded it (imported into the empty store as the ``bundled`` snapshot),
then the store is opened through the command line as a user would after the upgrade.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.factories import write_sample_xlsx
from undesirable import Registry, load_settings
from undesirable.registry.bundled import BUNDLED_FILE, bundled_sha256, load_bundled_organizations
from undesirable.sources.project_format import read_register_json_bytes

CUTOFF = date(2025, 10, 1)
"""The older reconstruction ends here; the entries the package's file adds after it are what the upgrade brings."""


def older_bundled_bytes(cutoff: date = CUTOFF) -> bytes:
    """The package's bundled file as an earlier version shipped it: rows up to ``cutoff``, earlier ids."""
    document = json.loads(resources.files("undesirable.data").joinpath(BUNDLED_FILE).read_bytes())
    rows = [row for row in document["rows"] if row["inclusion_date"] and row["inclusion_date"] <= cutoff.isoformat()]
    for row in rows:
        earlier = [f for f in row.get("former_ids") or [] if f.startswith("curated:")]
        if earlier:  # as earlier versions had them: a curated id and the day the press announced it
            announced = date.fromisoformat(row["inclusion_date"]) + timedelta(days=1)
            row.update(id=earlier[0], former_ids=[], inclusion_date=announced.isoformat())
    document.update(rows=rows, count=len(rows), actuality=f"{cutoff.isoformat()}T00:00:00")
    document["note"] = f"Bundled reconstruction up to {cutoff:%d.%m.%Y} ({len(rows)} entries)."
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode()


def later_entries(cutoff: date = CUTOFF) -> list[dict[str, Any]]:
    """The package's bundled rows the older reconstruction does not hold."""
    document = json.loads(resources.files("undesirable.data").joinpath(BUNDLED_FILE).read_bytes())
    return [row for row in document["rows"] if row["inclusion_date"] and row["inclusion_date"] > cutoff.isoformat()]


def environment(database_url: str, data_dir: Path, *, autoload: str) -> dict[str, str]:
    return {
        **os.environ,
        "UNDESIRABLE_DATABASE_URL": database_url,
        "UNDESIRABLE_DATA_DIR": str(data_dir),
        "UNDESIRABLE_AUTOLOAD": autoload,
    }


def cli(args: list[str], *, env: dict[str, str]) -> Any:
    from undesirable.cli import app

    result = CliRunner().invoke(app, args, obj=load_settings(env), catch_exceptions=False)
    return result


def write_old_store(database_url: str, data_dir: Path, *, official: Path | None) -> None:
    """The store as an earlier version left it: its bundled reconstruction, and an official file if given."""
    settings = load_settings(environment(database_url, data_dir, autoload="0"))
    with Registry.open(settings=settings) as registry:
        older = read_register_json_bytes(older_bundled_bytes(), name=f"bundled:{BUNDLED_FILE}")
        registry.import_source(older, origin="bundled")
        if official is not None:
            registry.import_file(official)


def check_json(name: str, *, env: dict[str, str]) -> dict[str, Any]:
    done = cli(["check", name, "--json"], env=env)
    assert done.exit_code == 0, done.output
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


@pytest.mark.parametrize("with_official", [False, True], ids=["bundled-only", "bundled-and-official"])
def test_an_upgrade_brings_the_newer_bundled_data_into_a_store_filled_by_an_earlier_version(
    database_url: str, tmp_path: Path, with_official: bool
) -> None:
    official = write_sample_xlsx(tmp_path / "official.xlsx") if with_official else None
    write_old_store(database_url, tmp_path / "data", official=official)
    later = later_entries()
    assert len(later) > 50
    nordic = next(row for row in later if "Nordic Council of Ministers" in row["raw_name"])
    before = environment(database_url, tmp_path / "data", autoload="0")
    assert check_json(nordic["raw_name"], env=before)["matches"] == []  # what the older data answers (cached)

    after = environment(database_url, tmp_path / "data", autoload="1")
    done = cli(["check", nordic["raw_name"], "--json"], env=after)
    assert done.exit_code == 0
    answer = json.loads(done.stdout)
    assert [m["organization"]["id"] for m in answer["matches"]][:1] == [nordic["id"]]
    assert answer["matches"][0]["organization"]["designated"] is True
    assert "added this version's bundled data" in done.stderr and "is kept" in done.stderr

    names = {org.id: org.display_name for org in load_bundled_organizations()}
    with Registry.open(settings=load_settings(after)) as registry:
        found = [row for row in later if row["id"] in {m.organization.id for m in registry.match(names[row["id"]])}]
        assert len(found) == len(later)  # every entry the upgrade brings is found by its name, not only the one above
        bundled = [s for s in registry.snapshots() if not s.is_official]
        assert [s.sha256 == bundled_sha256() for s in bundled] == [False, True]  # both versions kept
        assert registry.load_bundled() is None  # a known sha256 is a no-op
        state = {org.id: org for org in registry.all_organizations()}
    former = {f for org in state.values() for f in org.former_ids}
    renamed = [org_id for org_id in state if org_id in former]
    assert renamed == []  # an entry the newer file lists under a new id is not also shown as removed

    info = json.loads(cli(["info", "--json"], env=after).stdout)
    assert info["data"]["bundled"]["snapshot_id"] == bundled[-1].id
    assert "in the store" in info["data"]["bundled"]["state"]


def test_info_says_the_newer_bundled_data_is_not_in_the_store_yet(database_url: str, tmp_path: Path) -> None:
    write_old_store(database_url, tmp_path / "data", official=None)
    info = cli(["info"], env=environment(database_url, tmp_path / "data", autoload="1")).stdout
    assert "holds an older bundled reconstruction; it is added on next use" in " ".join(info.split())
    info = cli(["info"], env=environment(database_url, tmp_path / "data", autoload="0")).stdout
    assert "UNDESIRABLE_AUTOLOAD=0 keeps it out" in " ".join(info.split())


def test_a_store_of_official_files_only_is_left_as_it_is(database_url: str, tmp_path: Path) -> None:
    official = write_sample_xlsx(tmp_path / "official.xlsx")
    settings = load_settings(environment(database_url, tmp_path / "data", autoload="0"))
    with Registry.open(settings=settings) as registry:
        registry.import_file(official)
    after = environment(database_url, tmp_path / "data", autoload="1")
    with Registry.open(settings=load_settings(after)) as registry:
        assert registry.autoloaded is None
        assert all(s.is_official for s in registry.snapshots())
    info = " ".join(cli(["info"], env=after).stdout.split())
    assert "not in the store, which holds only official files" in info


def test_two_processes_opening_an_old_store_at_once_add_the_newer_data_once(database_url: str, tmp_path: Path) -> None:
    write_old_store(database_url, tmp_path / "data", official=None)
    command = [sys.executable, "-m", "undesirable", "check", "The Nordic Council of Ministers", "--json"]
    runs = [
        subprocess.Popen(
            command,
            env=environment(database_url, tmp_path / f"data-{n}", autoload="1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _out, err in outputs]
    assert all(json.loads(out)["matches"] for out, _err in outputs)
    with Registry.open(settings=load_settings(environment(database_url, tmp_path / "data", autoload="0"))) as reg:
        assert sum(s.sha256 == bundled_sha256() for s in reg.snapshots()) == 1
        assert len(reg.snapshots()) == 2
