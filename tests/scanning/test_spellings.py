"""Names written otherwise in a text: a misspelled word of a Latin name, a Russian name in Latin
letters, a name heard by ear in quotes or as one hyphenated word, English word orders."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

ORGS = (
    Organization("ru-undesirable-2030-01-01-open-harbour-trust", None, "Open Harbour Observatory Trust"),
    Organization("ru-undesirable-2030-01-02-fond-zemlya", "Фонд «Чистая земля»", "Clean Land Foundation"),
    Organization("ru-undesirable-2030-01-03-dom-tvorchestva", "Дом творчества Ангары", None),
    Organization("ru-undesirable-2030-01-04-wexberg-stiftung", None, "Hanns-Wexberg-Stiftung"),
    Organization("ru-undesirable-2030-01-05-press-house-dushanbe", None, "Free Press House Dushanbe"),
    Organization("ru-undesirable-2030-01-06-hill-view", None, "Hill View"),
    Organization("ru-undesirable-2030-01-07-north-wave", None, "Nord Welle"),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.organization.id[15:], m.kind) for m in scan_text(index, text)]


def test_one_misspelled_word_of_a_latin_name(index: ScanIndex) -> None:
    hits = found(index, "A report by the Open Harbour Observatoty Trust was cited.")
    assert hits == [("Open Harbour Observatoty Trust", "2030-01-01-open-harbour-trust", "spelling")]
    mention = scan_text(index, "the Open Harbour Observatoty Trust")[0]
    assert mention.reasons[0].code == "spelling_close"


@pytest.mark.parametrize(
    "text",
    [
        "A report by the Open Harbour Observation Trust.",  # three letters differ
        "The Open Harbour Conservatory Trust met.",  # another word
        "The Open Harbour Oboe Trust played.",  # a word of its own, not a misspelling
    ],
)
def test_other_words_are_no_misspelling(index: ScanIndex, text: str) -> None:
    assert found(index, text) == []


def test_a_russian_name_in_latin_letters_in_any_case(index: ScanIndex) -> None:
    assert found(index, "Volunteers of Dom tvorchestva Angary met in Irkutsk.") == [
        ("Dom tvorchestva Angary", "2030-01-03-dom-tvorchestva", "translit")
    ]
    assert [h[1] for h in found(index, "grants of the fond Chistaya zemlya")] == ["2030-01-02-fond-zemlya"]
    assert [h[2] for h in found(index, "a grant from Chistoi Zemli")] == ["translit"]


def test_one_latin_word_alone_is_no_russian_name(index: ScanIndex) -> None:
    assert found(index, "The Dom is closed; zemlya means land.") == []


def test_a_foreign_head_word_is_also_written_in_english(index: ScanIndex) -> None:
    assert [h[1] for h in found(index, "The Wexberg Foundation funded it.")] == ["2030-01-04-wexberg-stiftung"]
    assert [h[1] for h in found(index, "the Hanns Wexberg Foundation")] == ["2030-01-04-wexberg-stiftung"]


def test_a_place_at_the_end_of_a_name_may_come_first(index: ScanIndex) -> None:
    assert [h[1] for h in found(index, "The Dushanbe Free Press House was raided.")] == [
        "2030-01-05-press-house-dushanbe"
    ]


def test_a_name_heard_by_ear_in_quotes_or_hyphenated(index: ScanIndex) -> None:
    assert found(index, "Эфир «Норд Велле» прервали.") == [("Норд Велле", "2030-01-07-north-wave", "phonetic")]
    assert [h[1] for h in found(index, "Аналитики Хилл-Вью пишут")] == ["2030-01-06-hill-view"]
    assert found(index, "Норд Велле без кавычек") == []  # short sounds need the quotes or the hyphen
    assert found(index, "Из Нью-Йорка в «Новую газету»") == []


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Yesterday the Free Russia Foudation held a meeting.", "Free Russia Foudation", "814-r"),
        ("A paper of the Hudon Institute was cited.", "Hudon Institute", "1282-r"),
    ],
)
def test_a_misspelled_word_beside_words_of_a_short_sound(
    scan_index: ScanIndex, text: str, surface: str, org: str
) -> None:
    hits = [(m.text, m.organization.id[15:], m.kind) for m in scan_text(scan_index, text)]
    assert [(t, i[: len(org)], k) for t, i, k in hits] == [(surface, org, "spelling")]
