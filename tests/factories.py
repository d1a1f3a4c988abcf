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


# Row 3 of the ministry's real export, cell by cell (A3..J3), as published (DESIGN.md); not our writer's.
REAL_HEADER_ROW = (
    "№ п/п",
    "Дата распоряжения Минюста России о включении в перечень",
    "Номер распоряжения Минюста России о включении в перечень",
    "Дата принятия решения Генеральной прокуратурой Российской Федерации о признании деятельности организации "
    "нежелательной",
    "Наименование организации",
    "Дата обнародования информации",
    "Дата распоряжения Минюста России об исключении из перечня",
    "Номер распоряжения Минюста России об исключении из перечня",
    "Дата принятия решения Генеральной прокуратурой Российской Федерации об отмене решения",
    "Статус",
)
REAL_TITLE = (
    "Реестр иностранных и международных организаций, деятельность которых признана нежелательной "
    "на территории Российской Федерации"
)


def write_real_layout_xlsx(
    path: Path,
    rows: list[tuple[object, ...]],
    *,
    actuality: str = "14.08.2026 17:28:00",
    header: tuple[str, ...] = REAL_HEADER_ROW,
) -> Path:
    """An xlsx laid out cell by cell as the ministry's export, written with openpyxl alone."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Лист 1"
    sheet["A1"] = REAL_TITLE
    sheet["A2"] = actuality
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
