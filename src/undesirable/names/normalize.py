"""One normalizer for the register's names and for queries alike.

:func:`normalize_name` (see :mod:`undesirable.names.clean`) gives the cleaned text in its own
script: case, punctuation, invisible characters and letter spacing undone, look-alike letters of
the other script repaired, single spaces.

:func:`tokenize_name` splits that text into :class:`Token` s. Each token carries its lemma
(Russian inflection reduced, see :mod:`undesirable.names.lemma`), its comparison key (the
transliterated skeleton, see :mod:`undesirable.names.translit`) and its kind:

- ``word``: an ordinary, distinctive word; a few have cross-language synonyms that share one key
  (European = Европейский);
- ``stop``: a function word ("the", "of", "и", "имени"), which weighs least;
- ``generic``: a common name part ("Foundation", "Фонд", "Center", "International"); words of one
  meaning share one key (``#foundation``) across languages and scripts, so Fund = Фонд = Stiftung;
- ``legal_form``: part of a legal form or organization type (Ltd, e.V., Stichting, ООО, АНО),
  recognized from ``data/legal_forms.json`` at the start or end of a name (distinctive forms
  anywhere), marks aside (``Sàrl``) and in short pieces spaced apart (``S.à r.l.``, ``z. s.``),
  and left out of comparison keys.

Stop words and generic words come from ``data/weak_words.json``. :func:`name_key` joins the keys
of the words that are not legal forms: two spellings of one name in any script and inflection
should give the same key.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from undesirable.names.clean import NormalizationNote as NormalizationNote
from undesirable.names.clean import normalize_name as normalize_name
from undesirable.names.clean import normalize_name_noted as normalize_name_noted
from undesirable.names.heard import heard_generic_group
from undesirable.names.lemma import lemmatize_token
from undesirable.names.translit import skeletonize_token, strip_marks
from undesirable.names.word_lists import GENERIC_KEY_PREFIX as GENERIC_KEY_PREFIX
from undesirable.names.word_lists import LegalForm, legal_fold, lookup_listed, word_lists

TokenKind = Literal["word", "stop", "generic", "legal_form"]

TOKEN_CACHE_SIZE = 262_144
"""How many distinct words keep their analyzed token in memory."""

MAX_LEGAL_FORM_PEELS = 3
"""How many legal forms are taken off each end of a name at most (``Co. Ltd. Inc.``)."""

MAX_SPACED_PIECE_LETTERS = 2
"""A legal form written in pieces spaced apart (``S.à r.l.``, ``z. s.``) has pieces of at most this
many letters each."""

MAX_SPACED_PIECES = 4
"""A legal form written in pieces spaced apart has at most this many of them (``s à r l``)."""


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a name, analyzed.

    Attributes:
        text: the normalized word in its own script (``международной``).
        lemma: its dictionary form for Russian words (``международный``), else ``text``.
        key: the comparison key of ``text``: transliterated skeleton (``mezdunarodnoi``), or the
            group key of a generic word (``#international``).
        lemma_key: the comparison key of ``lemma``.
        kind: ``word``, ``stop``, ``generic`` or ``legal_form``.
        legal_form: for a legal-form token, how that form is displayed (``e.V.``).
    """

    text: str
    lemma: str
    key: str
    lemma_key: str
    kind: TokenKind = "word"
    legal_form: str | None = None


def tokenize_name(text: str) -> list[Token]:
    """The words of a name as :class:`Token` s, legal forms marked (see the module docstring)."""
    return tokenize_normalized(normalize_name(text))


def tokenize_normalized(normalized: str) -> list[Token]:
    """:func:`tokenize_name` for a text already through :func:`normalize_name`."""
    return mark_legal_forms([analyze_word(w) for w in normalized.split()])


def name_key(text: str) -> str:
    """The comparison key of a whole name: keys of its lemmas without legal forms, space-joined.

    >>> name_key("Открытой России") == name_key("Открытая Россия")
    True
    """
    return " ".join(t.lemma_key for t in tokenize_name(text) if t.kind != "legal_form")


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def analyze_word(word: str) -> Token:
    """Analyze one normalized word: lemma, keys and kind (never ``legal_form``, see
    :func:`mark_legal_forms`)."""
    return _analyze(word, lemmatize_token(word))


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def analyze_word_as_written(word: str) -> Token:
    """:func:`analyze_word` without reducing inflection (the lemma is the word): for words that
    cannot be an inflected form of any word compared with, which saves the dictionary lookup."""
    return _analyze(word, word)


