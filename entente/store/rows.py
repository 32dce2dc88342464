"""Records to store rows and back: the contract's record flattened into columns and rebuilt from them, and
documents with their sentences and events as Arrow tables, the one shape in which the store writes them
(``Store.load``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from entente.record import Actor, Event, EventDate, Quantity, SentenceRef, TextSpan
from entente.store.schema import EVENT_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa

    from entente.ingest.readers import Document

DOCUMENT_COLUMNS = ("doc_id", "content_hash", "title", "url", "published", "period", "origin", "n_chars",
                    "n_sentences", "n_events")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("code", "country", "role", "name", "text", "start", "end")}
    return {f"{prefix}_code": actor.code, f"{prefix}_country": actor.country, f"{prefix}_role": actor.role,
            f"{prefix}_name": actor.name, f"{prefix}_text": actor.text, f"{prefix}_start": actor.start,
            f"{prefix}_end": actor.end}


def event_row(event: Event, origin: str = "text") -> dict[str, Any]:
    d, q = event.date, event.quantity
    row: dict[str, Any] = {
        "id": event.id, "doc_id": event.doc_id, "origin": origin,
        "sentence_index": event.sentence.index, "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end, "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end, "evidence_text": event.evidence.text,
        "event": event.event, "mode": event.mode, "context": list(event.context), "cameo": event.cameo,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "date_value": d.value if d else None, "date_precision": d.precision if d else None,
        "date_start": dt.date.fromisoformat(d.start) if d else None,
        "date_end": dt.date.fromisoformat(d.end) if d else None,
        "date_text": d.text if d else None, "date_basis": d.basis if d else None,
        "quantity_value": q.value if q else None, "quantity_unit": q.unit if q else None,
        "quantity_text": q.text if q else None, "quantity_approximate": q.approximate if q else None,
        "modality": event.modality,
        "attribution": json.dumps(event.attribution.__dict__, ensure_ascii=False) if event.attribution else None,
        "confidence": event.confidence, "cluster_id": None,
    }
    row.update(_actor_columns("source", event.source))
    row.update(_actor_columns("target", event.target))
    return row


def _actor(row: dict[str, Any], prefix: str) -> Actor | None:
    if row.get(f"{prefix}_country") is None:
        return None
    return Actor(code=row[f"{prefix}_code"], country=row[f"{prefix}_country"], role=row[f"{prefix}_role"],
                 name=row[f"{prefix}_name"], text=row[f"{prefix}_text"] or "",
                 start=row[f"{prefix}_start"] if row[f"{prefix}_start"] is not None else -1,
                 end=row[f"{prefix}_end"] if row[f"{prefix}_end"] is not None else -1)


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def row_event(row: dict[str, Any], sentence_text: str = "") -> Event:
    """The contract record of a stored row (imported rows have no text: offsets -1, texts empty)."""
    source = _actor(row, "source")
    if source is None:
        source = Actor(code="---", country="---", role=None, name=None, text="", start=-1, end=-1)
    date = None
    if row.get("date_value"):
        date = EventDate(row["date_value"], row["date_precision"], _iso(row["date_start"]), _iso(row["date_end"]),
                         row.get("date_text"), row["date_basis"])
    quantity = None
    if row.get("quantity_value") is not None:
        quantity = Quantity(row["quantity_value"], row.get("quantity_unit"), row.get("quantity_text") or "",
                            bool(row.get("quantity_approximate")))
    attribution = Actor(**json.loads(row["attribution"])) if row.get("attribution") else None

    def offset(name: str) -> int:
        value = row.get(name)
        return int(value) if value is not None else -1

    return Event(
        id=row["id"], doc_id=row.get("doc_id") or "",
        sentence=SentenceRef(offset("sentence_index"), offset("sentence_start"), offset("sentence_end"),
                             sentence_text),
        evidence=TextSpan(offset("evidence_start"), offset("evidence_end"), row.get("evidence_text") or ""),
        source=source, target=_actor(row, "target"), event=row["event"], mode=row.get("mode"),
        context=list(row.get("context") or []), cameo=row["cameo"], quad_class=int(row["quad_class"]),
        goldstein=float(row["goldstein"]), date=date, quantity=quantity, modality=row.get("modality") or "asserted",
        attribution=attribution, confidence=float(row["confidence"]) if row.get("confidence") is not None else 0.0,
    )


# -- Arrow tables ----------------------------------------------------------------------------------------------
class Tables(NamedTuple):
    """Documents with their sentences and events, in the store's columns."""

    documents: pa.Table
    sentences: pa.Table
    events: pa.Table


def document_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([("doc_id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()),
                      ("url", pa.string()), ("published", pa.date32()), ("period", pa.string()),
                      ("origin", pa.string()), ("n_chars", pa.int32()), ("n_sentences", pa.int32()),
                      ("n_events", pa.int32())])


def sentence_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([("doc_id", pa.string()), ("idx", pa.int32()), ("start_char", pa.int32()),
                      ("end_char", pa.int32()), ("text", pa.string())])


def event_schema() -> pa.Schema:
    import pyarrow as pa

    types = {c: pa.string() for c in EVENT_COLUMNS}
    for c in ("sentence_index", "sentence_start", "sentence_end", "evidence_start", "evidence_end", "source_start",
              "source_end", "target_start", "target_end"):
        types[c] = pa.int64()
    types.update({"context": pa.list_(pa.string()), "quad_class": pa.int8(), "goldstein": pa.float64(),
                  "date_start": pa.date32(), "date_end": pa.date32(), "quantity_value": pa.float64(),
                  "quantity_approximate": pa.bool_(), "confidence": pa.float64()})
    return pa.schema([(c, types[c]) for c in EVENT_COLUMNS])


def event_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Event rows (``event_row``, or an importer's) as a table of every event column, null where not given."""
    import pyarrow as pa

    return pa.Table.from_pylist([{c: r.get(c) for c in EVENT_COLUMNS} for r in rows], schema=event_schema())


def document_tables(items: Iterable[tuple[Document, Sequence[SentenceRef], Sequence[Event]]]) -> Tables:
    """The rows the store keeps for these documents. The last document of an id wins, as it would if they were
    written one after the other; a document's events are stored once per id."""
    import pyarrow as pa

    last = {document.id: (document, sentences, events) for document, sentences, events in items}
    documents: list[dict[str, Any]] = []
    sentence_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    for document, sentences, events in last.values():
        unique = {e.id: e for e in events}
        documents.append({"doc_id": document.id, "content_hash": content_hash(document.text),
                          "title": document.title, "url": document.url, "published": document.published,
                          "period": document.period, "origin": "text", "n_chars": len(document.text),
                          "n_sentences": len(sentences), "n_events": len(unique)})
        sentence_rows.extend({"doc_id": document.id, "idx": s.index, "start_char": s.start, "end_char": s.end,
                              "text": s.text} for s in sentences)
        event_rows.extend(event_row(e) for e in unique.values())
    return Tables(pa.Table.from_pylist(documents, schema=document_schema()),
                  pa.Table.from_pylist(sentence_rows, schema=sentence_schema()), event_table(event_rows))
