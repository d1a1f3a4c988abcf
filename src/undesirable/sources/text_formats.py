"""The formats of texts to scan: telling them apart, and the text of HTML and DOCX files.

- The format is told from the file name's extension, else from the first bytes: a ZIP archive
  with ``word/`` entries is a DOCX, a document starting with an HTML tag is HTML, anything else
  is plain text (Markdown is read as plain text, as written).
- HTML is reduced to its text (no scripts or styles, block elements on their own lines, white
  space collapsed); a link's target is written after its text as `` <URL>`` so that links are
  scanned too. Offsets refer to this extracted text.
- DOCX: the paragraphs of ``word/document.xml`` (hyperlink targets written the same way).

Encodings and pieces of bounded size are :mod:`undesirable.sources.text_inputs`' concern.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import IO, BinaryIO, Literal
from xml.etree import ElementTree

from undesirable.errors import Location, SourceError
from undesirable.limits import DEFAULT_LIMITS, check_limit

TextFormat = Literal["text", "markdown", "html", "docx"]
TEXT_FORMATS: tuple[TextFormat, ...] = ("text", "markdown", "html", "docx")

SUPPORTED = "plain text, Markdown, HTML or DOCX"
"""The formats read, as said in messages."""
MAX_DOCX_BYTES = 512 * 1024 * 1024
"""A DOCX read from a stream that cannot seek is held in memory up to this size."""


PIECE_RUNS = 256
"""A paragraph with more text runs than this is given out in several pieces."""

_EXTENSIONS: dict[str, TextFormat] = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".docx": "docx",
}  # fmt: skip
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_SPACES = re.compile(r"[ \t\r\n\f]+")


def detect_format_from_name(name: str) -> TextFormat | None:
    """The format told by the extension of ``name``, or ``None``."""
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:].lower()) if dot >= 0 else None


def detect_format_from_bytes(sample: bytes, location: Location) -> TextFormat:
    """The format told by the first bytes of a file.

    Raises:
        SourceError: for a ZIP archive that is not a DOCX.
    """
    if sample.startswith(b"PK\x03\x04"):
        if b"word/" in sample:
            return "docx"
        raise SourceError(
            f"this looks like a ZIP archive (not a DOCX), not text; scan reads {SUPPORTED}", location=location
        )
    head = sample[:2048].decode("utf-8", "ignore").lstrip("\ufeff")
    return "html" if _HTML_START.match(head) else "text"


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


def extract_html_text(pieces: Iterable[str]) -> Iterator[str]:
    """The text of an HTML document given in decoded pieces, in pieces."""
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


def extract_docx_text(
    sample: bytes, stream: BinaryIO, location: Location, *, max_unpacked: int = DEFAULT_LIMITS.unpacked_bytes
) -> Iterator[str]:
    """The paragraphs of a DOCX whose first bytes ``sample`` were read from ``stream``.

    The sizes the archive declares for its members are checked against ``max_unpacked`` before
    anything is unpacked (zipfile never unpacks past a declared size), and a long paragraph is
    given out in pieces, so memory stays bounded whatever the document holds.

    Raises:
        SourceError: for a broken DOCX (raised while iterating).
        LimitError: for a DOCX that unpacks to more than ``max_unpacked`` bytes.
    """
    data: BinaryIO
    if stream.seekable():
        stream.seek(0)
        data = stream
    else:
        data = io.BytesIO(sample + stream.read(MAX_DOCX_BYTES))
    try:
        archive = zipfile.ZipFile(data)
        declared = sum(info.file_size for info in archive.infolist())
        check_limit(declared, max_unpacked, what="unpacked bytes", name="unpacked_bytes", location=location)
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
            elem.clear()
            if len(out) >= PIECE_RUNS:
                yield "".join(out)
                out.clear()
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
