"""Bounds and headers around every request: a body size limit (413 in the one error shape, before the body is
read when ``Content-Length`` says it is too large, while it streams otherwise) and security headers (a
Content-Security-Policy that lets no inline script run on the dashboard's pages)."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from entente.web.errors import error_body

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'")
"""The OpenAPI page (FastAPI's Swagger UI page) starts Swagger with an inline script."""


class Guard:
    """Pure ASGI middleware (no response buffering): body limit and security headers."""

    def __init__(self, app: ASGIApp, max_body: int, docs_paths: tuple[str, ...] = ("/docs",)) -> None:
        self.app = app
        self.max_body = max_body
        self.docs_paths = docs_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _header(scope, b"content-length")
        if length is not None:
            if not length.isdigit():
                await _reject(send, 400, "bad_request", "Content-Length is not a number")
                return
            if int(length) > self.max_body:
                await _reject(send, 413, "request_too_large", self._too_large(int(length)))
                return
        received = 0
        limit = self.max_body
        too_large = self._too_large

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, too_large(received))
            return message

        csp = DOCS_CSP if scope.get("path", "") in self.docs_paths else CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, counted, with_headers)

    def _too_large(self, size: int) -> str:
        return (f"the request body ({size:,} bytes) is over the {self.max_body:,}-byte limit; "
                "send a shorter text or split it")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1").strip())
    return None


async def _reject(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(status, code, message)).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                          (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
