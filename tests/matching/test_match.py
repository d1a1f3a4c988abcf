from __future__ import annotations

import functools

import pytest

from undesirable.matching import (
    POSSIBLE_THRESHOLD,
    STRONG_THRESHOLD,
    build_match_index,
    match_name,
    match_names,
)
from undesirable.matching.index import MatchIndex
from undesirable.matching.reasons import render_reason
from undesirable.model import FormerName, Organization

ORGS = [
    Organization(
        "ru-undesirable-1076-r-2015-07-29",
        "Национальный фонд в поддержку демократии",
        "The National Endowment for Democracy",
        aliases=("NED",),
    ),
    Organization(
        "ru-undesirable-1778-r-2015-12-01",
        "Фонд Открытое общество",
        "Open Society Foundations",
        aliases=("Soros Foundation", "Фонд Сороса"),
        acronyms=("OSF",),
    ),
    Organization("ru-undesirable-557-r-2017-04-27", "Открытая Россия", "Open Russia"),
    Organization(
        "ru-undesirable-951-r-2022-07-26",
        "Stichting Bellingcat",
        "Stichting Bellingcat",
        aliases=("Bellingcat",),
        group_id="bellingcat",
    ),
    Organization(
        "ru-undesirable-952-r-2022-07-26",
        "Bellingcat Ltd.",
        "Bellingcat Ltd.",
        aliases=("Bellingcat",),
        group_id="bellingcat",
    ),
    Organization(
        "ru-undesirable-138-r-2023-02-07", "Проект Медуза", "SIA Medusa Project", aliases=("Meduza", "Медуза")
    ),
    Organization("ru-undesirable-679-r-2022-05-31", "Фонд имени Генриха Бёлля", "Heinrich-Böll-Stiftung e.V."),
    Organization("ru-undesirable-427-r-2023-04-05", "КрымSOS", "CrimeaSOS"),
    Organization(
        "ru-undesirable-1126-r-2021-10-01",
        "Всемирный институт саентологических предприятий",
        "World Institute of Scientology Enterprises International",
        acronyms=("WISE",),
    ),
    Organization("ru-undesirable-1020-r-2023-07-24", "Дом прав человека Тбилиси", "Human Rights House Tbilisi"),
    Organization("ru-undesirable-1021-r-2023-07-24", "Дом прав человека Ереван", "Human Rights House Yerevan"),
    Organization(
        "ru-undesirable-2025-05-28-amnesty-international-limited",
        "Международная амнистия",
        "Amnesty International Limited",
        aliases=("Amnesty International",),
    ),
    Organization(
        "ru-undesirable-2025-07-11-norwegian-helsinki-committee",
        None,
        "Norwegian Helsinki Committee",
        acronyms=("NHC",),
    ),
    Organization(
        "ru-undesirable-2025-08-18-netherlands-helsinki-committee",
        None,
        "Netherlands Helsinki Committee",
        acronyms=("NHC",),
    ),
    Organization(
        "ru-undesirable-1129-r-2023-08-18",
        "Сетевое объединение журналистов-расследователей",
        "Conflict Intelligence Team",
        former_names=(FormerName("War in Ukraine"),),
    ),
    Organization(
        "ru-undesirable-896-r-2024-07-18",
        "Фонд Карнеги за международный мир",
        "Carnegie Endowment for International Peace",
        aliases=("Carnegie",),
    ),
]


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(ORGS)


def _top(index: MatchIndex, query: str) -> tuple[str, float] | None:
    found = match_name(index, query)
    return (found[0].organization.id, found[0].score) if found else None


