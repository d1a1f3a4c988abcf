"""A short form several entries share names each of them: a Russian run of a proper name's adjective
and a kind word («Вальдорфский комитет»), a short form written with two words glued ("the Morningstar
Society"), and a Russian name the register gives to one of two entries named alike in sibling
languages. Invented entries and other register entries."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import ids
from undesirable.model import Organization
from undesirable.scanning import ScanIndex
from undesirable.scanning.cognates import is_cognate_name

INVENTED = (
    Organization("commission", "Вальдорфская комиссия США", "U.S. Waldorf Commission", country_code="US"),
    Organization("norway", "Норвежский Вальдорфский комитет", "Norwegian Waldorf Committee", country_code="NO"),
    Organization(
        "netherlands", "Нидерландский Вальдорфский комитет", "Netherlands Waldorf Committee", country_code="NL"
    ),
    Organization("fund", "Вальдорфский фонд по правам человека", "Waldorf Foundation for Human Rights"),
    Organization(
        "ohio", "Общество Утренней звезды, Библии и трактатов Огайо", "Morning Star Bible and Tract Society of Ohio"
    ),
    Organization("bavaria", "Общество Утренней звезды, Библии и трактатов Свидетелей Баварии", None),
    Organization("lisbon", "Ассоциация свободных поляков", "Associação de Polacos Livres", country_code="PT"),
    Organization("madrid", None, "La Asociación de Polacos Libres", country_code="ES"),
    Organization("friends", None, "Asociación de Amigos Libres", country_code="ES"),
    Organization("oak", None, "Oak Tree Foundation"),
    Organization("oat", "Фонд Овсяное дерево", "Oat Tree Foundation"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Доклад Вальдорфского комитета о пытках перевели.", {"norway", "netherlands"}),
        ("Вальдорфскому комитету отказали в регистрации.", {"norway", "netherlands"}),
        ("Юристы Вальдорфского фонда в Варшаве помогают беженцам.", {"fund"}),
        ("Доклад Вальдорфской комиссии вышел вчера.", {"commission"}),  # a run of one entry, as before
        ("Доклад Норвежского Вальдорфского комитета вышел.", {"norway"}),  # the whole name
    ],
)
def test_a_run_of_a_proper_adjective_and_a_kind_word_names_every_entry_holding_it(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Доклад Болгарского Вальдорфского комитета вышел.",  # another country's namesake
        "Вальдорфский фонд помощи беженцам открылся.",  # another, longer name
        "Учителя из вальдорфского комитета родителей пришли.",  # not written as a name
        "The Waldorf Foundation Award went to a lawyer.",  # English: a noun that may qualify another
        "Вальдорфский салат подали холодным.",  # the shared word alone
    ],
)
def test_a_kind_run_not_written_as_the_name_names_no_entry(invented_index: ScanIndex, text: str) -> None:
    assert ids(invented_index, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Национальный фонд выделил грант.",  # an ordinary adjective and a kind word
        "Международный институт объявил набор.",
        "Доклад Национального комитета вышел.",
    ],
)
def test_ordinary_leading_parts_stay_no_mention(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


def test_the_registers_helsinki_committees_share_their_kind_run(scan_index: ScanIndex) -> None:
    found = ids(scan_index, "Правозащитники Хельсинкскому комитету направили письмо.")
    assert found == {
        "ru-undesirable-2025-07-11-norwegian-helsinki-committee",
        "ru-undesirable-2025-08-18-netherlands-helsinki-committee",
    }
    # the run only one entry holds names that entry alone
    commission = "ru-undesirable-2025-01-17-commission-on-security-and-cooperation-in-europe"
    assert ids(scan_index, "Слушания в Хельсинкской комиссии прошли.") == {commission}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pamphlets of the Morningstar Society were seized in Omsk.", {"ohio", "bavaria"}),
        ("The MorningStar Bible and Tract Society printed them.", {"ohio", "bavaria"}),
        ("The morningstar rose over the hills.", set()),  # one glued word is no name
    ],
)
def test_a_shared_short_form_written_with_two_words_glued(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Ассоциации свободных поляков рассказали о помощи.", {"lisbon", "madrid"}),
        ("Ассоциация свободных поляков открыла офис в Испании.", {"lisbon", "madrid"}),  # its own country
        ("Ассоциация свободных поляков в Испании открыла офис.", {"madrid"}),  # the country beside the name tells
        ("Активистов Ассоциации свободных поляков позвали на митинг в Бразилии.", {"lisbon"}),  # placed elsewhere
        ("La Asociación de Polacos Libres abrió una oficina.", {"madrid"}),
        ("Фонд Овсяное дерево объявил конкурс.", {"oat"}),  # Oak Tree is not Oat Tree
    ],
)
def test_a_russian_name_of_one_sibling_language_entry_names_both(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("asociacion", "de", "polacos", "libres"), ("associacao", "de", "polacos", "livres"), True),
        (("asociacion", "de", "amigos", "libres"), ("associacao", "de", "polacos", "livres"), False),
        (
            ("oak", "tree", "foundation"),
            ("oat", "tree", "foundation"),
            False,
        ),  # oak and oat: too unlike for words so short
        (("freies", "russland", "berlin"), ("freies", "russland", "bremen"), False),
        (("polacos", "libres"), ("polacos", "livres"), False),  # too short to be sure
        (("asociacion", "polacos", "libres"), ("associacao", "de", "polacos"), False),
    ],
)
def test_cognate_names(first: tuple[str, ...], second: tuple[str, ...], expected: bool) -> None:
    assert is_cognate_name(first, second) is expected
