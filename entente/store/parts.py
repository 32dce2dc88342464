"""Extraction results as Arrow tables ("parts"), and the one writer that loads them into a store.

Every runner (in-process, worker processes, a Dask cluster) turns a batch of extracted documents into a
``Part`` where the work is done, ships it back, and the single writer loads it with ``write_part``: one
transaction a part, checked by document id and content hash *inside* the transaction. A part delivered
twice (a retried Dask task, a rerun after a crash) therefore writes nothing the second time, and a run
killed at any moment leaves whole documents or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from entente.store.db import Loaded, Store
from entente.store.rows import Tables, document_tables

if TYPE_CHECKING:
    import pyarrow as pa

    from entente.api import Extracted


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


def make_part(extracted: Sequence[Extracted], worker: str = "", model_loads: int = 0) -> Part:
    """The rows the store keeps for these documents. Within one batch the last document of an id wins,
    as it would if they were written one after the other."""
    tables = document_tables((x.document, x.sentences, x.events) for x in extracted)
    return Part(documents=tables.documents, sentences=tables.sentences, events=tables.events, worker=worker,
                model_loads=model_loads, duplicates=len(extracted) - tables.documents.num_rows)


def write_part(store: Store, part: Part, force: bool = False) -> Loaded:
    """Load a part in one transaction (``Store.load``); documents dropped as repeats within the part count as
    skipped."""
    loaded = store.load(Tables(part.documents, part.sentences, part.events), force)
    return replace(loaded, skipped=loaded.skipped + part.duplicates)


__all__ = ["Loaded", "Part", "make_part", "write_part"]
