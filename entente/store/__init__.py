"""The store: an embedded DuckDB file of documents, sentences, events and clusters."""

from entente.store.db import DEFAULT_DB, Store, StoreError, Written, content_hash
from entente.store.filters import EventFilter

__all__ = ["DEFAULT_DB", "EventFilter", "Store", "StoreError", "Written", "content_hash"]
