"""Write the bundled register as an xlsx in the Justice Ministry's layout.

    python scripts/write_official_xlsx.py OUT.xlsx [--excel-dates]

Importing the result round-trips: the same organizations, now as an "official" snapshot.
"""

from __future__ import annotations

import sys
from pathlib import Path

from undesirable.registry.bundled import write_bundled_xlsx


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    source = write_bundled_xlsx(Path(argv[0]), date_style="excel" if "--excel-dates" in argv else "text")
    print(f"wrote {argv[0]}: {len(source.rows)} rows, actuality {source.actuality:%d.%m.%Y}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
