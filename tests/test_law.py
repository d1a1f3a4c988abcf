from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest

from undesirable.law import (
    describe_role,
    explain_exposure,
    is_in_force,
    list_caveats,
    list_offences,
    list_roles,
    other_consequences,
)
from undesirable.model import Organization

OPEN_RUSSIA = Organization(
    "ru-undesirable-556-r-2017-04-27",
    "Общественное сетевое движение «Открытая Россия»",
    "Open Russia Civic Movement",
    country_code="GB",
    category="political_movement",
    gp_decision_date=date(2017, 4, 26),
    inclusion_date=date(2017, 4, 27),
    inclusion_order="556-р",
)
MEDUZA = Organization(
    "ru-undesirable-138-r-2023-02-07",
    "Проект Медуза",
    "SIA Medusa Project",
    country_code="LV",
    category="media",
    gp_decision_date=date(2023, 1, 25),
    inclusion_date=date(2023, 2, 7),
    inclusion_order="138-р",
)
EXCLUDED = Organization(
    "ru-undesirable-999-r-2016-01-01",
    "Исключённая организация",
    "Excluded Org",
    gp_decision_date=date(2015, 12, 20),
    inclusion_date=date(2016, 1, 1),
    exclusion_date=date(2020, 1, 1),
)

OFFENCE_KEYS = {
    "code", "article", "part", "act", "subject", "max_prison_years", "fine_min_rub",
    "fine_max_rub", "condition", "in_force_from", "in_force_to", "sources",
    "applies", "reason", "reason_ru", "reason_en",
}  # fmt: skip
TOP_KEYS = {
    "organization", "date", "designated", "designated_since", "role", "offences",
    "summary_ru", "summary_en", "notice", "caveats", "highest_penalty",
}  # fmt: skip


def _explain(org: Organization, role: str, on: date, prior: bool = False) -> dict[str, Any]:
    result = explain_exposure(org, role=role, on=on, prior_penalty=prior)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("org", "role", "on", "prior", "expected", "max_prison"),
    [
        # participant: before July 2021 one article, two penalties within a year; 2-6 years
        (OPEN_RUSSIA, "participant", date(2019, 6, 1), False,
         {"koap-20.33-2015-citizen": True, "uk-284.1-2015": False}, None),
        (OPEN_RUSSIA, "participant", date(2019, 6, 1), True,
         {"koap-20.33-2015-citizen": True, "uk-284.1-2015": True}, 6),
        # participant since July 2021: part 1 after one earlier penalty; 1-4 years
        (OPEN_RUSSIA, "participant", date(2022, 6, 1), False,
         {"koap-20.33-2021-citizen": True, "uk-284.1-1-2021": False}, None),
        (OPEN_RUSSIA, "participant", date(2022, 6, 1), True,
         {"koap-20.33-2021-citizen": True, "uk-284.1-1-2021": True}, 4),
        (MEDUZA, "participant", date(2025, 1, 10), True,
         {"koap-20.33-2024-citizen": True, "uk-284.1-1-2024": True}, 4),
        # donor: no financing offence before July 2021; a crime from the first act after
        (OPEN_RUSSIA, "donor", date(2020, 6, 1), False, {}, None),
        (OPEN_RUSSIA, "donor", date(2022, 6, 1), False, {"uk-284.1-2-2021": True}, 5),
        (MEDUZA, "financer", date(2024, 9, 1), False, {"uk-284.1-2-2024": True}, 5),
        # organizer: part 3 from the first act since July 2021
        (OPEN_RUSSIA, "organizer", date(2022, 6, 1), False, {"uk-284.1-3-2021": True}, 6),
        (OPEN_RUSSIA, "organizer", date(2019, 6, 1), False,
         {"koap-20.33-2015-citizen": True, "uk-284.1-2015": False}, None),
        (MEDUZA, "organizer", date(2025, 3, 1), False, {"uk-284.1-3-2024": True}, 6),
        # employee and reposter are treated as participants
        (MEDUZA, "employee", date(2023, 6, 1), False,
         {"koap-20.33-2021-citizen": True, "uk-284.1-1-2021": False}, None),
        (MEDUZA, "reposter", date(2023, 6, 1), False,
         {"koap-20.33-2021-citizen": True, "uk-284.1-1-2021": False}, None),
        (MEDUZA, "reposter", date(2025, 10, 1), True,
         {"koap-20.33-2024-citizen": True, "uk-284.1-1-2024": True}, 4),
        (MEDUZA, "legal_entity", date(2023, 6, 1), False, {"koap-20.33-2021-legal-entity": True},
         None),
        (MEDUZA, "advertiser", date(2025, 10, 1), False, {}, None),
    ],
)  # fmt: skip
def test_exposure_by_role_and_date(
    org: Organization,
    role: str,
    on: date,
    prior: bool,
    expected: dict[str, bool],
    max_prison: int | None,
) -> None:
    result = _explain(org, role, on, prior)
    assert result["designated"] is True
    assert result["designated_since"] == str(org.inclusion_date)
    assert {o["id"]: o["applies"] for o in result["offences"]} == expected
    highest = result["highest_penalty"]
    assert (highest["max_prison_years"] if highest else None) == max_prison


