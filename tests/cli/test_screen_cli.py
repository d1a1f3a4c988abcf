"""``check`` and ``screen`` against the bundled register, run as the installed command."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.cli.test_registry_cli import run

pytestmark = pytest.mark.usefixtures("bundled_store")  # the store starts with the bundled register


def test_check_json_contract_and_as_of(database_url: str) -> None:
    done = run(
        ["check", "Международной амнистии", "--json", "--as-of", "2020-01-01"], database_url=database_url, autoload="1"
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # the contract, with fields added: namesakes, then what was searched (coverage, sources)
    assert list(result) == ["query", "as_of", "snapshot", "coverage", "sources", "matches", "namesakes"]
    assert result["as_of"] == "2020-01-01"
    best = result["matches"][0]
    assert set(best) == {"organization", "score", "matched_name", "explanation", "reasons", "shared_name", "group"}
    assert "Amnesty International" in best["organization"]["name_en"]
    assert best["organization"]["designated"] is False  # decided in 2025
    assert 0.9 <= best["score"] <= 1.0 and best["explanation"]


def test_check_nothing_found_says_what_was_searched(database_url: str) -> None:
    done = run(["check", "Общество любителей пчеловодства"], database_url=database_url, autoload="1")
    assert done.returncode == 0
    assert "No match" in done.stdout and "Bundled reconstruction" in done.stdout
    quiet = json.loads(
        run(["check", "Общество любителей пчеловодства", "--json"], database_url=database_url, autoload="1").stdout
    )
    assert quiet["matches"] == []


def test_check_reads_names_from_stdin_as_json_lines(database_url: str) -> None:
    names = "Meduza\nThe Insider\n\nПчеловоды Подмосковья\n\x00\x00\n"
    done = run(["check", "-", "--json"], database_url=database_url, autoload="1", stdin=names)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["Meduza", "The Insider", "Пчеловоды Подмосковья", "\x00\x00"]
    assert lines[0]["matches"] and lines[1]["matches"] and not lines[2]["matches"] and not lines[3]["matches"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "x", "--threshold", "1.5"], "--threshold must be between 0 and 1"),
        (["check", "x", "--as-of", "31.02.2020"], "--as-of: not a date"),
    ],
)
def test_check_bad_usage(database_url: str, args: list[str], message: str) -> None:
    done = run(args, database_url=database_url, autoload="1")
    assert done.returncode == 2 and message in done.stderr


@pytest.mark.parametrize(
    "name",
    ["", "x" * 10_000, "\x1bAmn\x01esty\x07 International", "Мемoриал", "🔥🔥 Meduza 🔥", "\u202eInsider"],
)
def test_check_survives_bad_names(database_url: str, name: str) -> None:
    done = run(["check", name, "--json"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    json.loads(done.stdout)


def _write_cp1251_csv(path: Path) -> None:
    rows = [
        "id;name;city",
        "1;Фонд Открытое общество;Москва",
        "2;Бюро добрых дел;Казань",
        '3;"Meduza; Project";Riga',
        "4;;Тверь",
        "5;Фонд Открытое общество;Москва",
        "6;слишком;много;полей;тут",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))


def test_screen_cp1251_semicolon_csv_keeps_every_row(tmp_path: Path, database_url: str) -> None:
    source = tmp_path / "clients.csv"
    _write_cp1251_csv(source)
    out = tmp_path / "out.csv"
    done = run(
        ["screen", str(source), "--column", "name", "--output", str(out), "--json"],
        database_url=database_url,
        autoload="1",
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["rows"] == 6
    assert report["malformed"] == [{"line": 7, "error": "expected 3 fields, found 5"}]
    assert report["distinct_names_scored"] == 4 and report["repeated_names"] == 1
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert rows[0]["city"] == "Москва" and rows[0]["match_level"] == "strong"
    assert rows[0]["match_org_id"] == "ru-undesirable-1778-r-2015-12-01" and rows[0]["match_explanation"]
    assert rows[1]["match_level"] == "none"
    assert rows[3]["row_status"] == "empty"
    assert rows[5]["row_status"] == "malformed" and "полей" in rows[5]["_other_fields"]


def test_screen_says_everything_it_searched_as_check_does(tmp_path: Path, database_url: str) -> None:
    from tests.factories import write_sample_xlsx

    assert run(["import", str(write_sample_xlsx(tmp_path / "official.xlsx"))], database_url=database_url, autoload="1")
    source = tmp_path / "names.csv"
    source.write_text("name\nBellingcat\nООО Ромашка\n", encoding="utf-8")
    args = ["screen", str(source), "--column", "name", "--output", str(tmp_path / "out.csv")]
    report = json.loads(run([*args, "--json"], database_url=database_url, autoload="1").stdout)
    check = json.loads(run(["check", "ООО Ромашка", "--json"], database_url=database_url, autoload="1").stdout)
    # the official file is current, and the entries only the bundled reconstruction knows were searched too
    assert report["coverage"] == check["coverage"] and "Plus" in report["coverage"]
    assert [s["snapshot_id"] for s in report["sources"]] == [s["snapshot_id"] for s in check["sources"]]
    assert len(report["sources"]) == 2 and report["snapshot"]["rows"] == 4
    text = run(args, database_url=database_url, autoload="1").stdout
    assert f"Searched: {report['coverage'][:40]}" in " ".join(text.split())


def test_screen_xlsx_jsonl_and_missing_column(tmp_path: Path, database_url: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Organisation", "Note"])
    sheet.append(["Bellingcat", "x"])
    sheet.append(["Пекарня у дома", "y"])
    book.save(tmp_path / "in.xlsx")
    done = run(
        ["screen", str(tmp_path / "in.xlsx"), "--column", "Organisation"], database_url=database_url, autoload="1"
    )
    assert done.returncode == 0, done.stderr
    result = openpyxl.load_workbook(tmp_path / "in.screened.xlsx").active
    rows = list(result.iter_rows(values_only=True))
    header = rows[0]
    assert header[:2] == ("Organisation", "Note") and "match_org_id" in header
    assert rows[1][header.index("match_level")] == "strong"

    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"name": "Открытая Россия", "n": 1}\nnot json\n{"name": "Хлебозавод №5"}\n', encoding="utf-8")
    done = run(["screen", str(jsonl), "--column", "name", "--json"], database_url=database_url, autoload="1")
    assert json.loads(done.stdout)["malformed"] == [{"line": 2, "error": "not JSON: Expecting value"}]
    lines = [json.loads(x) for x in (tmp_path / "in.screened.jsonl").read_text("utf-8").splitlines()]
    assert [x["row_status"] for x in lines] == ["ok", "malformed", "ok"]
    assert lines[0]["n"] == 1 and lines[0]["match_level"] == "strong"

    missing = run(["screen", str(tmp_path / "in.xlsx"), "--column", "Name"], database_url=database_url, autoload="1")
    assert missing.returncode == 1 and "no column 'Name' (columns: 'Organisation', 'Note')" in missing.stderr


def test_screen_parquet_round_trip(tmp_path: Path, database_url: str) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"name": ["Open Society Foundations", "Мельница"], "k": [1, 2]}), tmp_path / "in.parquet")
    done = run(["screen", str(tmp_path / "in.parquet"), "--column", "name"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "in.screened.parquet").to_pylist()
    assert [r["k"] for r in table] == ["1", "2"]
    assert table[0]["match_level"] == "strong" and table[1]["match_level"] == "none"


def test_screen_unreadable_file(tmp_path: Path, database_url: str) -> None:
    binary = tmp_path / "names.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x00" * 100)
    done = run(["screen", str(binary), "--column", "name"], database_url=database_url, autoload="1")
    assert done.returncode == 1 and "binary data" in done.stderr


def test_screen_is_audited_when_auditing_is_on(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "clients.csv"
    _write_cp1251_csv(source)
    monkeypatch.setenv("UNDESIRABLE_AUDIT", "1")
    done = run(["screen", str(source), "--column", "name"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    log = run(["audit", "--json"], database_url=database_url)
    assert log.returncode == 0, log.stderr
    records = json.loads(log.stdout)
    records = records["records"] if isinstance(records, dict) else records
    batch = [r for r in records if r["kind"] == "batch"]
    assert len(batch) == 1
    assert batch[0]["result"]["rows"] == 6 and batch[0]["result"]["verdict"] == "match"
    assert batch[0]["snapshot_sha256"]


def _matcher_failing_on(monkeypatch: pytest.MonkeyPatch, word: str) -> None:
    """The matcher raises on names holding ``word`` (as it once raised an IndexError for one odd name)."""
    from undesirable import screening

    real = screening.match_name_cached

    def failing(index: Any, query: str, **options: Any) -> Any:
        if word in query:
            raise IndexError("list index out of range")
        return real(index, query, **options)

    monkeypatch.setattr(screening, "match_name_cached", failing)


def test_screen_goes_on_past_a_row_the_matcher_fails_on_says_so_and_exits_3(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("id,name\n1,Bellingcat\n2,Сбойфонд\n3,ООО Ромашка\n4,Meduza\n", encoding="utf-8")
    _matcher_failing_on(monkeypatch, "Сбойфонд")
    out = tmp_path / "out.csv"
    done = run(
        ["screen", str(source), "--column", "name", "--output", str(out), "--json"],
        database_url=database_url,
        autoload="1",
    )
    assert done.returncode == 3
    report = json.loads(done.stdout)
    assert report["rows"] == 4 and report["strong"] == 2
    assert report["failed"] == [{"line": 3, "error": "not screened: IndexError: list index out of range"}]
    assert "1 rows were NOT screened" in done.stderr and "lines 3" in done.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    assert [r["row_status"] for r in rows] == ["ok", "failed", "ok", "ok"]
    assert [r["match_level"] for r in rows] == ["strong", "unscreened", "none", "strong"]
    assert rows[1]["name"] == "Сбойфонд" and rows[1]["match_count"] == "" and rows[2]["match_count"] == "0"

    text = run(
        ["screen", str(source), "--column", "name", "--output", str(out)], database_url=database_url, autoload="1"
    )
    assert text.returncode == 3
    assert "1 rows were NOT screened" in text.stdout and "line 3: not screened: IndexError" in text.stdout
    assert "no match" not in text.stdout.lower()


def test_a_screened_file_with_unscreened_rows_is_not_audited_as_clean(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("name\nООО Ромашка\nСбойфонд\nПекарня у дома\n", encoding="utf-8")
    _matcher_failing_on(monkeypatch, "Сбойфонд")
    monkeypatch.setenv("UNDESIRABLE_AUDIT", "1")
    done = run(["screen", str(source), "--column", "name"], database_url=database_url, autoload="1")
    assert done.returncode == 3
    log = run(["audit", "--json"], database_url=database_url)
    records = json.loads(log.stdout)
    records = records["records"] if isinstance(records, dict) else records
    [batch] = [r for r in records if r["kind"] == "batch"]
    assert batch["result"]["verdict"] == "incomplete"  # nothing matched, but one name was never looked at
    assert batch["result"]["failed_rows"] == 1 and batch["result"]["failed_lines"] == [3]


def test_the_unscreened_exit_code_and_every_result_column_and_status_are_documented(database_url: str) -> None:
    from undesirable.cli.screen_report import UNSCREENED_EXIT
    from undesirable.screening import FAILED_STATUS, RESULT_COLUMNS, UNSCREENED_LEVEL

    shown = run(["screen", "--help"], database_url=database_url).stdout
    help_text = " ".join(shown.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())  # the help's box drawn away
    assert f"exits with code {UNSCREENED_EXIT}" in help_text and "row_status=failed" in help_text
    doc = (Path(__file__).parents[2] / "docs" / "screening.md").read_text(encoding="utf-8")
    assert all(f"`{column}`" in doc for column in RESULT_COLUMNS)
    assert all(f"`{value}`" in doc for value in ("ok", "empty", "malformed", FAILED_STATUS, UNSCREENED_LEVEL))
    assert f"**{UNSCREENED_EXIT}**" in doc


def test_check_from_stdin_goes_on_past_a_name_the_matcher_fails_on_and_exits_3(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from undesirable.registry.registry import Registry

    real = Registry.match

    def failing(self: Registry, name: str, **options: Any) -> Any:
        if "Сбойфонд" in name:
            raise IndexError("list index out of range")
        return real(self, name, **options)

    monkeypatch.setattr(Registry, "match", failing)
    names = "Meduza\nСбойфонд\n\nПчеловоды Подмосковья\n"
    done = run(["check", "-", "--json"], database_url=database_url, autoload="1", stdin=names)
    assert done.returncode == 3
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["Meduza", "Сбойфонд", "Пчеловоды Подмосковья"]
    assert lines[1] == {
        "query": "Сбойфонд",
        "status": "failed",
        "error": "not screened: IndexError: list index out of range",
    }
    assert lines[0]["matches"] and lines[2]["matches"] == []
    assert "1 names were NOT screened (lines 2)" in done.stderr
    text = run(["check", "-"], database_url=database_url, autoload="1", stdin=names)
    assert text.returncode == 3
    assert "NOT screened 'Сбойфонд': not screened: IndexError" in text.stdout
    assert "No match for 'Сбойфонд'" not in text.stdout and "No match for 'Пчеловоды Подмосковья'" in text.stdout
