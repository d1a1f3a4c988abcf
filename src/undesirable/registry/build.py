"""From a file's rows to organizations: parse each raw name, key it, merge its annotations."""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.model import Organization
from undesirable.names.parse import parse_register_name
from undesirable.registry.annotations import AnnotationIndex, apply_annotations
from undesirable.sources.rows import RegisterRow, make_org_id


def build_organizations(rows: Sequence[RegisterRow], *, annotations: AnnotationIndex) -> list[Organization]:
    """One organization per row, with stable ids; rows that would share an id are told apart."""
    organizations: list[Organization] = []
    seen: set[str] = set()
    for row in rows:
        org = build_organization(row)
        if org.id in seen:
            org = org.with_changes(
                id=f"{org.id}#{row.register_no}",
                needs_review=True,
                review_reasons=(*org.review_reasons, f"another row has the same key {org.id}"),
            )
        seen.add(org.id)
        organizations.append(apply_annotations(org, annotations.find(org)))
    return organizations


def build_organization(row: RegisterRow) -> Organization:
    """The organization one row describes, before annotations."""
    parsed = parse_register_name(row.raw_name)
    return Organization(
        id=organization_id(row),
        name_ru=parsed.name_ru,
        name_en=parsed.name_en,
        raw_name=row.raw_name,
        aliases=parsed.aliases,
        acronyms=parsed.acronyms,
        former_names=parsed.former_names,
        country=parsed.country,
        country_code=parsed.country_code,
        register_no=row.register_no,
        gp_decision_date=row.gp_decision_date,
        inclusion_date=row.inclusion_date,
        inclusion_order=row.inclusion_order,
        published_date=row.published_date,
        exclusion_date=row.exclusion_date,
        exclusion_order=row.exclusion_order,
        gp_cancel_date=row.gp_cancel_date,
        source_status=row.status,
        needs_review=parsed.needs_review,
        review_reasons=parsed.review_reasons,
        basis=row.basis,
    )


def organization_id(row: RegisterRow) -> str:
    """Order number + inclusion date for official rows; the file's own id otherwise."""
    if row.org_id:
        return row.org_id
    if row.inclusion_order and row.inclusion_date:
        return make_org_id(row.inclusion_order, row.inclusion_date)
    return f"row:{row.register_no}"
