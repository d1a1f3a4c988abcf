"""Ids: minted once, kept when a later file reveals the order number, every earlier form resolving."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import write_real_layout_xlsx
from undesirable.registry.ids import canonical_form, is_valid_org_id, mint_org_id, resolve_org_id
from undesirable.sources.project_format import dump_register_json
from undesirable.sources.rows import RegisterRow

# real raw names of entries first known without their order number (registry-facts.csv)
BERKELEY = (
    "University of California, Berkeley (UC Berkeley, «Калифорнийский университет в Беркли»), Соединенные Штаты Америки"
)
BERKELEY_REWORDED = "University of California, Berkeley (Калифорнийский университет в Беркли), США"


@pytest.mark.parametrize(
    ("order", "day", "name", "expected"),
    [
        ("1076-р", date(2015, 7, 29), None, "ru-undesirable-1076-r-2015-07-29"),
        (None, date(2026, 3, 2), "University of California, Berkeley",
         "ru-undesirable-2026-03-02-university-of-california-berkeley"),
        (None, None, "Фонд «Свободная Россия»", "ru-undesirable-fond-svobodnaya-rossiya"),
    ],
)  # fmt: skip
def test_minted_ids_are_ascii_and_ftm_valid(
    order: str | None, day: date | None, name: str | None, expected: str
) -> None:
    minted = mint_org_id(order=order, inclusion=day, name=name)
    assert minted == expected
    assert is_valid_org_id(minted) and minted.isascii()


@pytest.mark.parametrize(
    "legacy", ["ru-undesirable-1076-r-2015-07-29", "1076-p/2015-07-29", "1076-r/2015-07-29", " 1076-Р/2015-07-29 "]
)
def test_earlier_spellings_have_one_canonical_form(legacy: str) -> None:
    assert canonical_form(legacy) == "ru-undesirable-1076-r-2015-07-29"


def _reconstruction(path: Path) -> Path:
    row = RegisterRow(line=1, register_no=None, inclusion_date=date(2026, 3, 2), inclusion_order=None,
                      gp_decision_date=None, raw_name=BERKELEY, status="Включена")  # fmt: skip
    path.write_text(dump_register_json([row], actuality=datetime(2026, 7, 3), kind="bundled"), encoding="utf-8")
    return path


def test_an_id_is_kept_when_a_later_official_file_reveals_the_order(registry: Any, tmp_path: Path) -> None:
    registry.import_file(_reconstruction(tmp_path / "reconstruction.json"))
    (first,) = registry.all_organizations()
    assert first.id.startswith("ru-undesirable-2026-03-02-")
    official = [("336", "02.03.2026", "301-р", "25.02.2026", BERKELEY_REWORDED, None, None, None, None, "Включена")]
    result = registry.import_file(write_real_layout_xlsx(tmp_path / "export.xlsx", official))
    assert result.diff.added == ()
    (after,) = registry.all_organizations()
    assert after.id == first.id
    assert after.inclusion_order == "301-р" and after.raw_name == BERKELEY_REWORDED
    assert "ru-undesirable-301-r-2026-03-02" in after.former_ids
    for form in (first.id, "ru-undesirable-301-r-2026-03-02", "ru-undesirable-301-r-2026-03-02", "301-p/2026-03-02"):
        assert registry.get(form).id == first.id


@pytest.mark.usefixtures("bundled_store")
def test_the_resolver_knows_former_ids(registry: Any) -> None:
    state = {o.id: o for o in registry.all_organizations()}
    earlier = "curated:rosa-luxemburg-stiftung-gesellschaftsanalyse-und-politische"  # its id before the rebuild
    rosa = resolve_org_id(earlier, state)
    assert rosa is not None and rosa.name_en is not None and "Rosa" in rosa.name_en
    assert rosa.id != earlier and registry.get(earlier).id == rosa.id
    assert resolve_org_id("ru-undesirable-0-r-1999-01-01", state) is None
