"""Where a relationship changed level, and which of its moments are records.

Change points: ruptures' Pelt with the ``l2`` cost (a change in mean) on a dyad's net cooperation (both
directions' net Goldstein summed), over the periods the store covers; uncovered periods are left out, not read
as zero. The default penalty is the BIC of a mean-shift model, ``2 * sigma^2 * ln(n)``, with sigma estimated from
the median absolute deviation of first differences (a few jumps do not inflate it); sparse event series have a
MAD of 0, so then the standard deviation of first differences stands in. Pass ``penalty`` to override.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from entente.analysis.series import (
    AnalysisError,
    covered_periods,
    event_evidence,
    latest_active,
    lineage_codes,
    net_cooperation,
    one_per_cluster,
    period_label,
    period_start,
    relations,
    top_events,
)
from entente.store.filters import EventFilter

if TYPE_CHECKING:
    import pandas as pd

    from entente.store import Store

MIN_POINTS = 6
"""Fewest covered periods worth segmenting: two segments of ``min_size`` 2 and room to place the break."""
VISIT_CODES = ("042", "043")


@dataclass
class ShiftResult:
    a: str
    b: str
    by: str
    series: pd.Series  # net cooperation on covered periods, indexed by period
    shifts: pd.DataFrame  # period (first of the new level), before, after, change
    penalty: float
    method: str = "Pelt, l2 cost (change in mean)"


def bic_penalty(values: list[float]) -> float:
    """``2 * sigma^2 * ln(n)``: the BIC of one more change in mean under Gaussian noise of variance sigma^2."""
    import numpy as np

    diffs = np.diff(np.asarray(values, dtype=float))
    if not len(diffs):
        return 0.0
    sigma = float(np.median(np.abs(diffs - np.median(diffs)))) / (0.6745 * math.sqrt(2))
    if sigma == 0.0:
        sigma = float(np.std(diffs)) / math.sqrt(2)
    return 2.0 * sigma * sigma * math.log(len(values))


def find_shifts(series: pd.Series, penalty: float | None = None, min_size: int = 2) -> tuple[pd.DataFrame, float]:
    """Change points of a series (NaN dropped): each row names the first period of a new level."""
    import numpy as np
    import pandas as pd

    clean = series.dropna()
    if len(clean) < MIN_POINTS:
        raise AnalysisError(f"change points need at least {MIN_POINTS} covered periods; this series has "
                            f"{len(clean)} (try a finer --by or a wider --from/--to)")
    values = clean.to_numpy(dtype=float)
    pen = bic_penalty(list(values)) if penalty is None else float(penalty)
    columns = ["period", "before", "after", "change"]
    if pen <= 0.0 or np.allclose(values, values[0]):
        return pd.DataFrame(columns=columns), pen
    import ruptures

    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(values.reshape(-1, 1)).predict(pen=pen)
    bounds = [0, *ends]
    rows = []
    for i in range(1, len(bounds) - 1):
        before = float(values[bounds[i - 1]:bounds[i]].mean())
        after = float(values[bounds[i]:bounds[i + 1]].mean())
        rows.append({"period": clean.index[bounds[i]], "before": before, "after": after, "change": after - before})
    return pd.DataFrame(rows, columns=columns), pen


def shifts(store: Store, a: str, b: str, by: str = "year", start: dt.date | None = None,
           end: dt.date | None = None, count: str = "clusters", penalty: float | None = None,
           lineage: bool = False) -> ShiftResult:
    """Change points in the dyad's net cooperation over the periods the store covers."""
    frame = relations(store, a, b, by, start, end, count, lineage)
    series = net_cooperation(frame).dropna()
    found, pen = find_shifts(series, penalty)
    return ShiftResult(a.upper(), b.upper(), by, series, found, pen)


@dataclass
class Record:
    """A moment worth a headline, with what it rests on."""

    kind: str  # "level" | "visit"
    period: str
    text: str
    value: float | None = None
    since: str | None = None
    event_ids: list[str] = field(default_factory=list)
    evidence: list[dict[str, object]] = field(default_factory=list)


