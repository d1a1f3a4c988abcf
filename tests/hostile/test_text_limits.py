"""Texts to scan against hostile input: DOCX bombs, texts over the limit, one huge line, a name
made of one enormous word, a text that mentions names thousands of times.

Files are generated here; limits are made small so each test stays quick and small in memory."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from typing import Any

import pytest

from undesirable.errors import LimitError
from undesirable.limits import Limits
from undesirable.sources.text_inputs import _chunk_pieces, read_text_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bomb(unpacked: int, *, paragraphs: int = 1) -> bytes:
    """A DOCX whose ``word/document.xml`` unpacks to about ``unpacked`` bytes of runs of text."""
    run = "<w:r><w:t>Сотрудники «Медузы» и Bellingcat. </w:t></w:r>".encode()
    per_paragraph = max(1, unpacked // paragraphs // len(run))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as out:
            out.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(paragraphs):
                out.write(b"<w:p>")
                for _ in range(per_paragraph // 1000):
                    out.write(run * 1000)
                out.write(b"</w:p>")
            out.write(b"</w:body></w:document>")
    return buffer.getvalue()


def measure(action: Callable[[], Any]) -> tuple[float, int]:
    """Seconds and peak traced bytes of ``action`` (which is expected to raise LimitError)."""
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(LimitError):
        action()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_unpacking() -> None:
    data = docx_bomb(8 * 1024 * 1024)
    assert len(data) < 300 * 1024
    seconds, peak = measure(lambda: read_text_bytes(data, name="bomb.docx", limits=Limits(unpacked_bytes=1024 * 1024)))
    assert seconds < 5 and peak < 4 * 1024 * 1024


def test_a_docx_text_over_the_limit_fails_while_it_is_extracted() -> None:
    data = docx_bomb(32 * 1024 * 1024)  # one paragraph of about 28 M characters
    seconds, peak = measure(lambda: read_text_bytes(data, name="long.docx", max_chars=100_000))
    assert peak < 16 * 1024 * 1024  # the whole text would be over 50 MB
    assert seconds < 20


def test_the_text_limit_names_itself() -> None:
    with pytest.raises(LimitError) as caught:
        read_text_bytes(b"word " * 1000, name="note.txt", max_chars=1000)
    assert caught.value.message == "note.txt: too many characters of text: over the limit of 1,000 (limits.text_chars)"
    assert read_text_bytes(b"word " * 200, name="note.txt", max_chars=1000) == "word " * 200


def _split_seconds(length: int) -> float:
    """The best of three CPU times of this process (other processes' load does not count)."""
    text = "x" * length
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        pieces = list(_chunk_pieces([text], size=1024))
        best = min(best, time.process_time() - started)
    assert "".join(p.text for p in pieces) == text
    return best


def test_cutting_one_huge_line_into_pieces_takes_linear_time() -> None:
    small, large = _split_seconds(4_000_000), _split_seconds(16_000_000)
    assert large / small < 8, (small, large)  # linear: about 4; the old splitter: about 16


def test_a_name_of_one_enormous_word_does_not_crash_the_scanner() -> None:
    """pyahocorasick crashed the process (exit 139) on a key of ~600k characters."""
    script = textwrap.dedent(
        """
        from undesirable.model import Organization
        from undesirable.scanning import build_scan_index, scan_text
        orgs = [Organization(id="a", name_ru=None, name_en="Fund " + "x" * 600_000),
            Organization(id="b", name_ru=None, name_en="Bellingcat")]
        index = build_scan_index(orgs)
        print(len(scan_text(index, "Bellingcat and " + "x" * 50)))
        del index
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "1"
