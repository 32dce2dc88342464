"""Ingest on this machine: extraction in this process (``workers=1``) or in ``workers`` processes, each
loading the model once; this process is the one writer.

Memory stays bounded by the batch size whatever the corpus size: documents stream from the readers, at
most two batches a worker are in flight, and each part is written (one transaction) as soon as it is back,
in input order, so the store is the same whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from functools import partial
from typing import TYPE_CHECKING

from entente.runners.base import IngestReport, RunnerError, Submit, run

if TYPE_CHECKING:
    from entente.ingest.readers import Document
    from entente.store.db import Store
    from entente.store.parts import Part

IN_FLIGHT_PER_WORKER = 2
"""Batches queued per worker: one running, one waiting, so no worker idles while the writer writes."""


def in_process(batches: Iterator[list[Document]]) -> Iterator[Part]:
    from entente.runners.work import extract_part

    for batch in batches:
        yield extract_part(batch)


def in_processes(batches: Iterator[list[Document]], workers: int) -> Iterator[Part]:
    """Batches spread over ``workers`` processes, results in input order, a bounded number in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from entente.runners.work import extract_part, preload

    # fork: workers start at once; the parent never loads the model, each worker loads it once (preload)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pending: deque[Future[Part]] = deque()
    try:
        with ProcessPoolExecutor(workers, multiprocessing.get_context(method), initializer=preload) as pool:
            for batch in batches:
                pending.append(pool.submit(extract_part, batch))
                if len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise RunnerError("a worker process died (out of memory?); every batch written so far is kept: run the "
                          "same command again to finish") from exc
    finally:
        for future in pending:
            future.cancel()


def local_submit(workers: int = 1) -> Submit:
    if workers < 1:
        raise RunnerError("--workers must be at least 1")
    return in_process if workers == 1 else partial(in_processes, workers=workers)


def ingest(paths: Iterable[str], store: Store, published: dt.date | None = None, force: bool = False,
           batch_size: int = 32, workers: int = 1, on_problem: Callable[[str], None] | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read ``paths`` into ``store``. Documents already stored with the same text are skipped unless
    ``force``; each batch of ``batch_size`` documents is one transaction."""
    return run(paths, store, local_submit(workers), published, force, batch_size, on_problem, on_batch)


__all__ = ["IngestReport", "in_process", "in_processes", "ingest", "local_submit"]
