"""The app factory: ``create_app(db)`` builds the dashboard and the JSON API over one store, opened read-only.

    app.py         the factory: state, middleware, error handlers, static files, routers
    state.py       the read-only store (a cursor a thread, a deadline a request), the cache, the extractor
    api.py         JSON routes under /api/ (the OpenAPI schema at /openapi.json, its pages at /docs)
    pages.py       HTML pages, each with a JSON twin (``.json`` or ``?format=json``)
    views.py       what each page and endpoint shows, as plain data
    params.py      shared query parameters and their bounds
    highlight.py   document text escaped piece by piece, events marked
    errors.py      the one error shape
    middleware.py  the body size limit and security headers
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from entente import __version__
from entente.ingest.readers import MAX_DOCUMENT_BYTES
from entente.web import errors
from entente.web.middleware import Guard
from entente.web.state import CACHE_BYTES, CACHE_SIZE, QUERY_TIMEOUT, Backend

if TYPE_CHECKING:
    from entente.api import Extractor

HERE = Path(__file__).resolve().parent
MAX_BODY = MAX_DOCUMENT_BYTES + 64 * 1024
"""The largest request body: one document at the CLI's limit, with room for a multipart envelope."""

DESCRIPTION = """State-to-state events extracted from news, read from an entente store (opened read-only).

Every error has one shape: `{"error": {"status": 404, "code": "not_found", "message": "..."}}`.
Lists are paged with `limit` (at most 500) and `offset` (at most 100,000) and say their `total`.
Every dashboard page has a JSON twin: add `.json` to its path or `?format=json`.
"""


def create_app(db: str | Path, *, max_body: int = MAX_BODY, query_timeout: float = QUERY_TIMEOUT,
               cache_size: int = CACHE_SIZE, cache_bytes: int = CACHE_BYTES,
               extractor: Extractor | None = None, threads: int | None = None) -> FastAPI:
    """The dashboard and the JSON API over the store ``db``. Raises ``StoreError`` when it cannot be opened.

    The store cannot change while it is served (DuckDB's lock keeps writers out), so analyses (``cache_size``
    of them) and JSON pages of events (``cache_bytes`` of them, 0 for none) are kept. ``extractor`` serves the
    "analyse a text" page; by default the model is loaded on its first use."""
    from entente.web import api, pages

    backend = Backend(db, query_timeout, cache_size, extractor, cache_bytes, threads)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        backend.close()

    app = FastAPI(lifespan=lifespan, title="entente", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None,
                  openapi_tags=[{"name": "events", "description": "Events, clusters and documents."},
                                {"name": "analysis", "description": "Relations, shifts, networks, claims."},
                                {"name": "extract", "description": "Events of a text, nothing stored."}])
    app.state.backend = backend
    app.state.max_body = max_body
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(pages.template_globals())
    env.filters.update(pages.template_filters())
    templates = Jinja2Templates(env=env)
    app.state.templates = templates
    errors.install(app)
    app.add_middleware(Guard, max_body=max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="entente API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` with several workers: the store named by ``ENTENTE_DB`` (and the response cache
    size by ``ENTENTE_CACHE_BYTES``)."""
    import os

    return create_app(os.environ.get("ENTENTE_DB", "entente.duckdb"),
                      cache_bytes=int(os.environ.get("ENTENTE_CACHE_BYTES", CACHE_BYTES)),
                      threads=int(os.environ.get("ENTENTE_DUCKDB_THREADS", 0)) or None)
