"""A name without the place it ends in, and the entries that share it.

Several entries carry one name and tell themselves apart by a place: «Свободная Россия Берлин» and
«… Северный Рейн-Вестфалия» (Freies Russland Berlin e.V., Freies Russland NRW e.V.), the Watch
Tower societies «… Пенсильвании» and «… Зельтерс/Таунус». A text writes the name without the place
("Der Verein Freies Russland", "the Watch Tower Society") and so names each of them:

- a name that ends in a place (a region of any country, ``data/regions.json``; a country in any
  spelling; the entry's city; a Russian word the dictionary knows as a place), with ``of``/``the``
  before it, gives the name without it as a short form: its *core* ("Freies Russland", "Watch Tower
  Bible and Tract Society", «Общество Сторожевой башни, Библии и трактатов»);
- when one of an entry's cores begins another entry's name, the two share the name: every core of
  the first (in either script) and the short forms made of them name the second too;
- an English name whose words before its head word are coordinated ("Watch Tower Bible and Tract
  Society": three things listed, as «Сторожевой башни, Библии и трактатов» lists them) is also
  written with what precedes the coordination and the head ("Watch Tower Society"), when that
  tells enough (see :mod:`undesirable.scanning.shortforms`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from undesirable.model import Organization
from undesirable.names.countries import lookup_country_code
from undesirable.names.lemma import is_adjective
from undesirable.names.places import is_place_name, region_names
from undesirable.names.vocabulary import INFORMATIVENESS, WordClass
from undesirable.scanning.aliases import AliasSpec

MIN_CORE_WORDS = 2
MAX_PLACE_WORDS = 3
MIN_INFORMATION = 1.2
"""What a coordination form must tell (as :data:`undesirable.scanning.shortforms.MIN_INFORMATION`)."""
COORDINATORS = frozenset({"and", "und", "et", "en", "&"})
_BEFORE_PLACE: frozenset[WordClass] = frozenset({"stop"})


def place_tail(words: Sequence[str], org: Organization) -> int:
    """How many words at the end of a name are a place, 0 if none. A country is no such place: it
    is part of the name («Свободная Россия», Institute of Modern Russia)."""
    city = (org.city or "").lower().replace("ё", "е")
    for size in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        phrase = " ".join(words[-size:])
        if lookup_country_code(phrase) is not None:
            return 0
        if phrase in region_names() or phrase == city or (size == 1 and is_place_name(phrase)):
            return size
    return 0


def core_of(spec: AliasSpec, org: Organization, classify: Callable[[str], WordClass]) -> AliasSpec | None:
    """The name without the place it ends in (see the module docstring), or None."""
    words = spec.words
    if spec.acronym or spec.derived:
        return None
    end = len(words) - place_tail(words, org)
    if end == len(words):
        return None
    while end > 0 and classify(words[end - 1]) in _BEFORE_PLACE:
        end -= 1  # "of the"
    core = words[:end]
    if len(core) < MIN_CORE_WORDS or classify(core[-1]) == "stop" or is_adjective(core[-1]):
        return None
    return AliasSpec(spec.name, core, spec.gaps[: end - 1], derived=True)


def coordination_form(words: tuple[str, ...], classify: Callable[[str], WordClass]) -> tuple[str, ...] | None:
    """ "Watch Tower Society" of "Watch Tower Bible and Tract Society" (see the module docstring)."""
    if not words or not all(w.isascii() for w in words) or classify(words[-1]) != "generic":
        return None
    linked = [i for i, w in enumerate(words[:-1]) if w in COORDINATORS]
    if not linked or linked[0] < 2:
        return None
    form = (*words[: linked[0] - 1], words[-1])
    return form if sum(INFORMATIVENESS[classify(w)] for w in form) >= MIN_INFORMATION else None


def core_forms(
    org: Organization,
    spec: AliasSpec,
    classify: Callable[[str], WordClass],
    cores: dict[str, list[AliasSpec]],
    forms: dict[str, list[AliasSpec]],
) -> None:
    """Note the name's core and coordination forms (:mod:`undesirable.scanning.cores`) by entry: they
    are names only of entries that share a core (:func:`shared_cores`)."""
    core = core_of(spec, org, classify)
    if core is not None and classify(core.words[-1]) != "generic":
        cores.setdefault(org.id, []).append(core)  # not «Антивоенное движение»: a kind, not a name
    found = [core] if core is not None else []
    for source in [spec, *found]:
        coordinated = coordination_form(source.words, classify)
        if coordinated is not None:
            found.append(AliasSpec(source.name, coordinated, tuple(frozenset() for _ in coordinated[1:]), derived=True))
    forms.setdefault(org.id, []).extend(found)


def shared_cores(
    own: Sequence[tuple[Organization, AliasSpec]],
    cores: dict[str, list[AliasSpec]],
    forms: dict[str, list[AliasSpec]],
    known: set[tuple[str, ...]],
) -> list[tuple[Organization, AliasSpec]]:
    """For each entry with one of its ``cores`` beginning another entry's name, its ``forms``
    (cores and the forms made of them) as names of that other entry."""
    out: list[tuple[Organization, AliasSpec]] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    by_id = {org.id: org for org, _ in own}
    names = [(org.id, spec) for org, spec in own if not spec.acronym]
    for org_id, org_cores in cores.items():
        sharers = {
            other
            for core in org_cores
            for other, spec in names
            if other != org_id and len(spec.words) > len(core.words) and spec.words[: len(core.words)] == core.words
        }
        for other in sorted(sharers | {org_id} if sharers else ()):
            for form in forms.get(org_id, ()):
                if form.words in known or (other, form.words) in seen:
                    continue
                seen.add((other, form.words))
                name = _same_script_name(names, other, form) if other != org_id else form.name
                out.append((by_id[other], AliasSpec(name, form.words, form.gaps, derived=True)))
    return out


def _same_script_name(names: Sequence[tuple[str, AliasSpec]], org_id: str, form: AliasSpec) -> str:
    """The name reported as matched for a shared form: the entry's own name of the form's script
    that begins with the form's first word, else the name the form was made from."""
    for other, spec in names:
        if other == org_id and spec.name.isascii() == form.name.isascii() and spec.words[:1] == form.words[:1]:
            return spec.name
    return form.name