def level_record(series: pd.Series, by: str) -> Record | None:
    """"Highest net cooperation since YEAR" (or lowest) for the latest covered period with events."""
    found = latest_active(series)
    if found is None:
        return None
    latest, value = found
    clean = series.dropna()
    earlier = clean[clean.index < latest]
    high = earlier.empty or value >= float(earlier.iloc[-1])
    word = "highest" if high else "lowest"
    match = earlier[earlier >= value] if high else earlier[earlier <= value]
    label = period_label(latest, by)
    if match.empty:
        first = period_label(clean.index[0], by)
        text = f"{label}: net cooperation {value:+.1f}, the {word} on record (the store covers {first} on)"
        return Record("level", label, text, value)
    since = period_label(match.index[-1], by)
    text = f"{label}: net cooperation {value:+.1f}, the {word} since {since} ({float(match.iloc[-1]):+.1f})"
    return Record("level", label, text, value, since)


def visit_events(store: Store, a: str, b: str, lineage: bool = False) -> pd.DataFrame:
    """Asserted visits (CAMEO 042 make, 043 host) between the two, either way, dated at least to the year,
    one row per cluster, in date order, with ``day`` (first day) and ``last_day`` as plain dates."""
    import pandas as pd

    parts = [store.events(EventFilter(dyad=(x, y), modality="asserted"))
             for x in lineage_codes(a, lineage) for y in lineage_codes(b, lineage)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=["id", "day", "last_day"])
    events = pd.concat(parts, ignore_index=True)
    events = events[events["cameo"].astype(str).str.startswith(VISIT_CODES)
                    & events["date_precision"].isin(["day", "month", "year"])]
    events = events.assign(day=[_day(d) for d in events["date_start"]],
                           last_day=[_day(d) for d in events["date_end"]])
    return one_per_cluster(events.sort_values(["day", "id"]))


def _day(value: object) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value  # type: ignore[return-value]


def visit_series(store: Store, frame: pd.DataFrame, lineage: bool = False) -> pd.Series:
    """Visits per period on a ``relations`` frame's index: NaN where the store has no coverage."""
    import pandas as pd

    a, b, by = frame.attrs["a"], frame.attrs["b"], frame.attrs["by"]
    visits = visit_events(store, a, b, lineage)
    counts: dict[dt.date, int] = {}
    for row in visits.itertuples(index=False):
        first = period_start(row.day, by)
        if period_start(row.last_day, by) == first:
            counts[first] = counts.get(first, 0) + 1
    covered = frame.groupby("period", sort=True)["covered"].first()
    return pd.Series({p: (float(counts.get(p, 0)) if is_covered else float("nan"))
                      for p, is_covered in covered.items()}, name="visits", dtype=float)


def visit_records(store: Store, a: str, b: str, lineage: bool = False) -> list[Record]:
    """"First visit in N years" for each visit between the two, either way; the years in between that the
    store does not cover are named, since an unseen visit may hide there."""
    a, b = a.upper(), b.upper()
    events = visit_events(store, a, b, lineage)
    if events.empty:
        return []
    covered = covered_periods(store, "year")
    out: list[Record] = []
    previous: dt.date | None = None
    for row in events.to_dict("records"):
        day: dt.date = row["day"]
        if previous is not None and day.year == previous.year:
            continue  # a second visit in the same year is no record
        who = f"{row['source_country']}→{row['target_country']}"
        label = str(row.get("date_value") or day.isoformat())
        if previous is None:
            text = f"{label}: first {a}–{b} visit on record ({who}, CAMEO {row['cameo']})"
            since = None
        else:
            gap = day.year - previous.year
            blind = sum(1 for y in range(previous.year + 1, day.year) if dt.date(y, 1, 1) not in covered)
            text = f"{label}: first {a}–{b} visit in {gap} years ({who}, CAMEO {row['cameo']}; last {previous.year})"
            if blind:
                text += f"; the store has no coverage for {blind} of the {gap - 1} years between"
            since = str(previous.year)
        out.append(Record("visit", label, text, None, since, [str(row["id"])], [event_evidence(row)]))
        previous = day
    return out


def records(store: Store, a: str, b: str, by: str = "year", count: str = "clusters",
            lineage: bool = False) -> list[Record]:
    """The latest period's level against history, and every visit that ended a long absence."""
    frame = relations(store, a, b, by, count=count, lineage=lineage)  # checks ``by`` and ``count`` first
    series = net_cooperation(frame)
    level = level_record(series, by)
    found: list[Record] = []
    active = latest_active(series)
    if level is not None and active is not None:
        level.evidence = top_events(store, a, b, active[0], by, 3, "highest" in level.text, lineage)
        level.event_ids = [str(e["id"]) for e in level.evidence]
        found.append(level)
    return found + visit_records(store, a, b, lineage)
