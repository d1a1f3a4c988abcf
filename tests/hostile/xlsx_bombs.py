"""Hostile xlsx files, made by the tests from a real official-layout file (never committed).

Each helper rewrites one member of a valid export: the sheet's XML (a stale ``<dimension>``, a row
numbered far past the data), or adds members that unpack to a lot while staying small packed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.factories import sample_row, write_sample_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def official_bytes(tmp_path: Path, rows: int = 4, **kw: object) -> bytes:
    """A valid export in the official layout with ``rows`` entries."""
    path = write_sample_xlsx(tmp_path / "base.xlsx", rows=[sample_row(i) for i in range(1, rows + 1)], **kw)
    return path.read_bytes()


def rewrite_member(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    """The archive with ``member`` replaced by ``change(member)``; other members as they were."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            target.writestr(info.filename, change(content) if info.filename == member else content)
    return out.getvalue()


def add_member(data: bytes, member: str, size: int) -> bytes:
    """The archive with one more member of ``size`` zero bytes (packs to about size/1000)."""
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target, target.open(member, "w") as handle:
        block = b"\0" * (1024 * 1024)
        for _ in range(size // len(block)):
            handle.write(block)
        handle.write(b"\0" * (size % len(block)))
    return out.getvalue()


def with_dimension(data: bytes, reference: str) -> bytes:
    """The export whose ``<dimension>`` tag says ``reference`` (e.g. a stale ``A1:J5``)."""

    def change(xml: bytes) -> bytes:
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + reference.encode() + b'"', xml)

    return rewrite_member(data, SHEET, change)


def with_last_row_renumbered(data: bytes, number: int) -> bytes:
    """The export whose last row carries the row number ``number`` (and its cells the same)."""

    def change(xml: bytes) -> bytes:
        rows = re.findall(rb'<row r="(\d+)"', xml)
        last = rows[-1]
        xml = xml.replace(b'<row r="' + last + b'"', b'<row r="' + str(number).encode() + b'"')
        return re.sub(rb'r="([A-Z]+)' + last + b'"', lambda m: b'r="' + m.group(1) + str(number).encode() + b'"', xml)

    return rewrite_member(data, SHEET, change)
