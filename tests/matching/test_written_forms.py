"""A reason that says a legal form was ignored names the form as the query writes it (the noun
``Spolek`` of ``z. s.``, ``zs``), and keeps the form as displayed for programs (``form``)."""

from __future__ import annotations

import pytest

from undesirable.matching import MatchIndex, build_match_index, match_name
from undesirable.matching.reasons import render_reasons
from undesirable.model import Organization

INVENTED = (
    Organization("ru-undesirable-2030-12-11-lipa", None, "Lipa Vltava, z. s."),
    Organization("ru-undesirable-2030-12-12-kedr", "Кедровый Дом", "Cedar House e.V."),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("query", "form", "written"),
    [
        ("Spolek Lipa Vltava", "z.s.", "Spolek"),  # the noun of the abbreviated form
        ("Lipa Vltava zs", "z.s.", "zs"),
        ("LIPA VLTAVA, Z. S.", "z.s.", "Z. S."),
        ("Lipa Vltava", "z.s.", "z.s."),  # the name's own form, as displayed
        ("Общество с ограниченной ответственностью Кедровый Дом", "ООО", "Общество с ограниченной ответственностью"),
        ("Cedar House e. V.", "e.V.", "e. V."),
    ],
)
def test_an_ignored_legal_form_is_named_as_written(invented: MatchIndex, query: str, form: str, written: str) -> None:
    found = match_name(invented, query, threshold=0.5)
    assert found
    forms = {r.values["form"]: r.values["written"] for r in found[0].reasons if r.code == "legal_form_ignored"}
    assert forms.get(form) == written
    assert f"legal form ignored: {written}" in found[0].explanation
    assert f"организационно-правовая форма не учитывается: {written}" in render_reasons(found[0].reasons, "ru")