def _analyze(word: str, lemma: str) -> Token:
    key = skeletonize_token(word)
    lemma_key = skeletonize_token(lemma) if lemma != word else key
    vocabulary = word_lists()
    for table, kind in ((vocabulary.generic_keys, "generic"), (vocabulary.synonym_keys, "word")):
        group_of_word = lookup_listed(table, key)
        group_of_lemma = group_of_word if lemma_key == key else lookup_listed(table, lemma_key)
        if group_of_lemma or group_of_word:
            # an inflected form keeps its own spelling as key, so transliterations of it still meet
            surface = group_of_word or key
            return Token(word, lemma, surface, group_of_lemma or surface, kind)  # type: ignore[arg-type]
    if lemma_key in vocabulary.stop_keys or key in vocabulary.stop_keys:
        return Token(word, lemma, key, lemma_key, "stop")
    heard = heard_generic_group(word, key, GENERIC_KEY_PREFIX)  # Фанд, Фаундейшн
    if heard:
        return Token(word, lemma, heard, heard, "generic")
    return Token(word, lemma, key, lemma_key, "word")


def vocabulary_words() -> frozenset[str]:
    """Every normalized word of the stop, generic and synonym lists and of the legal forms."""
    return word_lists().words


def generic_word_keys() -> dict[str, str]:
    """Key of every listed generic word (``stiftung``) -> its group key (``#foundation``)."""
    return dict(word_lists().generic_keys)


def listed_word_group(key: str) -> str | None:
    """The group key of the listed generic or synonym word whose skeleton is ``key`` (``centr`` ->
    ``#center``), or None."""
    return _listed_groups().get(key)


@cache
def _listed_groups() -> dict[str, str]:
    """Every key :func:`listed_word_group` knows (a listed word's key, and its plural in ``s``) ->
    its group, computed once: most keys asked about are none of them."""
    vocabulary = word_lists()
    tables = (vocabulary.generic_keys, vocabulary.synonym_keys)
    keys = {k for table in tables for k in table} | {k + "s" for table in tables for k in table}
    found = {k: lookup_listed(tables[0], k) or lookup_listed(tables[1], k) for k in keys}
    return {k: group for k, group in found.items() if group is not None}


def synonym_word_keys() -> dict[str, str]:
    """Key of every listed word with cross-language synonyms (``freies``) -> its group key (``fre``)."""
    return dict(word_lists().synonym_keys)


def mark_legal_forms(tokens: list[Token]) -> list[Token]:
    """Mark the legal-form words of a tokenized name; a name made only of them stays unmarked."""
    vocabulary = word_lists()
    forms, forms_by_last = vocabulary.legal_by_first, vocabulary.legal_by_last
    if not tokens:
        return tokens
    words = _legal_words()
    lemmas = [_legal_word(t.lemma, t.text) for t in tokens]
    if words.isdisjoint(lemmas) and not _may_be_spaced(lemmas):  # no word of any legal form
        return tokens
    marked: dict[int, str] = {}
    start, end = 0, len(tokens)
    for _ in range(MAX_LEGAL_FORM_PEELS):
        found = _legal_form_at(forms, lemmas, start, end) if start < end and lemmas[start] in forms else None
        if found is None:
            break
        marked.update(dict.fromkeys(range(start, start + len(found.words)), found.display))
        start += len(found.words)
    for _ in range(MAX_LEGAL_FORM_PEELS):
        found = (
            _legal_form_ending_at(forms_by_last, lemmas, start, end)
            if start < end and lemmas[end - 1] in forms_by_last
            else None
        )
        if found is None:
            break
        marked.update(dict.fromkeys(range(end - len(found.words), end), found.display))
        end -= len(found.words)
    start, end = _spaced_forms_at_edges(lemmas, start, end, marked)
    for i in range(start, end):
        found = _legal_form_at(forms, lemmas, i, end) if lemmas[i] in forms else None
        if found is not None and found.anywhere:
            marked.update(dict.fromkeys(range(i, i + len(found.words)), found.display))
    if not marked or len(marked) == len(tokens):
        return tokens
    return [
        Token(t.text, t.lemma, t.key, t.lemma_key, "legal_form", marked[i]) if i in marked else t
        for i, t in enumerate(tokens)
    ]


