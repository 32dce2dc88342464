"""Schemathesis over the OpenAPI schema, in-process: generated requests to every API operation, bounded in
number, and not one may end in a server error (5xx); every error comes in the one shape."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from entente.web.app import create_app
from tests.web.conftest import FakeExtractor, build_web_store

_folder = tempfile.TemporaryDirectory(prefix="entente-schema-")
APP = create_app(build_web_store(Path(_folder.name) / "schema.duckdb"), extractor=FakeExtractor())  # type: ignore[arg-type]
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case):  # type: ignore[no-untyped-def]
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    assert response.status_code < 500
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"status", "code", "message"} and error["status"] == response.status_code
