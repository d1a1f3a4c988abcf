"""Texts to scan, read from plain text, Markdown, HTML and DOCX files, in pieces of bounded size.

:func:`read_text_chunks` looks at the first bytes of a stream to tell the format and the encoding,
refuses binary files with a message that says what the file seems to be, and returns a
:class:`TextDocument` whose ``chunks`` yield the text in pieces (:class:`TextChunk`: the offset of
the piece in the whole text, and the piece) of about :data:`CHUNK_CHARS` characters, cut at
paragraph ends where there are any, so memory stays flat whatever the size of the file (a 100 MB
file on one line is cut at sentence ends or spaces).

- Plain text and Markdown are scanned as written: offsets are offsets in the decoded file.
  Encodings: UTF-8 (with or without BOM), UTF-16 (BOM, or told by its zero bytes), and the
  Russian single-byte encodings cp1251 and koi8-r, told apart by which decoding gives the usual
  frequencies of Russian lower-case letters.
- HTML and DOCX: their text, as :mod:`undesirable.sources.text_formats` extracts it.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from undesirable.errors import Location, SourceError
from undesirable.limits import DEFAULT_LIMITS, Limits, check_limit
from undesirable.sources.encodings import is_mostly_utf8
from undesirable.sources.text_formats import (
    SUPPORTED,
    TEXT_FORMATS,
    TextFormat,
    detect_format_from_bytes,
    detect_format_from_name,
    extract_docx_text,
    extract_html_text,
)

__all__ = [
    "CHUNK_CHARS",
    "TEXT_FORMATS",
    "TextChunk",
    "TextDocument",
    "TextFormat",
    "detect_encoding",
    "read_text_bytes",
    "read_text_chunks",
]

CHUNK_CHARS = 256 * 1024
"""About how many characters one piece holds."""
READ_BYTES = 256 * 1024
"""How many bytes are read and decoded at a time."""
SNIFF_BYTES = 64 * 1024
"""How many bytes are looked at to tell the format and the encoding."""
MAX_CONTROL_SHARE = 0.01
"""A sample with more control characters than this share is binary."""
MIN_CYRILLIC_SHARE = 0.3
"""Below this share of frequent Russian letters among the non-ASCII bytes, a single-byte text is
read as cp1252 rather than as a Russian encoding."""
UTF16_MIN_PAIRS = 8
UTF16_HIGH_SHARE = 0.95
UTF16_MAX_LOW_ZEROS = 0.05
"""UTF-16 without BOM: at least this share of the high bytes takes one of two values."""
_FREQUENT_RUSSIAN = frozenset("оеаинтсрвлкмдпу")
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_CUTS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True)
class TextChunk:
    """A piece of a text: ``text`` starts at ``offset`` in the whole text."""

    offset: int
    text: str


@dataclass
class TextDocument:
    """A text being read: what it is, and its pieces (an iterator, read once)."""

    name: str
    format: TextFormat
    encoding: str | None
    chunks: Iterator[TextChunk]


def read_text_chunks(
    stream: BinaryIO,
    *,
    name: str,
    text_format: TextFormat | None = None,
    limits: Limits = DEFAULT_LIMITS,
    max_chars: int | None = None,
) -> TextDocument:
    """Start reading ``stream``: tell its format and encoding from the name and first bytes.

    Args:
        stream: a binary stream, left open (the chunks read from it).
        name: the file name (its extension tells the format) or ``-`` for standard input.
        text_format: the format, when known; else it is told from ``name`` and the content.
        limits: ``unpacked_bytes`` bounds a DOCX archive.
        max_chars: the longest text accepted (checked while the text is extracted); None: no bound.

    Raises:
        SourceError: for a binary file, a broken DOCX, or a format that is not read.
        LimitError: (while iterating) for a text over ``max_chars`` or a DOCX over ``limits``.
    """
    location = Location(name)
    sample = stream.read(SNIFF_BYTES)
    kind = text_format or detect_format_from_name(name) or detect_format_from_bytes(sample, location)
    if kind == "docx":
        paragraphs = extract_docx_text(sample, stream, location, max_unpacked=limits.unpacked_bytes)
        return TextDocument(name, "docx", None, _chunk_pieces(paragraphs, max_chars=max_chars, name=name))
    binary = _binary_kind(sample)
    if binary is not None and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = None if binary != "a binary file" else _utf16_without_bom(sample)
        if encoding is None:
            raise SourceError(f"this looks like {binary}, not text; scan reads {SUPPORTED}", location=location)
    else:
        encoding = _html_charset(sample) if kind == "html" else None
        encoding = encoding or detect_encoding(sample)
    pieces = _decoded(sample, stream, encoding)
    if kind == "html":
        pieces = extract_html_text(pieces)
    return TextDocument(name, kind, encoding, _chunk_pieces(pieces, max_chars=max_chars, name=name))


def read_text_bytes(
    data: bytes,
    *,
    name: str = "-",
    text_format: TextFormat | None = None,
    limits: Limits = DEFAULT_LIMITS,
    max_chars: int | None = None,
) -> str:
    """The whole text of ``data`` (an uploaded file; offsets as in :func:`read_text_chunks`).

    Raises:
        SourceError: as :func:`read_text_chunks`.
        LimitError: as :func:`read_text_chunks`.
    """
    document = read_text_chunks(
        io.BytesIO(data), name=name, text_format=text_format, limits=limits, max_chars=max_chars
    )
    return "".join(chunk.text for chunk in document.chunks)


def detect_encoding(sample: bytes) -> str:
    """``utf-8-sig``, ``utf-16``, ``utf-8``, ``cp1251``, ``koi8-r`` or ``cp1252`` for a text sample."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if is_mostly_utf8(sample):  # a few bad bytes in a UTF-8 text are replaced, not a reason to guess
        return "utf-8"
    high = sum(1 for b in sample if b >= 0x80)
    scores = {
        enc: sum(1 for c in sample.decode(enc, "replace") if c in _FREQUENT_RUSSIAN) for enc in ("cp1251", "koi8-r")
    }
    best = max(scores, key=lambda enc: scores[enc])
    return best if high and scores[best] >= MIN_CYRILLIC_SHARE * high else "cp1252"


