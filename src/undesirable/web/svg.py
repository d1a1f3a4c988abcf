"""SVG charts of the register's statistics, drawn as plain markup (no script, no network).

Each function takes parts of the dict made by :func:`undesirable.stats.compute_stats` and returns
one ``<svg>`` element that scales to its container; labels come in already translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from undesirable.stats import CATEGORY_ORDER

WIDTH = 760
PHONE_WIDTH = 320
"""Drawn at this width, a chart keeps its 11-12 px labels at about their size on a 390 px phone."""
LEGEND_COLUMN = 240
MIN_LABEL_SLOT = 30
"""Narrower slots than this (in chart units) label every other year."""
BAR_CHART_HEIGHT = 300
COUNTRY_ROW_HEIGHT = 22
LINE_CHART_HEIGHT = 220
MARGIN_LEFT = 44
MARGIN_RIGHT = 16
MARGIN_TOP = 16
MARGIN_BOTTOM = 28
COUNTRY_LABEL_WIDTH = 60
TOP_COUNTRIES = 15
Y_TICKS = 4
CATEGORY_COLORS = dict(zip(CATEGORY_ORDER, (
    "#c0392b", "#1f5fa8", "#8e44ad", "#2e8b57", "#d68910", "#e06c9f", "#17a2b8",
    "#7f6a3a", "#a3c639", "#4a235a", "#e2b100", "#138d75", "#5d6d7e", "#c8ced6",
), strict=True))  # fmt: skip
"""One colour per category, the same in every chart; unknown is light grey."""
FALLBACK_COLOR = "#8f99a8"
INK = "#222"
GRID = "#ddd"
ACCENT = "#1f5fa8"


def render_year_category_bars(
    per_year: Mapping[str, Mapping[str, int]], *, label: Callable[[str], str], title: str, width: int = WIDTH
) -> str:
    """Bars per year, one stacked segment per category, with a legend underneath."""
    years = list(per_year)
    present = {c for y in years for c in per_year[y]}
    categories = [c for c in CATEGORY_ORDER if c in present] + sorted(present - set(CATEGORY_ORDER))
    totals = [sum(per_year[y].values()) for y in years]
    top = _nice_max(max(totals, default=0))
    plot_w, plot_h = width - MARGIN_LEFT - MARGIN_RIGHT, BAR_CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    columns = max(1, (width - MARGIN_LEFT) // LEGEND_COLUMN)
    legend_rows = -(-len(categories) // columns)
    height = BAR_CHART_HEIGHT + legend_rows * 20 + 8
    parts = [_open(height, title, width=width), *_y_axis(top, plot_h, width=width)]
    slot = plot_w / max(len(years), 1)
    every = 1 if slot >= MIN_LABEL_SLOT else 2
    bar_w = slot * 0.7
    for i, year in enumerate(years):
        x = MARGIN_LEFT + i * slot + (slot - bar_w) / 2
        y: float = MARGIN_TOP + plot_h
        for category in categories:
            count = per_year[year].get(category, 0)
            if not count:
                continue
            h = plot_h * count / top
            y -= h
            color = CATEGORY_COLORS.get(category, FALLBACK_COLOR)
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{color}">'
                f"<title>{escape(year)}: {escape(label(category))} {count}</title></rect>"
            )
        parts.append(_text(x + bar_w / 2, y - 4, str(totals[i]), anchor="middle", size=11))
        if (len(years) - 1 - i) % every == 0:
            parts.append(_text(x + bar_w / 2, MARGIN_TOP + plot_h + 18, year, anchor="middle", size=11))
    for j, category in enumerate(categories):
        lx, ly = MARGIN_LEFT + (j % columns) * LEGEND_COLUMN, BAR_CHART_HEIGHT + 4 + (j // columns) * 20
        color = CATEGORY_COLORS.get(category, FALLBACK_COLOR)
        parts.append(f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{color}"/>')
        parts.append(_text(lx + 18, ly + 11, label(category), size=12))
    parts.append("</svg>")
    return "".join(parts)


def render_country_bars(by_country: Mapping[str, int], *, title: str, other_label: str, width: int = WIDTH) -> str:
    """Horizontal bars for the countries with most entries; the rest summed as one bar."""
    items = list(by_country.items())
    shown = items[:TOP_COUNTRIES]
    rest = sum(count for _, count in items[TOP_COUNTRIES:])
    if rest:
        shown.append((other_label, rest))
    top = max((count for _, count in shown), default=1)
    height = MARGIN_TOP + len(shown) * COUNTRY_ROW_HEIGHT + 8
    plot_w = width - MARGIN_LEFT - COUNTRY_LABEL_WIDTH - MARGIN_RIGHT - 40
    parts = [_open(height, title, width=width)]
    for i, (code, count) in enumerate(shown):
        y = MARGIN_TOP + i * COUNTRY_ROW_HEIGHT
        w = plot_w * count / top
        x0 = MARGIN_LEFT + COUNTRY_LABEL_WIDTH
        parts.append(_text(x0 - 8, y + 14, code, anchor="end", size=12))
        parts.append(f'<rect x="{x0}" y="{y + 3}" width="{w:.1f}" height="{COUNTRY_ROW_HEIGHT - 6}" fill="{ACCENT}"/>')
        parts.append(_text(x0 + w + 6, y + 14, str(count), size=12))
    parts.append("</svg>")
    return "".join(parts)


def render_cumulative_line(points: Sequence[Mapping[str, object]], *, title: str, width: int = WIDTH) -> str:
    """The register's size over time as a step line (one point per inclusion date)."""
    plot_w = width - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = LINE_CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    parts = [_open(LINE_CHART_HEIGHT, title, width=width)]
    if not points:
        parts.append("</svg>")
        return "".join(parts)
    days = [_ordinal(str(p["date"])) for p in points]
    counts = [int(str(p["count"])) for p in points]
    top = _nice_max(counts[-1])
    first, last = days[0], max(days[-1], days[0] + 1)
    parts.extend(_y_axis(top, plot_h, width=width))

    def xy(day: int, count: int) -> tuple[float, float]:
        return (MARGIN_LEFT + plot_w * (day - first) / (last - first), MARGIN_TOP + plot_h * (1 - count / top))

    path: list[str] = []
    previous = 0
    for day, count in zip(days, counts, strict=True):
        x, y_before = xy(day, previous)
        _, y_after = xy(day, count)
        path.append(f"{'M' if not path else 'L'}{x:.1f},{y_before:.1f} L{x:.1f},{y_after:.1f}")
        previous = count
    parts.append(f'<path d="{" ".join(path)}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    first_year, last_year = int(str(points[0]["date"])[:4]) + 1, int(str(points[-1]["date"])[:4])
    year_w = plot_w * 365 / max(last - first, 1)
    every = 1 if year_w >= MIN_LABEL_SLOT else 2
    for year in range(first_year, last_year + 1):
        if (last_year - year) % every:
            continue
        x, _ = xy(_ordinal(f"{year}-01-01"), 0)
        parts.append(_text(x, LINE_CHART_HEIGHT - 8, str(year), anchor="middle", size=11))
    parts.append("</svg>")
    return "".join(parts)


def _open(height: int, title: str, *, width: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'class="chart" font-family="system-ui, sans-serif" fill="{INK}"><title>{escape(title)}</title>'
    )


def _y_axis(top: int, plot_h: float, *, width: int) -> list[str]:
    parts = []
    for i in range(Y_TICKS + 1):
        value = top * i // Y_TICKS
        y = MARGIN_TOP + plot_h * (1 - i / Y_TICKS)
        x2 = width - MARGIN_RIGHT
        parts.append(f'<line x1="{MARGIN_LEFT}" x2="{x2}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(_text(MARGIN_LEFT - 6, y + 4, str(value), anchor="end", size=11))
    return parts


def _text(x: float, y: float, text: str, *, anchor: str = "start", size: int = 12) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}">{escape(text)}</text>'


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value`` (a multiple of the tick count)."""
    step = 5 if value <= 20 else 10 if value <= 100 else 50
    top = max(step, -(-value // step) * step)
    return -(-top // Y_TICKS) * Y_TICKS


def _ordinal(iso_day: str) -> int:
    from datetime import date

    return date.fromisoformat(iso_day).toordinal()
