"""``/api/snapshots``: the imported versions of the list, their diffs, and uploading a new one."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from undesirable.api.models_registry import ImportOut, SnapshotDetail, SnapshotDiffOut, SnapshotList
from undesirable.errors import Location, SourceError, UsageError
from undesirable.operations.snapshots import import_snapshot_bytes
from undesirable.serving import get_registry, get_transport, require_token

router = APIRouter(prefix="/api/snapshots", tags=["snapshots"])

XLSX_MAGIC = b"PK\x03\x04"
UPLOAD_NAME_LIMIT = 120

UPLOAD_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary", "description": "The official xlsx."}},
            }
        }
    },
}


@router.get("", summary="Every imported snapshot", response_model=SnapshotList)
def list_snapshots(request: Request) -> dict[str, Any]:
    """Snapshots, oldest first, and the id of the one that answers questions (``snapshots --json``)."""
    registry = get_registry(request)
    current = registry.current_snapshot()
    return {"current": current.id if current else None, "snapshots": [s.to_json() for s in registry.snapshots()]}


@router.get("/{snapshot_id}", summary="One snapshot and its organizations", response_model=SnapshotDetail)
def get_snapshot(request: Request, snapshot_id: int) -> dict[str, Any]:
    """The snapshot and the organizations exactly as it lists them."""
    registry = get_registry(request)
    snapshot = registry.snapshot(snapshot_id)
    orgs = registry.snapshot_organizations(snapshot_id)
    day = snapshot.actuality.date()
    return {"snapshot": snapshot.to_json(), "organizations": [o.to_json(as_of=day) for o in orgs.values()]}


@router.get(
    "/{snapshot_id}/diff", summary="What changed from another snapshot to this one", response_model=SnapshotDiffOut
)
def diff_snapshot(
    request: Request,
    snapshot_id: int,
    against: Annotated[int | None, Query(description="The older snapshot (default: the previous one).")] = None,
) -> dict[str, Any]:
    """Added, removed and changed organizations, field by field (``undesirable diff --json``)."""
    base, target, diff = get_registry(request).diff(against, snapshot_id)
    return {"old": base.to_json() if base else None, "new": target.to_json(), "diff": diff.to_json()}


@router.post(
    "",
    summary="Upload an official xlsx as a new snapshot (needs the API token)",
    response_model=ImportOut,
    openapi_extra={"requestBody": UPLOAD_REQUEST_BODY},
    dependencies=[Depends(require_token)],
    responses={401: {"description": "No valid token, or writes disabled (no UNDESIRABLE_API_TOKEN)."}},
    status_code=201,
)
async def upload_snapshot(request: Request, response: Response) -> dict[str, Any]:
    """Import the Justice Ministry's xlsx export. 201 with the new snapshot and its diff; 200 when
    the same file was already imported (nothing changes). Requires ``Authorization: Bearer``."""
    data, name = await _read_upload(request)
    registry, transport = get_registry(request), get_transport(request)
    imported = await run_in_threadpool(
        import_snapshot_bytes, registry, data, name=name, origin=f"upload:{name}", transport=transport
    )
    if not imported.result.new:
        response.status_code = 200
    return imported.to_json()


async def _read_upload(request: Request) -> tuple[bytes, str]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        raise UsageError("upload the xlsx as multipart/form-data in a field named 'file'")
    async with request.form() as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise UsageError("upload the xlsx in a form field named 'file'")
        name = _safe_name(upload.filename or "upload.xlsx")
        data = await upload.read()
    if not data.startswith(XLSX_MAGIC):
        raise SourceError("not an xlsx file (expected the official export)", location=Location(name))
    return data, name


def _safe_name(filename: str) -> str:
    """The upload's base name only: it labels the snapshot and is never opened as a path."""
    name = PurePath(filename.replace("\\", "/")).name[:UPLOAD_NAME_LIMIT] or "upload.xlsx"
    return name if name.lower().endswith(".xlsx") else f"{name}.xlsx"