@cache
def _legal_words() -> frozenset[str]:
    return frozenset(w for forms in word_lists().legal_by_first.values() for f in forms for w in f.words)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _legal_word(lemma: str, text: str) -> str:
    """The word of a token (its ``lemma`` and ``text``) compared with the legal forms: its lemma,
    or its text when only that is a legal-form word (the lemmatizer may guess a lemma for a form it
    does not know). Cached: words repeat across names."""
    words = _legal_words()
    lemma = legal_fold(lemma)
    text = legal_fold(text)
    for word in (lemma, text, strip_marks(lemma), strip_marks(text)):  # Sàrl is SARL, marks aside
        if word in words:
            return word
    return lemma


def _legal_form_at(
    forms: dict[str, tuple[LegalForm, ...]], lemmas: list[str], start: int, end: int
) -> LegalForm | None:
    if start >= end:
        return None
    for form in forms.get(lemmas[start], ()):
        stop = start + len(form.words)
        if stop <= end and tuple(lemmas[start:stop]) == form.words:
            return form
    return None


def _legal_form_ending_at(
    forms: dict[str, tuple[LegalForm, ...]], lemmas: list[str], start: int, end: int
) -> LegalForm | None:
    if start >= end:
        return None
    for form in forms.get(lemmas[end - 1], ()):
        begin = end - len(form.words)
        if begin >= start and tuple(lemmas[begin:end]) == form.words:
            return form
    return None


def _may_be_spaced(lemmas: list[str]) -> bool:
    """Whether a name starts or ends with two short pieces that may spell a legal form apart."""
    return len(lemmas) > 2 and any(
        all(len(w) <= MAX_SPACED_PIECE_LETTERS for w in pair) for pair in (lemmas[:2], lemmas[-2:])
    )


def _spaced_forms_at_edges(lemmas: list[str], start: int, end: int, marked: dict[int, str]) -> tuple[int, int]:
    """Mark a legal form written in short pieces spaced apart at an end of a name where no form was
    found as written (``S.à r.l.``, ``z. s.``: spacing and marks aside, the pieces spell one of
    its spellings); where the rest of the name starts and ends."""
    if not _may_be_spaced(lemmas):
        return start, end
    if end == len(lemmas):
        count = _spaced_form_pieces(lemmas[start:end][::-1], reverse=True)
        marked.update(dict.fromkeys(range(end - count, end), _spaced_display(lemmas[end - count : end])))
        end -= count
    if start == 0:
        count = _spaced_form_pieces(lemmas[start:end], reverse=False)
        marked.update(dict.fromkeys(range(count), _spaced_display(lemmas[:count])))
        start += count
    return start, end


def _spaced_form_pieces(lemmas: list[str], *, reverse: bool) -> int:
    """How many short pieces from the start of ``lemmas`` (the end of the name when ``reverse``)
    spell a legal form together: 0 when none do."""
    compact = _compact_forms()
    for count in range(min(MAX_SPACED_PIECES, len(lemmas) - 1), 1, -1):
        pieces = lemmas[:count][::-1] if reverse else lemmas[:count]
        if all(len(w) <= MAX_SPACED_PIECE_LETTERS for w in pieces) and strip_marks("".join(pieces)) in compact:
            return count
    return 0


def _spaced_display(pieces: list[str]) -> str:
    return _compact_forms()[strip_marks("".join(pieces))].display if pieces else ""


@cache
def _compact_forms() -> dict[str, LegalForm]:
    """Every legal form's spelling written without spaces or marks (``sarl``, ``zs``) -> the form,
    for spellings short enough to be written in spaced pieces."""
    longest = MAX_SPACED_PIECES * MAX_SPACED_PIECE_LETTERS
    table: dict[str, LegalForm] = {}
    for forms in word_lists().legal_by_first.values():
        for form in forms:
            key = strip_marks("".join(form.words))
            if len(key) <= longest:
                table.setdefault(key, form)
    return table
