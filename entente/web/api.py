"""The JSON API under /api/: thin routes over ``views`` (what to show) and ``params`` (what may be asked)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from entente.ingest.readers import MAX_DOCUMENT_BYTES
from entente.web import views
from entente.web.errors import ApiError
from entente.web.params import CODE, By, Count, DateFrom, DateTo, Filter, Limit, Offset, Since, dyad_range, windows
from entente.web.state import Backend

router = APIRouter(prefix="/api")

Actor = Annotated[str, Path(min_length=1, max_length=CODE, description="ISO3 code (RUS) or a name (Russia).")]
Order = Annotated[str, Query(pattern="^(date|-date|confidence)$",
                             description="date (oldest first), -date (newest first) or confidence.")]


class JSONBytes(Response):
    """A JSON body already encoded (kept in the backend's response cache)."""

    media_type = "application/json"


def backend(request: Request) -> Backend:
    return request.app.state.backend  # type: ignore[no-any-return]


Served = Annotated[Backend, Depends(backend)]


@router.get("/", tags=["events"], summary="What the store holds and where to look")
def index(served: Served) -> JSONResponse:
    def compute(store: Any) -> dict[str, Any]:
        first, last = store.date_span()
        return {"store": served.path.name, "counts": store.counts(),
                "span": {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None},
                "endpoints": sorted({r.path for r in router.routes if hasattr(r, "path")})}

    return JSONResponse(served.cached(("index",), compute))


@router.get("/events", tags=["events"], summary="Events, filtered and paged")
def events(served: Served, where: Filter, limit: Limit = 50, offset: Offset = 0, order: Order = "date") -> Response:
    """Event records (shared/contract/EVENTS.md) with ``cluster_id``; ``total`` counts every match."""
    return JSONBytes(served.cached_json(("events", where, limit, offset, order),
                                        lambda store: views.events_page(store, where, limit, offset, order)))


@router.get("/events/{event_id}", tags=["events"], summary="One event")
def event(served: Served, event_id: Annotated[str, Path(max_length=CODE)]) -> JSONResponse:
    with served.reading() as store:
        return JSONResponse(views.event_one(store, event_id))


@router.get("/clusters", tags=["events"], summary="Clusters (real events) holding matching mentions")
def clusters(served: Served, where: Filter, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Each cluster merges the mentions of one real event: same dyad, category, kind of statement, dates within
    three days. Filters apply to the mentions; ``/api/events?cluster_id=`` lists a cluster's mentions."""
    return JSONBytes(served.cached_json(("clusters", where, limit, offset),
                                        lambda store: views.clusters_page(store, where, limit, offset)))


@router.get("/documents", tags=["events"], summary="Documents in the store")
def documents(served: Served, limit: Limit = 50, offset: Offset = 0) -> Response:
    return JSONBytes(served.cached_json(("documents", limit, offset),
                                        lambda store: views.documents_page(store, limit, offset)))


@router.get("/documents/{doc_id:path}", tags=["events"], summary="One document: sentences and events")
def document(served: Served, doc_id: Annotated[str, Path(max_length=1000)]) -> JSONResponse:
    """``doc_id`` is the id as stored (often a path): percent-encode its slashes or give it as is."""
    return JSONResponse(served.cached_view("document", views.document_view, doc_id))


@router.get("/relations/{a}/{b}", tags=["analysis"], summary="A dyad period by period (both directions)")
def relations(served: Served, a: Actor, b: Actor, by: By = "month", date_from: DateFrom = None,
              date_to: DateTo = None, count: Count = "clusters", lineage: bool = False) -> JSONResponse:
    """Quad-class counts and net Goldstein per period and direction; a period the store does not cover is null in
    every count (no coverage is not calm). ``unplaced`` counts events dated too coarsely for one period."""
    code_a, code_b, start, end = dyad_range(a, b, by, date_from, date_to)
    return JSONResponse(served.cached_view("relations", views.relations_view, code_a, code_b, by, start, end,
                                           count, lineage))


@router.get("/shifts/{a}/{b}", tags=["analysis"], summary="Change points and records of a dyad")
def shifts(served: Served, a: Actor, b: Actor, by: By = "year", date_from: DateFrom = None, date_to: DateTo = None,
           count: Count = "clusters", penalty: Annotated[float | None, Query(ge=0, le=1e9)] = None,
           lineage: bool = False) -> JSONResponse:
    """Pelt change points in net cooperation (``problem`` says why there are none) and records such as "first
    visit in 24 years"."""
    code_a, code_b, start, end = dyad_range(a, b, by, date_from, date_to)
    return JSONResponse(served.cached_view("shifts", views.shifts_view, code_a, code_b, by, start, end, count,
                                           penalty, lineage))


@router.get("/network", tags=["analysis"], summary="The signed network of states in a window")
def network(served: Served, date_from: DateFrom = None, date_to: DateTo = None,
            compare_from: Since = None,
            compare_to: Since = None,
            count: Count = "clusters") -> JSONResponse:
    """Nodes, undirected signed edges (both directions' net Goldstein), directed edges, blocs and structural
    balance; with ``compare_from``/``compare_to`` the ties gained, lost and flipped since that window."""
    start, end, compare = windows(date_from, date_to, compare_from, compare_to)
    return JSONResponse(served.cached_view("network", views.network_view, start, end, compare, count))


@router.get("/claim", tags=["analysis"], summary="Check a headline claim against the store")
def claim(served: Served, text: Annotated[str, Query(min_length=1, max_length=500,
                                                     description="e.g. Russia–North Korea ties are the strongest "
                                                                 "since the Cold War")],
          by: By = "year", count: Count = "clusters", lineage: bool = True) -> JSONResponse:
    """The verdict (supported, contradicted, not enough data), the figures behind it and the evidence."""
    return JSONResponse(served.cached_view("claim", views.claim_view, text, by, count, lineage))


@router.get("/summary", tags=["analysis"], summary="The strongest relations and their turns")
def summary(served: Served, n: Annotated[int, Query(ge=1, le=20)] = 8, count: Count = "clusters") -> JSONResponse:
    return JSONResponse(served.cached_view("summary", views.summary_view, n, count))


class TextIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_DOCUMENT_BYTES, description="The article, plain text.")
    published: dt.date | None = Field(None, description="Publication date: resolves \"last month\".")
    doc_id: str = Field("pasted", max_length=200)


@router.post("/extract", tags=["extract"], summary="Extract the events of a text (nothing is stored)")
def extract(served: Served, body: TextIn) -> JSONResponse:
    """Runs entente's extractor in the server (the model loads on first use, one text at a time). The text is
    refused over the CLI's document limit; the request body is bounded before it is read."""
    if len(body.text.encode("utf-8", "surrogatepass")) > MAX_DOCUMENT_BYTES:
        raise ApiError(413, "document_too_large", f"the text is over the {MAX_DOCUMENT_BYTES // 2**20} MiB "
                       "limit for one document")
    sentences, found = served.extract(body.text, body.published, body.doc_id)
    return JSONResponse({"doc_id": body.doc_id, **views.analysed(sentences, found)})
