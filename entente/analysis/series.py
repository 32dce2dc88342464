"""A dyad's relations period by period, gap-aware: a period the store has no coverage for is NaN, not zero.

A quiet month and a month nobody wrote about look the same in an event count (LESSONS.md 10), so every series
is laid on the full period index and each period is marked ``covered`` when the store has any document
published or any asserted event dated inside it. Only events whose date lies inside one period are placed
("in June 2024" is a month, "during the Cold War" is no single year); the rest are counted as ``unplaced``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.errors import EntenteError
from entente.store.filters import EventFilter

if TYPE_CHECKING:
    import pandas as pd

    from entente.store import Store

BY = ("month", "quarter", "year")
COUNTS = ("clusters", "mentions")
METRICS = ["events", "mentions", "verbal_cooperation", "material_cooperation", "verbal_conflict",
           "material_conflict", "net_goldstein"]
COLUMNS = ["period", "source", "target", "covered", *METRICS]
_STEP = {"month": 1, "quarter": 3, "year": 12}


class AnalysisError(EntenteError):
    """An analysis that cannot be run on the data at hand: the message says what is missing."""


def check_options(by: str, count: str = "clusters") -> None:
    if by not in BY:
        raise AnalysisError(f"--by must be one of {', '.join(BY)} (got {by!r})")
    if count not in COUNTS:
        raise AnalysisError(f"--count must be one of {', '.join(COUNTS)} (got {count!r})")


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period holding ``day`` (what DuckDB's date_trunc gives)."""
    if by == "year":
        return dt.date(day.year, 1, 1)
    if by == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, day.month, 1)


