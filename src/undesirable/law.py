"""What a designation means for a person, by role and date: the offences table and its reading.

The law lives in ``data/law.json``, not in code: every offence of Code of Administrative Offences
(CAO, ``KoAP``) art. 20.33 and Criminal Code (CC, ``UK``) art. 284.1 in each of its versions (2015,
the July 2021 rewrite, the August 2024 extension to any foreign organization), with its subject,
penalty ranges, condition (none, first act, earlier administrative penalty), in-force period and
public sources; the exemption notes; other consequences (banks, blocking, advertising); a roles
table (participant, organizer, donor, ...) mapping each role to offences; and the points the
sources leave open (``to_verify``), which every answer surfaces as ``caveats``.

An entry is in force on ``D`` when ``in_force_from <= D`` and ``in_force_to`` is null or
``D <= in_force_to`` (the last day it applied). Numbers that no source gave are null.

Everything here is pure: the data file is read once through :mod:`importlib.resources`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from copy import deepcopy
from datetime import date
from typing import Any

from undesirable.law_summary import EXPOSED_STATUSES, load_law, summarize_exposure
from undesirable.model import Organization, designation_status

LANGUAGES = ("ru", "en")

_OFFENCE_FIELDS = (
    "id", "code", "kind", "article", "part", "version", "act", "scope", "subject",
    "min_prison_years", "max_prison_years", "fine_min_rub", "fine_max_rub", "other_penalties",
    "condition", "condition_note", "in_force_from", "in_force_from_basis", "in_force_to",
)  # fmt: skip


def _by_id(section: str) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in load_law()[section]}


def is_in_force(entry: Mapping[str, Any], on: date) -> bool:
    """Whether a law-data entry (offence, exemption, consequence) applied on ``on``."""
    start = date.fromisoformat(entry["in_force_from"])
    end = entry.get("in_force_to")
    return start <= on and (end is None or on <= date.fromisoformat(end))


def list_roles() -> list[str]:
    """The role ids ``explain_exposure`` understands, in the data file's order."""
    return [role["id"] for role in load_law()["roles"]]


def describe_role(role: str) -> dict[str, Any] | None:
    """A role's labels, note, offence ids and sources; None for an unknown role."""
    entry = _by_id("roles").get(role)
    return deepcopy(entry) if entry is not None else None


def list_offences(on: date | None = None) -> list[dict[str, Any]]:
    """Every offence of the table (only those in force on ``on`` when given), as JSON dicts."""
    return [_offence_json(o) for o in load_law()["offences"] if on is None or is_in_force(o, on)]


def other_consequences(on: date | None = None) -> list[dict[str, Any]]:
    """Consequences beyond the offences (banks, blocking, advertising...), in force on ``on``."""
    return [deepcopy(c) for c in load_law()["consequences"] if on is None or is_in_force(c, on)]


