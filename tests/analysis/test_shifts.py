"""Change points in constructed series, and records ("highest since", "first visit in N years")."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from entente.analysis.series import AnalysisError
from entente.analysis.shifts import MIN_POINTS, bic_penalty, find_shifts, level_record, records, shifts, visit_series
from tests.analysis.synthetic import add


def yearly(values, first=1990):
    return pd.Series(values, index=[dt.date(first + i, 1, 1) for i in range(len(values))], dtype=float)


def test_a_jump_in_a_noisy_series_is_found_within_one_period():
    rng = np.random.default_rng(3)
    values = np.r_[rng.normal(0, 1, 15), rng.normal(8, 1, 15)]
    found, penalty = find_shifts(yearly(values))
    assert penalty > 0
    assert len(found) == 1
    assert abs((found["period"].iloc[0].year - 1990) - 15) <= 1
    assert found["change"].iloc[0] == pytest.approx(8, abs=1.5)


def test_a_noise_free_step_gives_exactly_one_shift():
    found, _ = find_shifts(yearly([0.0] * 10 + [5.0] * 10))
    assert list(found["period"]) == [dt.date(2000, 1, 1)]
    assert (found["before"].iloc[0], found["after"].iloc[0]) == (0.0, 5.0)


def test_a_flat_series_has_no_shift_and_uncovered_periods_are_skipped():
    assert find_shifts(yearly([2.0] * 8))[0].empty
    values = [0.0] * 6 + [float("nan")] * 5 + [6.0] * 6  # the jump sits behind a gap in coverage
    found, _ = find_shifts(yearly(values))
    assert list(found["period"]) == [dt.date(2001, 1, 1)]  # the first covered period after the gap


def test_too_few_periods_say_how_many_are_needed():
    with pytest.raises(AnalysisError, match=f"at least {MIN_POINTS} covered periods; this series has 3"):
        find_shifts(yearly([1.0, float("nan"), 2.0, 3.0]))


def test_penalty_is_bic_with_a_robust_sigma():
    rng = np.random.default_rng(0)
    values = list(rng.normal(0, 2, 400))
    assert bic_penalty(values) == pytest.approx(2 * 4 * np.log(400), rel=0.25)


def test_shift_in_a_store_built_series(store):
    for year in range(2000, 2010):
        add(store, [("USA", "CUB", f"{year}-03-01", "112", -2.0)])
    for year in range(2010, 2020):
        add(store, [("USA", "CUB", f"{year}-03-01", "057", 8.0), ("CUB", "USA", f"{year}-03-02", "057", 8.0)])
    result = shifts(store, "USA", "CUB", by="year")
    assert len(result.series) == 20
    assert [p.year for p in result.shifts["period"]] in ([2009], [2010], [2011])


def test_level_record_highest_since():
    record = level_record(yearly([10.0, 3.0, float("nan"), 5.0], first=2015), "year")
    assert record is not None and record.since == "2015" and "highest since 2015" in record.text
    low = level_record(yearly([-8.0, 4.0, -6.0], first=2015), "year")
    assert low is not None and "lowest since 2015" in low.text
    first = level_record(yearly([1.0, 2.0, 9.0], first=2015), "year")
    assert first is not None and first.since is None and "on record" in first.text


def test_first_visit_in_n_years_names_the_years_without_coverage(store):
    add(store, [("RUS", "PRK", "2000-07-19", "042", 1.9)])
    add(store, [("PRK", "RUS", "2019-04-25", "042", 1.9)])
    add(store, [("RUS", "PRK", "2024-06-19", "042", 1.9), ("RUS", "PRK", "2024-06-19", "057", 8.0)])
    add(store, [("RUS", "PRK", "2024-06-20", "042", 1.9)])  # the same visit reported again: no new record
    for year in range(2001, 2019):
        add(store, [("USA", "GBR", f"{year}-01-05", "040", 1.0)])
    found = records(store, "RUS", "PRK")
    visits = [r for r in found if r.kind == "visit"]
    assert [r.since for r in visits] == [None, "2000", "2019"]
    assert "first RUS–PRK visit in 5 years (RUS→PRK" in visits[2].text
    assert "no coverage for 4 of the 4 years between" in visits[2].text  # 2020-2023: nothing in the store
    assert "no coverage" not in visits[1].text  # 2001-2018 covered by other news
    assert visits[2].evidence[0]["sentence"] and visits[2].evidence[0]["doc_id"]
    level = [r for r in found if r.kind == "level"][0]
    assert level.period == "2024" and "on record" in level.text
    assert level.evidence[0]["cameo"] == "057" and level.event_ids[0] == level.evidence[0]["id"]


def test_visit_series_is_gap_aware(store):
    add(store, [("RUS", "PRK", "2000-07-19", "042", 1.9)])
    add(store, [("RUS", "PRK", "2002-07-19", "043", 2.8)])
    from entente.analysis.series import relations

    series = visit_series(store, relations(store, "RUS", "PRK", by="year"))
    assert list(series.fillna(-1)) == [1.0, -1.0, 1.0]
