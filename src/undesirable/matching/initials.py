"""Acronyms the register does not list: a query in capitals that is a name's initials.

People shorten a long name to the initials of its words (``NPSIA`` for the Norman Paterson School
of International Affairs) whether or not the register lists that acronym. The rule is the one the
register's own listed acronyms follow: the first letter of each word of a name, function words
(``of``, ``für``, ``им.``) and legal forms left out, each part of a hyphenated or slashed word a
word (``Macdonald-Laurier Institute`` gives ``MLI``). Of the acronyms the register lists with
their names, the rule gives 59 of the 83 of three letters or more from one of the organization's
other names (60 of all 85 without the three-word minimum below; the rest leave
out trailing words, ``GMF``, or take more than a word's first letter, ``MiCT``; checked in
``tests/matching/test_round10_classes.py``).

Initials are weaker evidence than a listed acronym: many short codes are some company's name
(``IBM``, ``BMW``). A query matches them only when it is one word of at least
:data:`MIN_INITIALS` capital letters and reaches nothing else; initials that one organization's
names give score :data:`DERIVED_ACRONYM_SCORE` (a possible match, never strong), initials that
several organizations' names give (or that another organization lists as its acronym), or that
are also an ordinary word of the general vocabulary (``CARE``) or a common code of something else
(``FSB``, ``DPR``, ``ФСБ``: frequent tokens of ordinary text, which the initials of register names
people use are not; see ``scripts/derive_common_codes.py``), score
:data:`SHARED_DERIVED_ACRONYM_SCORE`, below possible.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from undesirable.matching.candidates import organization_legal_forms
from undesirable.matching.index import MatchIndex
from undesirable.matching.reasons import Reason, render_reasons
from undesirable.matching.result import NameMatch, reasoned_match
from undesirable.matching.shared import SharedName, describe_shared, told_apart
from undesirable.names.fragments import is_acronym_name
from undesirable.names.initials import MIN_INITIALS as MIN_INITIALS
from undesirable.names.initials import MIN_NAME_WORDS as MIN_NAME_WORDS
from undesirable.names.initials import name_initials as name_initials
from undesirable.names.normalize import analyze_word, normalize_name
from undesirable.names.vocabulary import is_common_code, is_ordinary_word

DERIVED_ACRONYM_SCORE = 0.75
"""Score of initials that one organization's names give: a possible match."""

SHARED_DERIVED_ACRONYM_SCORE = 0.6
"""Score of initials several organizations' names give: a weak match, below possible."""

K = TypeVar("K")


def names_by_key(index: MatchIndex, keys_of: Callable[[str], Iterable[K]]) -> dict[K, dict[int, str]]:
    """Key -> organization position -> the first name that gives it, of every name of the register
    but the acronyms it lists, for the keys ``keys_of`` gives a name."""
    table: dict[K, dict[int, str]] = {}
    for position, org in enumerate(index.organizations):
        for name in org.all_names():
            if not is_acronym_name(name):
                for key in keys_of(name):
                    table.setdefault(key, {}).setdefault(position, name)
    return table


def _initials_of(name: str) -> list[str]:
    initials = name_initials(name)
    return [initials] if len(initials) >= MIN_INITIALS else []


def initials_owners(index: MatchIndex) -> dict[str, dict[int, str]]:
    """Initials -> organization position -> the name that gives them (built on first use); a
    listed acronym counts as its organization's, so initials equal to it are shared."""

    def build() -> dict[str, dict[int, str]]:
        table = names_by_key(index, _initials_of)
        for initials, owners in table.items():
            for listed in index.acronym_owners.get(analyze_word(initials).key, ()):
                owners.setdefault(listed, initials)
        return table

    return index.caches.table("initials", build)


def initials_word(text: str) -> str | None:
    """``text`` as initials: one word of at least :data:`MIN_INITIALS` capital letters (None when it is not)."""
    word = text.strip()
    return word if len(word) >= MIN_INITIALS and word.isalpha() and word.isupper() else None


def match_initials(index: MatchIndex, text: str, threshold: float) -> list[NameMatch]:
    """The organizations whose names' initials ``text`` is (one word in capitals), scoring at least
    ``threshold``, in register order. Entries that carry the name giving them (the Berlin and the
    US Center for Independent Social Research, «Центр независимых социальных исследований») are
    one name's: not shared initials but a shared name, returned together and told apart."""
    word = initials_word(text)
    owners = initials_owners(index).get(word) if word else None
    if word is None or not owners:
        return []
    orgs = index.organizations
    one_name = len({normalize_name(name) for name in owners.values()}) == 1
    shared = not one_name and len({orgs[o].group_id or orgs[o].id for o in owners}) > 1
    other = other_meaning(word)
    score = SHARED_DERIVED_ACRONYM_SCORE if shared or other else DERIVED_ACRONYM_SCORE
    if score < threshold:
        return []
    matches = [
        reasoned_match(
            index,
            position,
            score,
            name,
            (Reason("initials_shared", {"name": name, "count": len(owners)}),)
            if shared
            else (Reason(other or "initials_unlisted", {"name": name}),),
        )
        for position, name in sorted(owners.items())
    ]
    return _told_apart(index, matches) if one_name and len(matches) > 1 else matches


def other_meaning(word: str) -> str:
    """The reason code saying the initials ``word`` mean something else as well: a common code of
    something else (FSB, ДНР, KPMG: :func:`is_common_code`), or an ordinary word (CARE); empty
    when they do not."""
    if is_common_code(word):
        return "initials_common_code"
    return "initials_ordinary_word" if is_ordinary_word(word.lower()) else ""


def _told_apart(index: MatchIndex, matches: list[NameMatch]) -> list[NameMatch]:
    """The matches of entries that share the name giving the initials, each with the others and
    what tells it apart from them."""
    orgs = [m.organization for m in matches]
    position = {org.id: p for p, org in enumerate(index.organizations)}
    forms = [", ".join(sorted(organization_legal_forms(index, position[o.id]))) for o in orgs]
    differs = describe_shared(orgs, forms)
    out = []
    for match in matches:
        org_id = match.organization.id
        reasons = (*match.reasons, Reason("shared_name", {"count": len(orgs)}), told_apart(org_id, differs))
        shared = SharedName(tuple(o.id for o in orgs if o.id != org_id), differs)
        out.append(replace(match, shared_name=shared, reasons=reasons, explanation=render_reasons(reasons)))
    return out
