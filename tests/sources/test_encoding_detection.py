"""A mostly-UTF-8 file with a bad byte is read as UTF-8 (the byte replaced and reported), never
as cp1251 as a whole: that once turned 200 listed Cyrillic names into mojibake and screening
marked every row "ok"."""

from __future__ import annotations

from pathlib import Path

import pytest

from undesirable.registry.bundled import load_bundled_organizations
from undesirable.sources.encodings import is_mostly_utf8
from undesirable.sources.tables import CsvReader, detect_encoding
from undesirable.sources.text_inputs import detect_encoding as detect_text_encoding
from undesirable.sources.text_inputs import read_text_bytes


def _listed_names() -> list[str]:
    names = [o.name_ru for o in load_bundled_organizations() if o.name_ru and "," not in o.name_ru]
    assert len(names) >= 200
    return names[:200]


def _csv_with_a_bad_byte(names: list[str]) -> bytes:
    data = ("name\n" + "\n".join(names) + "\n").encode("utf-8")
    middle = data.index(b"\n", len(data) // 2) + 1
    return data[:middle] + b"\xe9" + data[middle:]  # a lone Latin-1 byte, as from a pasted fragment


def test_a_utf8_table_with_one_bad_byte_is_read_as_utf8_and_reported(tmp_path: Path) -> None:
    names = _listed_names()
    path = tmp_path / "clients.csv"
    path.write_bytes(_csv_with_a_bad_byte(names))
    reader = CsvReader(path)
    assert reader.encoding == "utf-8"
    read = [record.values["name"] for record in reader]
    assert sum(1 for n in read if n in names) == len(names) - 1  # one name carries the replaced byte
    assert any("\ufffd" in n for n in read)
    assert reader.warnings and "1 invalid UTF-8 byte sequence" in reader.warnings[0]


def test_texts_to_scan_follow_the_same_rule() -> None:
    data = _csv_with_a_bad_byte(_listed_names())
    assert detect_text_encoding(data[:65536]) == "utf-8"
    assert _listed_names()[0] in read_text_bytes(data)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_single_byte_russian_is_still_told_apart(encoding: str) -> None:
    sample = "\n".join(_listed_names()).encode(encoding, "replace")
    assert not is_mostly_utf8(sample)
    assert detect_encoding(sample).replace("_", "-").lower() in ("cp1251", "windows-1251", "koi8-r", "koi8_r")
    assert detect_text_encoding(sample) == encoding
