"""The statistics charts are well-formed SVG that show the numbers."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from undesirable.web import svg

SVG = "{http://www.w3.org/2000/svg}"


def test_stacked_bars_have_one_segment_per_year_and_category() -> None:
    per_year = {"2015": {"media": 2, "unknown": 1}, "2016": {"media": 1}}
    root = ET.fromstring(svg.render_year_category_bars(per_year, label=str.upper, title="Per <year>"))
    segments = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(segments) == 3
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "3" in texts and "MEDIA" in texts and "2016" in texts
    assert root.findtext(f"{SVG}title") == "Per <year>"


def test_category_colours_are_stable_and_unknown_is_grey() -> None:
    assert svg.CATEGORY_COLORS["unknown"] == "#c8ced6"
    assert len(set(svg.CATEGORY_COLORS.values())) == len(svg.CATEGORY_COLORS)


def test_country_bars_sum_the_tail() -> None:
    counts = {f"C{i}": 20 - i for i in range(20)}
    root = ET.fromstring(svg.render_country_bars(counts, title="countries", other_label="other"))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "other" in texts and str(sum(20 - i for i in range(15, 20))) in texts


def test_cumulative_line_handles_empty_and_real_series() -> None:
    assert ET.fromstring(svg.render_cumulative_line([], title="x")).tag == f"{SVG}svg"
    points = [{"date": "2015-07-29", "count": 1}, {"date": "2017-03-01", "count": 5}]
    root = ET.fromstring(svg.render_cumulative_line(points, title="x"))
    assert root.find(f"{SVG}path") is not None
    assert [t.text for t in root.iter(f"{SVG}text") if t.text in ("2016", "2017")] == ["2016", "2017"]
