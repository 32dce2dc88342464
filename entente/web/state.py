"""What the server holds for its lifetime.

The store is opened read-only once; each worker thread reads through its own DuckDB cursor (a DuckDB
connection is not safe to share between threads, a cursor per thread is), and every request's queries run
under a deadline: DuckDB 2.0 has no ``statement_timeout``, so a timer calls ``interrupt()`` on the thread's
cursor when the deadline passes. While the server holds the file read-only DuckDB's lock keeps writers out, so
the store cannot change under it and analyses are cached. The extraction model loads on first use, once, and
extracts one text at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, TypeVarTuple, Unpack

from entente.store import Store
from entente.web.errors import ApiError

if TYPE_CHECKING:
    from entente.api import Extractor
    from entente.record import Event, SentenceRef

T = TypeVar("T")
Args = TypeVarTuple("Args")

QUERY_TIMEOUT = 10.0
"""Seconds a request may spend in DuckDB before its query is interrupted (503 ``query_timeout``)."""
CACHE_SIZE = 256
"""Analyses kept (overview, dyads, networks, claims): the least recently used go first."""
CACHE_BYTES = 64 * 2**20
"""Bytes of JSON responses kept (pages of events, clusters, documents); a response over 1 MiB is not kept."""


class Backend:
    def __init__(self, db: str | Path, query_timeout: float = QUERY_TIMEOUT, cache_size: int = CACHE_SIZE,
                 extractor: Extractor | None = None, cache_bytes: int = CACHE_BYTES,
                 threads: int | None = None) -> None:
        self._threads = threads
        self._store: Store | None = self._open(db)  # opened now: a missing store fails at start
        self._generation = 0
        self.path = Path(db)
        self.query_timeout = query_timeout
        self._local = threading.local()
        self._cursor_lock = threading.Lock()
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        self._responses: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._response_bytes = 0
        self._cache_bytes = cache_bytes
        self._extractor = extractor
        self._extract_lock = threading.Lock()

    def _open(self, db: str | Path) -> Store:
        store = Store(db, read_only=True)
        if self._threads:
            store.set_threads(self._threads)
        return store

    def close(self) -> None:
        """Close the store (at the app's shutdown); a request after that opens it again."""
        with self._cursor_lock:
            if self._store is not None:
                self._store.close()
                self._store = None
                self._generation += 1

    def _thread_store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None or getattr(self._local, "generation", None) != self._generation:
            with self._cursor_lock:
                if self._store is None:
                    self._store = self._open(self.path)
                store = self._store.cursor()
                self._local.generation = self._generation
            self._local.store = store
        return store

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """This thread's store, with the query deadline running."""
        import duckdb

        store = self._thread_store()
        timer = threading.Timer(self.query_timeout, store.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield store
        except duckdb.InterruptException:
            raise ApiError(503, "query_timeout", f"the query took longer than {self.query_timeout:g} s; "
                           "narrow it (a dyad, a date range, a smaller limit)") from None
        finally:
            timer.cancel()

    def cached(self, key: tuple[Any, ...], compute: Callable[[Store], T]) -> T:
        """``compute(store)`` once per key: the store cannot change while it is served."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[no-any-return]
        with self.reading() as store:
            value = compute(store)
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

    def cached_view(self, name: str, view: Callable[[Store, Unpack[Args]], T], *args: Unpack[Args]) -> T:
        """``view(store, *args)`` cached under ``(name, *args)``: a page and the API route that show the same
        analysis share one entry."""
        return self.cached((name, *args), lambda store: view(store, *args))

    def cached_json(self, key: tuple[Any, ...], compute: Callable[[Store], Any]) -> bytes:
        """``compute(store)`` as JSON bytes, kept while they fit in ``cache_bytes`` (least recently used go
        first): a page of events costs DuckDB milliseconds, a kept one microseconds."""
        with self._cache_lock:
            body = self._responses.get(key)
            if body is not None:
                self._responses.move_to_end(key)
                return body
        with self.reading() as store:
            body = json.dumps(compute(store), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()
        if self._cache_bytes and len(body) <= min(2**20, self._cache_bytes):
            with self._cache_lock:
                if key not in self._responses:
                    self._responses[key] = body
                    self._response_bytes += len(body)
                while self._response_bytes > self._cache_bytes:
                    _, dropped = self._responses.popitem(last=False)
                    self._response_bytes -= len(dropped)
        return body

    def extract(self, text: str, published: dt.date | None, doc_id: str) -> tuple[list[SentenceRef], list[Event]]:
        """Sentences and events of one text, by the same extractor as ``entente ingest`` (loaded on first use)."""
        from entente.ingest.readers import Document, check_text

        check_text(text, doc_id)
        with self._extract_lock:
            if self._extractor is None:
                from entente.api import Extractor

                self._extractor = Extractor()
            found = next(self._extractor.process([Document(id=doc_id, text=text, published=published,
                                                           where=doc_id)]))
        return found.sentences, found.events
