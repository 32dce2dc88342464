"""Events to store rows and back: the contract's record flattened into columns, and rebuilt from them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from entente.record import Actor, Event, EventDate, Quantity, SentenceRef, TextSpan


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
