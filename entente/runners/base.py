"""What every runner shares: read, skip what the store already has, batch, submit, write, cluster.

Runners differ only in how they submit work (in this process, worker processes, a Dask cluster). Each is
a ``Submit``: it takes batches of documents and yields their ``Part``s in the same order, keeping a bounded
number of batches in flight, so memory stays flat whatever the corpus size. The calling process is the one
writer: it loads each part into the store in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from entente.errors import EntenteError

if TYPE_CHECKING:
    from entente.ingest.readers import Document
    from entente.store.db import Store
    from entente.store.parts import Part

Submit = Callable[[Iterator[list["Document"]]], Iterator["Part"]]


class RunnerError(EntenteError):
    """Extraction could not be run: a missing extra, an unreachable cluster, a failed worker task."""


@dataclass
class IngestReport:
    documents: int = 0
    skipped: int = 0
    events: int = 0
    sentences: int = 0
    clusters: int = 0
    problems: list[str] = field(default_factory=list)
    model_loads: dict[str, int] = field(default_factory=dict)
    """Per worker process (``host:pid``): how many times it loaded the model (1 when all is well)."""

    @property
    def seen(self) -> int:
        """Inputs dealt with so far: written, skipped or unreadable (what a progress bar counts)."""
        return self.documents + self.skipped + len(self.problems)


def fresh_batches(paths: Iterable[str], store: Store, report: IngestReport, published: dt.date | None,
                  force: bool, batch_size: int, on_problem: Callable[[str], None] | None,
                  on_skip: Callable[[IngestReport], None] | None) -> Iterator[list[Document]]:
    """Batches of ``batch_size`` documents the store does not have yet, read lazily."""
    from entente.ingest.readers import ReadProblem, read_paths

    pending: list[Document] = []
    batch: list[Document] = []

    def sift() -> None:
        known = set() if force else store.stored_documents(pending)
        report.skipped += sum(d.id in known for d in pending)
        batch.extend(d for d in pending if d.id not in known)
        pending.clear()
        if known and on_skip:
            on_skip(report)

    for item in read_paths(paths, published):
        if isinstance(item, ReadProblem):
            report.problems.append(str(item))
            if on_problem:
                on_problem(str(item))
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            sift()
        if len(batch) >= batch_size:
            yield batch[:batch_size]
            del batch[:batch_size]
    sift()
    while batch:
        yield batch[:batch_size]
        del batch[:batch_size]


def run(paths: Iterable[str], store: Store, submit: Submit, published: dt.date | None = None,
        force: bool = False, batch_size: int = 32, on_problem: Callable[[str], None] | None = None,
        on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read ``paths`` into ``store`` with ``submit`` doing the extraction; one transaction a batch."""
    from entente.store.parts import write_part

    if batch_size < 1:
        raise RunnerError("--batch-size must be at least 1")
    report = IngestReport()
    batches = fresh_batches(paths, store, report, published, force, batch_size, on_problem, on_batch)
    for part in submit(batches):
        written = write_part(store, part, force)
        report.documents += written.documents
        report.skipped += written.skipped
        report.events += written.events
        report.sentences += written.sentences
        report.model_loads[part.worker] = max(report.model_loads.get(part.worker, 0), part.model_loads)
        if on_batch:
            on_batch(report)
    report.clusters = store.cluster()
    return report


__all__ = ["IngestReport", "RunnerError", "Submit", "fresh_batches", "run"]
