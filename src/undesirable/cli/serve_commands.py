"""``undesirable serve``: the HTTP API and the web UI on the same store as the CLI.

With ``--workers N`` (N > 1) the listening socket is made here, as a TCP socket proper, and handed
to uvicorn's worker supervisor: a socket made without naming its protocol leaves ``TCP_NODELAY``
off on every connection the workers accept, and each keep-alive response then waits about 40 ms
for the client's delayed acknowledgement.
"""

from __future__ import annotations

import socket

import typer

from undesirable.cli import app
from undesirable.cli.common import current_settings, handles_errors
from undesirable.limits import DEFAULT_LIMITS, Limits

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
APP_FACTORY = "undesirable.api.app:create_app_from_environment"


@app.command("serve")
@handles_errors
def serve_command(
    host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to listen on."),
    port: int = typer.Option(DEFAULT_PORT, "--port", min=0, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes (each has its own registry)."),
    quiet: bool = typer.Option(False, "--quiet", help="Log warnings only, no line per request."),
) -> None:
    """Serve the HTTP API (/docs) and the web UI, over the store the CLI uses."""
    from undesirable.following.schedule import start_update_scheduler
    from undesirable.registry.registry import Registry

    settings = current_settings()
    # Load the bundled data once, before any worker starts, so workers never race to import it.
    Registry.open(settings=settings).close()
    # Scheduled updates (UNDESIRABLE_UPDATE_EVERY) run once, here, not in every worker.
    scheduler = start_update_scheduler(settings)
    try:
        run_server(host=host, port=port, workers=workers, quiet=quiet, limits=settings.limits)
    finally:
        if scheduler is not None:
            scheduler.stop()


def run_server(*, host: str, port: int, workers: int, quiet: bool = False, limits: Limits = DEFAULT_LIMITS) -> None:
    """Run uvicorn on ``host:port`` with ``workers`` processes, each building its own app.

    A connection whose request headers take over ``limits.header_seconds`` is closed.
    """
    import uvicorn

    from undesirable.hardening import make_header_timeout_protocol

    config = uvicorn.Config(
        APP_FACTORY,
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,
        http=make_header_timeout_protocol(limits.header_seconds),
        log_level="warning" if quiet else "info",
        access_log=not quiet,
    )
    if workers == 1:
        uvicorn.Server(config).run()
        return
    from uvicorn.supervisors import Multiprocess

    Multiprocess(config, sockets=[bind_tcp_socket(host, port)]).run()


def bind_tcp_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket that worker processes inherit (accepted connections get ``TCP_NODELAY``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock
