"""Event filters shared by queries, exports, the CLI and the API; always turned into parameterised SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # either side, by country code ("PRK") or actor code ("PRKGOV")
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # both directions between two countries
    event: str | None = None  # PLOVER category
    quad_class: int | None = None
    modality: str | None = None
    start: dt.date | None = None  # events whose date overlaps [start, end]
    end: dt.date | None = None
    text: str | None = None  # words in the evidence sentence or evidence
    doc_id: str | None = None
    origin: str | None = None
    cluster_id: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A SQL WHERE clause and its parameters (never string-formatted values)."""
        clauses: list[str] = []
        params: list[Any] = []

        def actor_clause(column: str, value: str) -> None:
            clauses.append(f"({alias}.{column}_country = ? OR {alias}.{column}_code = ?)")
            params.extend([value.upper(), value.upper()])

        if self.actor:
            clauses.append(f"({alias}.source_country = ? OR {alias}.target_country = ? "
                           f"OR {alias}.source_code = ? OR {alias}.target_code = ?)")
            params.extend([self.actor.upper()] * 4)
        if self.source:
            actor_clause("source", self.source)
        if self.target:
            actor_clause("target", self.target)
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            clauses.append(f"(({alias}.source_country = ? AND {alias}.target_country = ?) OR "
                           f"({alias}.source_country = ? AND {alias}.target_country = ?))")
            params.extend([a, b, b, a])
        for name, column in (("event", "event"), ("modality", "modality"), ("doc_id", "doc_id"),
                             ("origin", "origin"), ("cluster_id", "cluster_id")):
            value = getattr(self, name)
            if value:
                clauses.append(f"{alias}.{column} = ?")
                params.append(value.upper() if name == "event" else value)
        if self.quad_class is not None:
            clauses.append(f"{alias}.quad_class = ?")
            params.append(int(self.quad_class))
        if self.start is not None:
            clauses.append(f"{alias}.date_end >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append(f"{alias}.date_start <= ?")
            params.append(self.end)
        if self.text:
            clauses.append(f"(contains(lower({alias}.evidence_text), lower(?)) OR "
                           f"contains(lower(s.text), lower(?)))")
            params.extend([self.text, self.text])
        return (" AND ".join(clauses) or "TRUE"), params

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))
