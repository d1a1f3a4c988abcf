"""Short names a text writes for an entry, and the words that tell it is the entry: two-letter
acronyms beside a word of the entry's trade."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.lists import load_scan_lists


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id) for m in scan_text(index, text)]


def ids(index: ScanIndex, text: str) -> set[str]:
    return {m.organization.id for m in scan_text(index, text)}


def test_kind_cues_are_the_categorys_own_groups() -> None:
    lists = load_scan_lists()
    assert "корреспондент" in lists.kind_cues_for("media")
    assert "фонд" in lists.cues_for("media") and "фонд" not in lists.kind_cues_for("media")
    assert "students" in lists.kind_cues_for("education")
    assert lists.kind_cues_for("human_rights") == frozenset()


@pytest.fixture(scope="module")
def two_letter_index() -> ScanIndex:
    """Entries added tomorrow: an outlet, a school and a rights group known by two capitals."""
    return build_scan_index(
        [
            Organization("outlet", "Радио Утренняя звезда", "Radio Morning Star", acronyms=("MS",), category="media"),
            Organization(
                "school", "Колледж Северного моря", "North Sea College", acronyms=("NS",), category="education"
            ),
            Organization("rights", "Комитет за права", "Rights Committee", acronyms=("RC",), category="human_rights"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("Корреспондент MS побывал в Херсоне.", "outlet"),
        ("Как сообщил журналист MS, обстрел длился час.", "outlet"),
        ("The MS newsroom confirmed the report.", "outlet"),
        ("Two hundred NS students protested on Monday.", "school"),
        ("Professors at NS signed the letter.", "school"),
    ],
)
def test_a_two_letter_acronym_beside_a_word_of_its_trade_is_a_mention(
    two_letter_index: ScanIndex, text: str, org_id: str
) -> None:
    assert ids(two_letter_index, text) == {org_id}


@pytest.mark.parametrize(
    "text",
    [
        "MS побывал в Херсоне.",  # no cue
        "The MS foundation paid for it.",  # a cue every organization has, not the outlet's trade
        "Students of MS build a stage.",  # another trade's word
        "The RC group met on Monday.",  # a rights group has no trade words of its own
        "Корреспондент NS побывал в Херсоне.",
    ],
)
def test_a_two_letter_acronym_without_a_word_of_its_trade_is_not(two_letter_index: ScanIndex, text: str) -> None:
    assert ids(two_letter_index, text) == set()


def test_the_registers_two_letter_acronyms_need_their_trade(scan_index: ScanIndex) -> None:
    """Deutsche Welle's DW with a journalist; Amnesty's AI and Open Russia's OR alone are other things."""
    assert "ru-undesirable-2025-12-15-deutsche-welle" in ids(scan_index, "Журналисты DW сняли репортаж в Харькове.")
    assert ids(scan_index, "The AI group released a new model.") == set()
    assert ids(scan_index, "Use OR in the search box, or AND.") == set()
    assert ids(scan_index, "DW Stadium hosted the match.") == set()


