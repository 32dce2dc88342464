"""What the server must never do: run a query built from input, show document text unescaped, read an unbounded
body, or let inline script run."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.web.conftest import HOSTILE_ID, INJECTIONS

STRING_FILTERS = ["actor", "source", "target", "dyad", "event", "modality", "q", "doc_id", "cluster_id"]


@pytest.mark.parametrize("name", STRING_FILTERS)
@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_every_filter_matches_nothing(client, name, value):
    for path in ("/api/events", "/api/clusters", "/search.json"):
        response = client.get(path, params={name: value})
        assert response.status_code == 200, (path, name, value, response.text)
        data = response.json()
        page = data["results"] if path == "/search.json" else data
        assert page["total"] == 0, (path, name, value)
    assert client.get("/api/").json()["counts"]["events"] >= 18  # nothing dropped or deleted


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_typed_filters_is_refused(client, value):
    for name in ("quad_class", "from", "to", "limit", "offset", "order"):
        assert client.get("/api/events", params={name: value}).status_code == 422


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_paths_and_analyses(client, value):
    assert client.get("/api/documents/" + quote(value, safe="")).status_code == 404
    assert client.get("/api/events/" + quote(value, safe="")).status_code == 404
    for url in (f"/api/relations/RUS/{quote(value, safe='')}", f"/api/shifts/{quote(value, safe='')}/PRK"):
        response = client.get(url)
        assert response.status_code in (200, 400, 422), url
        if response.status_code == 200:  # a name that holds a code ("RUS' OR ...") is read as that actor
            assert re.fullmatch(r"[A-Z]{3,6}", response.json()["a"]) and re.fullmatch(r"[A-Z]{3,6}",
                                                                                    response.json()["b"])
    assert client.get("/api/claim", params={"text": value}).status_code == 400


def test_document_page_escapes_text_title_and_id(client):
    html = client.get("/documents/" + quote(HOSTILE_ID, safe=""), headers={"accept": "text/html"}).text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html and "<b title" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__pwned=2&#34;" in html
    assert "&lt;i&gt;Hostile&lt;/i&gt; title" in html
    assert "<mark>" in html  # the evidence is still marked, by our own tag


def test_search_and_lists_escape_text(client):
    html = client.get("/search", params={"q": "pwned"}, headers={"accept": "text/html"}).text
    assert "1 events" in html and "<script>window" not in html and "&lt;script&gt;" in html
    html = client.get("/documents", params={"limit": 100}, headers={"accept": "text/html"}).text
    assert "<script>window.__pwned=4" not in html and "<i>Hostile" not in html
    assert "&lt;i&gt;Hostile&lt;/i&gt;" in html and "%3Cscript%3Ewindow.__pwned%3D4" in html  # title; id in the link
    html = client.get("/search", params={"q": "<script>alert(1)</script>"}, headers={"accept": "text/html"}).text
    assert "<script>alert(1)" not in html and 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in html


def test_pages_forbid_inline_script(client):
    response = client.get("/", headers={"accept": "text/html"})
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # data goes in <script type="application/json">, code in app.js


def test_a_body_over_the_limit_is_refused_before_it_is_read(web_db):
    from fastapi.testclient import TestClient

    from entente.web.app import create_app
    from tests.web.conftest import FakeExtractor

    app = create_app(web_db, max_body=1000, extractor=FakeExtractor())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as small:
        text = "Russia signed a treaty. " * 100
        response = small.post("/api/extract", json={"text": text})
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "request_too_large"

        def chunks():  # no Content-Length: counted while it streams
            yield b'{"text": "'
            for _ in range(10):
                yield b"x" * 500
            yield b'"}'

        streamed = small.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "request_too_large"
        assert small.post("/api/extract", json={"text": "Russia signed it."}).status_code == 200


def test_a_document_over_the_cli_limit_is_refused(client, monkeypatch):
    from entente.web import api, pages

    monkeypatch.setattr(api, "MAX_DOCUMENT_BYTES", 100)
    error = client.post("/api/extract", json={"text": "Russia signed a treaty with its neighbour. " * 5}).json()
    assert error["error"]["status"] == 413 and error["error"]["code"] == "document_too_large"
    monkeypatch.setattr(pages, "MAX_DOCUMENT_BYTES", 100)
    upload = client.post("/analyse.json", files={"file": ("big.txt", b"Russia signed a treaty. " * 10, "text/plain")})
    assert upload.status_code == 413
    pasted = client.post("/analyse.json", data={"text": "Russia signed a treaty. " * 10})
    assert pasted.status_code == 413


def test_the_store_is_opened_read_only(app):
    import duckdb

    with app.state.backend.reading() as store:
        with pytest.raises(duckdb.Error):
            store.con.execute("DELETE FROM events").fetchall()
