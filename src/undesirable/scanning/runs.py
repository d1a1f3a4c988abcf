"""Runs of words in the register's names, and which entries' names hold them.

A word many entries share («Хельсинкский»: four entries) is no distinctive word alone, but a run
of words that only one entry's names hold («Хельсинкская комиссия») names that entry (see
:mod:`undesirable.scanning.shortforms`). A Russian run of such adjectives and the kind word after
them («Хельсинкский комитет», «Хельсинкский фонд») is a name too, of every entry whose names hold it
(at most :data:`~undesirable.scanning.shortforms.COMMON_OWNERS`: the Norwegian and the Netherlands
Helsinki Committees alike), when the adjectives are no ordinary words (a proper name's adjective,
by the general vocabulary: «Национальный фонд» stays no name); as the leading words of a long
name are (:mod:`undesirable.scanning.leads`), it counts written as a name and not when it goes on
with another name's words («Хельсинкский фонд помощи беженцам»).

A Russian name of an adjective made from a name and head words («Йельский университет»,
«Джеймстаунский фонд») gives the name it is made from as a one-word short form («Йель»,
«Джеймстаун»: "a graduate of Yale", «выпускник Йеля»), when the adjective sounds like a word of the
entry's Latin names (Yale, Jamestown).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from undesirable.model import Organization
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token
from undesirable.names.proper_words import adjective_stem, is_known_place
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import WordClass
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.text import WORD, lower_text

MIN_STEM_LETTERS = 4
"""A name made from an adjective is at least this long («Йель»)."""
_HEAD_CLASSES = frozenset({"stop", "generic"})
MIN_SHARED_WORDS = 2
"""A leading part two names share is a name of both from this many words on."""
MAX_RUN_OWNERS = 3
"""A run of an adjective and a kind word names every entry whose names hold it, up to this many
(as :data:`undesirable.scanning.shortforms.COMMON_OWNERS`: more, and the run is an ordinary phrase)."""


def made_from_names(spec: AliasSpec, org: Organization, classify: Callable[[str], WordClass]) -> list[tuple[str]]:
    """The one-word short form a Russian name of one adjective and head words gives: the name the
    adjective is made from (see the module docstring), or none."""
    words = spec.words
    if spec.acronym or len(words) < 2 or not all(is_cyrillic_word(w) for w in words):
        return []
    rest = [w for w in words if classify(w) not in _HEAD_CLASSES]
    if len(rest) != 1:
        return []
    stem = adjective_stem(lemmatize_token(rest[0])) if is_adjective(rest[0]) else ""
    if len(stem) < MIN_STEM_LETTERS or is_known_place(stem):
        return []  # «Кавказский фонд»: «Кавказ» is the region
    sound = phonetic_key(skeletonize_token(stem))
    latin = {w for name in org.all_names() if name.isascii() for w in WORD.findall(lower_text(name))}
    if not any(phonetic_key(skeletonize_token(w)) == sound for w in latin):
        return []
    return [(stem,)]


def is_run(words: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` stands in ``words`` as one run of neighbouring words."""
    size = len(short)
    return any(words[i : i + size] == short for i in range(len(words) - size + 1))


