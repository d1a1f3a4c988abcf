from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import sample_row, write_sample_xlsx


@pytest.fixture()
def filled(registry: Any, tmp_path: Path) -> Any:
    """A registry with one official snapshot of five rows, one of them excluded, one with tricky text."""
    rows = [
        sample_row(1, order="1076-р", included=date(2015, 7, 29), decided=date(2015, 7, 28)),
        sample_row(2),
        sample_row(3, excluded=date(2024, 3, 1), exclusion_order="9-р"),
        sample_row(4),
        sample_row(5, raw_name='Fundacja „Otwarty Dialog"; Łódź (Фонд «Открытый диалог»), Польша'),
    ]
    path = write_sample_xlsx(tmp_path / "export.xlsx", rows=rows, actuality=datetime(2024, 9, 5, 17, 28))
    registry.import_file(path)
    return registry
