"""``scan_text``: the evaluation set, and each behaviour on its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.scanning.evalset import load_eval_set
from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_chunks, scan_text
from undesirable.scanning.scan import LONG_TEXT_CHARS

MEDUZA = "ru-undesirable-138-r-2023-02-07"
BELLINGCAT = {"ru-undesirable-951-r-2022-07-26", "ru-undesirable-952-r-2022-07-26"}
TV_RAIN = {"ru-undesirable-1063-r-2023-08-04", "ru-undesirable-1065-r-2023-08-04"}
NED = "ru-undesirable-1076-r-2015-07-29"
AMNESTY = "ru-undesirable-2025-05-28-amnesty-international-limited"
NDI = "ru-undesirable-393-r-2016-03-17"


FREE_UNIVERSITY = "ru-undesirable-500-r-2023-04-18"  # Brīvā Universitāte, Latvia


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    """``(mention text, organization id)`` pairs, in text order."""
    return [(m.text, m.organization.id) for m in scan_text(index, text)]


def test_evaluation_set_precision_and_recall(scan_index: ScanIndex) -> None:
    cases = load_eval_set()
    assert len(cases) >= 200
    assert sum(1 for c in cases if not c.expected) >= 50
    assert any(any("а" <= ch <= "я" for ch in c.text) for c in cases) and any(c.text.isascii() for c in cases)
    right = wrong = missed = 0
    for case in cases:
        got = {(m.start, m.end, m.organization.id) for m in scan_text(scan_index, case.text)}
        right += len(got & case.expected)
        wrong += len(got - case.expected)
        missed += len(case.expected - got)
    precision, recall = right / (right + wrong), right / (right + missed)
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.95, f"recall {recall:.3f}"


@pytest.mark.parametrize(
    ("text", "surface", "org_id"),
    [
        ("Сотрудники «Международной амнистии» выступили.", "Международной амнистии", AMNESTY),
        (
            "Деньги шли от Национального фонда в поддержку демократии.",
            "Национального фонда в поддержку демократии",
            NED,
        ),
        (
            "С Национальным фондом в поддержку демократии нельзя работать.",
            "Национальным фондом в поддержку демократии",
            NED,
        ),
        ("Это вышло в Медузе.", "Медузе", MEDUZA),
        ("Сотрудники „Мемориала“ пришли.", "Мемориала", "ru-undesirable-2026-02-16-international-memorial-association"),
        ("The National Endowment for Democracy said.", "The National Endowment for Democracy", NED),
        ("Grants from National Endowment for Democracy.", "National Endowment for Democracy", NED),
        ("The National Endowment\nfor Democracy said.", "The National Endowment\nfor Democracy", NED),
        ("Sources told Belling-\ncat so.", "Belling-\ncat", "ru-undesirable-951-r-2022-07-26"),
        ("Bellingcat's report.", "Bellingcat", "ru-undesirable-951-r-2022-07-26"),
        ("Сторонники ФБК вышли.", "ФБК", "ru-undesirable-723-r-2023-06-01"),
        (
            "Фонд борьбы с коррупцией Инк. и Фонд борьбы с коррупцией.",
            "Фонд борьбы с коррупцией",
            "ru-undesirable-723-r-2023-06-01",
        ),
        ("Фонд «Свободная Россия» закрыт.", "Фонд «Свободная Россия»", "ru-undesirable-814-r-2019-06-28"),
        ("Read https://meduza.io/feature/1, please.", "https://meduza.io/feature/1", MEDUZA),
        ("Зеркало: en.meduza.io.", "en.meduza.io", MEDUZA),
        # short forms, in any case form
        ("Доклад Фонда Бёлля вышел.", "Фонда Бёлля", "ru-undesirable-679-r-2022-05-31"),
        ("Грант Германского фонда Маршалла получен.", "Германского фонда Маршалла", "ru-undesirable-335-r-2018-03-21"),
        ("Сотрудники Национального демократического института.", "Национального демократического института", NDI),
        ("Вместе с Фондом Бориса Немцова.", "Фондом Бориса Немцова", "ru-undesirable-464-r-2024-04-16"),
        ("An analyst at Jamestown wrote.", "Jamestown", "ru-undesirable-400-r-2020-04-09"),
        # one Latin word heard by ear in quotes, with a case ending too; English qu heard кв
        ("Инициатива «Юнкремлин» провела лекцию.", "Юнкремлин", "ru-undesirable-1261-r-2023-09-18"),
        ("Сайт «Декодера» открыт.", "Декодера", "ru-undesirable-782-r-2024-07-01"),
        # one Latin word of a long sound heard by ear without quotes, in any case form
        ("Инициатива Юнкремлин провела лекцию.", "Юнкремлин", "ru-undesirable-1261-r-2023-09-18"),
        ("Лекцию Юнкремлина отменили.", "Юнкремлина", "ru-undesirable-1261-r-2023-09-18"),
        ("Фонд «Эквал Райтс Траст» подал иск.", "Эквал Райтс Траст", "ru-undesirable-2025-11-13-equal-rights-trust"),
        # a legal form after a name of ordinary words is its own; a place's name with a cue
        ("Group 36 LLC did not answer.", "Group 36", "ru-undesirable-2025-08-14-group-36"),
        ("The foundation Caucasus held a meeting.", "Caucasus", "ru-undesirable-2026-01-26-kafkas-vakfi"),
        # a slogan with a cue; ordinary words without a place after them
        ("Монгольское движение «Нет войне» провело акцию.", "Нет войне", "ru-undesirable-2025-06-11-no-war"),
        ("Лекция в Свободном университете прошла онлайн.", "Свободном университете", "ru-undesirable-500-r-2023-04-18"),
        # a Russian name in Latin letters: capitalized as Russian, ye for е after a vowel
        ("The outlet Vazhnye istorii published it.", "Vazhnye istorii", "ru-undesirable-226-r-2022-03-05"),
        (
            "Members of Feministskoye antivoyennoye soprotivleniye met.",
            "Feministskoye antivoyennoye soprotivleniye",
            "ru-undesirable-513-r-2024-04-25",
        ),
        # evasion: invisible characters, letter spacing, look-alike letters, capitals
        ("Редакция «Мед\u200bузы» сообщила.", "Мед\u200bузы", MEDUZA),
        ("Редакция «Мед\u00adузы» сообщила.", "Мед\u00adузы", MEDUZA),
        ("Журналисты «М е д у з ы» сообщили.", "М е д у з ы", MEDUZA),
        ("Журналисты «Mедузы» сообщили.", "Mедузы", MEDUZA),  # a Latin M
        ("СОТРУДНИКИ МЕЖДУНАРОДНОЙ АМНИСТИИ.", "МЕЖДУНАРОДНОЙ АМНИСТИИ", AMNESTY),
        ("Сотрудники Междунаро\u0301дной амни\u0301стии.", "Междунаро\u0301дной амни\u0301стии", AMNESTY),
        ("Журналисты «Меду\u0301зы\u0301» сообщили.", "Меду\u0301зы\u0301", MEDUZA),  # the last letter's too
        # the organization's own country after its name is no other name (another place would be)
        ("Он преподаёт в Свободном университете Латвии.", "Свободном университете", FREE_UNIVERSITY),
        ("Студенты Свободного университета Латвии вышли на акцию.", "Свободного университета", FREE_UNIVERSITY),
    ],
)
def test_finds_names_in_any_form(scan_index: ScanIndex, text: str, surface: str, org_id: str) -> None:
    assert (surface, org_id) in found(scan_index, text)


@pytest.mark.parametrize(
    "text",
    [
        "Вчера шёл дождь.",
        "Медуза ужалила туриста.",
        "Мы видели, как медуза ужалила ребёнка.",
        "An insider said the deal was done.",
        "She writes for Business Insider.",
        "Проект закона внесён в Думу.",
        "The project was delayed.",
        "AI is changing everything.",
        "Сайт meduza.io.example.com не связан с изданием.",
        "The rand fell.",
        "Национальный фонд поддержки малого бизнеса открыл приём заявок.",
        "Международный институт права объявил набор.",
        "Фонд развития промышленности выдал заем.",
        "They tell vazhnye istorii to each other.",
        "Студенты несли плакаты «Нет войне» и «Нет мобилизации».",  # a slogan, quoted, no cue
        "Он преподаёт в Свободном университете Брюсселя.",  # ordinary words and a place: another name
        "Он учился в Свободном университете Берлина.",
        "Fighting resumed in the Caucasus.",  # the region, not the foundation named after it
        # Russian words, not the Czech Společnost Svobody Informace heard by ear (a Russian name
        # of the foreign agents' register)
        "Фонд «Институт Развития Свободы Информации» провёл семинар.",
        "The Group 36 Hotel opened.",
        "",
        "   \n\n  ",
    ],
)
def test_ordinary_words_are_not_names(scan_index: ScanIndex, text: str) -> None:
    assert found(scan_index, text) == []


def test_a_mention_says_what_was_normalized(scan_index: ScanIndex) -> None:
    [mention] = scan_text(scan_index, "Редакция «Мед\u200bузы» сообщила.")
    assert mention.notes == ("invisible",)
    codes = [r["code"] for r in mention.to_json()["reasons"]]
    assert "normalized_invisible" in codes


def test_a_mention_says_stress_marks_were_removed(scan_index: ScanIndex) -> None:
    [mention] = scan_text(scan_index, "Журналисты «Меду\u0301за» сообщили.")
    assert mention.notes == ("combining_marks",)
    assert [r["code"] for r in mention.to_json()["reasons"]] == ["exact_name", "normalized_combining_marks"]


def test_one_name_shared_by_several_entries_gives_each_of_them(scan_index: ScanIndex) -> None:
    assert {org for _, org in found(scan_index, "Bellingcat и «Дождь».")} == BELLINGCAT | TV_RAIN


def test_offsets_refer_to_the_original_text(scan_index: ScanIndex) -> None:
    text = "Ё-моё!\r\nРасследование Belling-\r\ncat и «Медузы» — https://meduza.io."
    mentions = scan_text(scan_index, text)
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
    assert list(dict.fromkeys(m.text for m in mentions)) == ["Belling-\r\ncat", "Медузы", "https://meduza.io"]


def test_mention_fields_and_json(scan_index: ScanIndex) -> None:
    (mention,) = scan_text(scan_index, "Сотрудники «Медузы» уехали.", as_of=date(2022, 1, 1))
    assert (mention.start, mention.end, mention.text) == (12, 18, "Медузы")
    assert mention.matched_name == "Медуза" and 0 < mention.confidence <= 1
    assert mention.designated is False  # designated in 2023
    data = mention.to_json(date(2022, 1, 1))
    assert set(data) == {
        "start", "end", "text", "organization", "matched_name", "confidence", "designated", "kind", "reasons"
    }  # fmt: skip
    assert data["organization"]["id"] == MEDUZA and data["designated"] is False
    assert mention.to_json(as_of=date(2024, 1, 1))["designated"] is True


def test_designation_as_of(scan_index: ScanIndex) -> None:
    text = "Расследование The Insider."
    assert [m.designated for m in scan_text(scan_index, text, as_of=date(2022, 7, 1))] == [False]
    assert [m.designated for m in scan_text(scan_index, text, as_of=date(2022, 8, 1))] == [True]


def test_the_longest_name_wins_where_names_overlap(scan_index: ScanIndex) -> None:
    assert found(scan_index, "Проект Медиа опубликовал.") == [("Проект Медиа", "ru-undesirable-799-r-2021-07-23")]
    assert found(scan_index, "Подробнее на meduza.io") == [("meduza.io", MEDUZA)]


def test_nearby_mention_marks_an_ambiguous_name(scan_index: ScanIndex) -> None:
    assert found(scan_index, "Медуза сообщила о задержании.") == []
    text = "Издание Meduza признано нежелательным. Медуза сообщила о задержании."
    assert [t for t, _ in found(scan_index, text)] == ["Meduza", "Медуза"]


def test_scan_chunks_shifts_offsets(scan_index: ScanIndex) -> None:
    chunks = [(0, "Вчера шёл дождь.\n\n"), (18, "Это вышло в Медузе.")]
    (mention,) = scan_chunks(scan_index, chunks)
    assert (mention.start, mention.end, mention.text) == (30, 36, "Медузе")


def test_a_long_single_line_is_scanned_in_pieces(scan_index: ScanIndex) -> None:
    sentence = "Это вышло в Медузе, а потом шёл дождь и всё такое. "
    text = sentence * (2 * LONG_TEXT_CHARS // len(sentence) + 1)
    mentions = scan_text(scan_index, text)
    assert len(mentions) == text.count("Медузе")
    assert all(text[m.start : m.end] == "Медузе" for m in mentions)


def test_an_empty_register_finds_nothing() -> None:
    assert scan_text(build_scan_index([]), "Bellingcat и Медуза, meduza.io") == []


def test_a_register_of_one(bundled_orgs: tuple[Organization, ...]) -> None:
    index = build_scan_index([o for o in bundled_orgs if o.id == NED])
    assert found(index, "NED и Bellingcat") == [("NED", NED)]


def test_a_head_word_beside_a_shared_short_form_says_which_organization() -> None:
    orgs = [
        Organization("fund", "Фонд Ивана Петрова", "Ivan Petrov Foundation"),
        Organization("institute", "Институт Ивана Петрова", "Institut Ivan Petrov"),
    ]
    index = build_scan_index(orgs)
    assert {m.organization.id for m in scan_text(index, "The Ivan Petrov Institute held a seminar.")} == {"institute"}
    assert {m.organization.id for m in scan_text(index, "Grants of the Ivan Petrov Foundation.")} == {"fund"}
    # the person's name alone is the man, not the organizations called after him (names.persons)
    assert scan_text(index, "Ivan Petrov met the press.") == []
