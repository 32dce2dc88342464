"""Extraction results as Arrow tables ("parts"), and the one writer that loads them into a store.

Every runner (in-process, worker processes, a Dask cluster) turns a batch of extracted documents into a
``Part`` where the work is done, ships it back, and the single writer loads it with ``write_part``: one
transaction a part, checked by document id and content hash *inside* the transaction. A part delivered
twice (a retried Dask task, a rerun after a crash) therefore writes nothing the second time, and a run
killed at any moment leaves whole documents or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from entente.store.db import Store, _event_schema, content_hash
from entente.store.rows import event_row

if TYPE_CHECKING:
    import pyarrow as pa

    from entente.api import Extracted
    from entente.ingest.readers import Document

DOCUMENT_COLUMNS = ("doc_id", "content_hash", "title", "url", "published", "period", "origin", "n_chars",
                    "n_sentences", "n_events")


@dataclass(frozen=True)
class Loaded:
    """What ``write_part`` did: documents written, skipped (already stored, or repeated), rows added."""

    documents: int
    skipped: int
    sentences: int
    events: int


@dataclass(frozen=True)
class Part:
    """One batch of extracted documents as three Arrow tables with the store's columns."""

    documents: pa.Table
    sentences: pa.Table
    events: pa.Table
    worker: str = ""
    """Which process extracted it (``host:pid``), and how often that process had loaded the model."""
    model_loads: int = 0
    duplicates: int = 0
    """Documents dropped because a later one in the same batch had the same id (the later one wins)."""


def _schemas() -> tuple[pa.Schema, pa.Schema]:
    import pyarrow as pa

    documents = pa.schema([("doc_id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()),
                           ("url", pa.string()), ("published", pa.date32()), ("period", pa.string()),
                           ("origin", pa.string()), ("n_chars", pa.int32()), ("n_sentences", pa.int32()),
                           ("n_events", pa.int32())])
    sentences = pa.schema([("doc_id", pa.string()), ("idx", pa.int32()), ("start_char", pa.int32()),
                           ("end_char", pa.int32()), ("text", pa.string())])
    return documents, sentences


def make_part(extracted: Sequence[Extracted], worker: str = "", model_loads: int = 0) -> Part:
    """The rows the store keeps for these documents. Within one batch the last document of an id wins,
    as it would if they were written one after the other."""
    import pyarrow as pa

    last = {x.document.id: x for x in extracted}
    documents: list[dict[str, Any]] = []
    sentences: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for x in last.values():
        document = x.document
        unique = {e.id: e for e in x.events}
        documents.append({"doc_id": document.id, "content_hash": content_hash(document.text),
                          "title": document.title, "url": document.url, "published": document.published,
                          "period": document.period, "origin": "text", "n_chars": len(document.text),
                          "n_sentences": len(x.sentences), "n_events": len(unique)})
        sentences.extend({"doc_id": document.id, "idx": s.index, "start_char": s.start, "end_char": s.end,
                          "text": s.text} for s in x.sentences)
        events.extend(event_row(e) for e in unique.values())
    document_schema, sentence_schema = _schemas()
    event_schema = _event_schema()
    return Part(documents=pa.Table.from_pylist(documents, schema=document_schema),
                sentences=pa.Table.from_pylist(sentences, schema=sentence_schema),
                events=pa.Table.from_pylist([{c: r.get(c) for c in event_schema.names} for r in events],
                                            schema=event_schema),
                worker=worker, model_loads=model_loads, duplicates=len(extracted) - len(last))


def stored(store: Store, documents: Sequence[Document]) -> set[str]:
    """Ids of these documents that the store already has with this very text (one query a batch)."""
    if not documents:
        return set()
    hashes = {d.id: content_hash(d.text) for d in documents}
    rows = store.con.execute("SELECT doc_id, content_hash FROM documents WHERE list_contains(?, doc_id)",
                             [list(hashes)]).fetchall()
    return {doc_id for doc_id, digest in rows if hashes.get(doc_id) == digest}


def write_part(store: Store, part: Part, force: bool = False) -> Loaded:
    """Load a part in one transaction. Documents the store already has with the same text are skipped
    (unless ``force``); changed ones are replaced, their old sentences and events removed."""
    if part.documents.num_rows == 0:
        return Loaded(0, part.duplicates, 0, 0)
    names = {"documents": "_entente_docs", "sentences": "_entente_sents", "events": "_entente_events"}
    for table, name in names.items():
        store.con.register(name, getattr(part, table))
    try:
        with store.transaction():
            rows = store.con.execute("SELECT d.doc_id, d.content_hash = p.content_hash FROM documents d "
                                     "JOIN _entente_docs p USING (doc_id)").fetchall()
            same = [doc_id for doc_id, unchanged in rows if unchanged and not force]
            replaced = [doc_id for doc_id, unchanged in rows if doc_id not in set(same)]
            for table in ("events", "sentences", "documents"):
                if replaced:
                    store.con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [replaced]).fetchall()
            keep = "WHERE NOT list_contains(?, doc_id)"
            store.con.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                              f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM _entente_docs {keep}", [same]).fetchall()
            sentences = store.con.execute(f"INSERT INTO sentences SELECT * FROM _entente_sents {keep}",
                                          [same]).fetchall()
            events = store.con.execute(f"INSERT INTO events BY NAME SELECT * FROM _entente_events {keep}",
                                       [same]).fetchall()
    finally:
        for name in names.values():
            store.con.unregister(name)
    return Loaded(part.documents.num_rows - len(same), len(same) + part.duplicates, int(sentences[0][0]),
                  int(events[0][0]))


__all__ = ["Loaded", "Part", "make_part", "stored", "write_part"]