def _binary_kind(sample: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if sample.startswith(signature):
            return kind
    if b"\x00" in sample:
        return "a binary file"
    controls = sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    return "a binary file" if sample and controls > MAX_CONTROL_SHARE * len(sample) else None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the high bytes of every other byte pair are nearly all 0 or one
    script's block (Cyrillic text: 0x04), as in UTF-16 without a byte order mark."""
    for encoding, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        if len(high) < UTF16_MIN_PAIRS or high.count(0) == 0 or low.count(0) > UTF16_MAX_LOW_ZEROS * len(low):
            continue
        common = sorted((high.count(b) for b in set(high)), reverse=True)[:2]
        if sum(common) >= UTF16_HIGH_SHARE * len(high):
            return encoding
    return None


def _html_charset(sample: bytes) -> str | None:
    found = _META_CHARSET.search(sample[:4096])
    if found is None:
        return None
    name = found.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decoded(sample: bytes, stream: BinaryIO, encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    block = sample
    while block:
        text = decoder.decode(block)
        if text:
            yield text
        block = stream.read(READ_BYTES)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _chunk_pieces(
    pieces: Iterable[str], *, size: int = CHUNK_CHARS, max_chars: int | None = None, name: str = "-"
) -> Iterator[TextChunk]:
    """Pieces of about ``size`` characters, cut at a paragraph end, a line end, a sentence end or a
    space, in this order of preference, in the second half of the piece.

    Each character is copied a bounded number of times (a position moves through a long piece
    instead of re-slicing the rest), so time grows linearly with the text. ``max_chars`` is checked
    as each piece arrives: a text over it fails before the rest is extracted.
    """
    buffer = ""
    offset = 0
    for piece in pieces:
        buffer = buffer + piece if buffer else piece
        if max_chars is not None:
            check_limit(offset + len(buffer), max_chars, what="characters of text", name="text_chars", location=name)
        start = 0
        while len(buffer) - start >= size:
            cut = _cut_point(buffer, start, size)
            yield TextChunk(offset, buffer[start:cut])
            offset += cut - start
            start = cut
        buffer = buffer[start:]
    if buffer:
        yield TextChunk(offset, buffer)


def _cut_point(buffer: str, start: int, size: int) -> int:
    """Where the piece of ``buffer`` starting at ``start`` ends (an absolute position)."""
    for mark in _CUTS:
        found = buffer.rfind(mark, start + size // 2, start + size)
        if found >= 0 and not (mark == "\n" and buffer[found - 1] == "-"):
            return found + len(mark)
    return start + size
