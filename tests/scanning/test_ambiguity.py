"""When an ordinary word is written as a name: the marks and the three rules."""

from __future__ import annotations

import pytest

from undesirable.scanning.ambiguity import accepts, read_marks
from undesirable.scanning.cues import has_cue
from undesirable.scanning.lists import AmbiguityRule

MEDIA_CUES = frozenset({"издание", "телеканал", "outlet", "group"})


def judge(text: str, name: str, rule: AmbiguityRule, *, nearby: bool = False) -> bool:
    start = text.index(name)
    return accepts(rule, read_marks(text, start, start + len(name), MEDIA_CUES), nearby=nearby)


@pytest.mark.parametrize(
    ("text", "name", "rule", "nearby", "expected"),
    [
        ("Вчера шёл дождь.", "дождь", "marked", False, False),
        ("Вчера шёл дождь.", "дождь", "marked", True, False),
        ("В эфире «Дождя» выступил он.", "Дождя", "marked", False, True),
        ("В эфире Дождя выступил он.", "Дождя", "marked", False, True),
        ("Дождь сообщил о задержании.", "Дождь", "marked", False, False),
        ("Дождь сообщил о задержании.", "Дождь", "marked", True, True),
        ("Телеканал Дождь сообщил.", "Дождь", "marked", False, True),
        ("Она пишет для Business Insider.", "Insider", "marked", False, False),
        ("Она пишет для «Business Insider».", "Insider", "marked", False, False),
        ("He studied at Carnegie Mellon.", "Carnegie", "marked", False, False),
        ("Открытая Россия объявила о роспуске.", "Открытая Россия", "capitalized", False, True),
        ("открытая Россия нужна всем.", "открытая Россия", "capitalized", False, False),
        ("The Atlantic council of war met.", "Atlantic council", "capitalized", False, False),
        ("The rights group Article 19 said.", "Article 19", "context", False, True),
        ("Article 19 of the Constitution.", "Article 19", "context", False, False),
        ("Статья «Возрождение» вышла.", "Возрождение", "context", False, False),
        ("Статья «Возрождение» вышла.", "Возрождение", "context", True, True),
    ],
)
def test_rules(text: str, name: str, rule: AmbiguityRule, nearby: bool, expected: bool) -> None:
    assert judge(text, name, rule, nearby=nearby) is expected


def test_lower_case_words_have_no_marks() -> None:
    assert read_marks("телеканал дождь", 10, 15, MEDIA_CUES) is None


def test_cue_words_are_compared_as_lemmas() -> None:
    text = "В интервью изданию Медуза он сказал."
    start = text.index("Медуза")
    assert has_cue(text, start, start + 6, MEDIA_CUES)
    text = "Медуза, по словам коллег, выросла."
    assert not has_cue(text, 0, 6, MEDIA_CUES)


def test_marks_count_distinct_signs() -> None:
    text = "Телеканал «Дождь» сообщил."
    marks = read_marks(text, 11, 16, MEDIA_CUES)
    assert marks is not None and marks.quoted and marks.capital and not marks.sentence_start and marks.cue
    assert marks.count(nearby=True) == 4
