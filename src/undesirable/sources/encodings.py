"""Is a sample UTF-8? A rule that cannot silently mis-decode a mostly-UTF-8 file.

A UTF-8 file with one bad byte (a stray cp1251 letter pasted in, a cut multibyte character) used
to be read whole as cp1251: every Cyrillic name became mojibake and screening marked every row
"ok". Text in a single-byte encoding almost never forms valid UTF-8 multibyte sequences, so a
sample whose valid multibyte characters outnumber its invalid sequences by
:data:`MIN_VALID_PER_INVALID` to one is UTF-8: it is read as UTF-8, the invalid bytes become
U+FFFD, and the reader reports how many there were.
"""

from __future__ import annotations

import codecs

MIN_VALID_PER_INVALID = 10
"""Valid multibyte UTF-8 characters needed per invalid byte sequence to call a sample UTF-8."""


def count_utf8_errors(sample: bytes) -> tuple[int, int]:
    """(valid multibyte characters, invalid byte sequences) when ``sample`` is read as UTF-8.

    A multibyte character cut at the end of the sample is not counted as invalid.
    """
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample, final=False)
    invalid = text.count("\ufffd") - sample.count("\ufffd".encode())  # U+FFFD written in the file is valid
    valid = sum(1 for ch in text if ord(ch) >= 0x80) - invalid
    return valid, invalid


def is_mostly_utf8(sample: bytes) -> bool:
    """True for valid UTF-8, and for UTF-8 with a few invalid bytes among many valid characters."""
    valid, invalid = count_utf8_errors(sample)
    return invalid == 0 or valid >= MIN_VALID_PER_INVALID * invalid
