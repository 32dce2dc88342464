"""Query parameters shared by the API and the pages, turned into entente's own values.

Every filter ends in an ``EventFilter`` (parameterised SQL, never formatted into the query); free-text filters
take any string up to a length and simply match nothing when nothing fits. Bounds keep one request cheap:
``limit`` at most 500, ``offset`` at most 100,000, a period range at most ``MAX_PERIODS`` periods.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from fastapi import Depends, Query

from entente.analysis.render import when
from entente.analysis.series import AnalysisError, period_index
from entente.store import EventFilter
from entente.web.errors import ApiError

MAX_LIMIT = 500
MAX_OFFSET = 100_000
MAX_PERIODS = 5_000
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
"""YYYY, YYYY-MM or YYYY-MM-DD; empty is no bound (what an empty form field sends)."""
CODE = 64  # longest actor code or name accepted
BY = ("month", "quarter", "year")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1 to {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (pagination).")]
DateFrom = Annotated[str | None, Query(alias="from", pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
DateTo = Annotated[str | None, Query(alias="to", pattern=DATE,
                                     description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")]
Since = Annotated[str | None, Query(pattern=DATE, description="A second window to compare: YYYY, YYYY-MM or "
                                                          "YYYY-MM-DD.")]
By = Annotated[str, Query(pattern="^(month|quarter|year)$", description="month, quarter or year.")]
Count = Annotated[str, Query(pattern="^(clusters|mentions)$",
                             description="clusters (each real event once) or mentions (every report).")]


Span = tuple[dt.date | None, dt.date | None]
"""A date range; ``None`` is no bound."""


def date_range(date_from: str | None, date_to: str | None) -> Span:
    """``from`` as the first day it names, ``to`` as the last ("2024" ends on 2024-12-31)."""
    try:
        start, end = when(date_from or None), when(date_to or None, last=True)
    except AnalysisError as exc:
        raise ApiError(422, "invalid_parameter", str(exc)) from None
    if start and end and start > end:
        raise ApiError(422, "invalid_parameter", f"from ({start}) is after to ({end})")
    return start, end


def check_span(start: dt.date | None, end: dt.date | None, by: str) -> None:
    """Refuse a period range too long to lay out in one response (say so, with the fix)."""
    if start is None:
        return
    last = end or dt.date.today()
    if last < start:
        return
    years = last.year - start.year + 1
    rough = years * {"month": 12, "quarter": 4, "year": 1}[by]
    if rough > MAX_PERIODS and len(period_index(start, last, by)) > MAX_PERIODS:
        raise ApiError(422, "range_too_long", f"{start}–{last} by {by} is over {MAX_PERIODS:,} periods; "
                       "choose a coarser by= or a shorter from/to")


def actors(a: str, b: str) -> tuple[str, str]:
    """Two actors as codes ("North Korea" → PRK), different from each other."""
    from entente.analysis.claims import actor_code

    code_a, code_b = actor_code(a), actor_code(b)
    if code_a == code_b:
        raise ApiError(422, "invalid_parameter", f"a dyad needs two different actors (got {code_a} twice)")
    return code_a, code_b


def dyad_range(a: str, b: str, by: str, date_from: str | None,
               date_to: str | None) -> tuple[str, str, dt.date | None, dt.date | None]:
    """A dyad over a period range, checked in this order: two different actors (as codes), ``from`` not after
    ``to``, no more than ``MAX_PERIODS`` periods ``by``."""
    code_a, code_b = actors(a, b)
    start, end = date_range(date_from, date_to)
    check_span(start, end, by)
    return code_a, code_b, start, end


def windows(date_from: str | None, date_to: str | None, compare_from: str | None,
            compare_to: str | None) -> tuple[dt.date | None, dt.date | None, Span | None]:
    """The network's window, and the window to compare it with when ``compare_from`` or ``compare_to`` is given."""
    start, end = date_range(date_from, date_to)
    compare = date_range(compare_from, compare_to) if compare_from or compare_to else None
    return start, end, compare


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """``RUS-PRK``, ``RUS,PRK`` or ``RUS PRK``: two actors split at the first separator."""
    if value is None or not value.strip():
        return None
    parts = re.split(r"[,\s-]", value.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        raise ApiError(422, "invalid_parameter", f"dyad {value!r} is not two actors; write e.g. RUS-PRK")
    return parts[0].strip(), parts[1].strip()


def event_filter(
    actor: Annotated[str | None, Query(max_length=CODE, description="Either side: country (PRK) or code (PRKGOV).")]
    = None,
    source: Annotated[str | None, Query(max_length=CODE, description="The acting side.")] = None,
    target: Annotated[str | None, Query(max_length=CODE, description="The side acted on.")] = None,
    dyad: Annotated[str | None, Query(max_length=2 * CODE + 1, description="Both directions: RUS-PRK.")] = None,
    event: Annotated[str | None, Query(max_length=CODE, description="PLOVER category, e.g. CONSULT.")] = None,
    quad_class: Annotated[str | None, Query(pattern="^[1-4]?$",
                                            description="1 verbal coop. … 4 material conflict.")] = None,
    modality: Annotated[str | None, Query(max_length=CODE,
                                          description="asserted, negated, hypothetical or future.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence or its sentence.")] = None,
    doc_id: Annotated[str | None, Query(max_length=1000, description="One document's events.")] = None,
    cluster_id: Annotated[str | None, Query(max_length=CODE, description="One cluster's mentions.")] = None,
) -> EventFilter:
    """The event filters of ``/api/events``, ``/api/clusters`` and the search page."""
    start, end = date_range(date_from, date_to)
    return EventFilter(actor=actor or None, source=source or None, target=target or None, dyad=parse_dyad(dyad),
                       event=event or None, quad_class=int(quad_class) if quad_class else None,
                       modality=modality or None, start=start, end=end,
                       text=q or None, doc_id=doc_id or None, cluster_id=cluster_id or None)


Filter = Annotated[EventFilter, Depends(event_filter)]
"""The event filters as one parameter of a route: ``where: Filter``."""


def filter_query(where: EventFilter) -> dict[str, str]:
    """The query parameters that give back ``where`` (for pagination links)."""
    out: dict[str, str] = {}
    for name in ("actor", "source", "target", "event", "modality", "doc_id", "cluster_id"):
        value = getattr(where, name)
        if value:
            out[name] = str(value)
    if where.dyad:
        out["dyad"] = "-".join(where.dyad)
    if where.quad_class is not None:
        out["quad_class"] = str(where.quad_class)
    if where.start:
        out["from"] = where.start.isoformat()
    if where.end:
        out["to"] = where.end.isoformat()
    if where.text:
        out["q"] = where.text
    return out
