"""The legal-form table against rigour's org_types data, used as an oracle (rigour is a test
dependency; the project never imports it at run time), and the spellings derived from it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from undesirable.names.normalize import normalize_name, tokenize_name

ROOT = Path(__file__).resolve().parents[2]
FORMS: list[dict[str, object]] = json.loads((ROOT / "src/undesirable/data/legal_forms.json").read_text("utf-8"))[
    "forms"
]


@pytest.fixture(scope="module")
def derive() -> ModuleType:
    pytest.importorskip("rigour")
    spec = importlib.util.spec_from_file_location("derive_legal_forms", ROOT / "scripts" / "derive_legal_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_spelling_rigour_reads_is_of_the_form_we_give(derive: ModuleType) -> None:
    wrong, checked = [], 0
    for form in FORMS:
        own = derive.fold_compare(str(form["compare"]))
        for alias in form["aliases"]:  # type: ignore[attr-defined]
            theirs = derive.rigour_compare(alias)
            if theirs is None:
                continue
            checked += 1
            if theirs != own and theirs not in derive.EQUIVALENT.get(own, ()):
                wrong.append((alias, form["display"], theirs))
    assert not wrong
    assert checked >= 150  # most of the table is rigour's own data


def test_the_table_holds_every_spelling_the_script_derives(derive: ModuleType) -> None:
    derived = derive.derive(FORMS)
    assert {FORMS[i]["display"]: s for i, s in derived.added.items()} == {}


def test_every_spelling_of_the_table_is_read_as_its_form_at_the_end_of_a_name() -> None:
    compare = {form["display"]: form["compare"] for form in FORMS}  # a.s. and AS are both "as"
    unread = []
    for form in FORMS:
        for alias in form["aliases"]:  # type: ignore[attr-defined]
            tokens = tokenize_name(f"Qzxw {alias}")[1:]
            if not tokens or any(t.kind != "legal_form" or compare[t.legal_form] != form["compare"] for t in tokens):
                unread.append((alias, form["display"]))
    assert not unread


@pytest.mark.parametrize(
    ("name", "spelling", "display"),
    [
        ("Compelson, spol. s r.o.", "spol. s r.o.", "s.r.o."),
        ("Verein Freies Russland", "Verein", "e.V."),
        ("Helpdesk Media gUG (haftungsbeschränkt)", "gUG (haftungsbeschränkt)", "UG"),
        ("XZ gemeinnützige GmbH", "gemeinnützige GmbH", "gGmbH"),
        ("Nowa Fundacja spółka z o.o.", "spółka z o.o.", "Sp. z o.o."),
        ("Nowa Fundacja sp. zoo", "sp. zoo", "Sp. z o.o."),
        ("Radio Nord Ges. mit beschr. Haftung", "Ges. mit beschr. Haftung", "GmbH"),
        ("Arena Public Limited Co.", "Public Limited Co.", "PLC"),
        ("Suomi Seura rekisteröity yhdistys", "rekisteröity yhdistys", "ry"),
        ("Opora zapsaný spolek", "zapsaný spolek", "z.s."),
    ],
)
def test_spellings_rigour_knows_are_legal_forms(derive: ModuleType, name: str, spelling: str, display: str) -> None:
    assert derive.rigour_compare(spelling) is not None
    tokens = [t for t in tokenize_name(name) if t.kind == "legal_form"]
    assert " ".join(t.text for t in tokens) == normalize_name(spelling)
    assert {t.legal_form for t in tokens} == {display}


def test_a_spelling_rigour_gives_several_forms_for_is_left_out(derive: ModuleType) -> None:
    assert derive.rigour_compare("akciju sabiedrība") == "as"  # AS, a.s. or A.Ş.: no word says which
    assert all(t.kind != "legal_form" for t in tokenize_name("Baltija akciju sabiedrība"))


def test_a_one_word_spelling_that_is_also_a_word_counts_only_at_an_edge(derive: ModuleType) -> None:
    assert derive.rigour_compare("Verein") == "ev"
    inside = tokenize_name("Deutscher Verein Freies Russland")
    assert all(t.kind != "legal_form" for t in inside)
    assert [t.legal_form for t in tokenize_name("Freies Russland Verein")][-1] == "e.V."


def test_the_table_holds_every_head_noun_the_script_derives(derive: ModuleType) -> None:
    added = derive.derive_head_nouns(FORMS)
    assert {FORMS[i]["display"]: s for i, s in added.items()} == {}
    nouns = {str(a) for form in FORMS if form["display"] == "z.s." for a in form["aliases"]}  # type: ignore[attr-defined]
    assert "spolek" in nouns


def test_a_kind_word_or_a_piece_is_no_head_noun(derive: ModuleType) -> None:
    forms: list[dict[str, object]] = [
        {"display": "a.s.", "compare": "as", "anywhere": False, "aliases": ["akciová společnost"]},
        {"display": "e.V.", "compare": "ev", "anywhere": True, "aliases": ["e. V."]},
        {"display": "q.w.", "compare": "qw", "anywhere": False, "aliases": ["quxy wobbelung"]},  # invented
    ]
    assert derive.derive_head_nouns(forms) == {2: ["wobbelung"]}
