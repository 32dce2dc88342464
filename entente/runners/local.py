"""Ingest on this machine: read, skip what the store already has, extract in bounded batches, write each
batch in one transaction, then merge mentions into clusters.

Memory stays bounded by the batch size whatever the corpus size: documents stream from the readers,
through ``Extractor.process`` and into the store.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from entente.ingest.readers import Document, ReadProblem, read_paths
from entente.store.db import Store


@dataclass
class IngestReport:
    documents: int = 0
    skipped: int = 0
    events: int = 0
    sentences: int = 0
    clusters: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ForcedDocument(Document):
    force: bool = True


def ingest(paths: Iterable[str], store: Store, published: dt.date | None = None, force: bool = False,
           batch_size: int = 32, workers: int = 1, on_problem: Callable[[str], None] | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read ``paths`` into ``store``. Documents already stored with the same text are skipped unless
    ``force``; each batch of ``batch_size`` documents is one transaction."""
    from entente.api import Extractor

    report = IngestReport()

    def fresh() -> Iterator[Document]:
        for item in read_paths(paths, published):
            if isinstance(item, ReadProblem):
                report.problems.append(str(item))
                if on_problem:
                    on_problem(str(item))
                continue
            if not force and store.known(item):
                report.skipped += 1
                continue
            yield ForcedDocument(**item.__dict__) if force else item

    extractor = Extractor()
    stream = extractor.process(fresh(), n_process=workers)
    while batch := list(itertools.islice(stream, batch_size)):
        written = store.write_batch([(x.document, x.sentences, x.events) for x in batch])
        report.documents += written.documents
        report.skipped += written.skipped
        report.events += written.events
        report.sentences += sum(len(x.sentences) for x in batch)
        if on_batch:
            on_batch(report)
    report.clusters = store.cluster()
    return report


__all__ = ["IngestReport", "ingest"]
