"""Classes of the twelfth held-out round, tested with other names: the quoted name inside a quoted
name, and a quoted name followed only by its founder's name, are names by themselves."""

from __future__ import annotations

import pytest

from undesirable.scanning.aliases import quoted_cores
from undesirable.scanning.lists import load_scan_lists


@pytest.mark.parametrize(
    ("name", "cores"),
    [
        # the founder's name after the quoted name: the quoted name is the organization's own
        ("Благотворительный фонд «Заря» Ивана Петрова", ["Заря"]),
        ("Фонд «Надежда» Heinrich Müller", ["Надежда"]),
        # what follows is not a person's name: the quoted part is no tail
        ("Фонд «Заря» Северной Европы", []),
        ("Общество «Маяк» и партнёры", []),
        # a quoted name inside a quoted name, whatever description stands before it
        ("Организация «Всероссийский духовный центр «Заря»»", ["Всероссийский духовный центр Заря", "Заря"]),
        ("Союз «Балтийский центр «Маяк»»", ["Балтийский центр Маяк", "Маяк"]),
        # one quoted word after a description is no name by itself
        ("Всероссийский духовный центр «Заря»", []),
    ],
)
def test_quoted_names_by_themselves(name: str, cores: list[str]) -> None:
    assert quoted_cores(name, load_scan_lists()) == cores
