"""spaCy: the model, the newline sentence rule and the ``entente_events`` component."""

from entente.nlp.pipeline import MODEL, load_nlp

__all__ = ["MODEL", "load_nlp"]
