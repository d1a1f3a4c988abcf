"""Names as texts write them otherwise: glued words apart, short forms that need their noun."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

ORGS = (
    Organization("ru-undesirable-2030-02-01-sea-watchers", None, "SeaWatchers Trust"),
    Organization("ru-undesirable-2030-02-02-les-sos", "ЛесSOS", "LesSOS"),
    Organization("ru-undesirable-2030-02-03-help2kids", None, "Help2kids"),
    Organization("ru-undesirable-2030-02-04-historians", "Германо-Польская ассоциация историков", None),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id[15:]) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Volunteers of the Sea Watchers Trust rescued them.", "Sea Watchers Trust", "2030-02-01-sea-watchers"),
        ("Волонтёры «Лес SOS» тушили пожар.", "Лес SOS", "2030-02-02-les-sos"),
        ("Волонтёры группы Лес-SOS тушили пожар.", "Лес-SOS", "2030-02-02-les-sos"),
        ("The charity Help 2 Kids sent parcels.", "Help 2 Kids", "2030-02-03-help2kids"),
    ],
)
def test_a_glued_name_written_apart(index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert found(index, text) == [(surface, org)]


def test_a_russian_short_form_needs_the_noun_of_its_adjectives(index: ScanIndex) -> None:
    assert found(index, "Германо-польская торговая палата провела форум.") == []
    assert found(index, "Доклад Германо-польской ассоциации историков вышел.") == [
        ("Германо-польской ассоциации историков", "2030-02-04-historians")
    ]


ORDERS = (
    Organization("ru-undesirable-2030-04-01-coastal-renewal", None, "Foundation for Coastal Renewal"),
    Organization("ru-undesirable-2030-04-02-baltic-nordic", None, "Baltic Nordic Congress"),
    Organization("ru-undesirable-2030-04-03-silver-lake", None, "Silver Lake Foundation Ltd"),
    Organization("ru-undesirable-2030-04-04-literacy", None, "Northern Endowment for Literacy"),
    Organization("ru-undesirable-2030-04-05-lakeland", None, "Lakeland Human Rights Committee"),
)


@pytest.fixture(scope="module")
def orders_index() -> ScanIndex:
    return build_scan_index(ORDERS)


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("A grant of the Coastal Renewal Foundation paid for it.", "Coastal Renewal Foundation", "coastal-renewal"),
        ("Delegates of the Nordic Baltic Congress met in Riga.", "Nordic Baltic Congress", "baltic-nordic"),
        ("She heads the Foundation Silver Lake in Oslo.", "Foundation Silver Lake", "silver-lake"),
        ("The Northern Literacy Endowment gave books.", "Northern Literacy Endowment", "literacy"),
        ("The Foundation of Silver Lake gave books.", "Foundation of Silver Lake", "silver-lake"),
        # a leading word moved after the head word and "of (the)"
        ("The Human Rights Committee of the Lakeland said so.", "Human Rights Committee of the Lakeland", "lakeland"),
    ],
)
def test_an_english_name_in_another_word_order(orders_index: ScanIndex, text: str, surface: str, org: str) -> None:
    mentions = scan_text(orders_index, text)
    assert [(m.text, m.organization.id[26:], m.kind) for m in mentions] == [(surface, org, "word_order")]
    assert mentions[0].reasons[0].code == "word_order"


@pytest.mark.parametrize(
    "text",
    [
        "A coastal renewal foundation would help the town.",  # not written as a name
        "The Coastal Renewal Foundation Trust is another charity.",  # part of a longer name
        "The East Coastal Renewal Foundation is another charity.",
        "The Coastal Renewal Foundation of Maine is another charity.",
        "Renewal of the Coastal Foundation took years.",  # an article inside
        "Renewal of Coastal Foundation took years.",  # a function word after no head word
        "The Coastal Foundation Renewal began.",  # the head word neither first nor last
        "The Human Rights Committee of Lakeland Shores said so.",  # a longer name
    ],
)
def test_words_of_a_name_in_another_order_but_no_name(orders_index: ScanIndex, text: str) -> None:
    assert scan_text(orders_index, text) == []


def test_the_name_in_its_own_order_is_a_plain_name(orders_index: ScanIndex) -> None:
    assert [m.kind for m in scan_text(orders_index, "The Baltic Nordic Congress met.")] == ["name"]


HEARD = (
    Organization("ru-undesirable-2030-05-01-erde", None, "Stiftung Erde, Wasser und Zukunft", country_code="DE"),
    Organization("ru-undesirable-2030-05-02-amis", None, "Amis-Solidarités", country_code="FR"),
    Organization("ru-undesirable-2030-05-03-voix", None, "Voix sans Murs", country_code="FR"),
    Organization("ru-undesirable-2030-05-04-erde-wasser", None, "Stiftung Erde und Wasser", country_code="DE"),
    Organization("ru-undesirable-2030-05-05-wolne-media", None, "Fundacja Wolne Media", country_code="PL"),
)


@pytest.fixture(scope="module")
def heard_index() -> ScanIndex:
    return build_scan_index(HEARD)


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        # German heard by ear: v is ф, z is ц, a comma and «унд» inside, the head word in Russian
        ("Немецкий фонд Эрде, Вассер унд Цукунфт помогал.", "Эрде, Вассер унд Цукунфт", "erde"),
        ("Немецкий фонд «Эрде, Вассер унд Цукунфт» помогал.", "Эрде, Вассер унд Цукунфт", "erde"),
        ("Штифтунг Эрде Вассер унд Цукунфт помогал.", "Штифтунг Эрде Вассер унд Цукунфт", "erde"),
        # French heard by ear: the final s is silent; a short word in lower case between
        ("Французская ассоциация Ами-Солидарите провела митинг.", "Ами-Солидарите", "amis"),
        ("Ассоциация «Вуа сан Мюр» провела митинг.", "Вуа сан Мюр", "voix"),
        # Polish heard by ear: c is ц
        ("Гранты выдала Фундация Вольне Медиа.", "Фундация Вольне Медиа", "wolne-media"),
    ],
)
def test_german_french_and_polish_names_heard_by_ear(heard_index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert [(m.text, m.organization.id[26:], m.kind) for m in scan_text(heard_index, text)] == [
        (surface, org, "phonetic")
    ]


def test_a_name_heard_without_its_head_word_needs_one_beside_it(heard_index: ScanIndex) -> None:
    # two ordinary words are no short form: without the head word they need one beside them
    assert [m.text for m in scan_text(heard_index, "Фонд Эрде унд Вассер помогал.")] == ["Эрде унд Вассер"]
    assert scan_text(heard_index, "Слова Эрде унд Вассер звучали со сцены.") == []
    # as written: its short form with the name's own comma, no sound match
    assert [m.kind for m in scan_text(heard_index, "Erde, Wasser und Zukunft Foundation")] == ["name"]


ONE_WORD = (
    Organization("ru-undesirable-2030-07-01-kestrelton", None, "The Kestrelton Foundation"),
    Organization("ru-undesirable-2030-07-02-brightwater", None, "Brightwaterline"),
    Organization("ru-undesirable-2030-07-03-brightmoor", None, "Brightmoor Harbour Institute for Maritime Studies"),
)


@pytest.fixture(scope="module")
def one_word_index() -> ScanIndex:
    return build_scan_index(ONE_WORD)


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("По данным Кестрелтона, потери выросли.", "Кестрелтона", "kestrelton"),  # a short form, genitive
        ("С Кестрелтоном работали аналитики.", "Кестрелтоном", "kestrelton"),  # instrumental
        ("Проект Брайтвотерлайн закрылся.", "Брайтвотерлайн", "brightwater"),  # a one-word name
        ("Эксперты Брайтмур Харбор Инститьют спорят.", "Брайтмур Харбор Инститьют", "brightmoor"),  # a short form
    ],
)
def test_a_one_word_latin_name_heard_by_ear_in_any_case(
    one_word_index: ScanIndex, text: str, surface: str, org: str
) -> None:
    assert [(m.text, m.organization.id[26:], m.kind) for m in scan_text(one_word_index, text)] == [
        (surface, org, "phonetic")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Мы приехали в Форт Кестрелтон вечером.",  # part of another name
        "кестрелтон написан со строчной буквы.",  # not written as a name
    ],
)
def test_a_one_word_name_heard_by_ear_must_be_written_as_a_name(one_word_index: ScanIndex, text: str) -> None:
    assert scan_text(one_word_index, text) == []


def test_a_name_in_its_own_order_with_other_function_words(orders_index: ScanIndex) -> None:
    mentions = scan_text(orders_index, "A grant of the Foundation of Coastal Renewal paid for it.")
    assert [(m.text, m.kind) for m in mentions] == [("Foundation of Coastal Renewal", "function_words")]
    assert mentions[0].reasons[0].code == "function_words_ignored"
    assert scan_text(orders_index, "The Northern of Literacy Endowment met.") == []  # "of" after no head word


def test_a_name_as_written_is_no_name_heard_by_ear(one_word_index: ScanIndex) -> None:
    mentions = scan_text(one_word_index, "The Brightmoor Harbour Institute published it.")
    assert [(m.text, m.kind) for m in mentions] == [("Brightmoor Harbour Institute", "name")]
