"""The leading words of a long Russian name that say what it is (names.leading_words) are a
mention when written as a name, in any case form, unless the text goes on with another name."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

ARCHIVE = "Хранилище свидетельств, собранных правозащитниками Европы"
ORGS = (
    Organization("ru-undesirable-2030-09-01-archive", ARCHIVE, None),
    Organization("ru-undesirable-2030-09-02-prague", "Пражский фонд открытых архивов", None),
    Organization("ru-undesirable-2030-09-03-rivers", "Экологический фонд защиты рек", None),
    Organization("ru-undesirable-2030-09-04-ministers", "Совет министров культуры Севера", None),
    Organization("ru-undesirable-2030-09-05-tromso", "Норвежский университет в Тромсё", None),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id[26:]) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Хранилище свидетельств опубликовало архив.", "Хранилище свидетельств", "archive"),  # a sentence's start
        ("Юристы передали документы в Хранилище свидетельств.", "Хранилище свидетельств", "archive"),
        ("Гранты Пражского фонда получили десять НКО.", "Пражского фонда", "prague"),
        ("Пражский фонд в Брно открыл офис.", "Пражский фонд", "prague"),  # a preposition the name has not
        ("Об этом сообщил «Пражский фонд».", "Пражский фонд", "prague"),
    ],
)
def test_a_telling_lead_is_a_mention(index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert found(index, text) == [(surface, org)]


@pytest.mark.parametrize(
    "text",
    [
        "Власти создали хранилище свидетельств для суда.",  # not written as a name
        "Пражский фонд развития выдал гранты.",  # another, longer name
        "Пражский фонд культурного наследия выдал гранты.",
        "Экологический фонд провёл акцию.",  # an ordinary adjective
        "Совет министров собрался в пятницу.",  # a kind word and an ordinary genitive
        "Норвежский университет в Бергене принял студентов.",  # the name says where it is
    ],
)
def test_no_lead_or_another_name(index: ScanIndex, text: str) -> None:
    assert found(index, text) == []


def test_the_name_written_whole_is_the_name(index: ScanIndex) -> None:
    mentions = scan_text(index, "Гранты Пражского фонда открытых архивов получили НКО.")
    assert [(m.text, m.kind) for m in mentions] == [("Пражского фонда открытых архивов", "name")]


def test_the_register_leads_in_a_text(scan_index: ScanIndex) -> None:
    text = "Эксперты Тихоокеанского центра и Пражский центр подписали меморандум."
    assert [m.organization.id for m in scan_text(scan_index, text)] == [
        "ru-undesirable-989-r-2018-08-28",
        "ru-undesirable-1282-r-2020-12-25",
    ]
