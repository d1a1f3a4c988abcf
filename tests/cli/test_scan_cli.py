"""``scan``: text, HTML, DOCX and standard input against the bundled register, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_registry_cli import run
from tests.sources.test_text_inputs import make_docx

pytestmark = pytest.mark.usefixtures("bundled_store")  # the store starts with the bundled register

TEXT = "Сотрудники «Медузы» уехали в Ригу.\nРасследование Bellingcat: https://www.bellingcat.com/x.\nШёл дождь.\n"


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One SQLite store for the module; the first command loads the bundled register into it."""
    return f"sqlite:///{tmp_path_factory.mktemp('scan') / 'store.sqlite3'}"


def test_json_contract_offsets_and_as_of(tmp_path: Path, database_url: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="cp1251")
    done = run(["scan", str(path), "--json", "--as-of", "2022-12-31"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert list(result) == ["as_of", "snapshot", "coverage", "sources", "mentions", "truncated"]  # two fields added
    assert result["as_of"] == "2022-12-31"
    assert result["truncated"] is False
    assert result["snapshot"]["rows"] > 200
    mentions = result["mentions"]
    assert set(mentions[0]) == {
        "start", "end", "text", "organization", "matched_name", "confidence", "designated", "kind", "reasons"
    }  # fmt: skip
    assert [TEXT[m["start"] : m["end"]] for m in mentions] == [m["text"] for m in mentions]
    url = "https://www.bellingcat.com/x"
    assert [m["text"] for m in mentions] == ["Медузы", "Bellingcat", "Bellingcat", url, url]
    meduza = mentions[0]
    assert meduza["organization"]["id"] == "ru-undesirable-138-r-2023-02-07" and meduza["designated"] is False
    assert mentions[1]["designated"] is True


def test_human_output_has_context_and_a_summary_from_standard_input(database_url: str) -> None:
    done = run(["scan"], database_url=database_url, autoload="1", stdin=TEXT)
    assert done.returncode == 0, done.stderr
    assert "line 1, chars 12-18: …Сотрудники «Медузы» уехали в Ригу." in done.stdout
    assert "line 2" in done.stdout and "Bellingcat (ru-undesirable-951-r-2022-07-26)" in done.stdout
    assert "3 organizations mentioned" in done.stdout and "TV Rain" not in done.stdout
    assert done.stdout.count("line 2, chars 49-59") == 1


def test_html_and_docx_files(tmp_path: Path, database_url: str) -> None:
    html = tmp_path / "page.html"
    html.write_text("<html><body><p>Читайте <a href='https://meduza.io/x'>здесь</a>.</p></body></html>", "utf-8")
    docx = tmp_path / "report.docx"
    docx.write_bytes(make_docx(["Доклад «Международной амнистии» вышел."]))
    for path, expected in ((html, "https://meduza.io/x"), (docx, "Международной амнистии")):
        done = run(["scan", str(path), "--json"], database_url=database_url, autoload="1")
        assert done.returncode == 0, done.stderr
        assert [m["text"] for m in json.loads(done.stdout)["mentions"]] == [expected]


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["scan", "{binary}"], None, 1, "looks like a PNG image"),
        (["scan", "{missing}"], None, 1, "no such file"),
        (["scan", "--as-of", "yesterday"], "", 2, "--as-of"),
        (["scan", "--format", "pdf"], "", 2, "--format"),
    ],
)
def test_bad_input_is_one_clear_line(
    tmp_path: Path, database_url: str, args: list[str], stdin: str | None, code: int, message: str
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    args = [a.format(binary=binary, missing=tmp_path / "nope.txt") for a in args]
    done = run(args, database_url=database_url, autoload="1", stdin=stdin)
    assert done.returncode == code
    assert message in done.stderr and "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_empty_input(database_url: str) -> None:
    done = run(["scan", "-", "--json"], database_url=database_url, autoload="1", stdin="")
    assert done.returncode == 0 and json.loads(done.stdout)["mentions"] == []
    done = run(["scan"], database_url=database_url, autoload="1", stdin="\n")
    assert done.returncode == 0 and "No organization of the register is mentioned" in done.stdout