# Every matching bug found becomes a row here: (query, expected top id, lowest acceptable score).
@pytest.mark.parametrize(
    ("query", "expected", "at_least"),
    [
        ("The National Endowment for Democracy", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("national endowment for democracy", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("Endowment for Democracy, National", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("Natinal Endowmnet for Democracy", "ru-undesirable-1076-r-2015-07-29", POSSIBLE_THRESHOLD),
        ("Национального фонда в поддержку демократии", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("Natsionalny fond v podderzhku demokratii", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("NED", "ru-undesirable-1076-r-2015-07-29", STRONG_THRESHOLD),
        ("Фонда Сороса", "ru-undesirable-1778-r-2015-12-01", STRONG_THRESHOLD),
        ("Soros Fund", "ru-undesirable-1778-r-2015-12-01", STRONG_THRESHOLD),
        ("Open Society Foundation", "ru-undesirable-1778-r-2015-12-01", STRONG_THRESHOLD),
        ("Открытой России", "ru-undesirable-557-r-2017-04-27", STRONG_THRESHOLD),
        ("Otkrytaja Rossija", "ru-undesirable-557-r-2017-04-27", STRONG_THRESHOLD),
        ("OTKRYTAYA ROSSIYA", "ru-undesirable-557-r-2017-04-27", STRONG_THRESHOLD),
        ("Bellingcat B.V.", "ru-undesirable-951-r-2022-07-26", STRONG_THRESHOLD),
        ("Belling Cat", "ru-undesirable-951-r-2022-07-26", STRONG_THRESHOLD),
        ("в Медузе", "ru-undesirable-138-r-2023-02-07", STRONG_THRESHOLD),
        ("Medusa Project", "ru-undesirable-138-r-2023-02-07", STRONG_THRESHOLD),
        ("Heinrich Boell Stiftung", "ru-undesirable-679-r-2022-05-31", STRONG_THRESHOLD),
        ("Фонда Генриха Бёлля", "ru-undesirable-679-r-2022-05-31", STRONG_THRESHOLD),
        ("Krym SOS", "ru-undesirable-427-r-2023-04-05", STRONG_THRESHOLD),
        ("КримSOS", "ru-undesirable-427-r-2023-04-05", POSSIBLE_THRESHOLD),
        ("Human Rights House Tbilisi", "ru-undesirable-1020-r-2023-07-24", STRONG_THRESHOLD),
        ("Amnesty", "ru-undesirable-2025-05-28-amnesty-international-limited", POSSIBLE_THRESHOLD),
        ("Международной амнистии", "ru-undesirable-2025-05-28-amnesty-international-limited", STRONG_THRESHOLD),
        ("Amnesty Internatonal Ltd", "ru-undesirable-2025-05-28-amnesty-international-limited", STRONG_THRESHOLD),
        ("War in Ukraine", "ru-undesirable-1129-r-2023-08-18", STRONG_THRESHOLD),
        ("Фонда Карнеги за международный мир", "ru-undesirable-896-r-2024-07-18", STRONG_THRESHOLD),
    ],
)
def test_variants_find_their_organization(index: MatchIndex, query: str, expected: str, at_least: float) -> None:
    top = _top(index, query)
    assert top is not None
    assert top[0] == expected
    assert top[1] >= at_least


@pytest.mark.parametrize(
    "query",
    [
        "Ford Foundation",
        "Carnegie Mellon University",
        "Carnegie Corporation of New York",
        "Human Rights First",
        "Open University",
        "Russia Today",
        "Medusa Trading Ltd",
        "Radio Free Asia",
        "Endowment",
        "Foundation",
        "International",
        "Ltd",
        "the of and",
    ],
)
def test_lookalikes_are_not_flagged(index: MatchIndex, query: str) -> None:
    assert match_name(index, query) == []


def test_sister_organizations_are_not_confused(index: MatchIndex) -> None:
    found = match_name(index, "Human Rights House Yerevan")
    assert found[0].organization.id == "ru-undesirable-1021-r-2023-07-24"
    assert all(m.organization.id != "ru-undesirable-1020-r-2023-07-24" for m in found)


def test_both_entries_of_one_group_are_returned(index: MatchIndex) -> None:
    ids = {m.organization.id for m in match_name(index, "Bellingcat")}
    assert ids == {"ru-undesirable-951-r-2022-07-26", "ru-undesirable-952-r-2022-07-26"}


def test_legal_form_breaks_ties_between_entries(index: MatchIndex) -> None:
    found = match_name(index, "Stichting Bellingcat", threshold=0.0)
    assert found[0].organization.id == "ru-undesirable-951-r-2022-07-26"
    assert "legal form ignored: Stichting" in found[0].explanation


@pytest.mark.parametrize(
    ("query", "low", "high"),
    [
        ("WISE", STRONG_THRESHOLD, 1.0),  # unique acronym in capitals
        ("wise", POSSIBLE_THRESHOLD, STRONG_THRESHOLD),  # in lower case: weaker
        ("NHC", POSSIBLE_THRESHOLD, STRONG_THRESHOLD),  # shared by two organizations
        ("OSF", STRONG_THRESHOLD, 1.0),
    ],
)
def test_acronyms_score_below_full_names_unless_unambiguous(
    index: MatchIndex, query: str, low: float, high: float
) -> None:
    found = match_name(index, query)
    assert found
    assert low <= found[0].score < high or (high == 1.0 and found[0].score == 1.0) or low <= found[0].score <= high
    assert found[0].explanation[0].startswith("acronym")


def test_shared_acronym_returns_every_owner(index: MatchIndex) -> None:
    ids = {m.organization.id for m in match_name(index, "NHC")}
    assert ids == {
        "ru-undesirable-2025-07-11-norwegian-helsinki-committee",
        "ru-undesirable-2025-08-18-netherlands-helsinki-committee",
    }


def test_acronym_matches_only_whole_words(index: MatchIndex) -> None:
    assert match_name(index, "NEDS") == []
    assert match_name(index, "Wisely Capital") == []


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("Open Society Foundations", "exact name"),
        ("Soros Foundation", "exact alias"),
        ("Открытой России", "inflection reduced"),
        ("Otkrytaja Rossija", "transliteration variant"),
        ("Belingcat", "spelling variant: 1 letter"),
        ("Heinrich Boell Stiftung", "diacritics dropped"),
        ("Soros Fund", "equivalent words: fund = foundation"),
        ("M e d u z a", "letter-spaced word joined"),
        ("Мед\u200bуза", "invisible characters removed"),
        ("Mедуза", "look-alike letters of the other alphabet replaced"),
        ("Откры\u0301тая Росси\u0301я", "stress and other combining marks removed"),
        ("Heinrich-Böll-Stiftung e.V.", "legal form ignored: e.V."),
        ("Natinal Endowment for Democracy", "fuzzy distance 0.88"),
        ("Belling Cat", "words split or joined differently"),
        ("War in Ukraine", "former name"),
    ],
)
def test_explanations(index: MatchIndex, query: str, reason: str) -> None:
    found = match_name(index, query)
    assert reason in found[0].explanation


@pytest.mark.parametrize(
    "query",
    ["Open Society Foundations", "Фонда Сороса", "Открытая Россия", "OPEN SOCIETY FOUNDATIONS", "Stichting Bellingcat"],
)
def test_exact_names_score_one_and_say_exact(index: MatchIndex, query: str) -> None:
    top = match_name(index, query)[0]
    assert top.score == 1.0
    assert top.explanation[0] in ("exact name", "exact alias")


@pytest.mark.parametrize(
    "query",
    [
        "Belingcat",
        "Bellingcatt",
        "Open Societey Foundations",
        "Otkrytaja Rossija",
        "Heinrich Boell Stiftung",
        "Soros Fund",
        "Belling Cat",
        "Bellingkat",
        "Medusa Projekt",
    ],
)
def test_variants_score_below_one_and_never_say_exact(index: MatchIndex, query: str) -> None:
    top = match_name(index, query)[0]
    assert STRONG_THRESHOLD <= top.score < 1.0
    assert not any(reason.code.startswith("exact") for reason in top.reasons)
    assert not any(text.startswith("exact") for text in top.explanation)


def test_reasons_render_in_russian(index: MatchIndex) -> None:
    top = match_name(index, "Belingcat")[0]
    rendered = [render_reason(r, "ru") for r in top.reasons]
    assert "вариант написания: 1 буква" in rendered
    assert [render_reason(r, "en") for r in top.reasons] == top.explanation


def test_token_overlap_is_explained(index: MatchIndex) -> None:
    found = match_name(index, "Amnesty")
    assert found[0].explanation[0].startswith("token overlap 1/")
    assert found[0].matched_name in ("Amnesty International", "Amnesty International Limited")


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\x00\x01\x02", "😀😀😀", "!!!???", "x" * 10_000, "слово " * 2_000, "a\u202eb", "ж" * 500],
)
def test_bad_input_gives_a_sane_result(index: MatchIndex, query: str) -> None:
    found = match_name(index, query)
    assert isinstance(found, list)
    assert all(0.0 <= m.score <= 1.0 for m in found)


def test_threshold_and_limit(index: MatchIndex) -> None:
    # "Human Rights House" is a name several entries share: all of them come past the limit
    assert len(match_name(index, "Human Rights House Yerevan", threshold=0.0, limit=1)) == 1
    assert match_name(index, "Bellingcat", limit=0) == []
    scores = [m.score for m in match_name(index, "Human Rights House", threshold=0.0)]
    assert scores == sorted(scores, reverse=True)
    assert all(m.score >= 0.5 for m in match_name(index, "Фонд", threshold=0.5))


def test_match_names_scores_identical_names_once(index: MatchIndex) -> None:
    queries = ["Bellingcat", "Ford Foundation", "Bellingcat", "Открытой России"]
    results = match_names(index, queries)
    assert [len(r) for r in results] == [2, 0, 2, 1]
    assert results[0] is results[2]


def test_empty_register() -> None:
    empty = build_match_index([])
    assert match_name(empty, "Bellingcat") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Smith Trust", "ru-undesirable-865-r-2024-07-10"),
        ("Центром Вильсона", "ru-undesirable-1594-r-2022-11-25"),
        ("Фондом Клуни", "ru-undesirable-1069-r-2024-08-27"),
        ("Фонде Маршалла", "ru-undesirable-335-r-2018-03-21"),
    ],
)
def test_a_surname_with_the_head_word_is_a_strong_short_form(query: str, expected: str) -> None:
    found = match_name(_bundled_index(), query)
    assert found and found[0].organization.id == expected and found[0].score >= STRONG_THRESHOLD, found[:1]


