"""Reciprocity in a triangle (Goldstein & Freeman, *Three-Way Street*, 1990): does B's behaviour toward A
answer A's toward B, and does C's treatment of either move them?

The six directed net-cooperation series of three actors (net Goldstein per period) go into a vector
autoregression (statsmodels VAR, lag order by AIC up to a maximum the data can carry); each ordered pair of
series gets a Granger causality F test, and impulse responses show how a shock to one series travels
(orthogonalised, Cholesky in the column order A→B, B→A, A→C, C→A, B→C, C→B, so the order matters).

Only covered periods enter; uncovered ones are dropped and the periods on either side joined, which is the
compromise sparse event data force (``gaps`` says how many were dropped). A series without variation carries no
information and makes the system singular, so it is left out and named in ``dropped``. With fewer periods than
the lag order and the number of series need, ``AnalysisError`` says how many are needed: never a meaningless fit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from entente.analysis.series import AnalysisError, check_options, relations

if TYPE_CHECKING:
    import pandas as pd

    from entente.store import Store

MIN_RESIDUAL_DF = 10
"""Residual degrees of freedom each equation must keep after its coefficients (a rule of thumb for F tests)."""
DEFAULT_MAXLAGS = 4


def periods_needed(lags: int, series: int) -> int:
    """Periods a VAR of ``series`` series with ``lags`` lags needs: the lags themselves, one coefficient per
    lagged series plus a constant in each equation, and ``MIN_RESIDUAL_DF`` to spare."""
    return lags + (series * lags + 1) + MIN_RESIDUAL_DF


@dataclass
class VarResult:
    series: pd.DataFrame  # the periods used (index) by the series fitted (columns)
    lag_order: int
    aic: dict[int, float]  # AIC of each lag order tried
    granger: pd.DataFrame  # cause, effect, statistic, pvalue, df_num, df_denom, significant
    irf: pd.DataFrame  # impulse, response, step, value (orthogonalised)
    dropped: list[str] = field(default_factory=list)
    gaps: int = 0
    periods: int = 0


def triangle_series(store: Store, a: str, b: str, c: str, by: str = "year", start: dt.date | None = None,
                    end: dt.date | None = None, count: str = "clusters") -> pd.DataFrame:
    """The six directed net-cooperation series on one period index; NaN where the store has no coverage."""
    import pandas as pd

    check_options(by, count)
    actors = [x.upper() for x in (a, b, c)]
    if len(set(actors)) != 3:
        raise AnalysisError(f"a triangle needs three different actors (got {', '.join(actors)})")
    pairs = [(actors[0], actors[1]), (actors[0], actors[2]), (actors[1], actors[2])]
    frames = [relations(store, x, y, by, start, end, count) for x, y in pairs]
    periods = sorted({p for f in frames for p in f["period"]})
    if not periods:
        raise AnalysisError(f"no dated events among {', '.join(actors)} by {by}")
    low, high = periods[0], periods[-1]
    frames = [relations(store, x, y, by, start or low, end or high, count) for x, y in pairs]
    columns = {}
    for (x, y), frame in zip(pairs, frames):
        for source, target in ((x, y), (y, x)):
            part = frame[frame["source"] == source].set_index("period")["net_goldstein"]
            columns[f"{source}>{target}"] = part
    out = pd.DataFrame(columns)
    out.index.name = "period"
    return out


def fit_var(series: pd.DataFrame, maxlags: int = DEFAULT_MAXLAGS, horizon: int = 8) -> VarResult:
    """Fit a VAR to the covered rows of ``series`` (one column per directed series) and test Granger causality
    for every ordered pair; lag order by AIC among the orders the data can carry."""
    import numpy as np
    import pandas as pd
    from statsmodels.tsa.api import VAR

    rows = series.dropna(how="any")
    gaps = len(series) - len(rows)
    n = len(rows)
    _enough(n, len(rows.columns))
    varying = [c for c in rows.columns if rows[c].nunique() > 1]
    dropped = [c for c in rows.columns if c not in varying]
    if len(varying) < 2:
        raise AnalysisError(f"a VAR needs at least two series that vary; {len(varying)} of {len(rows.columns)} "
                            f"do over {n} covered periods (no events, or the same every period)")
    k = len(varying)
    _enough(n, k)
    top = max(lag for lag in range(1, max(1, maxlags) + 1) if periods_needed(lag, k) <= n)
    data = rows[varying].astype(float)
    model = VAR(data.to_numpy())
    aic: dict[int, float] = {}
    for lag in range(1, top + 1):
        try:
            # every order fitted on the same sample (the last n - top rows), so their AICs compare
            aic[lag] = float(VAR(data.to_numpy()[top - lag:]).fit(lag, trend="c").aic)
        except np.linalg.LinAlgError:
            continue
    if not aic:
        raise AnalysisError("the series are collinear (one is a combination of others): no VAR can be fitted")
    lag_order = min(aic, key=lambda lag: aic[lag])
    try:
        fitted = model.fit(lag_order, trend="c")
    except np.linalg.LinAlgError as exc:
        raise AnalysisError(f"the VAR cannot be fitted ({exc}): the series are collinear") from exc
    names = list(varying)
    tests = []
    for i, effect in enumerate(names):
        for j, cause in enumerate(names):
            if i == j:
                continue
            result = fitted.test_causality(caused=i, causing=[j], kind="f")
            tests.append({"cause": cause, "effect": effect, "statistic": float(result.test_statistic),
                          "pvalue": float(result.pvalue), "df_num": int(result.df[0]),
                          "df_denom": int(result.df[1]), "significant": bool(result.pvalue < 0.05)})
    responses = fitted.irf(horizon).orth_irfs  # [step, response, impulse]
    irf = [{"impulse": names[j], "response": names[i], "step": step, "value": float(responses[step, i, j])}
           for step in range(responses.shape[0]) for i in range(k) for j in range(k)]
    return VarResult(data, lag_order, aic, pd.DataFrame(tests), pd.DataFrame(irf), dropped, gaps, n)


def _enough(n: int, k: int) -> None:
    if n < periods_needed(1, k):
        raise AnalysisError(f"a VAR of {k} series with 1 lag needs at least {periods_needed(1, k)} covered "
                            f"periods; there are {n} (use a finer --by or a wider --from/--to)")


def triangle(store: Store, a: str, b: str, c: str, by: str = "year", start: dt.date | None = None,
             end: dt.date | None = None, count: str = "clusters", maxlags: int = DEFAULT_MAXLAGS,
             horizon: int = 8) -> VarResult:
    """Reciprocity among three actors: the six series, their VAR, Granger tests and impulse responses."""
    return fit_var(triangle_series(store, a, b, c, by, start, end, count), maxlags, horizon)
