"""Organization ids: minted once, kept forever, every earlier form resolving.

An id is ASCII and valid as a FollowTheMoney entity id:

- ``ru-undesirable-{order}-r-{YYYY-MM-DD}`` when the inclusion order is known when the entry is
  first seen (``ru-undesirable-1076-r-2015-07-29``; order numbers restart every year, so the
  inclusion date is part of the key);
- otherwise ``ru-undesirable-{YYYY-MM-DD}-{slug of the name}`` (the inclusion date, or its first
  day when only the month is known);
- otherwise ``ru-undesirable-{slug}``.

An entry keeps its id when a later file reveals its order number; the order-based form becomes
one of its ``former_ids``. Earlier spellings (``1076-р/2015-07-29`` with a Cyrillic or Latin
``р``, ``curated:…``) are kept the same way. :func:`resolve_org_id` is the one resolver: code
outside the registry never builds ids itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from undesirable.names.translit import transliterate

if TYPE_CHECKING:
    from undesirable.model import Organization

ID_PREFIX = "ru-undesirable"
MAX_SLUG_LENGTH = 60
VALID_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$")
ID_PATH_PATTERN = r"^(?:[^/.][^/]*|\.[^/.][^/]*|\.\.[^/]+)(?:/(?:[^/.][^/]*|\.[^/.][^/]*|\.\.[^/]+))*$"
"""Any id form a URL path may carry (``1076-р/2015-07-29`` has a slash): no empty, ``.`` or ``..``
segment, which clients resolve away before sending (the request would reach another route)."""
_LEGACY_ORDER_ID = re.compile(r"^\s*(?P<number>\d+)\s*-\s*[рprР]\s*/\s*(?P<day>\d{4}-\d{2}-\d{2})\s*$")


def mint_org_id(*, order: str | None, inclusion: date | None, name: str | None) -> str:
    """The id of an entry first seen now, from what is known of it (see the module docstring)."""
    if order and inclusion:
        return f"{ID_PREFIX}-{order_slug(order)}-{inclusion.isoformat()}"
    slug = slugify(name or "") or "unnamed"
    if inclusion:
        return f"{ID_PREFIX}-{inclusion.isoformat()}-{slug}"
    return f"{ID_PREFIX}-{slug}"


def order_id(order: str, inclusion: date) -> str:
    """The order-based id an entry with this inclusion order has (or would have had)."""
    return mint_org_id(order=order, inclusion=inclusion, name=None)


def order_slug(order: str) -> str:
    """``1076-р`` -> ``1076-r``: an order number in ASCII."""
    return slugify(order.replace("р", "r").replace("Р", "r")) or "order"


def slugify(text: str) -> str:
    """ASCII letters and digits joined by ``-``: Cyrillic transliterated, accents dropped."""
    latin = transliterate(text.casefold())
    decomposed = unicodedata.normalize("NFKD", latin)
    plain = "".join(ch if ch.isascii() else _ascii_letter(ch) for ch in decomposed).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return slug[:MAX_SLUG_LENGTH].strip("-")


def _ascii_letter(char: str) -> str:
    """A letter the transliteration tables lack, by its Unicode name (``ı`` -> ``i``, ``ҫ`` -> ``s``)."""
    name = unicodedata.name(char, "")
    base = name.split(" WITH ")[0]
    if base != name:
        try:
            return transliterate(unicodedata.lookup(base)).encode("ascii", "ignore").decode()
        except KeyError:
            return ""
    last = name.rpartition("LETTER ")[2].split()[-1:] if "LETTER " in name else []
    return last[0].lower() if last and len(last[0]) == 1 and last[0].isascii() else ""


def is_valid_org_id(text: str) -> bool:
    """Whether ``text`` is a well-formed id (ASCII, FtM-valid, with the list's prefix)."""
    return bool(VALID_ID.match(text)) and text.startswith(f"{ID_PREFIX}-")


_ORDER_BASED = re.compile(rf"^{ID_PREFIX}-\d+-r-\d{{4}}-\d{{2}}-\d{{2}}$")


def is_order_id(text: str) -> bool:
    """Whether ``text`` (in any form) is keyed on an inclusion order + date."""
    return bool(_ORDER_BASED.match(canonical_form(text)))


def canonical_form(text: str) -> str:
    """An earlier spelling in today's form when there is a rule for it (``1076-р/2015-07-29``)."""
    found = _LEGACY_ORDER_ID.match(text)
    if found is None:
        return text.strip()
    return f"{ID_PREFIX}-{found['number']}-r-{found['day']}"


def id_forms(text: str) -> list[str]:
    """The spellings under which ``text`` may be known: itself and its canonical form."""
    forms = [text.strip(), canonical_form(text)]
    return list(dict.fromkeys(f for f in forms if f))


def resolve_org_id(text: str, organizations: Mapping[str, Organization]) -> Organization | None:
    """The organization ``text`` names: by its id, an earlier form of it, or one of its former ids."""
    for form in id_forms(text):
        if form in organizations:
            return organizations[form]
    wanted = set(id_forms(text))
    for org in organizations.values():
        if wanted & set(org.former_ids):
            return org
    return None


def alias_index(organizations: Iterable[Organization]) -> dict[str, str]:
    """Every former id (and its canonical form) -> the id it now goes by."""
    index: dict[str, str] = {}
    for org in organizations:
        for former in org.former_ids:
            for form in id_forms(former):
                index.setdefault(form, org.id)
    return index
