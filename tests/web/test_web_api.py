"""The JSON API in-process (no server): every endpoint, its paging and filters, and every error path in the one
error shape."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.web.conftest import HOSTILE_ID


def error_of(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def test_index_counts_the_store(client):
    data = client.get("/api/").json()
    assert data["counts"]["documents"] == 15 and data["counts"]["events"] >= 18
    assert "/api/events" in data["endpoints"] and data["span"]["first"] == "2015-05-01"


def test_events_are_contract_records_with_paging(client):
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] >= 18 and len(first["events"]) == 5 and first["next_offset"] == 5
    event = first["events"][0]
    for key in ("id", "doc_id", "sentence", "evidence", "source", "target", "event", "cameo", "quad_class",
                "goldstein", "date", "quantity", "modality", "attribution", "confidence", "cluster_id"):
        assert key in event
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert second["previous_offset"] == 0
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}
    last = client.get("/api/events", params={"limit": 5, "offset": first["total"] - 1}).json()
    assert len(last["events"]) == 1 and last["next_offset"] is None


@pytest.mark.parametrize("params, check", [
    ({"actor": "UKR"}, lambda e: "UKR" in (e["source"]["country"], e["target"]["country"])),
    ({"source": "PRK"}, lambda e: e["source"]["country"] == "PRK"),
    ({"target": "prk"}, lambda e: e["target"]["country"] == "PRK"),
    ({"dyad": "RUS-PRK"}, lambda e: {e["source"]["country"], e["target"]["country"]} == {"RUS", "PRK"}),
    ({"dyad": "PRK,RUS"}, lambda e: {e["source"]["country"], e["target"]["country"]} == {"RUS", "PRK"}),
    ({"event": "consult"}, lambda e: e["event"] == "CONSULT"),
    ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
    ({"modality": "future"}, lambda e: e["modality"] == "future"),
    ({"from": "2024-03", "to": "2024-06"}, lambda e: "2024-03-01" <= e["date"]["start"] <= "2024-06-30"),
    ({"from": "2024"}, lambda e: e["date"]["end"] >= "2024-01-01"),
    ({"q": "TREATY"}, lambda e: "treaty" in e["sentence"]["text"].lower()),
    ({"doc_id": "news/march.txt"}, lambda e: e["doc_id"] == "news/march.txt"),
])
def test_event_filters(client, params, check):
    data = client.get("/api/events", params={**params, "limit": 500}).json()
    assert data["events"], params
    assert all(check(e) for e in data["events"]), params
    assert data["total"] == len(data["events"])


def test_records_are_the_contracts(web_db):
    from entente.store import Store
    from entente.store.rows import row_event
    from entente.web.views import record

    with Store(web_db, read_only=True) as store:
        for row in store.event_rows(limit=500):
            data = record(row)
            assert data.pop("cluster_id") == row["cluster_id"] and data.pop("origin") == row["origin"]
            assert data == row_event(row, row["sentence_text"] or "").to_dict()
            assert list(data) == list(row_event(row, "").to_dict())


def test_event_pages_are_kept_and_served_again(client):
    first = client.get("/api/events", params={"actor": "RUS", "limit": 4})
    again = client.get("/api/events", params={"limit": 4, "actor": "RUS"})
    assert again.status_code == 200 and again.content == first.content
    assert again.headers["content-type"] == "application/json"


def test_events_newest_first(client):
    events = client.get("/api/events", params={"order": "-date", "limit": 3}).json()["events"]
    starts = [e["date"]["start"] for e in events]
    assert starts == sorted(starts, reverse=True)


def test_one_event_and_its_cluster(client):
    event = client.get("/api/events", params={"dyad": "RUS-UKR"}).json()["events"][0]
    assert client.get(f"/api/events/{event['id']}").json()["id"] == event["id"]
    clusters = client.get("/api/clusters", params={"dyad": "RUS-UKR"}).json()
    assert clusters["total"] == 1 and clusters["clusters"][0]["cluster_id"] == event["cluster_id"]
    mentions = client.get("/api/events", params={"cluster_id": event["cluster_id"]}).json()
    assert [e["id"] for e in mentions["events"]] == [event["id"]]
    error_of(client.get("/api/events/evt_0000000000000000"), 404)


def test_clusters_page(client):
    data = client.get("/api/clusters", params={"limit": 2}).json()
    assert data["total"] >= 15 and len(data["clusters"]) == 2
    assert {"cluster_id", "source_country", "target_country", "n_mentions"} <= set(data["clusters"][0])


def test_documents_and_one_document(client):
    data = client.get("/api/documents", params={"limit": 100}).json()
    ids = [d["doc_id"] for d in data["documents"]]
    assert data["total"] == 15 and "news/march.txt" in ids and ids == sorted(ids)
    one = client.get("/api/documents/" + quote("news/march.txt", safe="")).json()
    assert one["document"]["doc_id"] == "news/march.txt" and one["document"]["published"] == "2024-03-31"
    assert len(one["sentences"]) == 3 and len(one["events"]) == 3
    assert client.get("/api/documents/news/march.txt").json()["document"]["doc_id"] == "news/march.txt"
    hostile = client.get("/api/documents/" + quote(HOSTILE_ID, safe="")).json()
    assert hostile["document"]["doc_id"] == HOSTILE_ID
    error_of(client.get("/api/documents/no/such.txt"), 404)


def test_relations_keep_uncovered_periods_null(client):
    data = client.get("/api/relations/Russia/North%20Korea", params={"by": "month", "from": "2024-01",
                                                                     "to": "2024-06"}).json()
    assert (data["a"], data["b"], data["names"]) == ("RUS", "PRK", ["Russia", "North Korea"])
    periods = {p["label"]: p for p in data["periods"]}
    assert list(periods) == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert periods["2024-02"]["covered"] is False and periods["2024-02"]["net_cooperation"] is None
    assert periods["2024-03"]["a_to_b"]["net_goldstein"] == 8.0 and periods["2024-03"]["cooperation"] == 2
    assert periods["2024-06"]["net_cooperation"] == pytest.approx(1.9 + 2.8 + 8.0)  # two visits, the hostile treaty


def test_shifts_and_records(client):
    data = client.get("/api/shifts/RUS/PRK", params={"by": "year"}).json()
    assert data["problem"] is None and data["shifts"], data
    assert all(s["label"][:4].isdigit() for s in data["shifts"]) and data["shifts"][-1]["change"] > 0
    assert any(r["kind"] == "visit" for r in data["records"])
    sparse = client.get("/api/shifts/RUS/UKR").json()
    assert sparse["shifts"] == [] and "at least" in sparse["problem"]


def test_network_and_compare(client):
    data = client.get("/api/network", params={"from": "2024", "to": "2024"}).json()
    ids = {n["id"] for n in data["nodes"]}
    assert {"RUS", "PRK", "UKR", "CHN"} <= ids
    ties = {(e["a"], e["b"]): e for e in data["edges"]}
    assert ties[("PRK", "RUS")]["sign"] == 1 and ties[("RUS", "UKR")]["sign"] == -1
    assert data["balance"]["triangles"] >= 0 and data["compare"] is None
    compared = client.get("/api/network", params={"from": "2024", "to": "2024", "compare_from": "2015",
                                                  "compare_to": "2016"}).json()
    changes = {(c["a"], c["b"]): c["change"] for c in compared["compare"]["changes"]}
    assert changes[("RUS", "UKR")] == "gained"


def test_claim_check(client):
    data = client.get("/api/claim", params={"text": "Russia and North Korea are the closest since 2016"}).json()
    assert (data["a"], data["b"]) == ("RUS", "PRK")
    assert data["verdict"] in ("supported", "contradicted", "not enough data") and data["summary"]
    error_of(client.get("/api/claim", params={"text": "nothing here"}), 400)


def test_summary(client):
    data = client.get("/api/summary", params={"n": 3}).json()
    assert any({d["a"], d["b"]} == {"PRK", "RUS"} for d in data["dyads"])
    assert "PRK-RUS" in data["turns"]


def test_extract_a_text(client):
    data = client.post("/api/extract", json={"text": "Russia signed a deal with the neighbours of the north. " * 3,
                                             "published": "2024-06-20"}).json()
    assert data["doc_id"] == "pasted" and data["events"][0]["evidence"]["text"] == "signed"
    assert data["sentences"][0]["start_char"] == 0
    error_of(client.post("/api/extract", json={"text": ""}), 422)
    error_of(client.post("/api/extract", json={"text": "x", "published": "yesterday"}), 422)
    assert error_of(client.post("/api/extract", json={"text": "\x00\x01 binary"}), 400)["code"] == "input_error"


@pytest.mark.parametrize("url, status, code", [
    ("/api/nothing", 404, "not_found"),
    ("/api/events?limit=0", 422, "invalid_parameter"),
    ("/api/events?limit=501", 422, "invalid_parameter"),
    ("/api/events?offset=-1", 422, "invalid_parameter"),
    ("/api/events?offset=100001", 422, "invalid_parameter"),
    ("/api/events?quad_class=5", 422, "invalid_parameter"),
    ("/api/events?quad_class=one", 422, "invalid_parameter"),
    ("/api/events?from=June", 422, "invalid_parameter"),
    ("/api/events?from=2024-13", 422, "invalid_parameter"),
    ("/api/events?from=2024&to=2023", 422, "invalid_parameter"),
    ("/api/events?dyad=RUS", 422, "invalid_parameter"),
    ("/api/events?order=random", 422, "invalid_parameter"),
    ("/api/events?actor=" + "A" * 65, 422, "invalid_parameter"),
    ("/api/relations/RUS/PRK?by=week", 422, "invalid_parameter"),
    ("/api/relations/RUS/RUS", 422, "invalid_parameter"),
    ("/api/relations/RUS/Atlantis%20of%20old", 400, "analysis_error"),
    ("/api/relations/RUS/PRK?by=month&from=1000", 422, "range_too_long"),
    ("/api/shifts/RUS/PRK?penalty=-1", 422, "invalid_parameter"),
    ("/api/network?count=everything", 422, "invalid_parameter"),
    ("/api/claim", 422, "invalid_parameter"),
    ("/api/summary?n=100", 422, "invalid_parameter"),
])
def test_errors_have_one_shape(client, url, status, code):
    assert error_of(client.get(url), status)["code"] == code


def test_wrong_method_and_bad_body(client):
    assert error_of(client.post("/api/events"), 405)["code"] == "method_not_allowed"
    assert error_of(client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}),
                    422)["code"] == "invalid_parameter"


def test_an_unexpected_failure_is_a_500_in_the_same_shape(client, monkeypatch):
    from entente.web import views

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(views, "events_page", broken)
    error = error_of(client.get("/api/events", params={"limit": 7, "offset": 3, "q": "uncached"}), 500)
    assert error["code"] == "internal_error" and "secret" not in error["message"]


def test_a_slow_query_is_interrupted(web_db):
    from fastapi.testclient import TestClient

    from entente.web.app import create_app
    from entente.web.errors import ApiError
    from entente.web.state import Backend

    app = create_app(web_db, query_timeout=0.05)
    backend: Backend = app.state.backend

    def slow(store):  # type: ignore[no-untyped-def]
        return store.con.execute("SELECT count(*) FROM range(100000000) a, range(1000) b WHERE a.range % 7 = b.range")\
            .fetchall()

    with TestClient(app, raise_server_exceptions=False):
        with pytest.raises(ApiError) as caught:
            backend.cached(("slow",), slow)
        assert (caught.value.status, caught.value.code) == (503, "query_timeout")
        with backend.reading() as store:  # the cursor still works afterwards
            assert store.counts()["documents"] == 15