def list_caveats(ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The points the sources leave open (all, or those with the given ids, in data order)."""
    wanted = None if ids is None else set(ids)
    return [deepcopy(tv) for tv in load_law()["to_verify"] if wanted is None or tv["id"] in wanted]


def explain_exposure(org: Organization, *, role: str, on: date, prior_penalty: bool = False) -> dict[str, Any] | None:
    """What a person in ``role`` risked on date ``on`` in connection with ``org``.

    Args:
        org: The organization the person's acts concern.
        role: One of :func:`list_roles` (``participant``, ``organizer``, ``donor``...).
        on: The date of the acts.
        prior_penalty: The person already had an administrative penalty for a similar act (for
            the pre-July-2021 article: the two penalties within one year it required).

    Returns:
        The exposure JSON contract: organization, date, designated, designated_since, role,
        offences in force for that role (each with ``applies`` and ``reason``), bilingual
        summaries, caveats and the notice; or None when ``role`` is unknown.
    """
    role_entry = _by_id("roles").get(role)
    if role_entry is None:
        return None
    status = designation_status(org, on)
    designated = status in EXPOSED_STATUSES
    offences_by_id = _by_id("offences")
    in_force = [o for i in role_entry["offences"] if is_in_force(o := offences_by_id[i], on)]
    offences = [_assessed_offence(o, designated=designated, prior=prior_penalty) for o in in_force]
    consequences, exemptions = _related_entries(role_entry, offences, on)
    caveat_ids = [tv for entry in (*offences, role_entry, *consequences, *exemptions) for tv in entry["to_verify"]]
    notice = load_law()["phrases"]
    result: dict[str, Any] = {
        "organization": org.to_json(as_of=on),
        "date": on.isoformat(),
        "designated": designated,
        "designated_since": _iso(org.designated_since) if designated else None,
        "status": status,
        "role": role,
        "role_label": role_entry["label"],
        "role_note": role_entry["note"],
        "role_sources": role_entry["sources"],
        "prior_penalty": prior_penalty,
        "offences": offences,
        "highest_penalty": _highest_penalty(offences),
        "consequences": consequences,
        "exemptions": exemptions,
        "caveats": list_caveats(dict.fromkeys(caveat_ids)),
        "notice_ru": notice["ru"]["notice"],
        "notice_en": notice["en"]["notice"],
    }
    result["notice"] = f"{result['notice_ru']} {result['notice_en']}"
    for lang in LANGUAGES:
        result[f"summary_{lang}"] = summarize_exposure(org, result, lang=lang, on=on)
    return deepcopy(result)  # never hand out the cached table's own objects


def _related_entries(
    role_entry: Mapping[str, Any], offences: list[dict[str, Any]], on: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The role's consequences in force on ``on``, and the exemption notes for ``offences``."""
    consequences_by_id = _by_id("consequences")
    consequences = [c for i in role_entry["consequences"] if is_in_force(c := consequences_by_id[i], on)]
    offence_ids = {o["id"] for o in offences}
    exemptions = [
        e for e in load_law()["exemptions"] if is_in_force(e, on) and offence_ids.intersection(e["applies_to"])
    ]
    return consequences, exemptions


def _offence_json(offence: Mapping[str, Any]) -> dict[str, Any]:
    law = load_law()
    out = {key: deepcopy(offence[key]) for key in _OFFENCE_FIELDS}
    out["code_name"] = {lang: law["codes"][offence["code"]][lang] for lang in LANGUAGES}
    out["condition_text"] = law["conditions"][offence["condition"]]
    out["sources"] = list(offence["sources"])
    out["to_verify"] = list(offence["to_verify"])
    return out


def _assess(condition: str, *, prior: bool) -> tuple[bool, str]:
    """Whether an offence with ``condition`` applies to a designated organization's case."""
    if condition in ("none", "first_act"):
        return True, condition
    if condition == "prior_administrative_penalty":
        return prior, "prior_met" if prior else "prior_missing"
    if condition == "two_administrative_penalties_within_year":
        return prior, "two_met" if prior else "two_missing"
    raise ValueError(f"law data: unknown condition {condition!r}")


def _assessed_offence(offence: Mapping[str, Any], *, designated: bool, prior: bool) -> dict[str, Any]:
    out = _offence_json(offence)
    would_apply, would_reason = _assess(offence["condition"], prior=prior)
    applies, reason = (would_apply, would_reason) if designated else (False, "not_designated")
    phrases = load_law()["phrases"]
    out.update(
        applies=applies,
        reason=reason,
        applies_if_designated=would_apply,
        reason_if_designated=would_reason,
        **{f"reason_{lang}": phrases[lang][f"reason_{reason}"] for lang in LANGUAGES},
    )
    return out


def _highest_penalty(offences: list[dict[str, Any]]) -> dict[str, Any] | None:
    applicable = [o for o in offences if o["applies"]]
    if not applicable:
        return None
    top = max(applicable, key=lambda o: (o["max_prison_years"] or 0, o["fine_max_rub"] or 0))
    return {
        "offence_id": top["id"],
        "max_prison_years": top["max_prison_years"],
        "fine_max_rub": top["fine_max_rub"],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
