from __future__ import annotations

import pytest

from undesirable.names.lemma import lemmatize_token
from undesirable.names.normalize import analyze_word, name_key, normalize_name, normalize_name_noted, tokenize_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  «Heinrich-Böll-Stiftung» e.V. ", "heinrich böll stiftung ev"),
        ("Фонд «Открытое общество»", "фонд открытое общество"),
        ("Ёлка", "елка"),
        ("U.S. Russia Foundation", "us russia foundation"),
        ("Congress of People's Deputies", "congress of peoples deputies"),
        ("Pour l'Ukraine", "pour l ukraine"),
        ("Об'єднання", "обєднання"),
        ("RFE/RL", "rfe rl"),
        ("IRR&TV", "irr tv"),
        ("Transparеncy International", "transparency international"),  # Cyrillic е
        ("ＦＵＬＬ　ＷＩＤＴＨ", "full width"),
        ("tab\tand\nnew line", "tab and new line"),
        ("zero\u200bwidth", "zerowidth"),  # an invisible character inside a word hides nothing
        ("Мемо\u00adриал", "мемориал"),  # soft hyphen
        ("M e d u z a", "meduza"),  # letter-spaced
        ("М Е Д У З А проект", "медуза проект"),
        ("J. P. Morgan", "j p morgan"),  # two initials are no letter-spaced word
        ("Mедуза", "медуза"),  # a Latin M inside a Cyrillic word
        ("Гражда\u0301нский сове\u0301т", "гражданский совет"),  # stress marks
        ("Российскии\u0306", "российский"),
        ("İstanbul", "istanbul"),
        ("emoji 😀 here", "emoji here"),
        ("control\x00char", "control char"),
        ("", ""),
        ("«»!!!", ""),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "notes"),
    [
        ("Мед\u200bуза", ("invisible",)),
        ("M e d u z a", ("letter_spaced",)),
        ("Mедуза", ("mixed_script",)),
        ("Гражда\u0301нский сове\u0301т", ("combining_marks",)),  # stress marks
        ("Фонд «Свободная Россия\u0300»", ("combining_marks",)),
        ("Российскии\u0306", ()),  # и and a breve are й
        ("Fe\u0301de\u0301ration", ()),  # é
        ("İstanbul Vakfı", ()),  # the Turkish capital İ casefolds to i and a dot above, which is its own
        ("ОТКРЫТАЯ РОССИЯ", ("all_caps",)),
        ("NED", ()),  # an acronym is written in capitals anyway
        ("Открытая Россия", ()),
    ],
)
def test_normalize_name_says_what_it_undid(raw: str, notes: tuple[str, ...]) -> None:
    assert normalize_name_noted(raw) == (normalize_name(raw), notes)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ф Р И Д О М   Х А У С", "фридом хаус"),  # a wider gap between the spaced letters ends a word
        ("B  e  l  s  a  t    M  e  d  i  a", "belsat media"),
        ("O P E N  S O C I E T Y", "open society"),
        ("M e d u z a", "meduza"),  # one word: every gap the same
        ("Фонд  Зимина", "фонд зимина"),  # no spaced letters: gaps do not matter
        ("A B C Group", "abc group"),
        ("A R T E C  3 D", "artec 3d"),  # digits spaced like the letters
        ("Ц е н т р - 2 0 3 0", "центр 2030"),  # a spaced dash between the words
        ("С е т ь-1 9 / 2 9", "сеть 19 29"),  # a dash or a slash ends a word as a wider gap does
        ("F O R  A  F R E E  R U S S I A", "for a free russia"),  # a one-letter word between wider gaps
        ("N O  T O  W A R", "no to war"),  # shorter words of a letter-spaced name
        ("пункты 1 2 3", "пункты 1 2 3"),  # digits alone are not letter-spaced
        ("Фонд 1 2 3 4", "фонд 1 2 3 4"),
        ("J. K. Rowling Foundation", "j k rowling foundation"),  # initials
        ("в и  на", "в и на"),  # one-letter words of ordinary text
        ("О-т-к-р-ы-т-а-я Р-о-с-с-и-я", "открытая россия"),  # hyphens between letters, a space between words
        ("S-t-o-p  W-a-r", "stop war"),
        ("M-e-d-u-z-a", "meduza"),
        ("а-б в г-д", "а б в г д"),  # two-letter runs of ordinary text
        ("Альфа-Б-В Групп", "альфа б в групп"),
    ],
)
def test_letter_spaced_words_are_joined_word_by_word(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    "names",
    [
        ("Открытая Россия", "Открытой России", "Открытую Россию", "ОТКРЫТАЯ РОССИЯ"),
        ("Otkrytaya Rossiya", "Otkrytaja Rossija", "Otkrytaia Rossiia"),
        ("Международная амнистия", "Международной амнистии"),
        ("Фонд Сороса", "Фонда Сороса", "Fond Soros"),
        ("Фонд", "Fund", "Foundation", "Stiftung", "Fundacja"),
        ("Bellingcat", "Stichting Bellingcat", "Bellingcat Ltd.", "Bellingcat Limited"),
        ("Heinrich-Böll-Stiftung e.V.", "Heinrich Boell Stiftung"),
        ("ООО «Ромашка»", "Ромашка, ООО", "Общество с ограниченной ответственностью «Ромашка»"),
        ("Центр", "Center", "Centre", "Zentrum"),
    ],
)
def test_name_key_is_shared_across_scripts_inflections_and_legal_forms(names: tuple[str, ...]) -> None:
    assert len({name_key(n) for n in names}) == 1


