"""The state one ``SentenceCoder`` keeps while it reads a document, shared by its stages."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from entente.coding.patterns import Patterns
    from entente.coding.phrases import Resolver
    from entente.record import Event, EventDate


class CoderState:
    """What every stage of the coder may read: the document, its actors, the events told so far."""

    doc: Doc
    text: str
    doc_id: str
    published: dt.date | None
    when: dt.date | None
    fallback_date: EventDate | None
    resolver: Resolver
    patterns: Patterns
    history: list[Event]
    told_here: list[Event]  # the events the sentence being coded has told so far
    reversed_ids: set[str]
    refused_kinds: dict[str, str]
    anchor_year: int | None
    last_dates: list[tuple[int, EventDate]]
    narrative_date: EventDate | None
