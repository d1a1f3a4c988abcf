"""Both languages have every message, and dates read the way each language writes them."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

from undesirable.model import CATEGORIES
from undesirable.web.i18n import LANGUAGES, Translator, load_messages


def test_both_languages_have_the_same_keys() -> None:
    messages = load_messages()
    assert set(messages) == set(LANGUAGES)
    assert set(messages["ru"]) == set(messages["en"])


def test_every_key_used_by_the_templates_exists() -> None:
    templates = resources.files("undesirable.web").joinpath("templates")
    used = set()
    for item in templates.iterdir():
        used |= set(re.findall(r"""\bt\(["']([a-z_]+)["']""", item.read_text(encoding="utf-8")))
    used = {key for key in used if not key.endswith("_")}  # prefixes completed at render time
    assert used, "no t() calls found"
    assert used <= set(load_messages()["en"])


def test_every_category_and_status_is_translated() -> None:
    for lang in LANGUAGES:
        t = Translator(lang)
        for category in (*CATEGORIES, None):
            assert t.category(category) != f"cat_{category or 'unknown'}"
        for status in ("designated", "pending", "excluded", "removed", "not_yet"):
            assert t.status(status) != f"status_{status}"


def test_dates_per_language() -> None:
    assert Translator("ru").day(date(2015, 7, 29)) == "29.07.2015"
    assert Translator("en").day("2015-07-29") == "2015-07-29"
    assert Translator("ru").day(None) == "дата неизвестна"


def test_missing_key_shows_itself() -> None:
    assert Translator("en")("no_such_key") == "no_such_key"


def test_every_review_reason_of_the_bundled_data_is_translated() -> None:
    """Whatever the parser flags in the real register reads in both languages, quoted text kept as is."""
    from undesirable.names.parse import parse_register_name
    from undesirable.registry.bundled import read_bundled_source

    reasons = {r for row in read_bundled_source().rows for r in parse_register_name(row.raw_name).review_reasons}
    assert reasons
    for lang in LANGUAGES:
        t = Translator(lang)
        for reason in reasons | {"new in snapshot 3"}:
            head, quoted = t.review_reason(reason)
            assert head, (lang, reason)
            assert quoted == reason.partition(": ")[2]  # the register's own words, untouched
    changed = Translator("ru").review_reason("changed in snapshot 3: name_en")
    assert changed == ("изменена в версии 3", "Название латиницей")
