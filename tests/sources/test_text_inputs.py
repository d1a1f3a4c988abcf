"""Reading texts to scan: formats, encodings, binary refusal, pieces of bounded size."""

from __future__ import annotations

import io
import zipfile

import pytest

from undesirable.errors import SourceError
from undesirable.sources.text_inputs import (
    CHUNK_CHARS,
    detect_encoding,
    read_text_bytes,
    read_text_chunks,
)

RUSSIAN = 'Сотрудники "Медузы" и телеканала "Дождь" рассказали о работе в эмиграции. Ёлка.\n' * 20


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8-r", "utf-8-sig", "utf-16"])
def test_russian_text_in_each_encoding_is_read_back(encoding: str) -> None:
    data = RUSSIAN.encode(encoding)
    document = read_text_chunks(io.BytesIO(data), name="note.txt")
    assert "".join(c.text for c in document.chunks) == RUSSIAN
    assert document.format == "text"


def test_utf16_without_bom_is_recognized() -> None:
    assert read_text_bytes(RUSSIAN.encode("utf-16-le")) == RUSSIAN


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"plain ascii", "utf-8"), ("Привет, мир".encode("cp1251"), "cp1251"), ("Привет, мир".encode("koi8-r"), "koi8-r"),
     ("Größe".encode("cp1252"), "cp1252"), (b"\xef\xbb\xbfhi", "utf-8-sig"), ("ж".encode()[:1], "utf-8")],
)  # fmt: skip
def test_detect_encoding(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


@pytest.mark.parametrize(
    ("data", "what"),
    [(b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"), (bytes(range(256)) * 8, "binary"),
     (b"PK\x03\x04" + bytes(60), "ZIP")],
)  # fmt: skip
def test_binary_files_are_refused_with_a_clear_message(data: bytes, what: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_text_bytes(data, name="upload.bin")
    assert what in caught.value.message and "upload.bin" in caught.value.message


def test_empty_input_is_an_empty_text() -> None:
    document = read_text_chunks(io.BytesIO(b""), name="-")
    assert list(document.chunks) == []


def test_html_is_reduced_to_text_with_link_targets() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Новости</title><style>p {color: red}</style>"
        "<script>var meduza = 1;</script></head><body><p>Читайте <a href='https://meduza.io/x'>материал</a>"
        " &laquo;Медузы&raquo;</p><div>Второй&nbsp;абзац <a href='https://theins.ru'>https://theins.ru</a></div>"
        "</body></html>"
    )
    text = read_text_bytes(html.encode(), name="page.html")
    assert "color" not in text and "var meduza" not in text
    assert "Читайте материал <https://meduza.io/x> «Медузы»" in text
    assert "Второй\xa0абзац https://theins.ru" in text and "<https://theins.ru>" not in text
    assert read_text_bytes(html.encode(), name="page.txt") == text  # told by its content too


def test_html_charset_is_honoured() -> None:
    html = '<html><head><meta charset="windows-1251"></head><body>Дождь</body></html>'
    assert "Дождь" in read_text_bytes(html.encode("cp1251"), name="p.html")


def test_markdown_is_read_as_written() -> None:
    text = "# Заголовок\n\n**Медуза** и [ссылка](https://meduza.io)\n"
    document = read_text_chunks(io.BytesIO(text.encode()), name="notes.md")
    assert document.format == "markdown" and "".join(c.text for c in document.chunks) == text


def make_docx(paragraphs: list[str], *, link: str | None = None) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>" for p in paragraphs)
    if link:
        body += '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>сайт</w:t></w:r></w:hyperlink></w:p>'
    document = f'<?xml version="1.0"?><w:document xmlns:w="{w}" xmlns:r="{r}"><w:body>{body}</w:body></w:document>'
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId9" Type="{r}/hyperlink" Target="{link}" TargetMode="External"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", rels)
    return buffer.getvalue()


def test_docx_paragraphs_and_links() -> None:
    data = make_docx(["Первый абзац о «Медузе».", "Второй про Bellingcat."], link="https://meduza.io/")
    text = read_text_bytes(data, name="report.docx")
    assert text == "Первый абзац о «Медузе».\tx\nВторой про Bellingcat.\tx\nсайт <https://meduza.io/>\n"
    assert read_text_bytes(data, name="-") == text  # told by its content, from a stream that cannot seek


def test_broken_docx_is_refused() -> None:
    with pytest.raises(SourceError) as caught:
        read_text_bytes(make_docx(["x"])[:200], name="broken.docx")
    assert "DOCX" in caught.value.message


class _Endless(io.RawIOBase):
    """A stream of ``size`` bytes of one line repeated, without holding it in memory."""

    def __init__(self, unit: bytes, size: int) -> None:
        self.unit, self.size, self.position = unit, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(len(buffer), self.size - self.position)
        skip = self.position % len(self.unit)
        buffer[:count] = (self.unit * (count // len(self.unit) + 2))[skip : skip + count]
        self.position += count
        return count


def test_a_100_mb_single_line_comes_in_bounded_pieces() -> None:
    unit = "Медуза и Bellingcat пишут о войне. ".encode()
    size = 100 * 1024 * 1024
    stream = io.BufferedReader(_Endless(unit, size))
    total = longest = count = 0
    for chunk in read_text_chunks(stream, name="big.txt").chunks:
        assert chunk.offset == total
        total += len(chunk.text)
        longest = max(longest, len(chunk.text))
        count += 1
    assert longest <= CHUNK_CHARS + 256 * 1024 and count > 100
    whole_units = size // len(unit)
    assert total == whole_units * len(unit.decode()) + len((unit * 2)[: size % len(unit)].decode("utf-8", "replace"))


@pytest.mark.slow
def test_a_single_line_of_many_pieces_is_scanned_piece_by_piece() -> None:
    """Every mention of a long single line is found, at its offset in the whole line, across some
    forty piece boundaries (reading a 100 MB line in bounded pieces is the test above; scanning is
    the same work per piece however many pieces follow)."""
    from undesirable.registry.bundled import load_bundled_organizations
    from undesirable.scanning import build_scan_index, scan_chunks

    unit = ("Журналисты «Медузы» и погода в городе. " + "Было тепло, и люди гуляли в парке. " * 30).encode()
    size = 16 * 1024 * 1024
    assert size // 2 > 30 * CHUNK_CHARS  # mostly two-byte characters: over thirty pieces
    chunks = read_text_chunks(io.BufferedReader(_Endless(unit, size)), name="big.txt").chunks
    index = build_scan_index(load_bundled_organizations())
    count = 0
    for mention in scan_chunks(index, ((c.offset, c.text) for c in chunks)):
        assert mention.text == "Медузы" and mention.start % len(unit.decode()) == 12
        count += 1
    assert count >= size // len(unit) - 1
