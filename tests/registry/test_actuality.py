"""A snapshot's actuality must be plausible: not in the future (a day of slack), not before 2015.

A file dated 9999 once became "current" forever, so later real updates never answered questions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import SourceError
from undesirable.store import schema


@pytest.mark.parametrize(
    ("actuality", "reason"),
    [(datetime(9999, 12, 31), "future"), (datetime.now(UTC).replace(tzinfo=None) + timedelta(days=3), "future"),
     (datetime(2014, 12, 31), "before 2015")],
)  # fmt: skip
def test_an_implausible_actuality_is_refused(registry: Any, tmp_path: Path, actuality: datetime, reason: str) -> None:
    path = write_sample_xlsx(tmp_path / "odd.xlsx", actuality=actuality)
    with pytest.raises(SourceError) as caught:
        registry.import_file(path)
    assert reason in caught.value.message
    assert caught.value.message.startswith(f"{path}, row 2, column A:")
    assert registry.snapshots() == []


def test_a_day_of_slack_is_allowed(registry: Any, tmp_path: Path) -> None:
    soon = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=12)
    assert registry.import_file(write_sample_xlsx(tmp_path / "soon.xlsx", actuality=soon)).new


def test_a_stored_snapshot_dated_in_the_future_does_not_stay_current(registry: Any, tmp_path: Path) -> None:
    first = registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", actuality=datetime(2024, 9, 5)))
    with registry.store.transaction() as conn:  # as an earlier version let it in
        table = schema.snapshots
        conn.execute(update(table).where(table.c.id == first.snapshot.id).values(actuality=datetime(9999, 1, 1)))
    rows = [sample_row(i) for i in range(1, 7)]
    later = registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=rows, actuality=datetime(2025, 1, 10)))
    current = registry.current_snapshot()
    assert current is not None and current.id == later.snapshot.id
    assert len(registry.organizations()) == 6