@pytest.mark.parametrize("query", ["Wilson Group", "Harvard Institute", "Kennedy Center", "Клуня"])
def test_a_surname_with_another_head_word_is_no_short_form(query: str) -> None:
    assert all(m.score < POSSIBLE_THRESHOLD for m in match_name(_bundled_index(), query, threshold=0.0))


def test_entries_sharing_a_name_say_what_tells_them_apart_or_that_nothing_does() -> None:
    twins = [
        Organization("a", None, "Twin Foundation", aliases=("Stichting Twin Foundation",), country_code="NL"),
        Organization("b", None, "Twin Foundation", aliases=("Twin Foundation Ltd",), country_code="GB"),
        Organization("c", None, "Echo Society"),
        Organization("d", None, "Echo Society"),
    ]
    index = build_match_index(twins)
    apart = {m.organization.id: render_reason(m.reasons[-1], "ru") for m in match_name(index, "Twin Foundation")}
    assert apart == {"a": "эта запись: Нидерланды, форма Stichting", "b": "эта запись: Великобритания, форма Ltd"}
    echo = match_name(index, "Echo Society")
    assert [m.explanation[-1] for m in echo] == ["the register records nothing that tells these entries apart"] * 2


@functools.cache
def _bundled_index() -> MatchIndex:
    from undesirable.registry.bundled import load_bundled_organizations

    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "expected", "left_aside"),
    [
        ("интернет-издание «Медуза»", "ru-undesirable-138-r-2023-02-07", "интернет-издание"),
        ("«Фонд Сороса» Джорджа Сороса", "ru-undesirable-1778-r-2015-12-01", "Джорджа Сороса"),
        ("Фонд Сороса (Open Society Foundations)", "ru-undesirable-1778-r-2015-12-01", None),
    ],
)
def test_a_name_in_quotes_or_brackets_is_screened_alone(
    index: MatchIndex, query: str, expected: str, left_aside: str | None
) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected
    assert found[0].score >= POSSIBLE_THRESHOLD
    if left_aside is not None:
        assert found[0].reasons[0].code == "query_part"
        assert found[0].reasons[0].values["words"] == left_aside
        assert found[0].score < 1.0  # words were left aside: never exact


