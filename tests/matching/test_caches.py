"""The index's caches: one answer per identical name whoever asks, bounded, thread-safe, never pickled."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

import pytest

from undesirable.matching import build_match_index, match_name, match_names
from undesirable.matching.caches import BoundedCache
from undesirable.matching.index import MatchIndex
from undesirable.matching.match import match_name_cached
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.screening import Screener

NAMES = [
    "Bellingcat",
    "Фонд «Открытая Россия»",
    "Open Society Foundations",
    "Human Rights Wach",
    "ООО «Ромашка»",
    "Хьюман Райтс Вотч",
    "Jamestown",
    "National Endowment for Democracy",
]


@pytest.fixture(scope="module")
def blank() -> bytes:
    """The bundled register's index, pickled (so with empty caches): each test loads fresh copies."""
    return pickle.dumps(build_match_index(load_bundled_organizations()))


def _answers(index: MatchIndex, names: list[str]) -> list[list[tuple[str, float, str]]]:
    return [[(m.organization.id, m.score, m.matched_name) for m in match_name(index, n)] for n in names]


def test_an_identical_name_is_scored_once_whoever_asks(blank: bytes) -> None:
    index = pickle.loads(blank)
    first, reused = match_name_cached(index, "Bellingcat")
    assert not reused and first
    screener = Screener(index)
    again = screener.screen("  Bellingcat ")  # whitespace aside, the same name
    assert again is first
    assert (screener.scored, screener.reused) == (0, 1)
    assert match_names(index, ["Bellingcat"])[0] is first
    assert match_name_cached(index, "Bellingcat", threshold=0.5)[1] is False  # another threshold is scored


def test_a_returned_list_can_be_changed_without_touching_the_cache(blank: bytes) -> None:
    index = pickle.loads(blank)
    found = match_name(index, "Bellingcat")
    found.clear()
    assert match_name(index, "Bellingcat")


def test_threads_get_the_answers_of_one_thread(blank: bytes) -> None:
    expected = _answers(pickle.loads(blank), NAMES)
    shared = pickle.loads(blank)
    with ThreadPoolExecutor(8) as pool:
        runs = list(pool.map(lambda _: _answers(shared, NAMES), range(16)))
    assert all(run == expected for run in runs)
    assert len(shared.caches.results) == len(NAMES)


def test_caches_are_not_pickled(blank: bytes) -> None:
    index = pickle.loads(blank)
    match_names(index, NAMES)
    assert len(index.caches.results) and len(index.caches.similar)
    copy = pickle.loads(pickle.dumps(index))
    assert len(copy.caches.results) == 0 and len(copy.caches.similar) == 0
    assert _answers(copy, NAMES) == _answers(index, NAMES)


def test_bounded_cache_drops_the_oldest() -> None:
    cache: BoundedCache[str, int] = BoundedCache(2)
    for number, key in enumerate("abc"):
        cache.put(key, number)
    assert len(cache) == 2
    assert cache.get("a") is None and cache.get("b") == 1 and cache.get("c") == 2
    cache.clear()
    assert len(cache) == 0 and cache.get("b") is None
    cache.put("d", 3)
    assert cache.get("d") == 3  # the lookup still reads the mapping after a clear


WRITINGS = [
    "Open Society Foundations",
    "OPEN SOCIETY FOUNDATIONS",
    "Open Society Foundations Ltd",
    "Open So\u200bciety Foundations",
    "NED",
    "ned",
    "Фонд «Открытая Россия»",
    "ФОНД ОТКРЫТАЯ РОССИЯ АНО",
]


def test_writings_of_one_name_score_as_if_each_came_first(blank: bytes) -> None:
    """The scored entries of one reading of the words are kept; the factors of each writing
    (capitals, legal forms, what was normalized) are still its own."""
    shared = pickle.loads(blank)
    together = _answers(shared, WRITINGS)
    assert len(shared.caches.assessed) < len(WRITINGS)  # writings of one name share their scored entries
    alone = [_answers(pickle.loads(blank), [name])[0] for name in WRITINGS]  # each writing alone
    assert together == alone
    explanations = [[m.explanation for m in match_name(shared, name)] for name in WRITINGS[:4]]
    assert len({tuple(map(tuple, e)) for e in explanations}) == 4
