"""The plain Python API: ``extract(text)`` and the streaming ``Extractor``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from entente.ingest.readers import Document, check_text
from entente.record import Event

if TYPE_CHECKING:
    from spacy.language import Language


class Extractor:
    """Extract events from many documents, streaming: one model load, ``nlp.pipe`` batches."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 16) -> None:
        from entente.nlp.pipeline import load_nlp

        self.nlp = nlp or load_nlp()
        self.batch_size = batch_size

    def pipe(self, documents: Iterable[Document], n_process: int = 1) -> Iterator[tuple[Document, list[Event]]]:
        """Each document with its events, in input order."""
        from entente.nlp.pipeline import set_context

        def with_context(docs: Iterable[Document]) -> Iterator[tuple[str, Document]]:
            for document in docs:
                yield document.text, document

        texts = with_context(documents)
        if n_process == 1:
            for text, document in texts:
                doc = self.nlp.make_doc(text)
                set_context(doc, {"published": document.published, "doc_id": document.id,
                                  "period": document.period})
                for _name, proc in self.nlp.pipeline:
                    doc = proc(doc)
                yield document, list(doc._.events or [])
            return
        from entente.coding.extractor import code_document

        bare = [name for name in self.nlp.pipe_names if name == "entente_events"]
        with self.nlp.select_pipes(disable=bare):
            for doc, document in self.nlp.pipe(texts, as_tuples=True, batch_size=self.batch_size,
                                                n_process=n_process):
                yield document, code_document(doc, self.nlp, document.id, document.published, document.period)

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
