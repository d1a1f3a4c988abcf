"""Which known organization a new row is: ids minted once and kept across sources.

A row of a new file is matched to an organization the store already knows, in this order:

1. the row's own id (the project's formats carry it), in any earlier form;
2. its inclusion order + date (the official key), also when it is only a former id;
3. its inclusion date + one of its names (a reworded raw name keeps its other names);
4. its inclusion date + its № п/п (the same place in the list on the same day);
5. one of its names, when exactly one known organization has it and no date contradicts.

A match keeps the known id; when the row reveals an order number, the order-based id becomes a
former id. A row matching nothing gets a new id (:func:`undesirable.registry.ids.mint_org_id`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from undesirable.model import Organization
from undesirable.names.keys import name_match_key
from undesirable.registry.ids import id_forms, mint_org_id, order_id


class IdentityIndex:
    """The organizations already known, indexed by everything that identifies them."""

    def __init__(self, known: Iterable[Organization] = ()) -> None:
        self._ids: dict[str, str] = {}
        self._by_date_name: dict[tuple[date, str], set[str]] = {}
        self._by_date_number: dict[tuple[date, int], set[str]] = {}
        self._by_name: dict[str, set[str]] = {}
        self._dates: dict[str, date | None] = {}
        self._orders: dict[str, str | None] = {}
        for org in known:
            self.add(org)

    def add(self, org: Organization) -> None:
        """Remember ``org`` under its id, former ids, order key, dates and names."""
        forms = [org.id, *org.former_ids]
        if org.inclusion_order and org.inclusion_date:
            forms.append(order_id(org.inclusion_order, org.inclusion_date))
        for form in forms:
            for spelling in id_forms(form):
                self._ids.setdefault(spelling, org.id)
        self._dates[org.id] = org.inclusion_date
        self._orders[org.id] = org.inclusion_order
        for key in _name_keys(org):
            self._by_name.setdefault(key, set()).add(org.id)
            if org.inclusion_date:
                self._by_date_name.setdefault((org.inclusion_date, key), set()).add(org.id)
        if org.inclusion_date and org.register_no:
            self._by_date_number.setdefault((org.inclusion_date, org.register_no), set()).add(org.id)

    def find(self, org: Organization, *, explicit_id: str | None = None) -> str | None:
        """The known id ``org`` (built from a new row) goes by, or None when it is new."""
        for form in id_forms(explicit_id) if explicit_id else ():
            if form in self._ids:
                return self._ids[form]
        if org.inclusion_order and org.inclusion_date:
            found = self._ids.get(order_id(org.inclusion_order, org.inclusion_date))
            if found is not None:
                return found
        keys = _name_keys(org)
        if org.inclusion_date is not None:
            day = org.inclusion_date
            by_name = self._compatible(org, set().union(*(self._by_date_name.get((day, k), set()) for k in keys)))
            if len(by_name) == 1:
                return by_name.pop()
            by_number = self._compatible(org, self._by_date_number.get((day, org.register_no or 0), set()))
            if len(by_number) == 1:
                return by_number.pop()
        candidates = self._compatible(org, set().union(*(self._by_name.get(k, set()) for k in keys)))
        if len(candidates) == 1:
            found = candidates.pop()
            known_day = self._dates.get(found)
            if known_day is None or org.inclusion_date is None or known_day == org.inclusion_date:
                return found
        return None

    def _compatible(self, org: Organization, candidates: set[str]) -> set[str]:
        """The candidates whose known inclusion order does not contradict ``org``'s."""
        if not org.inclusion_order:
            return set(candidates)
        return {c for c in candidates if self._orders.get(c) in (None, org.inclusion_order)}


def assign_ids(
    organizations: list[Organization], *, known: IdentityIndex, explicit: list[str | None]
) -> list[Organization]:
    """Each organization with the id it keeps: a known one, its explicit one, or a new one.

    Two rows of one file never share an id: the later one gets a new id and is flagged for review.
    """
    out: list[Organization] = []
    used: set[str] = set()
    for org, given in zip(organizations, explicit, strict=True):
        found = known.find(org, explicit_id=given)
        new_id = found or (
            id_forms(given)[-1]
            if given
            else mint_org_id(
                order=org.inclusion_order, inclusion=org.inclusion_date, name=org.name_en or org.name_ru or org.raw_name
            )
        )
        former = [*org.former_ids, *([given] if given and given != new_id else [])]
        if org.inclusion_order and org.inclusion_date:
            former.append(order_id(org.inclusion_order, org.inclusion_date))
        if new_id in used:
            clash = new_id
            new_id = f"{new_id}-n{org.register_no or len(out) + 1}"
            org = org.with_changes(
                needs_review=True, review_reasons=(*org.review_reasons, f"another row has the same key {clash}")
            )
        used.add(new_id)
        out.append(org.with_changes(id=new_id, former_ids=tuple(dict.fromkeys(f for f in former if f != new_id))))
    return out


def _name_keys(org: Organization) -> set[str]:
    names = [org.raw_name, *org.all_names()]
    return {k for k in (name_match_key(n) for n in names if n) if k}
