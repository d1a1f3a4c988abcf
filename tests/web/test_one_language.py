"""Every page speaks one language: rendered in Russian, no English outside names; in English, no Russian.

Names are what the register itself says (every organization's names, aliases, acronyms, raw
strings, countries as written), what the reader typed, ids, addresses and codes. Content in the
other language that says so (an element with its own ``lang``, like the English API reference)
is not counted. Everything else on the page must come from the page language's catalogue.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest

NED = "1076-р/2015-07-29"
MEDUZA = "138-р/2023-02-07"
SCAN_TEXT = "Вчера Bellingcat и «Международная амнистия» опубликовали расследование."
PAGES = [
    "/",
    "/?q=Meduza",
    "/?q=Международной амнистии",
    "/?q=zzzzzz",
    "/search/results?q=Bellingcat",
    "/organizations",
    "/organizations?sort=name&page=2",
    "/organizations?as_of=2099-01-01",
    "/organizations?as_of=2010-01-01",
    "/organizations?page=9999",
    "/organizations?category=media&country=US&year=2016",
    f"/organizations/{NED}",
    f"/organizations/{MEDUZA}",
    "/changes",
    "/changes/1",
    "/review",
    "/scan",
    "/stats",
    "/docs",
    "/changes/abc",
    "/organizations/no-such-entry",
]
ALLOWED_LATIN = {
    # technical words both languages write in Latin letters
    "api", "json", "csv", "xlsx", "openapi", "atom", "http", "sha256", "iso",
    # the command and setting named on the read-only review page
    "undesirable", "review", "correct", "undesirable_api_token",
}  # fmt: skip
SHORT_NAME = 4
"""Names up to this long are taken out of a page only as whole words."""
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")
CYRILLIC = re.compile(r"[А-Яа-яЁё]+")


class VisibleText(HTMLParser):
    """The text a reader sees (and titles, labels, alt texts), minus parts marked as another language."""

    SKIP = frozenset({"script", "style", "code", "pre", "time"})
    VOID = frozenset({"meta", "link", "input", "br", "img", "hr", "source", "rect", "path", "line"})

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.stack: list[bool] = []  # per open element: is it hidden from the check
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        other = values.get("lang") not in (None, self.lang) and tag != "html"
        raw = "raw" in (values.get("class") or "").split()  # the register's own text, as written
        hidden = tag in self.SKIP or other or raw or (self.stack and self.stack[-1])
        for key in ("title", "aria-label", "placeholder", "alt"):
            if values.get(key) and not hidden:
                self.parts.append(values[key] or "")
        if tag not in self.VOID:
            self.stack.append(bool(hidden))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def foreign_words(html: str, *, lang: str, names: list[str], typed: str) -> list[str]:
    parser = VisibleText(lang)
    parser.feed(html)
    text = " ".join(parser.parts)
    text = re.sub(r"https?://\S+|[\w.-]+\.(?:org|com|io|net|ru|eu|info|de|uk|ua|tv|me)\b", " ", text)
    typed_words = sorted(re.findall(r"\w+", typed), key=len, reverse=True)
    for name in [*names, typed, *typed_words]:
        if len(name) > SHORT_NAME:
            text = text.replace(name, " ")
        elif name:  # a short name or legal form (AB, SE) is a word, not a part of one (UNDESIRABLE)
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text)
    text = re.sub(r"\b[0-9a-f]{12,64}\b", " ", text)  # sha256 digests
    text = re.sub(r"\d+-р\b", " ", text)  # order numbers (1076-р) are the ministry's identifiers
    if lang == "en":
        return CYRILLIC.findall(text)
    words = LATIN_WORD.findall(text)
    return [w for w in words if w.lower() not in ALLOWED_LATIN and not re.fullmatch(r"[A-Z]{2}", w)]


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_a_page_speaks_one_language(site: tuple[Any, list[str]], path: str, lang: str) -> None:
    client, names = site
    glue = "&" if "?" in path else "?"
    response = client.get(f"{path}{glue}lang={lang}", headers={"accept": "text/html"})
    assert response.headers["content-type"].startswith("text/html"), path
    typed = re.search(r"[?&]q=([^&]*)", path)
    found = foreign_words(response.text, lang=lang, names=names, typed=typed.group(1) if typed else "")
    assert not found, f"{path} in {lang}: {sorted(set(found))[:20]}"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_scan_result_speaks_one_language(site: tuple[Any, list[str]], lang: str) -> None:
    client, names = site
    response = client.post(f"/scan?lang={lang}", data={"text": SCAN_TEXT}, headers={"accept": "text/html"})
    assert response.status_code == 200
    found = foreign_words(response.text, lang=lang, names=names, typed=SCAN_TEXT)
    assert not found, f"scan in {lang}: {sorted(set(found))[:20]}"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_changes_feed_speaks_one_language(site: tuple[Any, list[str]], lang: str) -> None:
    from xml.etree import ElementTree as ET

    client, names = site
    feed = ET.fromstring(client.get(f"/api/changes.atom?lang={lang}").content)
    atom = "{http://www.w3.org/2005/Atom}"
    texts = [e.text or "" for e in feed.iter() if e.tag in (f"{atom}title", f"{atom}summary")]
    assert len(texts) > 10
    page = "<p>" + "</p><p>".join(html.escape(t) for t in texts) + "</p>"
    found = foreign_words(page, lang=lang, names=names, typed="")
    assert not found, f"feed in {lang}: {sorted(set(found))[:20]}"
