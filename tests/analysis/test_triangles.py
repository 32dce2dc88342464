"""Reciprocity VARs: a constructed dependence is recovered in the right direction only, and data too thin for
a VAR is refused with the number of periods it would need."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from entente.analysis.series import AnalysisError
from entente.analysis.triangles import fit_var, periods_needed, triangle, triangle_series
from tests.analysis.synthetic import add

NAMES = ["A>B", "B>A", "A>C", "C>A", "B>C", "C>B"]


def constructed(n: int = 150, seed: int = 11) -> pd.DataFrame:
    """Six white-noise series, except that B→A answers A→B one period later (reciprocity by construction)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 6))
    for t in range(1, n):
        x[t, 1] += 0.6 * x[t - 1, 0]
    index = pd.Index([dt.date(1800 + t, 1, 1) for t in range(n)], name="period")
    return pd.DataFrame(x, columns=NAMES, index=index)


def pvalue(result, cause, effect):
    row = result.granger[(result.granger["cause"] == cause) & (result.granger["effect"] == effect)]
    return float(row["pvalue"].iloc[0])


def test_granger_recovers_the_constructed_direction_and_not_the_reverse():
    result = fit_var(constructed())
    assert result.lag_order >= 1 and set(result.aic) >= {1}
    assert pvalue(result, "A>B", "B>A") < 0.05
    assert pvalue(result, "B>A", "A>B") > 0.05
    assert len(result.granger) == 30  # every ordered pair of six series
    response = result.irf[(result.irf["impulse"] == "A>B") & (result.irf["response"] == "B>A")]
    assert response.set_index("step")["value"][1] > 0.3  # a shock to A→B lifts B→A one period on


def test_uncovered_periods_are_dropped_and_counted():
    series = constructed()
    series.iloc[[10, 20, 30]] = np.nan
    result = fit_var(series)
    assert result.gaps == 3 and result.periods == 147


def test_a_series_without_variation_is_left_out_by_name():
    series = constructed()
    series["C>B"] = 0.0  # C never acted toward B
    result = fit_var(series)
    assert result.dropped == ["C>B"] and "C>B" not in set(result.granger["cause"])


def test_too_few_periods_are_refused_with_the_number_needed():
    needed = periods_needed(1, 6)
    with pytest.raises(AnalysisError, match=f"needs at least {needed} covered periods; there are {needed - 1}"):
        fit_var(constructed(n=needed - 1))
    short = fit_var(constructed(n=needed + 2), maxlags=8)
    assert short.lag_order == 1  # no room for more lags than the data carry


def test_triangle_from_a_store(store):
    for year in (2001, 2002, 2004):
        add(store, [("RUS", "PRK", f"{year}-05-01", "057", 8.0), ("CHN", "PRK", f"{year}-06-01", "112", -2.0)])
    series = triangle_series(store, "RUS", "PRK", "CHN", by="year")
    assert list(series.columns) == ["RUS>PRK", "PRK>RUS", "RUS>CHN", "CHN>RUS", "PRK>CHN", "CHN>PRK"]
    assert series["RUS>PRK"].isna().tolist() == [False, False, True, False]  # 2003: no coverage
    assert series.loc[dt.date(2001, 1, 1), "CHN>PRK"] == -2.0
    with pytest.raises(AnalysisError, match="needs at least 18 covered periods; there are 3"):
        triangle(store, "RUS", "PRK", "CHN", by="year")
    with pytest.raises(AnalysisError, match="three different"):
        triangle_series(store, "RUS", "PRK", "rus")
