"""The web UI: server-rendered pages (Jinja2), each with its JSON twin under ``/api``.

``install_web(app)`` mounts the pages and the static files (CSS and a little plain JavaScript,
served from the package: nothing loads from the network); ``render_error_page`` shows the API's
error body as a page when a browser asked for one.
"""

from __future__ import annotations

from undesirable.web.pages import install_web, render_error_page

__all__ = ["install_web", "render_error_page"]
