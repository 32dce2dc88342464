"""Document text as HTML with its events marked, built safely: the text is cut at span boundaries, every piece is
escaped, and only our own tags (``<mark>``, ``<span>``, ``<a>``) join them. No template ever marks document
text ``|safe`` itself; what this module returns is the one ``Markup`` that holds document text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the text being drawn
    end: int
    kind: str  # "evidence", "source", "target"
    event_id: str = ""


def _locate(text: str, start: int, end: int, words: str) -> tuple[int, int] | None:
    """Where ``words`` sit in ``text``: at the given offsets when they match, else their first occurrence."""
    if words and 0 <= start < end <= len(text) and text[start:end] == words:
        return start, end
    if words:
        found = text.find(words)
        if found >= 0:
            return found, found + len(words)
    return None


def event_spans(event: dict[str, Any]) -> list[Span]:
    """The evidence and the two actors of a contract record, as offsets into its sentence."""
    sentence = event.get("sentence") or {}
    text, base = sentence.get("text") or "", sentence.get("start", -1)
    spans = []
    evidence = event.get("evidence") or {}
    parts = [("evidence", evidence), ("source", event.get("source") or {}), ("target", event.get("target") or {})]
    for kind, part in parts:
        start, end = part.get("start", -1), part.get("end", -1)
        rel = (start - base, end - base) if base is not None and base >= 0 and start >= 0 else (-1, -1)
        where = _locate(text, rel[0], rel[1], part.get("text") or "")
        if where is not None:
            spans.append(Span(where[0], where[1], kind, event.get("id", "")))
    return spans


def _cuts(length: int, spans: Iterable[Span]) -> list[int]:
    points = {0, length}
    for span in spans:
        points.update((span.start, span.end))
    return sorted(p for p in points if 0 <= p <= length)


def render(text: str, spans: list[Span], link: bool = False) -> Markup:
    """``text`` escaped, evidence pieces in ``<mark>``, actors in ``<span class="actor ...">``; with ``link``
    each marked piece links to its event's coding (``#ev-ID``)."""
    cuts = _cuts(len(text), spans)
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        piece = str(escape(text[left:right]))
        covering = [s for s in spans if s.start <= left and right <= s.end]
        actors = sorted({s.kind for s in covering if s.kind in ("source", "target")})
        if actors:
            piece = f'<span class="actor {" ".join(actors)}">{piece}</span>'
        evidence = [s for s in covering if s.kind == "evidence"]
        if evidence:
            if link:
                ids = " ".join(sorted({s.event_id for s in evidence}))
                first = evidence[0].event_id
                piece = (f'<a class="hl" href="#ev-{escape(first)}" data-events="{escape(ids)}">{piece}</a>')
            piece = f"<mark>{piece}</mark>"
        out.append(piece)
    return Markup("".join(out))


def sentence_html(event: dict[str, Any]) -> Markup:
    """An event's sentence with its evidence marked and its actors underlined."""
    text = (event.get("sentence") or {}).get("text") or ""
    if not text:
        return Markup(escape((event.get("evidence") or {}).get("text") or ""))
    return render(text, event_spans(event))


def document_html(sentences: list[dict[str, Any]], events: list[dict[str, Any]]) -> Markup:
    """A document rebuilt from its sentences (gaps between them kept as spaces), every event's evidence marked
    and linked to its coding."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        by_sentence.setdefault((event.get("sentence") or {}).get("index", -1), []).append(event)
    out: list[str] = []
    previous_end: int | None = None
    for sentence in sentences:
        if previous_end is not None and sentence["start_char"] > previous_end:
            out.append(" " if sentence["start_char"] - previous_end == 1 else "\n")
        spans = [s for e in by_sentence.get(sentence["idx"], []) for s in event_spans(e) if s.kind == "evidence"]
        out.append(f'<span class="sentence" id="s-{int(sentence["idx"])}">'
                   f"{render(sentence['text'], spans, link=True)}</span>")
        previous_end = sentence["end_char"]
    return Markup("".join(out))


def doc_path(doc_id: str) -> str:
    """A document id as one URL path segment (ids are paths: ``seeds/000.txt``)."""
    return quote(doc_id, safe="")