def test_words_in_quotes_that_name_nothing_find_nothing(index: MatchIndex) -> None:
    assert match_name(index, "журнал «Новое время»") == []
    assert match_name(index, "ООО «Рога и копыта» (Москва)") == []


def test_a_letter_spaced_query_keeps_its_word_gaps(index: MatchIndex) -> None:
    found = match_name(index, "О т к р ы т а я   Р о с с и я")
    assert found and found[0].score >= STRONG_THRESHOLD
    assert "letter-spaced word joined" in found[0].explanation


def test_a_short_form_heard_by_ear_is_a_short_form() -> None:
    index = _bundled_index()
    found = match_name(index, "Юрэйжн Харм Редакшн")  # Eurasian Harm Reduction [Association]
    assert found and found[0].organization.id == "ru-undesirable-2025-07-02-eurasian-harm-reduction-association"
    assert STRONG_THRESHOLD <= found[0].score < 1.0
    assert [r.code for r in found[0].reasons][:2] == ["short_form", "phonetic_transcription"]
    assert all(m.score < POSSIBLE_THRESHOLD for m in match_name(index, "Карнеги Меллон", threshold=0.0))


@pytest.mark.parametrize(
    ("query", "written"),
    [("Kulturus o.s.", "o.s."), ("Kulturus, občanské sdružení", "občanské sdružení"), ("Kulturus o.z.", "o.z.")],
)
def test_older_czech_and_slovak_association_forms_are_legal_forms(query: str, written: str) -> None:
    # the register writes today's z.s.; the o.s. of before 2014 (Slovak o.z.) is still in files
    found = match_name(build_match_index([Organization("k", "Культурус", "Kulturus, z. s.")]), query)
    assert found and found[0].score >= STRONG_THRESHOLD and f"legal form ignored: {written}" in found[0].explanation
    assert any(r.values.get("form") == "o.s." for r in found[0].reasons if r.code == "legal_form_ignored")


