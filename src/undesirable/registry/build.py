"""From a file's rows to organizations: parse each raw name, give it its id, merge its annotations."""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.model import Organization
from undesirable.names.parse import parse_register_name
from undesirable.registry.annotations import AnnotationIndex, apply_annotations
from undesirable.registry.identity import IdentityIndex, assign_ids
from undesirable.sources.formulas import is_formula_like
from undesirable.sources.rows import RegisterRow


def build_organizations(
    rows: Sequence[RegisterRow], *, annotations: AnnotationIndex, known: IdentityIndex | None = None
) -> list[Organization]:
    """One organization per row, with the id it keeps (see :mod:`undesirable.registry.identity`)."""
    parsed = [build_organization(row) for row in rows]
    keyed = assign_ids(parsed, known=known or IdentityIndex(), explicit=[row.org_id for row in rows])
    return [apply_annotations(org, annotations.find(org)) for org in keyed]


def build_organization(row: RegisterRow) -> Organization:
    """The organization one row describes, before annotations."""
    parsed = parse_register_name(row.raw_name)
    return Organization(
        id="",
        name_ru=parsed.name_ru,
        name_en=parsed.name_en,
        raw_name=row.raw_name,
        aliases=parsed.aliases,
        acronyms=parsed.acronyms,
        former_names=parsed.former_names,
        country=parsed.country,
        country_code=parsed.country_code,
        city=parsed.city,
        register_no=row.register_no,
        gp_decision_date=row.gp_decision_date,
        inclusion_date=row.inclusion_date,
        inclusion_order=row.inclusion_order,
        published_date=row.published_date,
        exclusion_date=row.exclusion_date,
        exclusion_order=row.exclusion_order,
        gp_cancel_date=row.gp_cancel_date,
        source_status=row.status,
        needs_review=parsed.needs_review or is_formula_like(row.raw_name),
        review_reasons=(*parsed.review_reasons, *_formula_reasons(row.raw_name)),
        basis=row.basis,
        month_dates=row.month_dates,
        former_ids=row.former_ids,
    )


def _formula_reasons(raw_name: str) -> tuple[str, ...]:
    if not is_formula_like(raw_name):
        return ()
    return (f"the name starts with {raw_name[0]!r}, which spreadsheets run as a formula",)
