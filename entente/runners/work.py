"""What a worker runs, whichever runner submitted it: extract a batch of documents into a ``Part``.

The model is loaded once per process, the first time it is needed (or up front by a pool's initializer),
and kept in a module-level ``Extractor``. Each part says which process made it and how many times that
process loaded the model, so a run can check that no worker loaded it twice.
"""

from __future__ import annotations

import os
import socket
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from entente.api import Extractor
    from entente.ingest.readers import Document
    from entente.store.parts import Part

_extractor: Extractor | None = None
_loads = 0
_lock = threading.Lock()


def extractor() -> Extractor:
    """This process's extractor, loaded on first use (thread-safe: a Dask worker may run threads)."""
    global _extractor, _loads
    with _lock:
        if _extractor is None:
            from entente.api import Extractor

            _extractor = Extractor()
            _loads += 1
        return _extractor


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def extract_part(documents: list[Document]) -> Part:
    """Extract ``documents`` and return the rows the store keeps, as Arrow tables."""
    from entente.store.parts import make_part

    found = extractor()
    with _lock:  # one pipeline, one batch at a time, even if the worker has several threads
        extracted = list(found.process(documents))
    return make_part(extracted, worker_id(), _loads)


def preload() -> None:
    """Pool initializer: load the model before the first batch arrives. A failure is left for the first
    batch to raise, with its message (an initializer that raises only breaks the pool, silently)."""
    try:
        extractor()
    except Exception:  # noqa: BLE001 - extract_part raises it again, where the caller sees it
        pass
