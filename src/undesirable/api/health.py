"""``/healthz``: the server is up and its store answers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from undesirable.api.models_registry import HealthOut
from undesirable.serving import get_registry

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness and the current snapshot", response_model=HealthOut)
def healthz(request: Request) -> dict[str, Any]:
    snapshot = get_registry(request).current_snapshot()
    return {
        "status": "ok",
        "snapshot": snapshot.id if snapshot else None,
        "actuality": snapshot.actuality.isoformat() if snapshot else None,
        "official": snapshot.is_official if snapshot else None,
    }
