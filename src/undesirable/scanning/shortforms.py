"""Short forms of long names, as texts write them: «Фонда Бёлля», «Германского фонда Маршалла»,
«Национального демократического института», "Jamestown".

From each register name the scanner derives shorter names by two rules (the word classes of
:mod:`undesirable.names.vocabulary`, with words many organizations share never distinctive):

- function words and given names between kept words may go («Фонд [имени] [Генриха] Бёлля»);
- ordinary, generic and function words at the end may go («Германский фонд Маршалла [Соединенных
  Штатов]», "[The] Jamestown [Foundation]"), but a Russian short form of several words does not
  end in an adjective: Russian puts adjectives before their noun, and «Российско-американская»
  without it qualifies some other noun («Российско-американская торговая палата»). One distinctive
  adjective made from a proper name («Гудзоновского [института]») still names the organization.

A short form is kept only when it tells enough: a distinctive word of at least :data:`MIN_SINGLE_WORD` letters alone,
or words worth :data:`MIN_INFORMATION` together («Национальный фонд», «Международный институт» are not kept). A
person's name alone («Бориса Немцова», "Woodrow Wilson", «Сахарова»; the rule of
:mod:`undesirable.names.persons`, shared with the screener) names the namesake, not the foundation
or the center called after him: it is a mention only beside a head word of the organization's
names ("the Andrei Sakharov Institute"; see :mod:`undesirable.scanning.heads`).

A name called after a person also gives its *eponym* form: the surname and the name's head word,
whatever else the name says («Фонда Карра», «Школы Флетчера», "Wilson Center"; see
:mod:`undesirable.matching.shortforms`), and in Russian the surname's adjective before the head
(«Вильсоновский центр»; :mod:`undesirable.scanning.possessives`). The head is the last of the generic
words right after the surname ("Wilson International Center"), else the nearest generic noun before
it («Международный научный центр им. Вудро Вильсона»). The other script tells proper names.

English writes a foreign head word in English: an eponym form or two-word name ending in
*Stiftung*, *Stichting*, *Fondation*, *Zentrum*… is also found with the English head ("the Seidel
Foundation" for Hanns-Seidel-Stiftung; :data:`ENGLISH_HEADS`). And English puts a place first: a
Latin name of three words or more whose only distinctive word ends it ("Human Rights House
Tbilisi") is also found with that word first ("the Tbilisi Human Rights House").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from undesirable.model import Organization
from undesirable.names.lemma import is_adjective, lemmatize_token
from undesirable.names.normalize import analyze_word
from undesirable.names.persons import is_namesake_form, surname_flags, with_surnames
from undesirable.names.proper_words import classify_proper_words
from undesirable.names.vocabulary import INFORMATIVENESS, WordClass, classify_word
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.attributive import is_attributive
from undesirable.scanning.compounds import before_eponym, hyphen_compounds, written_brands
from undesirable.scanning.cores import core_forms, shared_cores
from undesirable.scanning.leads import after_own_country, lead_of
from undesirable.scanning.possessives import possessive_forms
from undesirable.scanning.runs import RunOwners, made_from_names, shared_leading_parts

COMMON_OWNERS = 3
"""A word found in the names of more organizations than this is ordinary, never distinctive."""

MIN_INFORMATION = 1.2
MIN_SINGLE_WORD = 6
MIN_CUED_WORD = 4
"""A distinctive word this long, shorter than :data:`MIN_SINGLE_WORD`, is a short form only with a
cue word of its entry's trade beside it ("a semester at Tufts"; see ``AliasSpec.cued``)."""
_DROPPABLE_INSIDE: frozenset[WordClass] = frozenset({"stop", "given_name"})
_DROPPABLE_AT_END: frozenset[WordClass] = frozenset({"stop", "generic", "general", "given_name"})
_DROPPABLE_AT_START: frozenset[WordClass] = frozenset({"stop", "generic"})
_DROPPABLE_FOR_ONE_WORD: frozenset[WordClass] = frozenset({"stop", "generic", "given_name"})
ENGLISH_HEADS = {
    "stiftung": "foundation",
    "stichting": "foundation",
    "fondation": "foundation",
    "fondazione": "foundation",
    "nadace": "foundation",
    "institut": "institute",
    "zentrum": "center",
}
"""The English word for the head words of the register's German, Dutch, French, Italian and Czech names."""
MIN_PLACE_NAME_WORDS = 3


