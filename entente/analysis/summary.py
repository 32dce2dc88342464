"""The store at a glance: the strongest relations, cooperative and conflictual, and where each turned.

What ``make demo`` prints after ingesting: an analyst's first look before choosing a dyad to read.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from entente.analysis.series import AnalysisError
from entente.analysis.shifts import ShiftResult, shifts
from entente.store import Store


@dataclass
class Summary:
    dyads: pd.DataFrame  # a, b, events, cooperation, conflict, net_goldstein (both directions added)
    turns: dict[tuple[str, str], ShiftResult | str]  # change points by year, or why there are none


def strongest(store: Store, n: int = 10, count: str = "clusters") -> pd.DataFrame:
    """The ``n`` dyads with the most net cooperation and the ``n`` with the most net conflict (states only,
    both directions added, asserted events)."""
    totals = store.dyad_totals(count=count)
    totals = totals[(totals.source_country.str.len() == 3) & (totals.target_country.str.len() == 3)]
    if totals.empty:
        return pd.DataFrame(columns=["a", "b", "events", "cooperation", "conflict", "net_goldstein"])
    pairs = totals.assign(a=totals[["source_country", "target_country"]].min(axis=1),
                          b=totals[["source_country", "target_country"]].max(axis=1))
    dyads = pairs.groupby(["a", "b"], as_index=False)[["events", "cooperation", "conflict", "net_goldstein"]].sum()
    top = pd.concat([dyads.nlargest(n, "net_goldstein"), dyads.nsmallest(n, "net_goldstein")])
    return top.drop_duplicates(["a", "b"]).reset_index(drop=True)


def summary(store: Store, n: int = 10, count: str = "clusters") -> Summary:
    dyads = strongest(store, n, count)
    turns: dict[tuple[str, str], ShiftResult | str] = {}
    for row in dyads.itertuples():
        try:
            turns[(row.a, row.b)] = shifts(store, row.a, row.b, by="year", count=count)
        except AnalysisError as exc:
            turns[(row.a, row.b)] = str(exc)
    return Summary(dyads, turns)
