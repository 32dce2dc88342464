"""The dashboard and JSON API: ``entente serve`` (FastAPI), a thin face over the store and the analyses.

Importing this package is cheap; ``create_app`` loads FastAPI and the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from entente.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from entente.web.app import create_app

        return create_app
    raise AttributeError(name)