def short_form_specs(
    spec: AliasSpec,
    classify: Callable[[str], WordClass],
    is_surname: Sequence[bool] = (),
    others: Sequence[tuple[str, ...]] = (),
) -> list[AliasSpec]:
    """The short forms of one name (see the module docstring), without the name itself;
    ``is_surname``: which words are the surname of a person the organization's names name
    (:func:`undesirable.names.persons.surname_flags`); ``others``: the words of the organization's
    other names, which tell whether it is known without the person a Russian name is called after."""
    words = spec.words
    if spec.acronym or len(words) < 2:
        return []
    is_surname = tuple(is_surname) or (False,) * len(words)
    classes = with_surnames([classify(w) for w in words], is_surname)
    inside = [i for i in range(len(words)) if not _drops_inside(classes, i)]
    unnamed = before_eponym(words, others)
    found: dict[tuple[str, ...], bool] = {}
    gaps: dict[tuple[str, ...], tuple[frozenset[str], ...]] = {}  # the name's own, between the words kept together
    cuts = [cut for kept in (list(range(len(words))), inside) for cut in _trimmed(kept, classes)]
    for cut in [*cuts, unnamed] if unnamed else cuts:
        if not cut or len(cut) == len(words):
            continue
        if not _tells_enough([words[i] for i in cut], [classes[i] for i in cut]):
            continue
        if any(is_surname[i] for i in range(len(words)) if i not in cut) and cut != unnamed:
            continue  # "AIDS Foundation" leaves out Elton John, the name's person
        if len(cut) > 1 and is_adjective(words[cut[-1]]) and not is_surname[cut[-1]]:
            continue  # «Российско-американская» without its noun qualifies another one
        dropped = {classes[i] for i in range(len(words)) if i not in cut}
        if len(cut) == 1 and not dropped <= _DROPPABLE_FOR_ONE_WORD and words[cut[0]] not in written_brands(spec.name):
            continue  # "Kharkiv" alone does not name the Kharkiv Human Rights Protection Group
        # «Бориса Немцова» alone is the man, not the foundation called after him
        found[tuple(words[i] for i in cut)] = is_namesake_form(classes, is_surname, cut)
        if len(cut) == cut[-1] - cut[0] + 1:
            gaps[tuple(words[i] for i in cut)] = spec.gaps[cut[0] : cut[-1]]
    for eponym in _eponym_cuts(words, classes):
        if not any(is_surname[i] for i in range(len(words)) if i not in eponym):  # «Вильсоновский центр» too
            found.update(dict.fromkeys(possessive_forms(words, classes, eponym, others, is_surname), False))
            found.update({tuple(words[i] for i in eponym): False} if len(eponym) < len(words) else {})
    for compound in hyphen_compounds(spec.name, words, classes):
        found.setdefault(tuple(words[i] for i in compound), False)
    if spec.name.isascii():
        found.update(dict.fromkeys(_english_orders(words, classes, list(found)), False))
    return [
        AliasSpec(
            spec.name,
            short,
            gaps.get(short, tuple(frozenset() for _ in short[1:])),
            derived=True,
            needs_head=person,
            cued=len(short) == 1 and len(short[0]) < MIN_SINGLE_WORD,
        )
        for short, person in found.items()
    ]