class RunOwners:
    """Which organizations' names hold a run of words (by lemma): a word many organizations share
    («Хельсинкский»: four entries) is no distinctive word alone, but a run of words that only one
    entry's names hold («Хельсинкская комиссия») names that entry."""

    def __init__(self, names: list[tuple[str, AliasSpec]]) -> None:
        self.names = [(org_id, tuple(lemmatize_token(w) for w in spec.words)) for org_id, spec in names]
        self.specs = [spec for _, spec in names]
        self.held: dict[tuple[str, tuple[str, ...]], AliasSpec] = {}
        self.by_word: dict[str, list[int]] = {}
        for k, (_, lemmas) in enumerate(self.names):
            for lemma in set(lemmas):
                self.by_word.setdefault(lemma, []).append(k)

    def runs_of_one(
        self, org_id: str, words: tuple[str, ...], shorts: list[AliasSpec], weak: Callable[[str], bool]
    ) -> list[AliasSpec]:
        """Of the short forms of a name (``words``) found with shared words taken as distinctive,
        those that are a run of the name, with no ``weak`` word at either end, and that no other
        entry's names hold («Хельсинкская комиссия»)."""
        return [
            short
            for short in shorts
            if not (weak(short.words[0]) or weak(short.words[-1]))
            and is_run(words, short.words)
            and self.only(org_id, short.words)
        ]

    def note_kind_runs(
        self, org_id: str, words: tuple[str, ...], shorts: list[AliasSpec], classify: Callable[[str], WordClass]
    ) -> None:
        """Note the runs of a kind among the short forms of a name (:meth:`kind_runs`), as each
        holder's own form when it is that holder's name's."""
        for other, form in self.kind_runs(org_id, words, shorts, classify):
            key = (other, form.words)
            self.held[key] = form if other == org_id else self.held.get(key, form)

    def kind_forms(
        self, own: Sequence[tuple[Organization, AliasSpec]], known: set[tuple[str, ...]]
    ) -> list[tuple[Organization, AliasSpec]]:
        """The runs of a kind noted (:meth:`note_kind_runs`) as names of their entries, none already a name."""
        by_id = {org.id: org for org, _ in own}
        return [(by_id[other], form) for (other, words), form in self.held.items() if words not in known]

    def kind_runs(
        self, org_id: str, words: tuple[str, ...], shorts: list[AliasSpec], classify: Callable[[str], WordClass]
    ) -> list[tuple[str, AliasSpec]]:
        """Of the short forms of a name (``words``) found with shared words taken as distinctive,
        the Russian runs of adjectives and a kind word (see the module docstring), as names of every
        entry whose names hold them: (entry id, form) pairs, ``org_id``'s own among them."""
        out: list[tuple[str, AliasSpec]] = []
        for short in shorts:
            *adjectives, head = short.words
            if not adjectives or not all(is_cyrillic_word(w) for w in short.words) or not is_run(words, short.words):
                continue
            if classify(head) != "generic" or not all(
                is_adjective(w) and classify(w) == "distinctive" for w in adjectives
            ):
                continue
            holders = self.holders(short.words)
            if len(holders) > MAX_RUN_OWNERS:
                continue
            for other, k in holders.items():
                out.append((other, short if other == org_id else self._held(k, short)))
        return [(other, replace(short, lead=True)) for other, short in out]

    def _held(self, k: int, short: AliasSpec) -> AliasSpec:
        """``short`` as a form of the ``k``-th name, which holds its words: that name's own gaps."""
        spec, run, size = self.specs[k], self.names[k][1], len(short.words)
        lemmas = tuple(lemmatize_token(w) for w in short.words)
        start = next(i for i in range(len(run) - size + 1) if run[i : i + size] == lemmas)
        return AliasSpec(spec.name, short.words, spec.gaps[start : start + size - 1], derived=True)

    def holders(self, words: tuple[str, ...]) -> dict[str, int]:
        """The entries whose names hold ``words`` one after another (by lemma): entry id -> the
        index of the first name that holds them."""
        run = tuple(lemmatize_token(w) for w in words)
        size = len(run)
        found: dict[str, int] = {}
        for k in self.by_word.get(run[0], ()):
            other, lemmas = self.names[k]
            if any(lemmas[i : i + size] == run for i in range(len(lemmas) - size + 1)):
                found.setdefault(other, k)
        return found

    def only(self, org_id: str, words: tuple[str, ...]) -> bool:
        """Whether no other organization's name holds ``words`` one after another."""
        return set(self.holders(words)) <= {org_id}


def shared_leading_parts(
    own: list[tuple[Organization, AliasSpec]],
    shorts: list[tuple[Organization, AliasSpec, tuple[str, ...]]],
    known: set[tuple[str, ...]],
) -> list[tuple[Organization, AliasSpec]]:
    """A short form that is the leading part two names share is a name of both organizations: the
    Watch Tower societies of Pennsylvania and of Selters («Общество Сторожевой башни, Библии и
    трактатов …») are both named by their common part, though only one name ends in words a
    text leaves out. A text that writes it names either, so both are reported."""
    out: list[tuple[Organization, AliasSpec]] = []
    seen = {(org.id, short.words) for org, short, _ in shorts}
    for org, short, full in shorts:
        size = len(short.words)
        if size < MIN_SHARED_WORDS or short.needs_head or full[:size] != short.words:
            continue  # only a name cut at its end, of two words or more
        for other, spec in own:
            words = spec.words
            if other.id == org.id or spec.acronym or len(words) <= size or words[:size] != short.words:
                continue
            if len(full) > size and full[size] == words[size]:
                continue  # the names share more than this part
            if (other.id, short.words) in seen or short.words in known:
                continue
            seen.add((other.id, short.words))
            gaps = spec.gaps[: size - 1]
            out.append((other, AliasSpec(spec.name, short.words, gaps, derived=True)))
    return out
