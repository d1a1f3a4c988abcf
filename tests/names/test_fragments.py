"""The one acronym rule, and the matcher and the scanner agreeing on it for every register name."""

from __future__ import annotations

import pytest

from undesirable.matching.derived import _names_of
from undesirable.names.fragments import is_acronym_name
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning.aliases import derive_aliases
from undesirable.scanning.lists import load_scan_lists


@pytest.mark.parametrize(
    ("name", "listed", "expected"),
    [
        ("NED", (), True),
        ("ФБК", (), True),
        ("RFE/RL", (), True),
        ("IRR&TV", (), True),
        ("GMRPFGP", (), True),
        (" OSIAF ", (), True),
        ("ZOiS", ("ZOiS",), True),
        ("ГРИНПИС", (), False),
        ("iStories", (), False),
        ("Bellingcat", (), False),
        ("Meduza", (), False),
        ("A", (), False),
        ("WISE Int.", (), False),
        ("Open Russia", ("Open Russia",), False),
    ],
)
def test_is_acronym_name(name: str, listed: tuple[str, ...], expected: bool) -> None:
    assert is_acronym_name(name, listed) is expected


def test_matcher_and_scanner_agree_on_acronyms_for_every_register_name() -> None:
    lists = load_scan_lists()
    matcher: set[tuple[str, str]] = set()
    scanner: set[tuple[str, str]] = set()
    for org in load_bundled_organizations():
        names = {n.strip() for n in (*org.all_names(), *org.acronyms)} - set(lists.ignored)
        matcher |= {(org.id, n.strip()) for n, acronym in _names_of(org) if acronym and n.strip() in names}
        scanner |= {
            (org.id, spec.words[0]) for spec in derive_aliases(org, lists) if spec.acronym and spec.words[0] in names
        }
    assert len(matcher) >= 100
    assert matcher == scanner
