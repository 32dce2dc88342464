"""The plain Python API: ``extract(text)`` and the streaming ``Extractor``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from entente.ingest.readers import Document, check_text
from entente.record import Event, SentenceRef

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Extracted:
    document: Document
    sentences: list[SentenceRef]
    events: list[Event]


class Extractor:
    """Extract events from many documents, streaming: one model load, ``nlp.pipe`` batches."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 16) -> None:
        from entente.nlp.pipeline import load_nlp

        self.nlp = nlp or load_nlp()
        self.batch_size = batch_size
        from entente.coding.actors import lexicon
        from entente.coding.patterns import patterns

        lexicon().matcher(self.nlp)  # build the dictionaries once, up front
        patterns()

    def pipe(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[tuple[Document, list[Event]]]:
        """Each document with its events, in input order."""
        if n_process == 1:
            yield from self._batched(documents)
            return
        yield from _parallel(documents, n_process, self.batch_size)

    def _batched(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for extracted in self.process(documents):
            yield extracted.document, extracted.events

    def process(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[Extracted]:
        """Each document with its sentences and events: what the store keeps. Parsing runs in
        ``nlp.pipe`` batches (much faster than one call a document); each document is coded with its own
        publication date."""
        if n_process > 1:
            yield from _parallel_process(documents, n_process, self.batch_size)
            return
        from entente.coding.extractor import code_document

        def pairs() -> Iterator[tuple[str, Document]]:
            for document in documents:
                yield document.text, document

        with self.nlp.select_pipes(disable=[n for n in self.nlp.pipe_names if n == "entente_events"]):
            for doc, document in self.nlp.pipe(pairs(), as_tuples=True, batch_size=self.batch_size):
                sentences = [SentenceRef(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
                events = code_document(doc, self.nlp, document.id, document.published, document.period)
                yield Extracted(document, sentences, events)

    def extract(self, text: str, published: dt.date | None = None, doc_id: str = "-") -> list[Event]:
        check_text(text, doc_id)
        document = Document(id=doc_id, text=text, published=published, where=doc_id)
        return next(self.pipe([document]))[1]


_default: Extractor | None = None


def extract(text: str, published: dt.date | str | None = None, doc_id: str = "-") -> list[Event]:
    """The events of one text. ``published`` resolves relative dates ("last month")."""
    global _default
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published, doc_id)


_worker: Extractor | None = None


def _init_worker() -> None:
    global _worker
    _worker = Extractor()


def _work(batch: list[Document]) -> list[Extracted]:
    assert _worker is not None
    return list(_worker.process(batch))


def _parallel(documents: Iterable[Document], n_process: int,
              batch_size: int) -> Iterator[tuple[Document, list[Event]]]:
    for extracted in _parallel_process(documents, n_process, batch_size):
        yield extracted.document, extracted.events


def _parallel_process(documents: Iterable[Document], n_process: int, batch_size: int) -> Iterator[Extracted]:
    """Documents spread over ``n_process`` worker processes, each loading the model once; order is kept."""
    import itertools
    import multiprocessing

    def batches() -> Iterator[list[Document]]:
        iterator = iter(documents)
        while batch := list(itertools.islice(iterator, batch_size)):
            yield batch

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(n_process, initializer=_init_worker) as pool:
        for results in pool.imap(_work, batches()):
            yield from results
