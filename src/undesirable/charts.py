"""Charts of the register's statistics: the one domain-side module that writes a file.

:func:`render_stats_chart` draws the dict made by :func:`undesirable.stats.compute_stats`: the
organizations included each year, stacked by category, above the register's cumulative size,
with the data source written on the chart. matplotlib is imported only when a chart is drawn,
and through its object API (no pyplot state, no global backend switch).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from undesirable.stats import CATEGORY_ORDER, UNKNOWN

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CHART_FORMATS = {".png": "png", ".svg": "svg"}
FIGURE_SIZE_INCHES = (11.0, 8.0)
PNG_DPI = 120
COLORMAP = "tab20"
UNKNOWN_COLOR_INDEX = 15  # light grey in tab20
TITLE = "Organizations declared undesirable in Russia"
DRAWN_YEARS = (2000, 2100)
"""Dates outside these years (a typo like 9999 in a register file) are not drawn, and the chart says
how many were left out: matplotlib's date axis cannot hold year 1 or 9999."""


def render_stats_chart(stats: dict[str, Any], path: Path) -> None:
    """Draw ``stats`` to ``path``, a .png or .svg chart chosen by the file's suffix.

    Args:
        stats: The dict returned by ``compute_stats``.
        path: Where to write the chart; its suffix picks the format.

    Raises:
        ValueError: The suffix is neither .png nor .svg.
    """
    fmt = CHART_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"chart format must be one of {sorted(CHART_FORMATS)}: {path.name}")
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # Keep text as text in SVG, so the source line stays readable and searchable.
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "undesirable"}):
        fig = Figure(figsize=FIGURE_SIZE_INCHES, layout="constrained")
        FigureCanvasAgg(fig)
        bars_ax, line_ax = fig.subplots(2, 1, height_ratios=(3, 2))
        _draw_year_bars(bars_ax, stats)
        _draw_cumulative(line_ax, stats)
        as_of = f", as of {stats['as_of']}" if stats.get("as_of") else ""
        fig.suptitle(f"{TITLE}{as_of}", fontsize=14)
        fig.supxlabel(_source_line(stats), fontsize=8, x=0.01, ha="left")
        fig.savefig(path, format=fmt, dpi=PNG_DPI)


def _draw_year_bars(ax: Axes, stats: dict[str, Any]) -> None:
    """Bars per inclusion year, one stacked segment per category."""
    import matplotlib

    per_year: dict[str, dict[str, int]] = {
        year: counts for year, counts in stats["by_inclusion_year_category"].items() if _is_drawn_year(year)
    }
    years = list(per_year)
    ax.set_title("Included in the register per year, by category", fontsize=11, loc="left")
    ax.set_ylabel("organizations")
    if not years:
        ax.text(0.5, 0.5, "no dated inclusions", ha="center", va="center", transform=ax.transAxes)
        return
    categories = [c for c in CATEGORY_ORDER if any(c in per_year[y] for y in years)]
    categories += sorted({c for y in years for c in per_year[y]} - set(categories))
    cmap = matplotlib.colormaps[COLORMAP]
    bottoms = [0] * len(years)
    for index, category in enumerate(categories):
        heights = [per_year[y].get(category, 0) for y in years]
        color = cmap(_color_index(category, index))
        ax.bar(years, heights, bottom=bottoms, label=category.replace("_", " "), color=color)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    for x, total in enumerate(bottoms):
        ax.annotate(str(total), (x, total), ha="center", va="bottom", fontsize=8)
    ax.legend(fontsize=8, loc="upper left", ncols=2, frameon=False)


def _color_index(category: str, position: int) -> int:
    """A category's fixed colour slot; unknown is grey, strays follow their position."""
    if category == UNKNOWN:
        return UNKNOWN_COLOR_INDEX
    return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else position


def _draw_cumulative(ax: Axes, stats: dict[str, Any]) -> None:
    """The register's running size by inclusion date."""
    points = [p for p in stats["cumulative"] if _is_drawn_year(str(p["date"])[:4])]
    ax.set_title("Register size over time (cumulative inclusions)", fontsize=11, loc="left")
    ax.set_ylabel("organizations")
    if not points:
        ax.text(0.5, 0.5, "no dated inclusions", ha="center", va="center", transform=ax.transAxes)
        return
    import numpy as np

    days = np.array([p["date"] for p in points], dtype="datetime64[D]")
    counts = [p["count"] for p in points]
    ax.step(days, counts, where="post", color="#b2182b", linewidth=2)
    ax.fill_between(days, counts, step="post", color="#b2182b", alpha=0.15)
    ax.annotate(
        f"{counts[-1]}",
        (days[-1], counts[-1]),
        xytext=(-4, 4),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=9,
    )
    ax.grid(axis="y", alpha=0.3)


def _is_drawn_year(year: str) -> bool:
    return year.isdigit() and DRAWN_YEARS[0] <= int(year) <= DRAWN_YEARS[1]


def _left_out(stats: dict[str, Any]) -> int:
    per_year: dict[str, dict[str, int]] = stats["by_inclusion_year_category"]
    return sum(sum(counts.values()) for year, counts in per_year.items() if not _is_drawn_year(year))


def _source_line(stats: dict[str, Any]) -> str:
    unknown = stats.get("unknown_dates", {}).get("inclusion", 0)
    note = f"; {unknown} entries without an inclusion date are not drawn" if unknown else ""
    if outside := _left_out(stats):
        note += f"; {outside} entries dated outside {DRAWN_YEARS[0]}-{DRAWN_YEARS[1]} are not drawn"
    return f"Source: {stats['source']}. {stats['total']} entries counted{note}."
