"""``undesirable info``: where the data lives, which version of the list it holds, how to reset it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from undesirable.cli import app
from undesirable.cli.common import JSON_OPTION, console, current_settings, handles_errors, print_json
from undesirable.settings import DOCUMENTED_SETTINGS, ENV_PREFIX, Settings

SECRET_SETTINGS = frozenset({"API_TOKEN", "HMAC_KEY", "SMTP_URL"})
"""Settings whose values are never printed (only that they are set)."""


@app.command("info")
@handles_errors
def info_command(as_json: bool = JSON_OPTION) -> None:
    """Where the store lives and its size, the data's version and coverage, how to reset, which settings are set."""
    settings = current_settings()
    info = collect_info(settings, os.environ)
    if as_json:
        print_json(info)
        return
    _print_info(info)


def collect_info(settings: Settings, environ: Any) -> dict[str, Any]:
    """The facts ``info`` prints, as JSON (secrets are reported as set, never shown)."""
    store = _store_facts(settings)
    data = _data_facts(settings) if store["exists"] else None
    return {
        "store": store,
        "data": data,
        "reset": _reset_hint(store),
        "settings": _settings_facts(environ),
    }


def _store_facts(settings: Settings) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    url = make_url(settings.database_url)
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return {"url": shown, "kind": url.get_backend_name(), "path": None, "bytes": None, "exists": True}
    path = Path(url.database or "").expanduser()
    files = [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    size = sum(p.stat().st_size for p in files)
    return {"url": shown, "kind": "sqlite", "path": str(path), "bytes": size, "exists": path.exists()}


def _data_facts(settings: Settings) -> dict[str, Any]:
    from undesirable.registry.registry import Registry

    registry = Registry.open(settings=Settings(**{**settings.__dict__, "autoload": False}))
    try:
        snapshots = registry.snapshots()
        current = registry.current_snapshot()
        designated = len(registry.organizations()) if current else 0
        coverage = registry.coverage() if current else None
    finally:
        registry.close()
    return {
        "snapshots": len(snapshots),
        "current": current.to_json() if current else None,
        "coverage": coverage,
        "designated_today": designated,
        "bundled": _bundled_facts(snapshots, autoload=settings.autoload),
    }


def _bundled_facts(snapshots: list[Any], *, autoload: bool) -> dict[str, Any]:
    """Whether the store holds the bundled data this version of the package ships, and what happens next."""
    from undesirable.registry.bundled import bundled_load_reason, bundled_sha256, bundled_snapshot

    stored = bundled_snapshot(snapshots)
    reason = bundled_load_reason(snapshots)
    if stored is not None:
        state = f"in the store as snapshot {stored.id}"
    elif reason is None:
        state = "not in the store, which holds only official files (it is not added to them)"
    elif not autoload:
        state = "not in the store; UNDESIRABLE_AUTOLOAD=0 keeps it out"
    elif reason == "newer":
        state = "not in the store, which holds an older bundled reconstruction; it is added on next use"
    else:
        state = "not in the store; it loads on first use"
    return {"sha256": bundled_sha256(), "snapshot_id": stored.id if stored else None, "state": state}


def _reset_hint(store: dict[str, Any]) -> str:
    if store["kind"] == "sqlite" and store["path"]:
        return (
            f"delete {store['path']} (and its -wal and -shm files); the bundled data loads again on next use "
            "unless UNDESIRABLE_AUTOLOAD=0"
        )
    return "drop the database's tables (or point UNDESIRABLE_DATABASE_URL at an empty database)"


def _settings_facts(environ: Any) -> list[dict[str, Any]]:
    out = []
    for key in sorted(k for k in environ if k.startswith(ENV_PREFIX)):
        name = key.removeprefix(ENV_PREFIX)
        known = name in DOCUMENTED_SETTINGS
        value = None if name in SECRET_SETTINGS or not known else environ[key]
        out.append({"name": key, "known": known, "value": value})
    return out


def _print_info(info: dict[str, Any]) -> None:
    out = console()
    store, data = info["store"], info["data"]
    if store["path"]:
        state = f"{store['bytes'] / 1024 / 1024:.1f} MB" if store["exists"] else "not created yet"
        out.print(f"Store: {store['path']} ({state})", markup=False)
    else:
        out.print(f"Store: {store['url']}", markup=False)
    if data is None:
        out.print("Data: none yet; the bundled data loads on first use (unless UNDESIRABLE_AUTOLOAD=0).")
    elif data["current"] is None:
        out.print("Data: no snapshot imported (run `undesirable update` or `undesirable import FILE`).")
    else:
        current = data["current"]
        out.print(
            f"Data: snapshot {current['id']} of {data['snapshots']}, sha256 {current['sha256'][:12]}", markup=False
        )
        out.print(f"Coverage: {data['coverage']}", markup=False)
        out.print(f"Designated today: {data['designated_today']}")
    if data is not None:
        bundled = data["bundled"]
        out.print(f"Bundled data of this version (sha256 {bundled['sha256'][:12]}): {bundled['state']}", markup=False)
    out.print(f"Reset: {info['reset']}", markup=False)
    if not info["settings"]:
        out.print("Settings: none set (every UNDESIRABLE_* variable takes its default).")
    for item in info["settings"]:
        if not item["known"]:
            shown = "not a setting of this program (a typo?)"
        else:
            shown = "set (secret, not shown)" if item["value"] is None else item["value"]
        out.print(f"Setting {item['name']}: {shown}", markup=False)
