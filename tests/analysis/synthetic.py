"""Synthetic stores for the analysis tests (import ``tests.analysis.synthetic``): events written through the
public store API into real DuckDB files.

``add(store, events, published=None, doc=...)`` writes one document holding the events, each a tuple
``(source, target, when, cameo, goldstein)``; ``when`` is "2024-06-19" (day), "2024-06" (month), "2024" (year)
or "1947/1991" (a range of years). The quad class follows the CAMEO root, as GDELT's rule does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid

from entente.ingest.readers import Document
from entente.record import Actor, Event, EventDate, SentenceRef, TextSpan
from entente.store import Store

EventSpec = tuple[str, str, str, str, float]


def event_date(when: str) -> EventDate:
    if "/" in when:
        first, last = (int(y) for y in when.split("/"))
        return EventDate(when, "range", f"{first:04d}-01-01", f"{last:04d}-12-31", when, "explicit")
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 3:
        return EventDate(when, "day", when, when, when, "explicit")
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return EventDate(when, "month", f"{when}-01", f"{when}-{last:02d}", when, "explicit")
    return EventDate(when, "year", f"{when}-01-01", f"{when}-12-31", when, "explicit")


def quad_class(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def make_event(doc: str, index: int, spec: EventSpec, modality: str = "asserted") -> tuple[SentenceRef, Event]:
    source, target, when, cameo, goldstein = spec
    text = f"{source} and {target}: event {index} with CAMEO {cameo} on {when}."
    sentence = SentenceRef(index, index * 100, index * 100 + len(text), text)
    category = "CONSULT" if cameo.startswith("04") else "AGREE" if cameo.startswith("0") else "ACCUSE"
    event = Event(doc_id=doc, sentence=sentence, evidence=TextSpan(index * 100, index * 100 + 5, text[:5]),
                  source=Actor(source, source, None, None, source, index * 100, index * 100 + 3),
                  target=Actor(target, target, None, None, target, index * 100 + 8, index * 100 + 11),
                  event=category, mode=None, context=[], cameo=cameo, quad_class=quad_class(cameo),
                  goldstein=float(goldstein), date=event_date(when), quantity=None, modality=modality,  # type: ignore[arg-type]
                  attribution=None, confidence=0.9)
    return sentence, event


def add(store: Store, events: list[EventSpec], published: dt.date | None = None, doc: str | None = None,
        modality: str = "asserted") -> str:
    """Write one document with these events, then cluster the store as ingest does."""
    doc = doc or f"doc-{uuid.uuid4().hex[:12]}"
    pairs = [make_event(doc, i, spec, modality) for i, spec in enumerate(events)]
    text = " ".join(s.text for s, _ in pairs) or "A document about nothing in particular."
    store.write_batch([(Document(id=doc, text=text, published=published), [s for s, _ in pairs],
                        [e for _, e in pairs])])
    store.cluster()
    return doc
