"""Limits on everything a stranger controls, in one frozen object (``Settings.limits``).

Each limit is checked *while* reading, before the thing it bounds is held in memory: the bytes a
zip archive declares it unpacks to (checked before anything is unpacked), the row numbers of a sheet
(checked before a row is used), the length of a cell, the words of a name, the characters of a text
(checked piece by piece as it is extracted). Going over a limit raises :class:`LimitError`, whose
message names the limit, its value and where it was met. ``docs/security.md`` lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from undesirable.errors import LimitError, Location

__all__ = ["DEFAULT_LIMITS", "LimitError", "Limits", "check_limit"]


@dataclass(frozen=True)
class Limits:
    """The bounds on untrusted input; tests build small ones, deployments keep the defaults.

    Attributes:
        unpacked_bytes: what an xlsx or DOCX archive may unpack to, all members together.
        rows: data rows of a register file (and the highest row number a sheet may use).
        cell_chars: characters in one cell of a register file.
        name_words: words in one organization name.
        text_chars: characters of one text scanned through the HTTP API (also an upload's extracted text).
        mentions: mentions in one scan answer (the answer says when it was cut).
        download_bytes: bytes ``update`` downloads (after decompression).
        download_seconds: the overall deadline of one download, retries included.
        webhook_response_bytes: bytes read from a webhook receiver's answer.
        header_seconds: how long ``serve`` waits for a request's headers before closing the connection.
        body_seconds: how long ``serve`` waits for each piece of a request body (then 408).
    """

    unpacked_bytes: int = 64 * 1024 * 1024
    rows: int = 50_000
    cell_chars: int = 8_000
    name_words: int = 400
    text_chars: int = 1_000_000
    mentions: int = 5_000
    download_bytes: int = 20 * 1024 * 1024
    download_seconds: float = 120.0
    webhook_response_bytes: int = 64 * 1024
    header_seconds: float = 10.0
    body_seconds: float = 30.0


DEFAULT_LIMITS = Limits()


def check_limit(value: int, limit: int, *, what: str, name: str, location: Location | str) -> None:
    """Raise :class:`LimitError` when ``value`` is over ``limit``.

    Args:
        value: what was counted so far.
        limit: the bound.
        what: what is counted, in words (``"rows"``, ``"unpacked bytes"``).
        name: the limit's attribute in :class:`Limits` (named in the message).
        location: where it was met (a file, row and column, or ``"request"``).
    """
    if value > limit:
        raise LimitError(f"{location}: too many {what}: over the limit of {limit:,} (limits.{name})")
