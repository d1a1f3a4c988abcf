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
- HTML is reduced to its text (no scripts or styles, block elements on their own lines, white
  space collapsed); a link's target is written after its text as `` <URL>`` so that links are
  scanned too. Offsets refer to this extracted text.
- DOCX: the paragraphs of ``word/document.xml`` (hyperlink targets written the same way).
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import IO, BinaryIO, Literal
from xml.etree import ElementTree

from undesirable.errors import Location, SourceError

TextFormat = Literal["text", "markdown", "html", "docx"]
TEXT_FORMATS: tuple[TextFormat, ...] = ("text", "markdown", "html", "docx")

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
MAX_DOCX_BYTES = 512 * 1024 * 1024
"""A DOCX read from a stream that cannot seek is held in memory up to this size."""

_FREQUENT_RUSSIAN = frozenset("оеаинтсрвлкмдпу")
_EXTENSIONS: dict[str, TextFormat] = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".docx": "docx",
}  # fmt: skip
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
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_SPACES = re.compile(r"[ \t\r\n\f]+")
_CUTS = ("\n\n", "\n", ". ", " ")
SUPPORTED = "plain text, Markdown, HTML or DOCX"


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


def read_text_chunks(stream: BinaryIO, *, name: str, text_format: TextFormat | None = None) -> TextDocument:
    """Start reading ``stream``: tell its format and encoding from the name and first bytes.

    Args:
        stream: a binary stream, left open (the chunks read from it).
        name: the file name (its extension tells the format) or ``-`` for standard input.
        text_format: the format, when known; else it is told from ``name`` and the content.

    Raises:
        SourceError: for a binary file, a broken DOCX, or a format that is not read.
    """
    location = Location(name)
    sample = stream.read(SNIFF_BYTES)
    kind = text_format or _format_from_name(name) or _format_from_bytes(sample, location)
    if kind == "docx":
        return TextDocument(name, "docx", None, _chunk_pieces(_docx_pieces(sample, stream, location)))
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
        pieces = _html_pieces(pieces)
    return TextDocument(name, kind, encoding, _chunk_pieces(pieces))


def read_text_bytes(data: bytes, *, name: str = "-", text_format: TextFormat | None = None) -> str:
    """The whole text of ``data`` (an uploaded file; offsets as in :func:`read_text_chunks`).

    Raises:
        SourceError: as :func:`read_text_chunks`.
    """
    document = read_text_chunks(io.BytesIO(data), name=name, text_format=text_format)
    return "".join(chunk.text for chunk in document.chunks)


def detect_encoding(sample: bytes) -> str:
    """``utf-8-sig``, ``utf-16``, ``utf-8``, ``cp1251``, ``koi8-r`` or ``cp1252`` for a text sample."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    high = sum(1 for b in sample if b >= 0x80)
    scores = {
        enc: sum(1 for c in sample.decode(enc, "replace") if c in _FREQUENT_RUSSIAN) for enc in ("cp1251", "koi8-r")
    }
    best = max(scores, key=lambda enc: scores[enc])
    return best if high and scores[best] >= MIN_CYRILLIC_SHARE * high else "cp1252"


def _format_from_name(name: str) -> TextFormat | None:
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:].lower()) if dot >= 0 else None


def _format_from_bytes(sample: bytes, location: Location) -> TextFormat:
    if sample.startswith(b"PK\x03\x04"):
        if b"word/" in sample:
            return "docx"
        raise SourceError(
            f"this looks like a ZIP archive (not a DOCX), not text; scan reads {SUPPORTED}", location=location
        )
    head = sample[:2048].decode("utf-8", "ignore").lstrip("\ufeff")
    return "html" if _HTML_START.match(head) else "text"


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


def _chunk_pieces(pieces: Iterable[str], *, size: int = CHUNK_CHARS) -> Iterator[TextChunk]:
    """Pieces of about ``size`` characters, cut at a paragraph end, a line end, a sentence end or a
    space, in this order of preference, in the second half of the piece."""
    buffer = ""
    offset = 0
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            cut = _cut_point(buffer, size)
            yield TextChunk(offset, buffer[:cut])
            offset += cut
            buffer = buffer[cut:]
    if buffer:
        yield TextChunk(offset, buffer)


def _cut_point(buffer: str, size: int) -> int:
    for mark in _CUTS:
        found = buffer.rfind(mark, size // 2, size)
        if found >= 0 and not (mark == "\n" and buffer[found - 1] == "-"):
            return found + len(mark)
    return size


class _HtmlText(HTMLParser):
    """The text of an HTML document, block elements on their own lines, link targets after links."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
    BLOCKS = frozenset(
        {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
         "pre", "section", "table", "td", "th", "title", "tr", "ul"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0
        self.links: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.out.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href.strip(), []))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.out.append("\n")
        if tag == "a" and self.links:
            href, texts = self.links.pop()
            if "://" in href and href not in "".join(texts):
                self.out.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        text = _SPACES.sub(" ", data)
        self.out.append(text)
        for _, texts in self.links:
            texts.append(text)


def _html_pieces(pieces: Iterable[str]) -> Iterator[str]:
    parser = _HtmlText()
    for piece in pieces:
        parser.feed(piece)
        if parser.out:
            yield "".join(parser.out)
            parser.out.clear()
    parser.close()
    if parser.out:
        yield "".join(parser.out)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _docx_pieces(sample: bytes, stream: BinaryIO, location: Location) -> Iterator[str]:
    data: BinaryIO
    if stream.seekable():
        stream.seek(0)
        data = stream
    else:
        data = io.BytesIO(sample + stream.read(MAX_DOCX_BYTES))
    try:
        archive = zipfile.ZipFile(data)
        targets = _docx_link_targets(archive)
        with archive.open("word/document.xml") as document:
            yield from _docx_paragraphs(document, targets)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError) as exc:
        raise SourceError(f"not a readable DOCX file ({exc})", location=location) from exc


def _docx_link_targets(archive: zipfile.ZipFile) -> dict[str, str]:
    try:
        root = ElementTree.fromstring(archive.read("word/_rels/document.xml.rels"))
    except KeyError:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "") for rel in root.iter(_RELS) if rel.get("TargetMode") == "External"}


def _docx_paragraphs(document: IO[bytes], targets: dict[str, str]) -> Iterator[str]:
    out: list[str] = []
    links: list[str] = []
    for event, elem in ElementTree.iterparse(document, events=("start", "end")):
        tag = elem.tag
        if event == "start":
            if tag == _W + "hyperlink":
                links.append(targets.get(elem.get(_R_ID, ""), ""))
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            continue
        if tag == _W + "t":
            out.append(elem.text or "")
        elif tag == _W + "hyperlink" and links:
            target = links.pop()
            if "://" in target:
                out.append(f" <{target}>")
        elif tag == _W + "p":
            out.append("\n")
            elem.clear()
            yield "".join(out)
            out.clear()
    if out:
        yield "".join(out)
