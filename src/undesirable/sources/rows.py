"""What every reader yields: a source file's rows, validated, with the cells kept verbatim.

A ``RegisterRow`` is one line of the official list in its ten columns (see DESIGN.md), already
typed (dates, order numbers) but not yet interpreted (the raw name is parsed later by ``names``).
A ``SourceFile`` is one whole file: its actuality date-time, sha256 and rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from undesirable.model import Organization

SourceKind = Literal["official", "bundled", "export"]

_ORDER_NOISE = re.compile(r"[№N\s\u00a0]+")
_LATIN_TO_CYRILLIC_ORDER = str.maketrans({"p": "р", "P": "р", "Р": "р"})


@dataclass(frozen=True)
class RegisterRow:
    """One organization row of a register file, typed but uninterpreted."""

    line: int
    register_no: int | None
    inclusion_date: date | None
    inclusion_order: str | None
    gp_decision_date: date | None
    raw_name: str
    published_date: date | None = None
    exclusion_date: date | None = None
    exclusion_order: str | None = None
    gp_cancel_date: date | None = None
    status: str | None = None
    cells: tuple[str | None, ...] = ()
    org_id: str | None = None
    basis: str = "official"
    month_dates: tuple[str, ...] = ()
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceFile:
    """One register file as read: what version of the list it is and its rows."""

    name: str
    sha256: str
    actuality: datetime
    rows: tuple[RegisterRow, ...]
    kind: SourceKind = "official"
    title: str = ""
    note: str | None = None
    warnings: tuple[str, ...] = field(default=())


def normalize_order(value: str | None) -> str | None:
    """``"№ 1076-p "`` -> ``"1076-р"``: one spelling for an order number (Cyrillic ``р``)."""
    if value is None:
        return None
    text = _ORDER_NOISE.sub("", value).translate(_LATIN_TO_CYRILLIC_ORDER)
    text = text.replace("–", "-").replace("—", "-")
    return text or None


def organization_to_row(org: Organization, *, line: int) -> RegisterRow:
    """One organization as a register row (its ten columns, id and basis): what exports write."""
    return RegisterRow(
        line=line,
        register_no=org.register_no,
        inclusion_date=org.inclusion_date,
        inclusion_order=org.inclusion_order,
        gp_decision_date=org.gp_decision_date,
        raw_name=org.raw_name or org.display_name,
        published_date=org.published_date,
        exclusion_date=org.exclusion_date,
        exclusion_order=org.exclusion_order,
        gp_cancel_date=org.gp_cancel_date,
        status=org.source_status,
        org_id=org.id,
        basis=org.basis,
        month_dates=org.month_dates,
        former_ids=org.former_ids,
    )
