"""Real register files for tests, written in the official layout."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from undesirable.sources.official_writer import write_official_xlsx
from undesirable.sources.rows import RegisterRow

SAMPLE_NAMES = (
    "«Национальный фонд в поддержку демократии» (The National Endowment for Democracy)",
    "Фонд Открытое общество (Open Society Foundation)",
    "Limited liability company (SIA) «Medusa Project» («Проект Медуза»), Латвийская Республика",
    "Amnesty International Limited («Международная амнистия»), Соединенное Королевство",
)


def sample_row(
    number: int,
    *,
    raw_name: str | None = None,
    order: str | None = None,
    included: date | None = date(2020, 1, 10),
    decided: date | None = date(2020, 1, 5),
    excluded: date | None = None,
    exclusion_order: str | None = None,
) -> RegisterRow:
    return RegisterRow(
        line=number + 3,
        register_no=number,
        inclusion_date=included,
        inclusion_order=order if order is not None else f"{100 + number}-р",
        gp_decision_date=decided,
        raw_name=raw_name or SAMPLE_NAMES[(number - 1) % len(SAMPLE_NAMES)],
        exclusion_date=excluded,
        exclusion_order=exclusion_order,
        status="Включена",
    )


def write_sample_xlsx(
    path: Path, *, rows: list[RegisterRow] | None = None, actuality: datetime | None = None, **kw: object
) -> Path:
    write_official_xlsx(
        path,
        actuality=actuality or datetime(2024, 9, 5, 17, 28),
        rows=rows if rows is not None else [sample_row(i) for i in range(1, 5)],
        **kw,  # type: ignore[arg-type]
    )
    return path
