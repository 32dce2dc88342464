"""One error shape for every error the server gives, as datasette does:

    {"error": {"status": 404, "code": "not_found", "message": "no document 'x' in the store"}}

JSON for the API, the ``.json`` twins and any client that does not ask for HTML; an HTML page carrying the same
three fields for a browser. Handlers cover HTTP errors (unknown routes, 405, 413), validation errors (422),
entente's own errors (``EntenteError``: 400, the model missing: 503) and anything else (500, logged with its
traceback, never shown to the client).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from entente.errors import EntenteError, ModelError

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from starlette.responses import Response

log = logging.getLogger("entente.web")

CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "request_too_large",
         415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    """An error the API raises on purpose, with its status, code and a message that says what to do."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def wants_json(request: Request) -> bool:
    """The API, a ``.json`` twin, ``?format=json``, or a client that does not accept HTML."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith(".json"):
        return True
    if request.query_params.get("format") == "json":
        return True
    return "text/html" not in request.headers.get("accept", "")


def respond(request: Request, status: int, code: str, message: str,
            headers: dict[str, str] | None = None) -> Response:
    if not wants_json(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(request, "error.html",  # type: ignore[no-any-return]
                                              {"error": error_body(status, code, message)["error"]},
                                              status_code=status, headers=headers)
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint at {request.url.path}; the API is listed at /api/ and /docs"
        return respond(request, exc.status_code, CODES.get(exc.status_code, "http_error"), message,
                       getattr(exc, "headers", None))

    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, 422, "invalid_parameter", _validation_message(exc))

    async def api_error(request: Request, exc: ApiError) -> Response:
        return respond(request, exc.status, exc.code, exc.message)

    async def entente_error(request: Request, exc: EntenteError) -> Response:
        status = 503 if isinstance(exc, ModelError) else 400
        return respond(request, status, _snake(type(exc).__name__), str(exc))

    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return respond(request, 500, "internal_error", "internal error; the server log has the details")

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(ApiError, api_error)  # type: ignore[arg-type]
    app.add_exception_handler(EntenteError, entente_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, internal_error)
