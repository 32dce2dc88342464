"""What each page and endpoint shows, as plain JSON-ready data: one function a view, called by the HTML page
and by its JSON twin alike; each a thin face over entente's library (store, analysis)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from entente.analysis.render import jsonable
from entente.store import EventFilter
from entente.store.rows import row_event
from entente.web.errors import ApiError

if TYPE_CHECKING:
    from entente.store import Store

NOT_ASSERTED = ("hypothetical", "future", "negated")
OTHERS_SHOWN = 100
"""Non-asserted events listed per modality on a dyad page."""
MAX_DOCUMENT_EVENTS = 5_000


def names() -> dict[str, str]:
    from entente.coding.actors import lexicon

    return lexicon().country_names


RECORD_KEYS = ("id", "doc_id", "sentence", "evidence", "source", "target", "event", "mode", "context", "cameo",
               "quad_class", "goldstein", "date", "quantity", "modality", "attribution", "confidence")


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (a page of events is built on every request)."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row as the contract's event record (``Event.to_dict``), with its cluster and origin beside it."""
    event = row_event(row, row.get("sentence_text") or "")
    data = {key: _plain(getattr(event, key)) for key in RECORD_KEYS}
    data["cluster_id"] = row.get("cluster_id")
    data["origin"] = row.get("origin")
    return data


def page(total: int, limit: int, offset: int, shown: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset,
            "next_offset": offset + limit if offset + shown < total else None,
            "previous_offset": max(0, offset - limit) if offset > 0 else None}


def events_page(store: Store, where: EventFilter, limit: int = 50, offset: int = 0,
                order: str = "date") -> dict[str, Any]:
    rows = store.event_rows(where, limit, offset, order)
    total = store.count_events(where) if rows or offset else 0
    return {**page(total, limit, offset, len(rows)), "events": [record(r) for r in rows]}


def event_one(store: Store, event_id: str) -> dict[str, Any]:
    row = store.event_row(event_id)
    if row is None:
        raise ApiError(404, "not_found", f"no event {event_id!r} in the store")
    return record(row)


