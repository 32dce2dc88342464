"""The event record that crosses every stage (shared/contract/EVENTS.md).

Stages hand each other these dataclasses, never loose dicts; ``Event.to_dict`` writes exactly the
contract's JSON shape (every field present, ``null`` where the program cannot fill it).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hypothetical", "future"]
Precision = Literal["day", "month", "year", "decade", "century", "range"]
Basis = Literal["explicit", "relative", "document", "inferred"]

PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document text: ``text == document[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SentenceRef:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention. ``code`` is the CAMEO actor code (country + role)."""

    code: str
    country: str
    role: str | None
    name: str | None
    text: str
    start: int
    end: int

    @staticmethod
    def make(country: str, role: str | None, name: str | None, span: TextSpan) -> Actor:
        return Actor(code=country + (role or ""), country=country, role=role, name=name,
                     text=span.text, start=span.start, end=span.end)


@dataclass(frozen=True)
class EventDate:
    value: str
    precision: Precision
    start: str
    end: str
    text: str | None
    basis: Basis


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None
    text: str
    approximate: bool


@dataclass
class Event:
    """One coded event with its evidence (one line of ``entente extract --format jsonl``)."""

    doc_id: str
    sentence: SentenceRef
    evidence: TextSpan
    source: Actor
    target: Actor | None
    event: str
    mode: str | None
    context: list[str]
    cameo: str
    quad_class: int
    goldstein: float
    date: EventDate | None
    quantity: Quantity | None
    modality: Modality
    attribution: Actor | None
    confidence: float
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.stable_id()

    def stable_id(self) -> str:
        """Same input, same id: a hash of the document, the evidence offsets, the actors and the code."""
        key = "|".join([
            self.doc_id, str(self.evidence.start), str(self.evidence.end), self.source.code,
            self.target.code if self.target else "-", str(self.target.start if self.target else -1),
            str(self.source.start), self.cameo, self.modality,
        ])
        return "evt_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        order = ["id", "doc_id", "sentence", "evidence", "source", "target", "event", "mode", "context",
                 "cameo", "quad_class", "goldstein", "date", "quantity", "modality", "attribution",
                 "confidence"]
        return {key: data[key] for key in order}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Event:
        def actor(value: dict[str, Any] | None) -> Actor | None:
            return Actor(**value) if value else None

        src = actor(data["source"])
        if src is None:
            raise ValueError("an event needs a source actor")
        return Event(
            id=data.get("id", ""), doc_id=data["doc_id"], sentence=SentenceRef(**data["sentence"]),
            evidence=TextSpan(**data["evidence"]), source=src, target=actor(data.get("target")),
            event=data["event"], mode=data.get("mode"), context=list(data.get("context") or []),
            cameo=data["cameo"], quad_class=int(data["quad_class"]), goldstein=float(data["goldstein"]),
            date=EventDate(**data["date"]) if data.get("date") else None,
            quantity=Quantity(**data["quantity"]) if data.get("quantity") else None,
            modality=data["modality"], attribution=actor(data.get("attribution")),
            confidence=float(data["confidence"]),
        )
