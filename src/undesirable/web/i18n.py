"""The web UI's two languages: the messages (``data/web_messages.json``) and picking one.

A page's language comes from ``?lang=`` (which the switch link sets and a cookie remembers),
else the cookie, else the browser's ``Accept-Language``, else Russian.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from importlib import resources

from starlette.requests import Request

from undesirable.names.countries import country_name_ru

LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"
LANGUAGE_COOKIE = "lang"
MESSAGES_FILE = "web_messages.json"
COUNTRIES_EN_FILE = "countries_en.json"


@cache
def load_messages() -> dict[str, dict[str, str]]:
    """Every message, by language then key."""
    text = resources.files("undesirable.data").joinpath(MESSAGES_FILE).read_text(encoding="utf-8")
    data: dict[str, dict[str, str]] = json.loads(text)
    return data


def pick_language(request: Request) -> str:
    """The language of the page answering ``request``."""
    asked = request.query_params.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
    if asked in LANGUAGES:
        return asked
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class Translator:
    """``t("key", name=value)`` in one language; a missing key shows itself, never fails."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.messages = load_messages()[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self.messages.get(key, key)
        return text.format(**values) if values else text

    def day(self, value: date | str | None) -> str:
        """A date the way readers of the language write it (``29.07.2015`` / ``2015-07-29``)."""
        if value is None or value == "":
            return self("date_unknown")
        when = date.fromisoformat(value) if isinstance(value, str) else value
        return when.strftime("%d.%m.%Y") if self.lang == "ru" else when.isoformat()

    def category(self, value: str | None) -> str:
        return self(f"cat_{value or 'unknown'}")

    def status(self, value: str) -> str:
        return self(f"status_{value}")

    def field(self, name: str) -> str:
        """A register field's label (``inclusion_date`` -> "Inclusion date"); the name itself if unknown."""
        label = self(f"field_{name}")
        return name if label == f"field_{name}" else label

    def review_reason(self, reason: str) -> tuple[str | None, str]:
        """A review reason as (translated head or None when unknown, the quoted part, fields translated)."""
        head, _, quoted = reason.partition(": ")
        number = re.search(r"\d+", head)
        text = self.messages.get("reason " + re.sub(r"\d+", "{n}", head))
        translated = text.format(n=number.group(0)) if text is not None and number else text
        fields = quoted.split(", ") if quoted else []
        if fields and all(f"field_{f}" in self.messages for f in fields):
            quoted = ", ".join(self.field(f) for f in fields)
        return translated, quoted

    def country(self, code: str | None, written: str | None = None) -> str:
        """A country's name in the page's language (Russian: as the register writes it); "" when unknown."""
        if self.lang == "ru":
            return written or (country_name_ru(code) if code else None) or code or ""
        return (load_country_names_en().get(code.upper()) if code else None) or code or written or ""


@cache
def load_country_names_en() -> dict[str, str]:
    """English short names of countries by ISO alpha-2 code."""
    text = resources.files("undesirable.data").joinpath(COUNTRIES_EN_FILE).read_text(encoding="utf-8")
    names: dict[str, str] = json.loads(text)
    return names