def test_a_quoted_name_with_only_a_legal_form_outside_answers_as_if_its_part_were_screened() -> None:
    """A part that compares the same words as the whole query is not screened again (it could
    add nothing); the answer is the one the whole and the part screened together give."""
    from undesirable.matching.match import _match_tokens
    from undesirable.matching.parts import QUERY_PART_FACTOR, merge_part_matches, query_parts
    from undesirable.matching.query import query_tokens

    index = _bundled_index()
    names = [n for org in index.organizations[::9] for n in org.all_names()[:2]]
    names += [a for org in index.organizations for a in org.acronyms][:20]
    checked = 0
    for name in names:
        for query in (f"ООО «{name}»", f"«{name.upper()}» Ltd", f"АО «{name}»"):
            tokens = query_tokens(index, query)
            whole = _match_tokens(index, tokens, POSSIBLE_THRESHOLD, 10)
            outer = frozenset(t.legal_form for t in tokens.tokens if t.legal_form)
            part_threshold = POSSIBLE_THRESHOLD / QUERY_PART_FACTOR
            parts = [
                (rest, _match_tokens(index, query_tokens(index, part), part_threshold, 10, outer))
                for part, rest in query_parts(query)
            ]
            expected = merge_part_matches(whole, parts, 10)
            assert match_name(index, query) == expected, query
            checked += bool(expected)
    assert checked > 60  # most of these name an organization
