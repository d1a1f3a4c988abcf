"""Classes of the fifteenth held-out round's scanner misses, tested with invented names and other
register entries: stress marks that set a name apart from its sentence; a listed Latin acronym said
as a word and written by ear («Ноуда» for NODA); a Russian name in the English order («Барс
колледж») written in the Russian order, its kind word first; an English name's ordinary leading
words alone, as a run of Latin words in a Russian text ("Silver Lake" for Silver Lake Foundation)."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import found
from undesirable.model import Organization
from undesirable.names.spoken import case_forms, is_pronounceable, spoken_forms
from undesirable.scanning import ScanIndex
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.apposed import apposed_order
from undesirable.scanning.latin_leads import leading_words
from undesirable.scanning.stress import read_stress_marks, sets_apart
from undesirable.scanning.text import join_soft_hyphens

INVENTED = (
    Organization("ru-undesirable-2030-10-01-union", "Северный союз", "Northern Union", country_code="NO"),
    Organization("ru-undesirable-2030-10-02-bars", "Барс колледж", "Bars College", country_code="US"),
    Organization("ru-undesirable-2030-10-03-kestrel", "Кестрел фонд", "Kestrel Foundation", country_code="GB"),
    Organization("ru-undesirable-2030-10-04-noda", None, "Northern Development Agency", acronyms=("NODA",)),
    Organization("ru-undesirable-2030-10-05-rusa", None, "Regional Union of Seed Archives", acronyms=("RUSA",)),
    Organization(
        "ru-undesirable-2030-10-06-land", None, "League of Archivists in Northern Districts", acronyms=("LAND",)
    ),
    Organization("ru-undesirable-2030-10-07-csis", None, "Council of Soil and Irrigation Studies", acronyms=("CSIS",)),
    Organization("ru-undesirable-2030-10-08-silver", None, "Silver Lake Foundation"),
    Organization(
        "ru-undesirable-2030-10-09-councils", None, "Northern Councils for Rural Schools", category="education"
    ),
    Organization("ru-undesirable-2030-10-10-river", None, "Blue River Fund"),
    Organization("ru-undesirable-2030-10-11-institute", None, "Blue River Institute"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Се́верный сою́з открыл в Осло выставку.", [("Се́верный сою́з", "2030-10-01-union")]),
        ("Вчера Се́верный сою́з провёл заседание.", [("Се́верный сою́з", "2030-10-01-union")]),
        ("Северный союз открыл в Осло выставку.", []),  # a sentence's capital, no mark
        ("Се́верный союз открыл в Осло выставку.", []),  # one word marked: a homograph told apart
        ("Се́верный сою́з прово́дит заседа́ние.", []),  # every word marked: a reader's text
        ("Се́верный сою́з. Город был́ тих.", [("Се́верный сою́з", "2030-10-01-union")]),  # another sentence's mark
    ],
)
def test_stress_marks_on_the_name_alone_set_it_apart(
    invented_index: ScanIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(invented_index, text) == expected


def test_the_marked_words_are_found_in_the_prepared_text() -> None:
    original = "Се́верный сою́з и мы"
    prepared, offsets = join_soft_hyphens(original)
    stress = read_stress_marks(original, prepared, offsets)
    assert stress is not None and stress.marked == {0, 9}
    assert sets_apart(stress, 0, 13) and not sets_apart(stress, 0, 8)
    assert read_stress_marks("Северный союз", "Северный союз", offsets) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Колледж Барс открыл набор на осень.", [("Колледж Барс", "2030-10-02-bars")]),
        ("Она училась в колледже Барс два года.", [("колледже Барс", "2030-10-02-bars")]),
        ("О Колледже Барс писали газеты.", [("Колледже Барс", "2030-10-02-bars")]),
        ("Грант дал Фонд Кестрел.", [("Фонд Кестрел", "2030-10-03-kestrel")]),
        ("Грант получил фонду Кестрел.", [("фонду Кестрел", "2030-10-03-kestrel")]),
        ("В колледже барсов не учат.", []),  # the ordinary word, inflected in lower case
        ("Колледж барс не примет.", []),  # not capitalized
        ("Выпускники Колледжа Барса приехали.", []),  # inflected: a word of the phrase
        ("Он окончил колледж. Барс спал в вольере.", []),  # another sentence
    ],
)
def test_a_kind_word_and_the_proper_word_in_apposition(
    invented_index: ScanIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(invented_index, text) == expected


def _spec(*words: str) -> AliasSpec:
    return AliasSpec(" ".join(words).capitalize(), words, tuple(frozenset() for _ in words[1:]))


@pytest.mark.parametrize(
    ("spec", "names", "expected"),
    [
        (_spec("барс", "колледж"), ("Bars College",), ("колледж", "барс")),
        (_spec("барс", "колледж"), ("Snow Leopard College",), None),  # not the Latin word heard
        (_spec("вот", "фонд"), ("WOT Foundation",), None),  # too short a sound
        (_spec("барс", "интернешнл"), ("Bars International",), None),  # no Russian kind word
        (_spec("северный", "колледж"), ("Severny College",), None),  # an adjective, not a proper word
        (_spec("колледж", "барс"), ("Bars College",), None),  # already in the Russian order
    ],
)
def test_which_names_have_the_russian_order(
    spec: AliasSpec, names: tuple[str, ...], expected: tuple[str, ...] | None
) -> None:
    found_order = apposed_order(spec, names)
    assert (found_order.words if found_order else None) == expected


@pytest.mark.parametrize(
    ("acronym", "forms"),
    [
        ("NODA", ("нода", "ноуда")),  # o in an open syllable: short or long
        ("CEPA", ("сепа", "сипа")),  # c softened before e
        ("GAMO", ("гамо", "геймо", "гемо")),
        ("CSIS", ()),  # two consonants before the first vowel
        ("IAIS", ()),  # three vowels together
        ("NED", ()),  # too short to be read as a word here
    ],
)
def test_the_spoken_forms_of_an_acronym(acronym: str, forms: tuple[str, ...]) -> None:
    assert spoken_forms(acronym) == forms


def test_pronounceable_acronyms_and_case_forms() -> None:
    assert [is_pronounceable(a) for a in ("ENEMO", "PERC", "IWMF", "HRW")] == [True, True, False, False]
    assert case_forms("ноуда") == ("ноуда", "ноуды", "ноуди", "ноуде", "ноуду", "ноудой", "ноудою")
    assert case_forms("перк") == ("перк", "перка", "перку", "перком", "перке")
    assert case_forms("нато") == ("нато",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Проекты «Ноуды» в Африке касались дорог.", [("Ноуды", "2030-10-04-noda")]),
        ("Ноуда открыла офис в Найроби.", [("Ноуда", "2030-10-04-noda")]),  # no Russian word
        ("Организация «Нода» открыла офис.", [("Нода", "2030-10-04-noda")]),  # a short writing with a cue
        ("Её звали Нода, она жила в Осаке.", []),  # a short writing alone: a person's name as often
        ("Отчёт Ноудэ передали в министерство.", [("Ноудэ", "2030-10-04-noda")]),
        ("Стол из ноуды стоял у окна.", []),  # not capitalized
        ("Раса и язык были темой лекции.", []),  # a Russian word: a name only with a cue
        ("Вчера Ланда приехал в Москву.", []),  # LAND is an English word: «Ланд», a surname
        ("Сисис ответил не сразу.", []),  # CSIS cannot be said as a word
    ],
)
def test_an_acronym_said_as_a_word(invented_index: ScanIndex, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(invented_index, text) == expected


@pytest.mark.parametrize(
    ("name", "leads"),
    [
        ("Silver Lake Foundation", [("silver", "lake")]),  # the rest a kind word
        ("The Silver Lake Foundation Inc.", [("silver", "lake")]),  # and a legal form
        ("Northern Councils for Rural Schools", [("northern", "councils")]),  # the rest a complement
        ("Silver Lake House Foundation", [("silver", "lake", "house")]),  # not without House
        ("Friends of Silver Lake", []),  # a function word among the leading words
        ("International Center for Silver Lakes", []),  # kind words only: no one organization
        ("Фонд Серебряное озеро", []),  # not Latin
    ],
)
def test_the_leading_words_a_name_may_stand_for(name: str, leads: list[tuple[str, ...]]) -> None:
    assert leading_words(name) == leads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Грант выделил фонд Silver Lake в прошлом году.", [("Silver Lake", "2030-10-08-silver")]),
        ("Учения Silver Lake прошли спокойно.", []),  # no cue word: a Latin run may name anything
        (
            "Студенты программ Northern Councils ездили в Мэн.",
            [("Northern Councils", "2030-10-09-councils")],
        ),
        ("Silver Lake funded a course for teachers.", []),  # English text: any lake
        ("Отель Silver Lake Resort закрылся на ремонт.", []),  # a longer run: another name
        ("Отдыхали на озере silver lake все лето.", []),  # not capitalized
        ("Сотрудники Blue River рассказали о проекте.", []),  # two entries start with it
    ],
)
def test_leading_words_alone_in_a_russian_text(
    invented_index: ScanIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(invented_index, text) == expected