@pytest.fixture(scope="module")
def waldorf_index() -> ScanIndex:
    """Entries added tomorrow: four share the word Waldorf, one of them is a commission."""
    return build_scan_index(
        [
            Organization("commission", "Вальдорфская комиссия США", "U.S. Waldorf Commission", country_code="US"),
            Organization("norway", "Норвежский Вальдорфский комитет", "Norwegian Waldorf Committee", country_code="NO"),
            Organization("netherlands", "Нидерландский Вальдорфский комитет", "Netherlands Waldorf Committee"),
            Organization("fund", "Вальдорфский фонд по правам человека", "Waldorf Foundation for Human Rights"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Вальдорфская комиссия Конгресса провела слушания.",
        "Доклад Вальдорфской комиссии вышел вчера.",
        "Слушания перед Вальдорфской комиссией прошли.",
        "The Waldorf Commission held a hearing on Tuesday.",
    ],
)
def test_a_run_of_shared_words_one_entry_alone_has_names_it(waldorf_index: ScanIndex, text: str) -> None:
    """«Вальдорфская» is in four entries' names (no distinctive word alone), «Вальдорфская комиссия» in one."""
    assert ids(waldorf_index, text) == {"commission"}


@pytest.mark.parametrize(
    "text",
    [
        "Вальдорфский салат подали холодным.",  # the shared word alone
        "The Waldorf Foundation Award went to a lawyer.",  # the shared word and a generic head only
    ],
)
def test_shared_words_alone_or_with_a_generic_head_name_no_entry(waldorf_index: ScanIndex, text: str) -> None:
    assert ids(waldorf_index, text) == set()


def test_an_adjective_made_from_a_latin_proper_name_is_proper() -> None:
    from undesirable.names.proper_words import classify_proper_words

    assert classify_proper_words(["Вальдорфская комиссия США", "U.S. Waldorf Commission"]).get("вальдорфская") == (
        "distinctive"
    )
    # made from a place Russian has a word for: an ordinary adjective
    assert "кавказский" not in classify_proper_words(["Кавказский фонд", "Kafkas Vakfi"])


@pytest.mark.parametrize(
    ("text", "org_id"),
    [
        ("Students at Bard occupied the library.", "ru-undesirable-693-r-2021-06-30"),
        ("Выпускники Стэнфорда основали стартап.", "ru-undesirable-2026-04-07-leland-stanford-junior-university"),
        ("Она поступила в Стэнфорд в 2010 году.", "ru-undesirable-2026-04-07-leland-stanford-junior-university"),
    ],
)
def test_a_schools_short_name_beside_a_study_word_is_a_mention(scan_index: ScanIndex, text: str, org_id: str) -> None:
    assert org_id in ids(scan_index, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bard wrote sonnets.",  # no study word
        "Students at Davis marched to the capitol.",  # the Davis Center is no school
        "Кавказ встретил нас дождём.",  # «Кавказский фонд»: the region, not a name made from a name
    ],
)
def test_a_short_name_without_its_trade_is_no_mention(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


@pytest.fixture(scope="module")
def school_index() -> ScanIndex:
    """An entry added tomorrow: a school whose Russian name is an adjective made from its name."""
    return build_scan_index([Organization("school", "Огденский университет", "Ogden University", category="education")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выпускник Огдена, он вернулся в Пермь.", {"school"}),
        ("Он учился в Огдене три года.", {"school"}),
        ("She graduated from Ogden in 2001.", {"school"}),
        ("A lecturer at Ogden wrote the report.", {"school"}),
        ("Огден написал письмо.", set()),
        ("Ogden said nothing.", set()),
    ],
)
def test_the_name_a_schools_adjective_is_made_from_needs_a_study_word(
    school_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(school_index, text) == expected


@pytest.fixture(scope="module")
def town_index() -> ScanIndex:
    """An entry added tomorrow whose distinctive word is also a town's name."""
    return build_scan_index([Organization("yorktown", "Йорктаунский фонд", "The Yorktown Foundation")])


@pytest.mark.parametrize(
    "text",
    [
        "Yorktown, Virginia, hosted the reenactment.",
        "Yorktown, New York, lies on the Hudson.",
        "Yorktown, Germany, is a name nobody uses.",
        "Flooding hit the city of Yorktown on Monday.",
    ],
)
def test_one_word_of_a_longer_name_written_as_a_place_is_the_place(town_index: ScanIndex, text: str) -> None:
    assert ids(town_index, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at Yorktown said the sanctions failed.",
        "Yorktown, a Washington think tank, published the paper.",
        "The Yorktown Foundation, Virginia's oldest think tank, said so.",
    ],
)
def test_one_word_of_a_longer_name_otherwise_is_the_organization(town_index: ScanIndex, text: str) -> None:
    assert ids(town_index, text) == {"yorktown"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Джеймстаун, Вирджиния, основан в 1607 году.", set()),
        ("Поселенцы основали город Джеймстаун на реке.", set()),
        ("Аналитики Джеймстауна пишут о Кавказе.", {"ru-undesirable-400-r-2020-04-09"}),
        (
            "Хельсинкская комиссия, США, выпустила доклад.",
            {"ru-undesirable-2025-01-17-commission-on-security-and-cooperation-in-europe"},
        ),
    ],
)
def test_the_registers_short_forms_written_as_places(scan_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert ids(scan_index, text) == expected


def test_regions_are_every_countrys_first_level_regions() -> None:
    from undesirable.names.places import region_names

    names = region_names()
    assert {"virginia", "pennsylvania", "nordrhein-westfalen", "пенсильвания", "bayern"} <= names
    assert len(names) > 3000


@pytest.fixture(scope="module")
def family_index() -> ScanIndex:
    """Entries added tomorrow that share a name and tell themselves apart by a place."""
    return build_scan_index(
        [
            Organization("hamburg", "Свободный голос Гамбург", "Freie Stimme Hamburg e.V.", country_code="DE"),
            Organization("nrw", "Свободный голос Северный Рейн-Вестфалия", "Freie Stimme NRW e.V.", country_code="DE"),
            Organization(
                "ohio",
                "Общество Утренней звезды, Библии и трактатов Огайо",
                "Morning Star Bible and Tract Society of Ohio",
                country_code="US",
            ),
            Organization(
                "bavaria", "Общество Утренней звезды, Библии и трактатов Свидетелей Баварии", None, country_code="DE"
            ),
            Organization("antiwar-berlin", "Антивоенное движение Берлина", "Anti-War Movement Berlin"),
            Organization("antiwar-nrw", "Антивоенное движение Северного Рейна", "Anti-War Movement NRW"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verein Freie Stimme lädt zu einer Lesung ein.", {"hamburg", "nrw"}),
        ("Members of Freie Stimme marched on Saturday.", {"hamburg", "nrw"}),
        ("Pamphlets of the Morning Star Society were seized in Omsk.", {"ohio", "bavaria"}),
        ("The Morning Star Bible and Tract Society printed them.", {"ohio", "bavaria"}),
        ("Изъяты брошюры Общества Утренней звезды, Библии и трактатов.", {"ohio", "bavaria"}),
        ("Freie Stimme Hamburg e.V. lädt ein.", {"hamburg"}),  # the whole name: one entry
    ],
)
def test_a_name_entries_share_without_their_place_names_each(
    family_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(family_index, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Антивоенное движение вышло на улицы.",  # a kind of organization, not a name
        "The morning star rose over the hills.",
        "Ohio voted on Tuesday.",
    ],
)
def test_a_kind_of_organization_without_its_place_names_no_entry(family_index: ScanIndex, text: str) -> None:
    assert ids(family_index, text) == set()


def test_a_kind_word_before_a_name_makes_no_longer_name(scan_index: ScanIndex) -> None:
    """German writes every noun with a capital: «Verein», «Stiftung» before a name say its kind."""
    assert "ru-undesirable-94-r-2024-01-26" in ids(scan_index, "Die Stiftung Freies Russland Berlin hilft.")
