"""Ingest with extraction on a Dask distributed cluster; this process stays the one writer.

The client reads the documents, skips those the store has, and submits them in batches (one task a batch,
at most two a worker thread in flight). Each worker loads the model once, on its first task, and keeps it
(``entente.runners.work``); a task returns its batch as Arrow tables (a ``Part``). The client gathers the
parts in input order and writes each in one transaction, checked by document id and content hash inside
that transaction, so the result of a task that Dask re-ran after losing a worker cannot be written twice.

``address`` is a scheduler (``tcp://host:8786``) or ``local:N`` for a ``LocalCluster`` of N single-threaded
worker processes on this machine. Needs the optional extra: ``pip install 'entente[distributed]'``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from entente.runners.base import IngestReport, RunnerError, run

if TYPE_CHECKING:
    from distributed import Client, Future

    from entente.ingest.readers import Document
    from entente.store.db import Store
    from entente.store.parts import Part

INSTALL = "pip install 'entente[distributed]'"
IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "30s"
LOCAL_CONFIG = {"distributed.nanny.pre-spawn-environ": {"MALLOC_TRIM_THRESHOLD_": None}}
"""Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so that glibc hands freed memory back at
once; spaCy allocates and frees so much that this costs 4x the page faults and ~10% of the run time
(measured). Workers of a LocalCluster keep glibc's default; docs/scale.md says how to do the same on a
real cluster."""


def require_distributed() -> Any:
    """The distributed module, or a one-line error saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise RunnerError(f"--dask needs Dask distributed, which is not installed: {INSTALL}") from None
    return distributed


def local_workers(address: str) -> int | None:
    """``local:N`` → N (``local`` alone: one worker a core); a scheduler address → None."""
    if address != "local" and not address.startswith("local:"):
        return None
    count = address.partition(":")[2] or str(os.cpu_count() or 1)
    if not count.isdigit() or int(count) < 1:
        raise RunnerError(f"--dask {address}: write local:N with N worker processes, e.g. local:2")
    return int(count)


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a LocalCluster started (and stopped) for the run."""
    distributed = require_distributed()
    workers = local_workers(address)
    cluster = None
    try:
        if workers is not None:
            import dask

            with dask.config.set(LOCAL_CONFIG):
                cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise RunnerError(f"cannot reach the Dask scheduler at {address} ({exc}); is `dask scheduler` "
                          "running there?") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _window(client: Client) -> int:
    return IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))


def on_cluster(batches: Iterator[list[Document]], client: Client) -> Iterator[Part]:
    """Each batch a task; parts come back in input order with a bounded number in flight."""
    from entente.runners.work import extract_part

    pending: deque[tuple[list[str], Future]] = deque()
    window = _window(client)
    submitted = 0
    try:
        for batch in batches:
            pending.append(([d.id for d in batch], client.submit(extract_part, batch, pure=False)))
            submitted += 1
            if submitted % 64 == 0:
                window = _window(client)  # the cluster may have grown or shrunk
            while len(pending) >= window:
                yield _gather(*pending.popleft())
        while pending:
            yield _gather(*pending.popleft())
    finally:
        if pending:
            client.cancel([future for _, future in pending])


def _gather(ids: list[str], future: Future) -> Part:
    distributed = require_distributed()
    try:
        return future.result()
    except distributed.KilledWorker as exc:
        raise RunnerError(f"the batch {ids[0]} .. {ids[-1]} killed every worker that ran it (out of memory?); "
                          "every batch written so far is kept: run the same command again to "
                          "finish") from exc
    finally:
        future.release()


def ingest(paths: Iterable[str], store: Store, address: str, published: dt.date | None = None,
           force: bool = False, batch_size: int = 32, on_problem: Callable[[str], None] | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """``entente.runners.local.ingest`` with extraction on the Dask cluster at ``address``."""
    with connect(address) as client:
        return run(paths, store, partial(on_cluster, client=client), published, force, batch_size,
                   on_problem, on_batch)


__all__ = ["INSTALL", "connect", "ingest", "local_workers", "on_cluster", "require_distributed"]
