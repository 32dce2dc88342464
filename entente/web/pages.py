"""The dashboard's HTML pages. Each has a JSON twin served by the same view, as datasette's pages do: add
``.json`` to the path (``/dyad/RUS/PRK.json``) or ``?format=json``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse, Response

from entente.ingest.readers import MAX_DOCUMENT_BYTES
from entente.record import PLOVER_CATEGORIES
from entente.web import highlight, views
from entente.web.api import Served
from entente.web.errors import ApiError
from entente.web.params import (
    By,
    Count,
    DateFrom,
    DateTo,
    Filter,
    Limit,
    Offset,
    Since,
    actors,
    dyad_range,
    filter_query,
    windows,
)

router = APIRouter(include_in_schema=False)

MODALITIES = ("asserted", "negated", "hypothetical", "future")
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def template_globals() -> dict[str, Any]:
    return {"highlight": highlight.sentence_html, "document_html": highlight.document_html,
            "doc_url": lambda doc_id: "/documents/" + highlight.doc_path(doc_id), "dyad_url": dyad_url,
            "QUADS": QUADS, "MODALITIES": MODALITIES, "PLOVER": PLOVER_CATEGORIES, "page_url": page_url}


def template_filters() -> dict[str, Any]:
    def signed(value: float | None) -> str:
        return "—" if value is None else f"{value:+.1f}"

    def number(value: float | None) -> str:
        return "—" if value is None else f"{value:g}"

    return {"signed": signed, "number": number}


def dyad_url(a: str, b: str) -> str:
    return f"/dyad/{highlight.doc_path(a)}/{highlight.doc_path(b)}"


def page_url(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (pagination, the JSON twin)."""
    params = dict(request.query_params)
    params.update({k: str(v) for k, v in changes.items() if v is not None})
    return request.url.path + ("?" + urlencode(params) if params else "")


def twin(path: str) -> tuple[str, bool]:
    """A path segment and whether it asked for JSON (``PRK.json`` → ``PRK``, True)."""
    return (path[:-5], True) if path.endswith(".json") else (path, False)


def render(request: Request, template: str, data: dict[str, Any], as_json: bool = False,
           status: int = 200, **extra: Any) -> Response:
    if as_json or request.query_params.get("format") == "json":
        return JSONResponse(data, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {"data": data, **extra},  # type: ignore[no-any-return]
                                      status_code=status)


@router.get("/")
@router.get("/index.json")
def overview(request: Request, served: Served) -> Response:
    data = served.cached_view("overview", views.overview)
    return render(request, "overview.html", data, request.url.path.endswith(".json"))


@router.get("/dyad")
def dyad_form(a: Annotated[str, Query(min_length=1, max_length=64)],
              b: Annotated[str, Query(min_length=1, max_length=64)]) -> Response:
    """The overview's "relation between" form: names become codes, then the dyad's own address."""
    code_a, code_b = actors(a, b)
    return RedirectResponse(dyad_url(code_a, code_b), status_code=303)


@router.get("/dyad/{a}/{b}")
def dyad(request: Request, served: Served, a: str, b: str, by: By = "year", date_from: DateFrom = None,
         date_to: DateTo = None, count: Count = "clusters", lineage: bool = False, limit: Limit = 50,
         offset: Offset = 0) -> Response:
    """A relation over time: the timeline with shifts, records, and the events behind it."""
    b, as_json = twin(b)
    code_a, code_b, start, end = dyad_range(a, b, by, date_from, date_to)
    relations = served.cached_view("relations", views.relations_view, code_a, code_b, by, start, end, count, lineage)
    shifts = served.cached_view("shifts", views.shifts_view, code_a, code_b, by, start, end, count, None, lineage)
    with served.reading() as store:
        events = views.dyad_events(store, code_a, code_b, start, end, limit, offset)
    data = {"relations": relations, "shifts": shifts, "events": events}
    chart = {"labels": [p["label"] for p in relations["periods"]],
             "covered": [p["covered"] for p in relations["periods"]],
             "cooperation": [p["cooperation"] for p in relations["periods"]],
             "conflict": [None if p["conflict"] is None else -p["conflict"] for p in relations["periods"]],
             "net": [p["net_cooperation"] for p in relations["periods"]],
             "shifts": [{"label": s["label"], "change": s["change"]} for s in shifts["shifts"]]}
    return render(request, "dyad.html", data, as_json, chart=chart)