def shift_period(period: dt.date, by: str, steps: int = 1) -> dt.date:
    index = period.year * 12 + period.month - 1 + _STEP[by] * steps
    return dt.date(index // 12, index % 12 + 1, 1)


def period_end(period: dt.date, by: str) -> dt.date:
    return shift_period(period, by) - dt.timedelta(days=1)


def period_index(first: dt.date, last: dt.date, by: str) -> list[dt.date]:
    """Every period from the one holding ``first`` to the one holding ``last`` (Python dates, so that years
    before 1677, which pandas timestamps cannot hold, work too)."""
    out, current, stop = [], period_start(first, by), period_start(last, by)
    while current <= stop:
        out.append(current)
        current = shift_period(current, by)
    return out


def period_label(period: dt.date, by: str) -> str:
    if by == "year":
        return f"{period.year}"
    if by == "quarter":
        return f"{period.year}-Q{(period.month - 1) // 3 + 1}"
    return f"{period.year}-{period.month:02d}"


def years_between(first: dt.date, later: dt.date) -> float:
    return (later - first).days / 365.25


@lru_cache(maxsize=None)
def predecessors(code: str) -> tuple[str, ...]:
    """Former states whose first-listed successor is ``code`` (the Soviet Union for Russia), from
    data/actors/historical.tsv: "the strongest since the Cold War" compares Russia with the Soviet Union."""
    from entente.data import read_tsv, split

    found = []
    for row in read_tsv("actors/historical.tsv"):
        successors = split(row.get("successor", ""))
        if row["code"] != code and successors and successors[0] == code and row["code"] not in found:
            found.append(row["code"])
    return tuple(found)


def lineage_codes(code: str, lineage: bool) -> list[str]:
    return [code, *predecessors(code)] if lineage else [code]


def _dates(values: pd.Series) -> list[dt.date]:
    return [_as_date(v) for v in values]


def covered_periods(store: Store, by: str) -> set[dt.date]:
    """Periods in which the store has any document published or any asserted event dated inside them."""
    frame = store.coverage_within(by)
    return set(_dates(frame["period"])) if len(frame) else set()


def placed_rows(store: Store, a: str, b: str, by: str, where: EventFilter, count: str,
                lineage: bool = False) -> pd.DataFrame:
    """Store rows for the dyad, predecessor states folded into ``a`` and ``b`` when ``lineage``."""
    import pandas as pd

    codes_a, codes_b = lineage_codes(a, lineage), lineage_codes(b, lineage)
    parts = []
    for x in codes_a:
        for y in codes_b:
            rows = store.dyad_periods_within(by, _with_dyad(where, x, y), count)
            if len(rows):
                parts.append(rows)
    if not parts:
        return pd.DataFrame(columns=["period", "source", "target", *METRICS])
    rows = pd.concat(parts, ignore_index=True)
    side = {**{c: a for c in codes_a}, **{c: b for c in codes_b}}
    rows["source"] = rows["source_country"].map(side)
    rows["target"] = rows["target_country"].map(side)
    rows["period"] = _dates(rows["period"])
    rows = rows[rows["source"] != rows["target"]]
    return rows.groupby(["period", "source", "target"], as_index=False)[METRICS].sum()


def _with_dyad(where: EventFilter, a: str, b: str) -> EventFilter:
    from dataclasses import replace

    return replace(where, dyad=(a, b))


def unplaced(store: Store, a: str, b: str, by: str, start: dt.date | None = None, end: dt.date | None = None,
             lineage: bool = False) -> int:
    """Asserted events of the dyad dated too coarsely to sit inside one period, so left out of the series."""
    return sum(store.unplaced_events(by, EventFilter(dyad=(x, y), start=start, end=end))
               for x in lineage_codes(a, lineage) for y in lineage_codes(b, lineage))


def relations(store: Store, a: str, b: str, by: str = "month", start: dt.date | None = None,
              end: dt.date | None = None, count: str = "clusters", lineage: bool = False) -> pd.DataFrame:
    """The directed series A→B and B→A, one row per period and direction (A→B first).

    Columns: period (first day), source, target, covered, events (clusters or mentions, by ``count``),
    mentions, the four quad-class counts and net_goldstein. Uncovered periods are NaN in every count; covered
    periods without events between A and B are 0. Without ``start``/``end`` the index runs from the dyad's
    first placed event to its last one or the store's last covered period, whichever is later.
    ``frame.attrs`` holds a, b, by, count and ``unplaced`` (events dated too coarsely to place)."""
    import numpy as np
    import pandas as pd

    check_options(by, count)
    a, b = a.upper(), b.upper()
    if a == b:
        raise AnalysisError(f"a dyad needs two different actors (got {a} twice)")
    first = period_start(start, by) if start else None
    last = period_end(period_start(end, by), by) if end else None
    rows = placed_rows(store, a, b, by, EventFilter(start=first, end=last), count, lineage)
    covered = covered_periods(store, by)
    seen = sorted(set(rows["period"]))
    if first is None and last is None and not seen:
        frame = pd.DataFrame(columns=COLUMNS)
    else:
        low = first or (seen[0] if seen else period_start(last, by))  # type: ignore[arg-type]
        high = last
        if high is None:  # silence after the last event is part of the story, up to today
            now = period_start(dt.date.today(), by)
            high = max([*seen, *(c for c in covered if low <= c <= now)], default=low)
        frame = _lay_out(rows, a, b, period_index(low, high, by), covered)
    frame.attrs.update(a=a, b=b, by=by, count=count, lineage=lineage,
                       unplaced=unplaced(store, a, b, by, first, last, lineage))
    for column in METRICS:
        frame[column] = frame[column].astype(float) if len(frame) else np.array([], dtype=float)
    return frame


def _lay_out(rows: pd.DataFrame, a: str, b: str, index: list[dt.date], covered: set[dt.date]) -> pd.DataFrame:
    import pandas as pd

    found = {(r.period, r.source, r.target): r for r in rows.itertuples(index=False)}
    records = []
    for period in index:
        for source, target in ((a, b), (b, a)):
            is_covered = period in covered
            hit = found.get((period, source, target))
            values = {m: (float(getattr(hit, m)) if hit is not None else 0.0) if is_covered else float("nan")
                      for m in METRICS}
            records.append({"period": period, "source": source, "target": target, "covered": is_covered,
                            **values})
    return pd.DataFrame.from_records(records, columns=COLUMNS)


def net_cooperation(frame: pd.DataFrame) -> pd.Series:
    """Both directions' net Goldstein summed per period; NaN where the store has no coverage."""
    import pandas as pd

    if not len(frame):
        return pd.Series(dtype=float, name="net_cooperation")
    series = frame.groupby("period", sort=True)["net_goldstein"].sum(min_count=1)
    series.name = "net_cooperation"
    return series


def latest_active(series: pd.Series) -> tuple[dt.date, float] | None:
    """The latest period whose value is neither NaN (no coverage) nor 0 (no events), with that value; ``None``
    when there is none."""
    active = series[series.notna() & (series != 0)]
    if active.empty:
        return None
    return active.index[-1], float(active.iloc[-1])


def direction(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """One direction of a ``relations`` frame, indexed by period."""
    return frame[frame["source"] == source.upper()].set_index("period")


def top_events(store: Store, a: str, b: str, period: dt.date, by: str, n: int = 3, highest: bool = True,
               lineage: bool = False) -> list[dict[str, object]]:
    """The events that make a period's value, one per cluster, strongest first, with their sentence text."""
    import pandas as pd

    first, last = period, period_end(period, by)
    parts = [store.events(EventFilter(dyad=(x, y), start=first, end=last, modality="asserted"))
             for x in lineage_codes(a, lineage) for y in lineage_codes(b, lineage)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return []
    events = pd.concat(parts, ignore_index=True)
    starts, ends = pd.Series(_dates(events["date_start"])), pd.Series(_dates(events["date_end"]))
    events = events[(starts >= first).to_numpy() & (ends <= last).to_numpy()]
    events = events.sort_values(["goldstein", "id"], ascending=[not highest, True])
    events = one_per_cluster(events)
    return [event_evidence(row, by) for row in events.head(n).to_dict("records")]


def one_per_cluster(events: pd.DataFrame) -> pd.DataFrame:
    """The first row of each cluster (an unclustered event is a cluster of its own)."""
    key = events["cluster_id"].fillna(events["id"])
    return events[~key.duplicated()]


def event_evidence(row: dict[str, object], by: str = "day") -> dict[str, object]:
    """An event row as evidence a reader can check: who, what, when, and the sentence it came from."""
    start = row.get("date_start")
    return {"id": row["id"], "doc_id": row.get("doc_id"), "date": row.get("date_value"),
            "period": period_label(_as_date(start), by) if start is not None else None,
            "source": row.get("source_country"), "target": row.get("target_country"), "cameo": row.get("cameo"),
            "event": row.get("event"), "goldstein": row.get("goldstein"), "evidence": row.get("evidence_text"),
            "sentence": (str(row.get("sentence_text") or "")).strip()}


def _as_date(value: object) -> dt.date:
    """Timestamps from DuckDB frames as plain dates."""
    return value.date() if isinstance(value, dt.datetime) else value  # type: ignore[return-value]