def _english_orders(
    words: Sequence[str], classes: Sequence[WordClass], shorts: Sequence[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """A Latin name's forms in English order: the English head for a foreign one at the end of
    the name (two words) or of an eponym form, and the place first (see the module docstring)."""
    out = []
    heads = [tuple(words)] if len(words) == 2 else []
    for short in [*heads, *shorts]:
        english = ENGLISH_HEADS.get(short[-1])
        if english and len(short) >= 2 and classes[words.index(short[-2])] == "distinctive":
            out.append((*short[:-1], english))
    others = classes[:-1]
    place_last = len(words) >= MIN_PLACE_NAME_WORDS and classes[-1] == "distinctive" and words[0] not in ARTICLES
    if place_last and all(c not in ("distinctive", "given_name") for c in others):
        out.append((words[-1], *words[:-1]))
    return out


def _eponym_cuts(words: Sequence[str], classes: Sequence[WordClass]) -> list[tuple[int, ...]]:
    """Positions of the words of the eponym forms of a name, in the name's order: the surname and
    the head, and with the given name when one stands right before the surname."""
    cuts: list[tuple[int, ...]] = []
    for d, word_class in enumerate(classes):
        if word_class != "distinctive" or any(c == "distinctive" for i, c in enumerate(classes) if i not in (d, d - 1)):
            continue
        after = d + 1
        while after < len(classes) and classes[after] == "generic":
            after += 1
        before = [i for i in range(d) if classes[i] == "generic" and not is_adjective(words[i])]
        person = [(d,), (d - 1, d)] if d > 0 and classes[d - 1] in ("distinctive", "given_name") else [(d,)]
        for kept in person:
            if after > d + 1:
                cuts.append((*kept, after - 1))
            elif before and before[-1] < kept[0]:
                cuts.append((before[-1], *kept))
    return cuts


def _keys(word: str) -> tuple[str, str]:
    token = analyze_word(word)
    return token.key, token.lemma_key


def _drops_inside(classes: Sequence[WordClass], i: int) -> bool:
    if i == 0 or i == len(classes) - 1 or classes[i] not in _DROPPABLE_INSIDE:
        return False
    return any(c in ("distinctive", "general") for c in classes[i + 1 :])


def _trimmed(kept: list[int], classes: Sequence[WordClass]) -> list[list[int]]:
    """``kept`` with ever more of its droppable ending cut, each also without a droppable start."""
    out: list[list[int]] = []
    end = len(kept)
    while end > 0:
        part = kept[:end]
        out.append(part)
        start = 0
        while start < len(part) - 1 and classes[part[start]] in _DROPPABLE_AT_START:
            start += 1
            out.append(part[start:])
        if classes[kept[end - 1]] not in _DROPPABLE_AT_END:
            break
        end -= 1
    return out


def _tells_enough(words: list[str], classes: list[WordClass]) -> bool:
    if words[0] in ARTICLES:
        return False
    if len(words) == 1:
        return classes[0] == "distinctive" and len(words[0]) >= MIN_CUED_WORD
    return sum(INFORMATIVENESS[c] for c in classes) >= MIN_INFORMATION


def short_forms_of(specs: list[tuple[Organization, AliasSpec]]) -> list[tuple[Organization, AliasSpec]]:
    """Short forms of the names (see :mod:`undesirable.scanning.shortforms`), none that is already a name."""
    owners: dict[str, set[str]] = {}
    for org, spec in specs:
        if not spec.acronym:
            for word in spec.words:
                owners.setdefault(lemmatize_token(word), set()).add(org.id)

    propers: dict[str, dict[str, WordClass]] = {}

    def classifier(org: Organization, *, shared: bool = True) -> Callable[[str], WordClass]:
        if org.id not in propers:
            propers[org.id] = classify_proper_words(org.all_names())
        proper = propers[org.id]

        def classify(word: str) -> WordClass:
            token = analyze_word(word)
            found = proper.get(token.text) or classify_word(token)
            if shared and found == "distinctive" and len(owners.get(lemmatize_token(word), ())) > COMMON_OWNERS:
                return "general"
            return found

        return classify

    known = {spec.words for _, spec in specs}
    out: list[tuple[Organization, AliasSpec, tuple[str, ...]]] = []
    own = [(org, spec) for org, spec in specs if not spec.derived]
    classifiers = {org.id: classifier(org) for org in {o.id: o for o, _ in own}.values()}
    words = [(org.id, spec.words) for org, spec in own]
    flags = surname_flags([(o, [_keys(w) for w in ws], [classifiers[o](w) for w in ws]) for o, ws in words])
    by_org: dict[str, list[AliasSpec]] = {}
    for org, spec in own:
        if not spec.acronym:
            by_org.setdefault(org.id, []).append(spec)
    cores: dict[str, list[AliasSpec]] = {}
    forms: dict[str, list[AliasSpec]] = {}
    unshared = {org.id: classifier(org, shared=False) for org in {o.id: o for o, _ in own}.values()}
    runs = RunOwners([(org.id, spec) for org, spec in own if not spec.acronym])
    for (org, spec), is_surname in zip(own, flags, strict=True):
        others = [other.words for other in by_org.get(org.id, ()) if other is not spec]  # an entry of acronyms only
        shorts = short_form_specs(spec, classifiers[org.id], is_surname, others)
        if any(unshared[org.id](w) != classifiers[org.id](w) for w in spec.words):  # else nothing new
            more = short_form_specs(spec, unshared[org.id], is_surname, others)
            plain = {short.words for short in shorts}
            new = [short for short in more if short.words not in plain]
            shorts += runs.runs_of_one(org.id, spec.words, new, _weak_end(classifiers[org.id]))
            new += after_own_country(spec, org, unshared[org.id])
            runs.note_kind_runs(org.id, spec.words, new, unshared[org.id])
        shorts += lead_of(spec, classifiers[org.id], owners) + after_own_country(spec, org, classifiers[org.id])
        for made in made_from_names(spec, org, classifiers[org.id]):
            shorts.append(AliasSpec(spec.name, made, (), derived=True, cued=len(made[0]) < MIN_SINGLE_WORD))
        core_forms(org, spec, classifiers[org.id], cores, forms)
        for short in shorts:
            if short.words not in known and not is_attributive(short.words, spec.words, others, classifiers[org.id]):
                out.append((org, short, spec.words))
    shared = shared_leading_parts(own, out, known) + shared_cores(own, cores, forms, known)
    shared += runs.kind_forms(own, known)
    return [(org, short) for org, short, _ in out] + shared


def _weak_end(classify: Callable[[str], WordClass]) -> Callable[[str], bool]:
    """Whether a word at either end of a run of shared words tells nothing of its own: a
    generic or stop word ("Helsinki Foundation"), a foreign head word ("Stichting Justice")."""
    return lambda word: word in ENGLISH_HEADS or classify(word) in _DROPPABLE_AT_START