def clusters_page(store: Store, where: EventFilter, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    rows, total = store.cluster_rows(where, limit, offset)
    return {**page(total, limit, offset, len(rows)), "clusters": jsonable(rows)}


def documents_page(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    rows, total = store.document_rows(limit, offset)
    return {**page(total, limit, offset, len(rows)), "documents": jsonable(rows)}


def document_view(store: Store, doc_id: str) -> dict[str, Any]:
    meta = store.document_row(doc_id)
    if meta is None:
        raise ApiError(404, "not_found", f"no document {doc_id!r} in the store; /api/documents lists them")
    rows = store.event_rows(EventFilter(doc_id=doc_id), MAX_DOCUMENT_EVENTS, 0)
    rows.sort(key=lambda r: (r.get("sentence_index") or 0, r.get("evidence_start") or 0, r["id"]))
    return {"document": jsonable(meta), "sentences": store.sentence_rows(doc_id),
            "events": [record(r) for r in rows]}


# -- analyses (cached by the caller: the served store does not change) ----------------------------------------
def _state(code: str) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isalpha()


def _undirected(frame: Any, columns: list[str]) -> Any:
    frame = frame[frame["source_country"].map(_state) & frame["target_country"].map(_state)]
    frame = frame[frame["source_country"] != frame["target_country"]]
    frame = frame.assign(a=frame[["source_country", "target_country"]].min(axis=1),
                         b=frame[["source_country", "target_country"]].max(axis=1))
    keys = ["a", "b"] + (["period"] if "period" in frame.columns else [])
    return frame.groupby(keys, as_index=False)[columns].sum()


def overview(store: Store, n: int = 8) -> dict[str, Any]:
    """The store at a glance: its size, the most active, strongest and most changed relations, the latest
    events."""
    from entente.analysis.summary import strongest

    known = names()
    counts = store.counts()
    first, last = store.date_span()
    totals = store.dyad_totals()
    active: list[dict[str, Any]] = []
    if len(totals):
        dyads = _undirected(totals, ["events", "cooperation", "conflict", "net_goldstein"])
        active = jsonable(dyads.nlargest(n, "events"))
    strong = jsonable(strongest(store, n))
    for row in [*active, *strong]:
        row["names"] = [known.get(row["a"], row["a"]), known.get(row["b"], row["b"])]
    latest = events_page(store, EventFilter(modality="asserted"), 10, 0, "-date")["events"]
    return {"counts": counts, "span": {"first": jsonable(first), "last": jsonable(last)},
            "most_active": active, "strongest": strong, "most_changed": most_changed(store, n),
            "latest_events": latest}


def most_changed(store: Store, n: int = 8) -> list[dict[str, Any]]:
    """Dyads whose net cooperation moved most between their last two years with placed events."""
    known = names()
    years = store.dyad_periods_within("year")
    if not len(years):
        return []
    per_year = _undirected(years, ["events", "net_goldstein"])
    out = []
    for (a, b), rows in per_year.groupby(["a", "b"], sort=True):
        rows = rows.sort_values("period")
        if len(rows) < 2:
            continue
        before, after = rows.iloc[-2], rows.iloc[-1]
        out.append({"a": a, "b": b, "names": [known.get(a, a), known.get(b, b)],
                    "from_year": jsonable(before["period"])[:4], "to_year": jsonable(after["period"])[:4],
                    "before": float(before["net_goldstein"]), "after": float(after["net_goldstein"]),
                    "change": float(after["net_goldstein"] - before["net_goldstein"])})
    return sorted(out, key=lambda r: (-abs(r["change"]), r["a"], r["b"]))[:n]


def relations_view(store: Store, a: str, b: str, by: str, start: dt.date | None, end: dt.date | None,
                   count: str = "clusters", lineage: bool = False) -> dict[str, Any]:
    """The dyad period by period: per direction the quad classes and net Goldstein; uncovered periods null."""
    from entente.analysis.series import METRICS, period_label, relations

    frame = relations(store, a, b, by, start, end, count, lineage)
    periods = []
    for period, rows in frame.groupby("period", sort=True):
        covered = bool(rows["covered"].iloc[0])
        sides = {row["source"]: {m: jsonable(row[m]) for m in METRICS} for row in rows.to_dict("records")}
        ab, ba = sides.get(a, {}), sides.get(b, {})

        def total(*keys: str) -> float | None:
            return sum(float(side[k]) for side in (ab, ba) for k in keys) if covered else None

        periods.append({"period": jsonable(period), "label": period_label(period, by),  # type: ignore[arg-type]
                        "covered": covered, "cooperation": total("verbal_cooperation", "material_cooperation"),
                        "conflict": total("verbal_conflict", "material_conflict"),
                        "net_cooperation": total("net_goldstein"), "a_to_b": ab, "b_to_a": ba})
    known = names()
    return {"a": a, "b": b, "names": [known.get(a, a), known.get(b, b)], "by": by, "count": count,
            "lineage": lineage, "from": jsonable(start), "to": jsonable(end),
            "unplaced": int(frame.attrs.get("unplaced", 0)), "periods": periods}


def shifts_view(store: Store, a: str, b: str, by: str, start: dt.date | None, end: dt.date | None,
                count: str = "clusters", penalty: float | None = None, lineage: bool = False) -> dict[str, Any]:
    """Change points of the dyad's net cooperation (or why there are none) and its records."""
    from entente.analysis.series import AnalysisError, period_label
    from entente.analysis.shifts import records, shifts

    out: dict[str, Any] = {"a": a, "b": b, "by": by, "shifts": [], "penalty": None, "method": None,
                           "problem": None}
    try:
        result = shifts(store, a, b, by, start, end, count, penalty, lineage)
        out["shifts"] = [{"period": jsonable(r.period), "label": period_label(r.period, by),
                          "before": r.before, "after": r.after, "change": r.change}
                         for r in result.shifts.itertuples(index=False)]
        out["penalty"], out["method"] = result.penalty, result.method
    except AnalysisError as exc:
        out["problem"] = str(exc)
    out["records"] = jsonable(records(store, a, b, by, count, lineage))
    return out


def dyad_events(store: Store, a: str, b: str, start: dt.date | None, end: dt.date | None, limit: int,
                offset: int) -> dict[str, Any]:
    """Facts (asserted events) a page at a time, and apart from them what was only said might, will or did
    not happen."""
    facts = events_page(store, EventFilter(dyad=(a, b), start=start, end=end, modality="asserted"), limit, offset)
    others = {m: [record(r) for r in store.event_rows(EventFilter(dyad=(a, b), start=start, end=end, modality=m),
                                                      OTHERS_SHOWN, 0)]
              for m in NOT_ASSERTED}
    return {"asserted": facts, "not_asserted": others}


def network_view(store: Store, start: dt.date | None, end: dt.date | None,
                 compare: tuple[dt.date | None, dt.date | None] | None = None,
                 count: str = "clusters") -> dict[str, Any]:
    """States as nodes, undirected signed ties (both directions' net Goldstein) as edges, blocs and balance;
    with ``compare``, the ties gained, lost and flipped from the second window to this one."""
    from entente.analysis.network import compare_graphs, network

    net = network(store, start, end, count)
    bloc_of = {code: i for i, bloc in enumerate(net.blocs) for code in bloc}
    nodes = [{"id": code, "name": data.get("name", code), "bloc": bloc_of.get(code),
              "degree": net.signed.degree(code)} for code, data in net.signed.nodes(data=True)]
    edges = [{"a": u, "b": v, "weight": float(d["weight"]), "events": int(d["events"]), "sign": int(d["sign"])}
             for u, v, d in net.signed.edges(data=True)]
    edges.sort(key=lambda e: (-abs(e["weight"]), e["a"], e["b"]))
    directed = [{"source": u, "target": v, **{k: jsonable(d[k]) for k in ("weight", "events", "cooperation",
                                                                          "conflict")}}
                for u, v, d in net.directed.edges(data=True)]
    changes = None
    if compare is not None:
        other = network(store, *compare, count=count)
        changes = jsonable(compare_graphs(other.signed, net.signed))
    first, last = store.date_span()
    return {"from": jsonable(start), "to": jsonable(end), "count": count, "nodes": nodes, "edges": edges,
            "directed": directed, "blocs": net.blocs,
            "balance": {"triangles": net.balance.triangles, "balanced": net.balance.balanced,
                        "share": net.balance.share},
            "compare": {"from": jsonable(compare[0]), "to": jsonable(compare[1]), "changes": changes}
            if compare is not None else None,
            "years": list(range(first.year, last.year + 1)) if first and last else []}


def claim_view(store: Store, text: str, by: str, count: str, lineage: bool) -> dict[str, Any]:
    from entente.analysis.claims import claim

    return jsonable(claim(store, text, by, count, lineage))  # type: ignore[no-any-return]


def summary_view(store: Store, n: int, count: str) -> dict[str, Any]:
    from entente.analysis.summary import summary

    result = summary(store, n, count)
    turns = {f"{a}-{b}": (t if isinstance(t, str) else jsonable(t.shifts)) for (a, b), t in result.turns.items()}
    return {"dyads": jsonable(result.dyads), "turns": turns}


def analysed(sentences: list[Any], events: list[Any]) -> dict[str, Any]:
    """An extracted text as the document page draws it (sentences and events, nothing stored)."""
    return {"sentences": [{"idx": s.index, "start_char": s.start, "end_char": s.end, "text": s.text}
                          for s in sentences],
            "events": [{**e.to_dict(), "cluster_id": None, "origin": "text"} for e in events]}