@router.get("/network")
@router.get("/network.json")
def network(request: Request, served: Served, date_from: DateFrom = None, date_to: DateTo = None,
            compare_from: Since = None,
            compare_to: Since = None,
            count: Count = "clusters") -> Response:
    start, end, compare = windows(date_from, date_to, compare_from, compare_to)
    data = served.cached_view("network", views.network_view, start, end, compare, count)
    graph = {"nodes": data["nodes"], "edges": data["edges"][:400]}
    return render(request, "network.html", data, request.url.path.endswith(".json"), graph=graph)


@router.get("/documents")
@router.get("/documents.json")
def documents(request: Request, served: Served, limit: Limit = 50, offset: Offset = 0) -> Response:
    with served.reading() as store:
        data = views.documents_page(store, limit, offset)
    return render(request, "documents.html", data, request.url.path.endswith(".json"))


@router.get("/documents/{doc_id:path}")
def document(request: Request, served: Served, doc_id: str) -> Response:
    """The text with its events marked. ``ID.json`` is the twin unless a document is called ``ID.json``."""
    with served.reading() as store:
        as_json = False
        if doc_id.endswith(".json") and store.document_row(doc_id) is None:
            doc_id, as_json = doc_id[:-5], True
        data = views.document_view(store, doc_id)
    return render(request, "document.html", data, as_json)


@router.get("/search")
@router.get("/search.json")
def search(request: Request, served: Served, where: Filter, limit: Limit = 50, offset: Offset = 0) -> Response:
    as_json = request.url.path.endswith(".json")
    data: dict[str, Any] = {"filters": filter_query(where), "results": None}
    if not where.is_empty():
        with served.reading() as store:
            data["results"] = views.events_page(store, where, limit, offset)
    return render(request, "search.html", data, as_json)


@router.get("/claim")
@router.get("/claim.json")
def claim(request: Request, served: Served, text: Annotated[str | None, Query(max_length=500)] = None,
          by: By = "year") -> Response:
    data: dict[str, Any] = {"text": text, "check": None}
    if text:
        data["check"] = served.cached_view("claim", views.claim_view, text, by, "clusters", True)
    return render(request, "claim.html", data, request.url.path.endswith(".json"))


@router.get("/analyse")
def analyse_form(request: Request) -> Response:
    return render(request, "analyse.html", {"doc_id": None, "sentences": [], "events": []},
                  limit=MAX_DOCUMENT_BYTES)


@router.post("/analyse")
@router.post("/analyse.json")
async def analyse(request: Request, served: Served) -> Response:
    """Paste or upload an article and see its events at once; nothing is stored."""
    # parts may be as large as the body limit allows: the document limit is checked below, with its own message
    form = await request.form(max_files=1, max_fields=8, max_part_size=request.app.state.max_body)
    text, name = await _form_text(form)
    published = _form_date(form.get("published"))
    sentences, found = await run_in_threadpool(served.extract, text, published, name)
    data = {"doc_id": name, **views.analysed(sentences, found)}
    return render(request, "analyse.html", data, request.url.path.endswith(".json"), limit=MAX_DOCUMENT_BYTES)


async def _form_text(form: Any) -> tuple[str, str]:
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        raw = await upload.read(MAX_DOCUMENT_BYTES + 1)
        name = str(upload.filename)[:200]
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise ApiError(413, "document_too_large", f"{name} is over the {MAX_DOCUMENT_BYTES // 2**20} MiB limit")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ApiError(422, "invalid_input", f"{name} is not UTF-8 text (byte {exc.start})") from None
        if name.lower().endswith((".html", ".htm")) or text.lstrip()[:15].lower().startswith(("<!doctype html",
                                                                                             "<html")):
            from entente.ingest.readers import html_to_text

            text = (await run_in_threadpool(html_to_text, text, name))[0]
        return text, name
    text = form.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(422, "invalid_input", "paste a text or choose a file to analyse")
    if len(text.encode("utf-8")) > MAX_DOCUMENT_BYTES:
        raise ApiError(413, "document_too_large", f"the text is over the {MAX_DOCUMENT_BYTES // 2**20} MiB limit")
    return text, "pasted"


def _form_date(value: Any) -> dt.date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, "invalid_parameter", f"published {value!r} is not a date YYYY-MM-DD") from None

