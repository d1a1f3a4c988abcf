"""The plain-language summary of a legal exposure, from the phrases and labels in ``data/law.json``.

Pure: the data file is read once through :mod:`importlib.resources`; :mod:`undesirable.law` decides
the exposure and this module words it in Russian or English.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from undesirable.model import ON_LIST_STATUSES, Organization

LAW_DATA_PACKAGE = "undesirable.data"
LAW_DATA_FILE = "law.json"
EXPOSED_STATUSES = (*ON_LIST_STATUSES, "uncertain")
"""Statuses explained as a designation: on the list, or possibly on it (never a false "not listed")."""


@cache
def load_law() -> dict[str, Any]:
    """The law data (offences, roles, phrases, caveats), read once."""
    text = resources.files(LAW_DATA_PACKAGE).joinpath(LAW_DATA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def summarize_exposure(org: Organization, result: Mapping[str, Any], *, lang: str, on: date) -> str:
    """The plain-language summary of ``result`` in ``lang``, one statement per line."""
    p = load_law()["phrases"][lang]
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
    p = load_law()["phrases"][lang]
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
    law = load_law()
    part = offence["part"]
    return str(
        law["phrases"][lang]["label"].format(
            code=law["codes"][offence["code"]][f"short_{lang}"],
            article=offence["article"],
            part=law["phrases"][lang]["part"].format(part=part) if part is not None else "",
        )
    )


def _label_with_subject(offence: Mapping[str, Any], lang: str) -> str:
    subject = load_law()["subjects"][offence["subject"]][lang]
    return f"{_label(offence, lang)} ({subject})"


def _main_penalty(offence: Mapping[str, Any], lang: str) -> str:
    """Imprisonment and fine ranges, where the sources give them."""
    p = load_law()["phrases"][lang]
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
