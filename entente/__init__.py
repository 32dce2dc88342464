"""entente: state-to-state events from news text, with their evidence.

    >>> import entente
    >>> events = entente.extract("Russia and North Korea signed a treaty in June 2024.")
    >>> [(e.source.country, e.event, e.target.country) for e in events]
    [('RUS', 'SUPPORT', 'PRK'), ('PRK', 'SUPPORT', 'RUS')]
"""

from entente.api import Extractor, extract
from entente.errors import DataError, EntenteError, GoldError, InputError, ModelError
from entente.ingest.readers import Document, read_paths
from entente.record import Actor, Event, EventDate, Quantity, SentenceRef, TextSpan

__version__ = "0.1.0"

__all__ = [
    "Actor", "DataError", "Document", "EntenteError", "Event", "EventDate", "Extractor", "GoldError",
    "InputError", "ModelError", "Quantity", "SentenceRef", "TextSpan", "extract", "read_paths", "__version__",
]
