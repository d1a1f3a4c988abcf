"""One error tree for the whole project.

Each error knows the HTTP status the API answers with and the exit code the CLI ends with, so the
outer layers never guess: a user's mistake is one clear line (CLI) or one JSON body (API), never a
traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class UndesirableError(Exception):
    """Base of every error the project raises on purpose."""

    http_status = 500
    exit_code = 1
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(UndesirableError):
    """The caller asked for something malformed (bad option, bad date, unknown role)."""

    http_status = 422
    exit_code = 2
    code = "bad_request"


class NotFoundError(UndesirableError):
    """An organization, snapshot or file that does not exist."""

    http_status = 404
    code = "not_found"


@dataclass(frozen=True)
class Location:
    """Where in a source file something went wrong; rendered as ``file, row R, column C``."""

    file: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


class NoDataError(UndesirableError):
    """The store holds no version of the list, so no question about it can be answered."""

    http_status = 503
    code = "no_data"

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "no data: the store holds no version of the list; run `undesirable update` (the official export) "
            "or `undesirable import FILE`"
        )


class SourceError(UndesirableError):
    """A source file that cannot be read as what it claims to be; names file, row and column."""

    http_status = 400
    code = "bad_source"

    def __init__(self, message: str, *, location: Location) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.reason = message


class LimitError(UndesirableError):
    """Input over one of the limits in :class:`undesirable.limits.Limits`; the message names it."""

    http_status = 413
    code = "too_large"


class StoreError(UndesirableError):
    """The database could not be opened or written."""

    code = "store_error"


class DownloadError(UndesirableError):
    """The official list could not be fetched."""

    http_status = 502
    code = "download_failed"


class AuthError(UndesirableError):
    """A write without a valid token."""

    http_status = 401
    code = "unauthorized"


class MalformedJSONError(UndesirableError):
    """A request body that is not JSON at all."""

    http_status = 400
    exit_code = 2
    code = "malformed_json"
