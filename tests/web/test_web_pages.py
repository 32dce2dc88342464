"""Every dashboard page in-process, and its JSON twin (``.json`` or ``?format=json``) giving the same view."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.web.conftest import HOSTILE_ID

HTML = {"accept": "text/html"}


def page(client, url: str) -> str:  # type: ignore[no-untyped-def]
    response = client.get(url, headers=HTML)
    assert response.status_code == 200, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    assert '<main id="main"' in response.text and "<nav" in response.text
    return str(response.text)


@pytest.mark.parametrize("html_url, json_url", [
    ("/", "/index.json"),
    ("/dyad/RUS/PRK", "/dyad/RUS/PRK.json"),
    ("/network?from=2024", "/network.json?from=2024"),
    ("/documents", "/documents.json"),
    ("/documents/news%2Fmarch.txt", "/documents/news%2Fmarch.txt.json"),
    ("/search?q=treaty", "/search.json?q=treaty"),
    ("/claim?text=Russia+and+North+Korea+are+the+closest+since+2016",
     "/claim.json?text=Russia+and+North+Korea+are+the+closest+since+2016"),
])
def test_every_page_has_a_json_twin(client, html_url, json_url):
    page(client, html_url)
    twin = client.get(json_url)
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json")
    joiner = "&" if "?" in html_url else "?"
    assert client.get(html_url + joiner + "format=json", headers=HTML).json() == twin.json()


def test_overview_lists_relations_and_latest_events(client):
    data = client.get("/index.json").json()
    assert data["counts"]["documents"] == 15
    assert any({r["a"], r["b"]} == {"PRK", "RUS"} for r in data["most_active"])
    assert data["most_changed"] and {"from_year", "to_year", "change"} <= set(data["most_changed"][0])
    assert all(e["modality"] == "asserted" for e in data["latest_events"])
    html = page(client, "/")
    assert 'href="/dyad/PRK/RUS"' in html and "Most changed relations" in html


def test_dyad_page_shows_chart_data_shifts_and_non_facts_apart(client):
    html = page(client, "/dyad/RUS/PRK?by=month&from=2024-01&to=2024-12")
    assert '<canvas id="timeline"' in html and 'id="timeline-data"' in html
    assert "No coverage" in html or "no coverage" in html
    assert 'class="not-facts"' in html and "badge modality" in html and "future" in html
    data = client.get("/dyad/RUS/PRK.json?by=month&from=2024-01&to=2024-12").json()
    assert data["relations"]["periods"][1]["covered"] is False
    assert data["events"]["not_asserted"]["future"] and data["events"]["not_asserted"]["hypothetical"]
    assert all(e["modality"] == "asserted" for e in data["events"]["asserted"]["events"])
    facts = html.split('class="not-facts"')[0]
    assert "modality-future" not in facts and "modality-hypothetical" not in facts


def test_dyad_events_show_evidence_marked_in_the_sentence(client):
    html = page(client, "/dyad/RUS/PRK?from=2024-06&to=2024-06")
    assert "<mark>signed a treaty</mark>" in html
    assert '<span class="actor source">Russia</span>' in html


def test_dyad_form_goes_to_the_dyad_by_name(client):
    response = client.get("/dyad", params={"a": "Russia", "b": "North Korea"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dyad/RUS/PRK"


def test_dyad_events_are_paged(client):
    first = client.get("/dyad/RUS/PRK.json", params={"limit": 2}).json()["events"]["asserted"]
    assert len(first["events"]) == 2 and first["next_offset"] == 2
    html = page(client, "/dyad/RUS/PRK?limit=2")
    assert 'rel="next"' in html and "offset=2" in html


def test_document_page_marks_and_links_events(client):
    html = page(client, "/documents/" + quote("news/june.txt", safe=""))
    assert html.count('<a class="hl" href="#ev-evt_') >= 1 and 'id="document-text"' in html
    data = client.get("/documents/" + quote("news/june.txt", safe="") + ".json").json()
    assert all(f'id="ev-{e["id"]}"' in html for e in data["events"])


def test_a_document_whose_id_ends_in_json_is_still_a_page(client):
    assert client.get("/documents/" + quote(HOSTILE_ID, safe="") + ".json").json()["document"]["doc_id"] == HOSTILE_ID


def test_search_form_without_filters_shows_no_results(client):
    html = page(client, "/search")
    assert '<label for="q">' in html and 'id="results"' not in html
    assert client.get("/search.json").json() == {"filters": {}, "results": None}


def test_search_pages_and_keeps_filters(client):
    data = client.get("/search.json", params={"actor": "RUS", "limit": 3}).json()
    assert data["filters"] == {"actor": "RUS"} and data["results"]["total"] > 3
    html = page(client, "/search?actor=RUS&limit=3")
    assert "actor=RUS" in html.split('rel="next"')[1][:200] or "actor=RUS" in html


def test_network_page_has_a_period_selector_and_the_graph_data(client):
    html = page(client, "/network?from=2024&to=2024&compare_from=2015&compare_to=2019")
    assert '<select id="from" name="from">' in html and 'id="network-data"' in html
    assert "Ties gained, lost and flipped" in html and "/static/vendor/cytoscape.min.js" in html


def test_analyse_pasted_text_and_uploaded_html(client):
    html = client.post("/analyse", data={"text": "Russia signed a pact with its northern neighbour in June."},
                       headers=HTML).text
    assert "<mark>" in html and "1 events" in html
    page_html = b"<html><head><title>T</title></head><body><article><p>" + \
        b"Russia signed a pact with its northern neighbour in June, officials in both capitals said on Monday. " * 3 + \
        b"</p></article></body></html>"
    data = client.post("/analyse.json", files={"file": ("news.html", page_html, "text/html")}).json()
    assert data["doc_id"] == "news.html" and data["events"] and "<p>" not in data["sentences"][0]["text"]
    assert client.post("/analyse.json", data={"text": "   "}).status_code == 422
    assert client.post("/analyse.json", data={"text": "Russia signed.", "published": "June"}).status_code == 422
    not_utf8 = client.post("/analyse.json", files={"file": ("x.txt", b"\xff\xfe\x00bad", "text/plain")})
    assert not_utf8.status_code == 422


def test_analyse_form_is_labelled(client):
    html = page(client, "/analyse")
    for field in ("text", "file", "published"):
        assert f'<label for="{field}">' in html and f'id="{field}"' in html


def test_html_errors_for_browsers_json_for_twins(client):
    html = client.get("/documents/" + quote("no/such.txt", safe=""), headers=HTML)
    assert html.status_code == 404 and html.headers["content-type"].startswith("text/html")
    assert "no document" in html.text and "<main" in html.text
    twin = client.get("/documents/" + quote("no/such.txt", safe="") + ".json", headers=HTML)
    assert twin.status_code == 404 and twin.json()["error"]["code"] == "not_found"
    assert client.get("/dyad/RUS/RUS.json").json()["error"]["status"] == 422
    assert client.get("/nowhere").json()["error"]["code"] == "not_found"


def test_static_files_and_api_docs_work_offline(client):
    docs = client.get("/docs", headers=HTML).text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    for asset in ("/static/vendor/chart.umd.min.js", "/static/vendor/cytoscape.min.js", "/static/app.js",
                  "/static/style.css", "/static/vendor/swagger-ui-bundle.js"):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/openapi.json").json()["info"]["title"] == "entente"


@pytest.mark.parametrize("query, status, code", [
    ("/RUS/RUS?by=year", 422, "invalid_parameter"),  # the same actor twice
    ("/RUS/PRK?from=2024&to=2023", 422, "invalid_parameter"),
    ("/RUS/PRK?by=month&from=1000", 422, "range_too_long"),
    ("/RUS/PRK?from=June", 422, "invalid_parameter"),
])
def test_the_dyad_page_checks_its_query_as_the_api_does(client, query, status, code):
    path, _, params = query.partition("?")
    api = client.get(f"/api/relations{path}?{params}").json()["error"]
    twin = client.get(f"/dyad{path}.json?{params}").json()["error"]
    assert (api["status"], api["code"]) == (twin["status"], twin["code"]) == (status, code)
    assert api["message"] == twin["message"]


def test_a_page_and_its_api_route_share_one_cached_analysis(client, monkeypatch):
    from entente.web import views

    query = {"by": "quarter", "from": "2016", "to": "2018"}
    relations = client.get("/api/relations/RUS/PRK", params=query).json()
    shifts = client.get("/api/shifts/RUS/PRK", params=query).json()
    network = client.get("/api/network", params={"from": "2016", "to": "2018"}).json()

    def not_again(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("computed again: the page and the API keep it under different keys")

    for name in ("relations_view", "shifts_view", "network_view"):
        monkeypatch.setattr(views, name, not_again)
    dyad = client.get("/dyad/RUS/PRK.json", params=query)
    assert dyad.status_code == 200, dyad.text
    assert dyad.json()["relations"] == relations and dyad.json()["shifts"] == shifts
    assert client.get("/network.json", params={"from": "2016", "to": "2018"}).json() == network
