"""``undesirable serve``: the HTTP API and the web UI on the same store as the CLI."""

from __future__ import annotations

import typer

from undesirable.cli import app
from undesirable.cli.common import handles_errors

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@app.command("serve")
@handles_errors
def serve_command(
    host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to listen on."),
    port: int = typer.Option(DEFAULT_PORT, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes (each has its own registry)."),
) -> None:
    """Serve the HTTP API (/docs) and the web UI, over the store the CLI uses."""
    import uvicorn

    from undesirable.registry.registry import Registry
    from undesirable.settings import load_settings

    # Load the bundled data once, before the workers start, so they never race to import it.
    Registry.open(settings=load_settings()).close()
    uvicorn.run(
        "undesirable.api.app:create_app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,
        log_level="info",
    )