def test_participant_without_prior_penalty_is_told_the_condition() -> None:
    result = _explain(MEDUZA, "participant", date(2023, 6, 1))
    part1 = next(o for o in result["offences"] if o["id"] == "uk-284.1-1-2021")
    assert part1["condition"] == "prior_administrative_penalty"
    assert part1["reason"] == "prior_missing"
    assert "earlier administrative penalty" in result["summary_en"]
    assert "административного наказания" in result["summary_ru"]
    assert result["highest_penalty"]["fine_max_rub"] == 15000


def test_news_sentence_members_four_years_leaders_six() -> None:
    on = date(2024, 1, 15)
    member = _explain(MEDUZA, "participant", on, prior=True)["highest_penalty"]
    leader = _explain(MEDUZA, "organizer", on)["highest_penalty"]
    donor = _explain(MEDUZA, "donor", on)["highest_penalty"]
    assert (member["max_prison_years"], leader["max_prison_years"]) == (4, 6)
    assert donor["max_prison_years"] == 5


def test_before_designation_is_not_designated_and_says_no_liability() -> None:
    result = _explain(MEDUZA, "participant", date(2022, 12, 1), prior=True)
    assert result["designated"] is False
    assert result["designated_since"] is None
    assert result["status"] == "not_yet"
    assert result["organization"]["designated"] is False
    assert [o["id"] for o in result["offences"]] == [
        "koap-20.33-2021-citizen",
        "uk-284.1-1-2021",
    ]
    assert all(o["applies"] is False for o in result["offences"])
    assert all(o["applies_if_designated"] is True for o in result["offences"])
    assert result["highest_penalty"] is None
    assert "No liability for participation arises for acts before the designation" in (result["summary_en"])
    assert "ответственность за участие не наступает" in result["summary_ru"]
    assert "2023-02-07" in result["summary_en"]


def test_decided_but_not_yet_listed_is_pending() -> None:
    result = _explain(MEDUZA, "donor", date(2023, 1, 30))
    assert (result["status"], result["designated"]) == ("pending", False)
    assert result["offences"][0]["reason"] == "not_designated"
    assert "not yet on the register" in result["summary_en"]


def test_excluded_organization_is_not_designated() -> None:
    result = _explain(EXCLUDED, "participant", date(2020, 6, 1), prior=True)
    assert (result["status"], result["designated"]) == ("excluded", False)
    assert "excluded 2020-01-01" in result["summary_en"]
    assert _explain(EXCLUDED, "participant", date(2019, 12, 31))["designated"] is True


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2021, 7, 11), ["koap-20.33-2015-citizen", "uk-284.1-2015"]),
        (date(2021, 7, 12), ["koap-20.33-2021-citizen", "uk-284.1-1-2021"]),
        (date(2024, 8, 7), ["koap-20.33-2021-citizen", "uk-284.1-1-2021"]),
        (date(2024, 8, 8), ["koap-20.33-2024-citizen", "uk-284.1-1-2024"]),
    ],
)
def test_versions_switch_on_the_boundary_days(on: date, expected: list[str]) -> None:
    result = _explain(OPEN_RUSSIA, "participant", on)
    assert [o["id"] for o in result["offences"]] == expected


def test_unknown_role_returns_none() -> None:
    assert explain_exposure(MEDUZA, role="sympathiser", on=date(2024, 1, 1)) is None
    assert describe_role("sympathiser") is None


def test_json_shape_and_notice() -> None:
    result = _explain(OPEN_RUSSIA, "participant", date(2022, 6, 1), prior=True)
    assert set(result) >= TOP_KEYS
    assert result["date"] == "2022-06-01"
    assert result["role"] == "participant"
    assert result["organization"]["id"] == OPEN_RUSSIA.id
    assert result["offences"]  # the loop below must check something
    for offence in result["offences"]:
        assert set(offence) >= OFFENCE_KEYS
        assert set(offence["act"]) == {"ru", "en"}
    assert "юридическ" in result["notice"]
    assert "not legal advice" in result["notice"]
    assert result["summary_en"].endswith("This is information, not legal advice.")
    assert result["summary_ru"].endswith("а не юридическая консультация.")
    assert "Open Russia Civic Movement" in result["summary_en"]
    assert "«Открытая Россия»" in result["summary_ru"]
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_caveats_surface_open_points() -> None:
    participant = _explain(MEDUZA, "participant", date(2023, 6, 1))
    ids = [c["id"] for c in participant["caveats"]]
    assert {"tv-prejudice-period", "tv-territory", "tv-20.33-parts"} <= set(ids)
    assert len(ids) == len(set(ids))
    assert all(c["ru"] and c["en"] for c in participant["caveats"])
    leader_2019 = _explain(OPEN_RUSSIA, "organizer", date(2019, 6, 1))
    assert "tv-leader-prejudice-2015" in [c["id"] for c in leader_2019["caveats"]]
    assert "listed below" in leader_2019["summary_en"] and "см. ниже" in leader_2019["summary_ru"]


