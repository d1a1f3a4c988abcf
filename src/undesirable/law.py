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

import json
from collections.abc import Iterable, Mapping
from copy import deepcopy
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from undesirable.model import ON_LIST_STATUSES, Organization, designation_status

LAW_DATA_PACKAGE = "undesirable.data"
LAW_DATA_FILE = "law.json"
LANGUAGES = ("ru", "en")

_OFFENCE_FIELDS = (
    "id", "code", "kind", "article", "part", "version", "act", "scope", "subject",
    "min_prison_years", "max_prison_years", "fine_min_rub", "fine_max_rub", "other_penalties",
    "condition", "condition_note", "in_force_from", "in_force_from_basis", "in_force_to",
)  # fmt: skip


@cache
def _law() -> dict[str, Any]:
    text = resources.files(LAW_DATA_PACKAGE).joinpath(LAW_DATA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


EXPOSED_STATUSES = (*ON_LIST_STATUSES, "uncertain")
"""Statuses explained as a designation: on the list, or possibly on it (never a false "not listed")."""


def _by_id(section: str) -> dict[str, dict[str, Any]]:
    return {entry["id"]: entry for entry in _law()[section]}


def is_in_force(entry: Mapping[str, Any], on: date) -> bool:
    """Whether a law-data entry (offence, exemption, consequence) applied on ``on``."""
    start = date.fromisoformat(entry["in_force_from"])
    end = entry.get("in_force_to")
    return start <= on and (end is None or on <= date.fromisoformat(end))


def list_roles() -> list[str]:
    """The role ids ``explain_exposure`` understands, in the data file's order."""
    return [role["id"] for role in _law()["roles"]]


def describe_role(role: str) -> dict[str, Any] | None:
    """A role's labels, note, offence ids and sources; None for an unknown role."""
    entry = _by_id("roles").get(role)
    return deepcopy(entry) if entry is not None else None


def list_offences(on: date | None = None) -> list[dict[str, Any]]:
    """Every offence of the table (only those in force on ``on`` when given), as JSON dicts."""
    return [_offence_json(o) for o in _law()["offences"] if on is None or is_in_force(o, on)]


def other_consequences(on: date | None = None) -> list[dict[str, Any]]:
    """Consequences beyond the offences (banks, blocking, advertising...), in force on ``on``."""
    return [deepcopy(c) for c in _law()["consequences"] if on is None or is_in_force(c, on)]


def list_caveats(ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The points the sources leave open (all, or those with the given ids, in data order)."""
    wanted = None if ids is None else set(ids)
    return [deepcopy(tv) for tv in _law()["to_verify"] if wanted is None or tv["id"] in wanted]


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
    notice = _law()["phrases"]
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
        result[f"summary_{lang}"] = _summarize(org, result, lang=lang, on=on)
    return deepcopy(result)  # never hand out the cached table's own objects


def _related_entries(
    role_entry: Mapping[str, Any], offences: list[dict[str, Any]], on: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The role's consequences in force on ``on``, and the exemption notes for ``offences``."""
    consequences_by_id = _by_id("consequences")
    consequences = [c for i in role_entry["consequences"] if is_in_force(c := consequences_by_id[i], on)]
    offence_ids = {o["id"] for o in offences}
    exemptions = [e for e in _law()["exemptions"] if is_in_force(e, on) and offence_ids.intersection(e["applies_to"])]
    return consequences, exemptions


def _offence_json(offence: Mapping[str, Any]) -> dict[str, Any]:
    law = _law()
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
    phrases = _law()["phrases"]
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


def _summarize(org: Organization, result: Mapping[str, Any], *, lang: str, on: date) -> str:
    """The plain-language summary of ``result`` in ``lang``, one statement per line."""
    p = _law()["phrases"][lang]
    lines = [_status_line(org, result["status"], lang=lang, on=on)]
    lines.append(p["role"].format(role=result["role_label"][lang]))
    if not result["designated"] and result["offences"]:
        lines.append(p["hypothetical"])
    for offence in result["offences"]:
        reason = offence["reason"] if result["designated"] else offence["reason_if_designated"]
        lines.append(
            p["offence"].format(
                label=_label_with_subject(offence, lang),
                penalty=_penalty_text(offence, lang).rstrip("."),
                reason=p[f"reason_{reason}"],
            )
        )
    if not result["offences"]:
        lines.append(p["no_offences"].format(date=_fmt_date(on, lang)))
    highest = result["highest_penalty"]
    if highest is None:
        lines.append(p["highest_none"])
    else:
        top = next(o for o in result["offences"] if o["id"] == highest["offence_id"])
        lines.append(p["highest"].format(penalty=_main_penalty(top, lang), label=_label(top, lang)))
    for c in result["consequences"]:
        lines.append(p["consequence"].format(title=c["title"][lang], text=c["text"][lang]))
    lines.extend(p["exemption"].format(text=e["text"][lang]) for e in result["exemptions"])
    lines.append(p["note"].format(text=result["role_note"][lang]))
    if result["caveats"]:
        lines.append(p["caveats"].format(count=len(result["caveats"])))
    lines.append(p["notice"])
    return "\n".join(lines)


def _status_line(org: Organization, status: str, *, lang: str, on: date) -> str:
    p = _law()["phrases"][lang]
    name = _display_name(org, lang)
    when = _fmt_date(on, lang)
    if status == "uncertain" or (status in EXPOSED_STATUSES and org.designated_since is None):
        return str(p["status_designated_undated"].format(date=when, name=name))
    if status in EXPOSED_STATUSES:
        return str(p["status_designated"].format(date=when, name=name, since=_d(org, lang)))
    if status == "pending":
        decided = _fmt_date(org.gp_decision_date, lang)
        return str(p["status_pending"].format(date=when, name=name, decided=decided))
    if status in ("excluded", "removed"):
        # a designation ends with the exclusion order (a cancelled decision alone does not end it)
        ended = org.exclusion_date if status == "excluded" else org.removed_date
        return str(p[f"status_{status}"].format(date=when, name=name, ended=_fmt_date(ended, lang)))
    later = p["later"].format(since=_d(org, lang)) if org.designated_since else ""
    return str(p["status_not_yet"].format(date=when, name=name, later=later))


def _label(offence: Mapping[str, Any], lang: str) -> str:
    """``CC art. 284.1 part 1`` / ``ст. 284.1 ч. 1 УК``."""
    law = _law()
    part = offence["part"]
    return str(
        law["phrases"][lang]["label"].format(
            code=law["codes"][offence["code"]][f"short_{lang}"],
            article=offence["article"],
            part=law["phrases"][lang]["part"].format(part=part) if part is not None else "",
        )
    )


def _label_with_subject(offence: Mapping[str, Any], lang: str) -> str:
    subject = _law()["subjects"][offence["subject"]][lang]
    return f"{_label(offence, lang)} ({subject})"


def _main_penalty(offence: Mapping[str, Any], lang: str) -> str:
    """Imprisonment and fine ranges, where the sources give them."""
    p = _law()["phrases"][lang]
    pieces = []
    if offence["max_prison_years"] is not None:
        low = offence["min_prison_years"] if offence["min_prison_years"] is not None else "?"
        pieces.append(p["prison"].format(min=low, max=offence["max_prison_years"]))
    if offence["fine_max_rub"] is not None:
        low = _fmt_rub(offence["fine_min_rub"], lang) if offence["fine_min_rub"] else "?"
        pieces.append(p["fine"].format(min=low, max=_fmt_rub(offence["fine_max_rub"], lang)))
    return str(p["or"].join(pieces))


def _penalty_text(offence: Mapping[str, Any], lang: str) -> str:
    main = _main_penalty(offence, lang)
    other = offence["other_penalties"][lang] if offence["other_penalties"] else ""
    return "; ".join(piece for piece in (main, other) if piece) or "—"


def _display_name(org: Organization, lang: str) -> str:
    name = (org.name_ru if lang == "ru" else org.name_en) or org.display_name
    if lang == "ru" and "«" not in name:
        return f"«{name}»"
    return name


def _d(org: Organization, lang: str) -> str:
    return _fmt_date(org.designated_since, lang)


def _fmt_date(value: date | None, lang: str) -> str:
    if value is None:
        return "?"
    return value.strftime("%d.%m.%Y") if lang == "ru" else value.isoformat()


def _fmt_rub(amount: int, lang: str) -> str:
    text = f"{amount:,}"
    return text.replace(",", " ") if lang == "ru" else text


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