def test_surface_keys_of_cyrillic_meet_transliterations() -> None:
    cyrillic = [t.key for t in tokenize_name("Открытая Россия")]
    assert cyrillic == [t.key for t in tokenize_name("Otkrytaja Rossija")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Открытая Россия", "Открытое общество"),
        ("Free Russia Foundation", "Free Russia Forum"),
        ("Human Rights House Tbilisi", "Human Rights House Yerevan"),
    ],
)
def test_name_key_keeps_different_names_apart(left: str, right: str) -> None:
    assert name_key(left) != name_key(right)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Heinrich-Böll-Stiftung e.V.", ["e.V."]),
        ("Stichting Bellingcat", ["Stichting"]),
        ("Limited liability company (SIA) Medusa Project", ["LLC", "LLC", "LLC", "SIA"]),
        ("Anti-Corruption Foundation International, Inc.", ["Inc"]),
        ("Фонд борьбы с коррупцией Инк.", ["Inc"]),
        ("Center for Independent Social Research e.V. Berlin", ["e.V."]),
        ("Mnenie media z.s.", ["z.s."]),
        ("АНО «Вектор»", ["АНО"]),
        ("The Independent Barents Observer AS", ["AS"]),
        ("Limited", []),  # a name made only of a legal form keeps it
        ("Ltd Inc", []),
        ("Saint Sa Bank", []),  # short forms only at the start or end
        ("Акме Корпорэйшн", ["Corp"]),  # э for е in a form heard by ear
        ("Вектор Лимитэд", ["Ltd"]),
        ("Baltic Ventures VšĮ", ["VšĮ"]),  # the forms of the register's countries
        ("Vilnius Labs UAB", ["UAB"]),
        ("Nodibinājums «Rīgas Fonds»", ["nodibinājums"]),
        ("Tartu Tarkvara OÜ", ["OÜ"]),
    ],
)
def test_legal_forms_are_marked(name: str, forms: list[str]) -> None:
    assert [t.legal_form for t in tokenize_name(name) if t.kind == "legal_form"] == forms


@pytest.mark.parametrize(
    ("word", "kind", "key"),
    [
        ("the", "stop", None),
        ("имени", "stop", None),
        ("foundation", "generic", "#foundation"),
        ("foundations", "generic", "#foundation"),
        ("фонд", "generic", "#foundation"),
        ("международный", "generic", "#international"),
        ("bellingcat", "word", "belingkat"),
        ("европейский", "word", "european"),
    ],
)
def test_analyze_word_kinds(word: str, kind: str, key: str | None) -> None:
    token = analyze_word(word)
    assert token.kind == kind
    if key is not None:
        assert token.lemma_key == key


def test_generic_inflected_form_keeps_its_spelling_as_surface_key() -> None:
    token = analyze_word("фонда")
    assert token.kind == "generic"
    assert token.lemma_key == "#foundation"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("россии", "россия"),
        ("международной", "международный"),
        ("медузе", "медуза"),
        ("дождя", "дождь"),
        ("bellingcat", "bellingcat"),
        ("в", "в"),
        ("крымsos", "крымsos"),
        ("", ""),
    ],
)
def test_lemmatize_token(word: str, lemma: str) -> None:
    assert lemmatize_token(word) == lemma


def test_tokenize_survives_bad_input() -> None:
    assert tokenize_name("") == []
    assert tokenize_name("\x00\x01\u202e") == []
    long = tokenize_name("слово " * 2000)
    assert len(long) == 2000
