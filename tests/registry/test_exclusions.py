"""Exclusions as the real file writes them: columns 7-9 filled and the status «Исключена»."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.factories import write_real_layout_xlsx
from undesirable.dates import describe_status

NED = "«Национальный фонд в поддержку демократии» (The National Endowment for Democracy), США"
OSF = "Фонд Открытое общество (Open Society Foundation), США"
EXCLUDED_ON = date(2026, 2, 10)


def _files(tmp_path: Path) -> tuple[Path, Path]:
    included = [
        ("1", "29.07.2015", "1076-р", "28.07.2015", NED, None, None, None, None, "Включена"),
        ("2", "01.12.2015", "1777-р", "30.11.2015", OSF, None, None, None, None, "Включена"),
    ]
    later = [
        included[0],
        ("2", "01.12.2015", "1777-р", "30.11.2015", OSF, None, "10.02.2026", "210-р", "05.02.2026", "Исключена"),
    ]
    first = write_real_layout_xlsx(tmp_path / "a.xlsx", included, actuality="01.01.2026 10:00:00")
    second = write_real_layout_xlsx(tmp_path / "b.xlsx", later, actuality="20.02.2026 10:00:00")
    return first, second


def test_an_exclusion_ends_the_designation_on_the_orders_day(registry: Any, tmp_path: Path) -> None:
    first, second = _files(tmp_path)
    registry.import_file(first)
    result = registry.import_file(second)
    osf = registry.get("ru-undesirable-1777-r-2015-12-01")
    assert result.diff.excluded == (osf.id,)
    assert result.diff.removed == ()
    assert osf.id in {o.id for o in registry.organizations(as_of=EXCLUDED_ON - timedelta(days=1))}
    assert osf.id not in {o.id for o in registry.organizations(as_of=EXCLUDED_ON)}
    assert osf.status_on(EXCLUDED_ON) == "excluded"
    assert describe_status(osf, EXCLUDED_ON) == "excluded on 10.02.2026 (order 210-р)"
    # the decision was cancelled on 05.02; the entry stayed on the list until the exclusion order
    assert osf.status_on(date(2026, 2, 7)) == "cancelled"
    assert osf.is_designated_on(date(2026, 2, 7))
    events = {e.kind: e.date for e in registry.history(osf.id).events}
    assert events == {
        "designated": date(2015, 11, 30),
        "included": date(2015, 12, 1),
        "cancelled": date(2026, 2, 5),
        "excluded": EXCLUDED_ON,
    }


def test_check_gives_the_exclusion_date(database_url: str, tmp_path: Path) -> None:
    from tests.cli.test_registry_cli import run  # the CLI as a user runs it

    first, second = _files(tmp_path)
    for path in (first, second):
        assert run(["import", str(path)], database_url=database_url).returncode == 0
    done = run(["check", "Open Society Foundation"], database_url=database_url)
    assert done.returncode == 0, done.stderr
    assert "excluded on 10.02.2026 (order 210-р)" in done.stdout


def test_the_law_explanation_ends_the_designation_on_the_exclusion_order(registry: Any, tmp_path: Path) -> None:
    from undesirable.law import explain_exposure

    first, second = _files(tmp_path)
    registry.import_file(first)
    registry.import_file(second)
    osf = registry.get("ru-undesirable-1777-r-2015-12-01")
    during = explain_exposure(osf, role="participant", on=date(2026, 2, 7))
    after = explain_exposure(osf, role="participant", on=EXCLUDED_ON)
    assert during is not None and after is not None
    assert during["designated"] is True and during["status"] == "cancelled"
    assert after["designated"] is False
    assert "excluded 2026-02-10" in after["summary_en"]
