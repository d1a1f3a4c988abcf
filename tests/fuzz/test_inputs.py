"""Fuzzing what strangers control: register names, texts to scan, names to screen and xlsx cells.

Hypothesis draws inputs from the characters the register and its users actually write (Cyrillic,
Latin, guillemets and other quotes, brackets, commas, dashes, digits, odd spaces, control and
surrogate-range code points, emoji) and pushes them through the name parser, the matcher, the
scanner and the official xlsx reader: none may raise anything but the project's own errors, and
the scanner's offsets must point at what it reports. Growth tests feed inputs of growing size and
compare times as ratios (never absolute timings): each step multiplies the input by 4, and linear
code takes about 4 times as long, quadratic code 16.

Bounded for CI: a fixed number of examples, derandomized, no example database.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from undesirable.errors import UndesirableError
from undesirable.matching import build_match_index, match_name
from undesirable.model import Organization
from undesirable.names.parse import ParsedName, parse_register_name
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

pytestmark = pytest.mark.slow

EXAMPLES = 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

REGISTER_CHARS = (
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzäöüßéłńóśźżçñ"
    "0123456789 ,.;:-–—()[]{}«»„“”\"'‘’/&№+=@\t\n\u00a0\u200b\ufeff"
)
register_text = st.text(alphabet=REGISTER_CHARS, max_size=300)
any_text = st.text(max_size=300)  # every code point hypothesis knows, surrogates included
names = st.one_of(register_text, any_text)


@pytest.fixture(scope="module")
def orgs() -> tuple[Organization, ...]:
    from undesirable.registry.bundled import load_bundled_organizations

    return load_bundled_organizations()


@pytest.fixture(scope="module")
def scan_index(orgs: tuple[Organization, ...]) -> ScanIndex:
    return build_scan_index(orgs)


@pytest.fixture(scope="module")
def match_index(orgs: tuple[Organization, ...]) -> Any:
    return build_match_index(orgs)


@FUZZ
@given(raw=names)
def test_the_name_parser_takes_any_string(raw: str) -> None:
    parsed = parse_register_name(raw)
    assert isinstance(parsed, ParsedName)
    for name in (parsed.name_ru, parsed.name_en, *parsed.aliases, *parsed.acronyms):
        assert name is None or isinstance(name, str)


@FUZZ
@given(query=names)
def test_the_matcher_takes_any_query(match_index: Any, query: str) -> None:
    for found in match_name(match_index, query):
        assert 0.0 <= found.score <= 1.0


@FUZZ
@given(text=st.lists(st.one_of(names, st.sampled_from(["«Медузы»", "Bellingcat", "meduza.io", "NED", "ФБК"]))))
def test_the_scanner_takes_any_text_and_points_at_what_it_reports(scan_index: ScanIndex, text: list[str]) -> None:
    whole = " ".join(text)
    for mention in scan_text(scan_index, whole):
        assert 0 <= mention.start < mention.end <= len(whole)
        assert whole[mention.start : mention.end] == mention.text


cells = st.one_of(
    st.none(),
    names,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
)


@settings(FUZZ, max_examples=40)
@given(rows=st.lists(st.lists(cells, min_size=10, max_size=10), min_size=1, max_size=4), a2=cells)
def test_the_official_reader_takes_any_cells(rows: list[list[object]], a2: object) -> None:
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    from undesirable.sources.layout import load_official_layout
    from undesirable.sources.official_xlsx import read_official_xlsx_bytes

    layout = load_official_layout()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = layout.sheet
    try:
        sheet.cell(row=1, column=1, value=layout.title)
        sheet.cell(row=2, column=1, value=a2)
        for column in layout.columns:
            sheet.cell(row=3, column=column.index, value=column.header)
        for r, row in enumerate(rows, start=4):
            for c, value in enumerate(row, start=1):
                sheet.cell(row=r, column=c, value=value)
    except (IllegalCharacterError, ValueError):
        return  # a value no xlsx file can hold
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        source = read_official_xlsx_bytes(buffer.getvalue(), name="fuzz.xlsx")
    except UndesirableError as exc:
        assert exc.message.startswith("fuzz.xlsx")
        return
    assert isinstance(source.actuality, datetime)


def _calls(action: Callable[[], object]) -> int:
    """How many Python and C function calls (generator steps included) ``action`` makes: a measure of
    work that does not depend on the machine's load, unlike a timing."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


def _growth(make: Callable[[int], Callable[[], object]], small: int) -> float:
    """How much more work an input 4 times larger takes (linear: about 4; quadratic: about 16)."""
    return _calls(make(small * 4)) / max(_calls(make(small)), 1)


@pytest.mark.parametrize(
    "unit", ["Фонд (США) ", "ABC ", "Free Russia (FR), ", "«Фонд «Открытый диалог» ", "(с 01.01.2020 – X) ", "a-b. "]
)
def test_the_parser_grows_linearly(unit: str) -> None:
    ratio = _growth(lambda n: lambda: parse_register_name(unit * n), 200)
    assert ratio < 6, ratio


@pytest.mark.parametrize("unit", ["Сотрудники «Медузы» и Bellingcat. ", "медуза медуза ", "NED FBK ", "x" * 50 + " "])
def test_the_scanner_grows_linearly(scan_index: ScanIndex, unit: str) -> None:
    ratio = _growth(lambda n: lambda: scan_text(scan_index, unit * n), 500)
    assert ratio < 6, ratio


@pytest.mark.parametrize("unit", ["Фонд ", "Open Society Foundations ", "ФБК NED "])
def test_the_matcher_grows_at_most_linearly(match_index: Any, unit: str) -> None:
    # the index builds its lookup tables on first use, once: warm it with the same words (another
    # text, so neither measured query is answered from the index's cache of answers)
    match_name(match_index, unit * 2)
    ratio = _growth(lambda n: lambda: match_name(match_index, unit * n), 5)
    assert ratio < 6, ratio