def test_required_roles_exist() -> None:
    roles = list_roles()
    for role in ("participant", "organizer", "financer", "reposter", "donor", "employee"):
        assert role in roles
    assert len(roles) == len(set(roles))


def test_roles_reference_existing_entries() -> None:
    offence_ids = {o["id"] for o in list_offences()}
    consequence_ids = {c["id"] for c in other_consequences()}
    for role in list_roles():
        entry = describe_role(role)
        assert entry is not None
        assert set(entry["offences"]) <= offence_ids
        assert set(entry["consequences"]) <= consequence_ids
        assert entry["offences"] or entry["consequences"]
        assert entry["label"]["ru"] and entry["label"]["en"]


def test_every_entry_has_a_source_url_and_known_caveats() -> None:
    caveat_ids = {c["id"] for c in list_caveats()}
    roles = [entry for role in list_roles() if (entry := describe_role(role)) is not None]
    entries = [*list_offences(), *other_consequences(), *roles]
    assert len(roles) == len(list_roles())
    for entry in entries:
        assert entry["sources"], entry["id"]
        assert all(url.startswith(("https://", "http://")) for url in entry["sources"])
        assert set(entry["to_verify"]) <= caveat_ids, entry["id"]


def test_offence_numbers_are_consistent() -> None:
    for offence in list_offences():
        if offence["fine_max_rub"] is not None:
            assert 0 < offence["fine_min_rub"] <= offence["fine_max_rub"]
        if offence["max_prison_years"] is not None:
            assert 0 < offence["min_prison_years"] <= offence["max_prison_years"]
        assert (offence["kind"] == "criminal") == (offence["code"] == "UK")
        assert offence["condition_text"]["en"]


def test_versions_of_one_offence_are_contiguous() -> None:
    chains: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for offence in list_offences():
        key = (offence["code"], offence["subject"], str(offence["part"] or "1"))
        chains.setdefault(key, []).append(offence)
    assert len(chains) == 6  # CAO x 3 subjects, CC parts 1-3 (the 2015 article leads part 1)
    for versions in chains.values():
        versions.sort(key=lambda o: o["in_force_from"])
        assert versions[-1]["in_force_to"] is None
        for older, newer in pairwise(versions):
            end = date.fromisoformat(older["in_force_to"])
            assert end + timedelta(days=1) == date.fromisoformat(newer["in_force_from"])


@pytest.mark.parametrize(
    ("on", "count"),
    [(date(2015, 1, 1), 0), (date(2019, 1, 1), 4), (date(2022, 1, 1), 6), (date(2026, 1, 1), 6)],
)
def test_list_offences_in_force(on: date, count: int) -> None:
    offences = list_offences(on)
    assert len(offences) == count
    assert all(is_in_force(o, on) for o in offences)


def test_advertising_ban_starts_on_1_september_2025() -> None:
    before = {c["id"] for c in other_consequences(date(2025, 8, 31))}
    after = {c["id"] for c in other_consequences(date(2025, 9, 1))}
    assert after - before == {"advertising-ban"}
    assert {"bank-duties", "site-blocking"} <= before
    advertiser = _explain(MEDUZA, "advertiser", date(2025, 9, 1))
    assert [c["id"] for c in advertiser["consequences"]] == ["advertising-ban"]
    assert _explain(MEDUZA, "advertiser", date(2025, 8, 31))["consequences"] == []


def test_undated_register_entry_counts_as_designated_with_a_warning() -> None:
    undated = Organization("curated:undated", "Без даты", "Undated Org")
    result = _explain(undated, "participant", date(2016, 3, 1), prior=True)
    assert (result["designated"], result["designated_since"]) == (True, None)
    assert {o["id"]: o["applies"] for o in result["offences"]} == {
        "koap-20.33-2015-citizen": True,
        "uk-284.1-2015": True,
    }
    assert "inclusion date is unknown" in result["summary_en"]
    assert "дата включения неизвестна" in result["summary_ru"]


def test_answers_do_not_share_state() -> None:
    first = _explain(MEDUZA, "donor", date(2024, 1, 1))
    first["offences"][0]["act"]["en"] = "changed"
    first["consequences"][0]["title"]["en"] = "changed"
    second = _explain(MEDUZA, "donor", date(2024, 1, 1))
    assert second["offences"][0]["act"]["en"] != "changed"
    assert second["consequences"][0]["title"]["en"] != "changed"
