"""The ministry's REST channel for ``update``: by choice (``--source rest``) or when the xlsx fails.

The service answers ``POST …/rest/registry/<id>/values`` with a JSON body ``{"offset": 0,
"limit": 500, "search": ""}`` by one page ``{"values": [...], "size": N}``; pages are requested
until ``size`` values have come (or a page is empty). Each page is retried like the xlsx download
(timeouts, broken connections, 5xx), and the whole answer goes through the same validation as a
saved REST file (:mod:`undesirable.sources.rest_json`), so ``import`` of the saved answer and
``update --source rest`` give the same snapshot semantics. Nothing is written before every page
has come and validated.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from undesirable.errors import DownloadError, SourceError, UsageError
from undesirable.following.download import (
    Deadline,
    DownloadOptions,
    Retryable,
    check_status,
    connect_failure,
    read_capped,
)
from undesirable.following.updater import ATTEMPTS, Download, log
from undesirable.registry.clock import naive_utc
from undesirable.settings import Settings
from undesirable.sources.rest_json import dump_rest_json, read_rest_json_bytes

PAGE_SIZE = 500
MAX_PAGES = 100
"""390 entries fit in one page of 500; a service that keeps paging past this is not the register."""


def rest_values_url(export_url: str) -> str | None:
    """The REST ``values`` address beside an xlsx ``export`` address, or None when there is none."""
    if urlsplit(export_url).path.rstrip("/").endswith("/export"):
        return export_url.rstrip("/").removesuffix("/export") + "/values"
    return None


def download_rest_values(settings: Settings, options: DownloadOptions | None = None) -> Download:
    """Fetch every page of the REST answer (``options.url``, else the address beside
    ``settings.source_url``) and validate it as one official source; write nothing."""
    options = options or DownloadOptions()
    target = options.url or rest_values_url(settings.source_url)
    if target is None or urlsplit(target).scheme not in ("http", "https"):
        raise UsageError(f"no REST address: give --url …/rest/registry/<id>/values (got {target!r})")
    values: list[Any] = []
    attempts = 0
    deadline = options.deadline(settings)
    cap = options.cap(settings)
    with options.client(settings) as client:
        for _page in range(MAX_PAGES):
            page, tries = _page_with_retries(
                client, target, offset=len(values), sleep=options.sleep, max_bytes=cap, deadline=deadline
            )
            attempts += tries
            values.extend(page["values"])
            if not page["values"] or len(values) >= int(page["size"]):
                break
        else:
            raise DownloadError(f"{_host(target)} kept paging past {MAX_PAGES * PAGE_SIZE} values; not the register")
    fetched_at = options.clock()
    data = dump_rest_json(values, fetched_at=naive_utc(fetched_at))
    try:
        source = read_rest_json_bytes(data, name=target)
    except SourceError as exc:
        raise DownloadError(f"the REST answer is not the register: {exc.message}") from exc
    return Download(target, source, len(data), fetched_at, attempts)


def _page_with_retries(
    client: httpx.Client,
    url: str,
    *,
    offset: int,
    sleep: Callable[[float], None],
    max_bytes: int,
    deadline: Deadline,
) -> tuple[dict[str, Any], int]:
    from undesirable.following import updater

    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _fetch_page(client, url, offset=offset, max_bytes=max_bytes, deadline=deadline), attempt
        except Retryable as exc:
            if attempt == ATTEMPTS:
                raise DownloadError(f"{exc} (gave up after {ATTEMPTS} attempts)") from exc
            pause = updater.BACKOFF_SECONDS * 2 ** (attempt - 1)
            log.info("REST page at offset %d failed: %s; retrying in %.0f s", offset, exc, pause)
            deadline.check(_host(url), after=pause)
            sleep(pause)
    raise AssertionError("unreachable")


def _fetch_page(client: httpx.Client, url: str, *, offset: int, max_bytes: int, deadline: Deadline) -> dict[str, Any]:
    host = _host(url)
    try:  # streamed: the size cap and the overall deadline are checked as the bytes arrive
        with client.stream("POST", url, json={"offset": offset, "limit": PAGE_SIZE, "search": ""}) as response:
            check_status(response, host)
            content = read_capped(response, host, max_bytes=max_bytes, deadline=deadline)
    except httpx.TimeoutException as exc:
        raise Retryable(f"{host} did not answer in time ({exc.__class__.__name__})") from exc
    except httpx.ConnectError as exc:
        raise connect_failure(exc, host) from exc
    except httpx.TransportError as exc:
        raise Retryable(f"the connection to {host} failed: {exc}") from exc
    try:
        page = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise DownloadError(f"{host} did not answer with JSON at offset {offset} ({exc}); nothing imported") from exc
    if not isinstance(page, dict) or not isinstance(page.get("values"), list) or not _is_count(page.get("size")):
        raise DownloadError(f'{host} answered without "values" and "size" at offset {offset}; nothing imported')
    return page


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _host(url: str) -> str:
    return urlsplit(url).hostname or url
