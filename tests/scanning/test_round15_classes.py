"""Classes of the fifteenth held-out round's scanner misses, tested with invented names and other
register entries: stress marks that set a name apart from its sentence."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import found
from undesirable.model import Organization
from undesirable.scanning import ScanIndex
from undesirable.scanning.stress import read_stress_marks, sets_apart
from undesirable.scanning.text import join_soft_hyphens

INVENTED = (Organization("ru-undesirable-2030-10-01-union", "Северный союз", "Northern Union", country_code="NO"),)


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
