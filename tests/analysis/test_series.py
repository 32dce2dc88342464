"""Dyad series from a real store: both directions, counts per quad class, and gaps that stay gaps."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from entente.analysis.series import (
    AnalysisError,
    net_cooperation,
    period_index,
    period_label,
    predecessors,
    relations,
)
from tests.analysis.synthetic import add


def by_period(frame, source):
    return frame[frame["source"] == source].set_index("period")


def test_a_period_without_documents_is_nan_not_zero(store):
    """LESSONS.md 10: February has no document and no event at all, so it is unknown, not peaceful; April has
    a document about other states, so RUS–PRK were quiet there: zero."""
    add(store, [("RUS", "PRK", "2024-01-15", "042", 1.9)], published=dt.date(2024, 1, 20))
    add(store, [("PRK", "RUS", "2024-03-02", "057", 8.0)], published=dt.date(2024, 3, 5))
    add(store, [("USA", "GBR", "2024-04-10", "040", 1.0)], published=dt.date(2024, 4, 11))
    frame = relations(store, "RUS", "PRK", by="month")
    rus = by_period(frame, "RUS")
    assert list(rus.index) == [dt.date(2024, m, 1) for m in (1, 2, 3, 4)]
    assert math.isnan(rus.loc[dt.date(2024, 2, 1), "events"])
    assert not rus.loc[dt.date(2024, 2, 1), "covered"]
    assert rus.loc[dt.date(2024, 4, 1), "events"] == 0 and rus.loc[dt.date(2024, 4, 1), "covered"]
    assert rus.loc[dt.date(2024, 1, 1), "events"] == 1
    net = net_cooperation(frame)
    assert math.isnan(net[dt.date(2024, 2, 1)]) and net[dt.date(2024, 4, 1)] == 0.0
    assert net[dt.date(2024, 3, 1)] == pytest.approx(8.0)


def test_a_published_document_alone_gives_coverage(store):
    add(store, [("RUS", "PRK", "2024-01-15", "042", 1.9)])
    add(store, [], published=dt.date(2024, 2, 10))  # an article with no events: February was read
    rus = by_period(relations(store, "RUS", "PRK", by="month", end=dt.date(2024, 2, 28)), "RUS")
    assert rus.loc[dt.date(2024, 2, 1), "covered"] and rus.loc[dt.date(2024, 2, 1), "events"] == 0


def test_both_directions_quad_classes_and_net_goldstein(store):
    add(store, [("RUS", "PRK", "2024-06-19", "042", 1.9), ("RUS", "PRK", "2024-06-19", "057", 8.0),
                ("RUS", "PRK", "2024-06-25", "112", -2.0), ("PRK", "RUS", "2024-06-20", "190", -10.0)])
    frame = relations(store, "rus", "prk", by="month")
    rus, prk = by_period(frame, "RUS").iloc[0], by_period(frame, "PRK").iloc[0]
    assert (rus["target"], prk["target"]) == ("PRK", "RUS")
    assert rus["events"] == 3 and rus["verbal_cooperation"] == 2 and rus["verbal_conflict"] == 1
    assert rus["net_goldstein"] == pytest.approx(7.9)
    assert prk["material_conflict"] == 1 and prk["net_goldstein"] == pytest.approx(-10.0)
    assert list(frame["source"]) == ["RUS", "PRK"]  # A→B first


def test_clusters_count_a_reported_event_once_mentions_every_report(store):
    add(store, [("RUS", "PRK", "2024-06-19", "042", 1.9)])
    add(store, [("RUS", "PRK", "2024-06-20", "042", 1.9)])  # the same visit in another paper, a day later
    clusters = by_period(relations(store, "RUS", "PRK", by="month"), "RUS").iloc[0]
    mentions = by_period(relations(store, "RUS", "PRK", by="month", count="mentions"), "RUS").iloc[0]
    assert clusters["events"] == 1 and clusters["mentions"] == 2
    assert mentions["events"] == 2


def test_events_dated_too_coarsely_are_left_out_and_counted(store):
    add(store, [("SUN", "PRK", "1947/1991", "071", 7.4), ("RUS", "PRK", "2000", "042", 1.9),
                ("RUS", "PRK", "2000-07-19", "043", 2.8)])
    yearly = relations(store, "RUS", "PRK", by="year", lineage=True)
    assert yearly.attrs["unplaced"] == 1  # "during the Cold War" is no single year
    assert by_period(yearly, "RUS").loc[dt.date(2000, 1, 1), "events"] == 2
    monthly = relations(store, "RUS", "PRK", by="month")
    assert monthly.attrs["unplaced"] == 1  # "in 2000" is no single month
    assert by_period(monthly, "RUS").loc[dt.date(2000, 7, 1), "events"] == 1


def test_lineage_counts_the_soviet_union_as_russia(store):
    assert "SUN" in predecessors("RUS")
    add(store, [("SUN", "PRK", "1961-07-06", "057", 8.0), ("RUS", "PRK", "2024-06-19", "057", 8.0)])
    without = relations(store, "RUS", "PRK", by="year")
    with_lineage = relations(store, "RUS", "PRK", by="year", lineage=True)
    assert without["period"].min() == dt.date(2024, 1, 1)
    assert by_period(with_lineage, "RUS").loc[dt.date(1961, 1, 1), "net_goldstein"] == 8.0


def test_quarters_and_the_default_index_to_the_last_covered_period(store):
    add(store, [("RUS", "PRK", "2023-02-01", "042", 1.9)])
    add(store, [("USA", "GBR", "2023-11-01", "040", 1.0)])
    frame = relations(store, "RUS", "PRK", by="quarter")
    assert [period_label(p, "quarter") for p in by_period(frame, "RUS").index] == \
        ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]
    assert list(by_period(frame, "RUS")["covered"]) == [True, False, False, True]


def test_years_before_pandas_timestamps(store):
    assert len(period_index(dt.date(1600, 3, 1), dt.date(1602, 1, 1), "year")) == 3
    add(store, [("FRA", "ESP", "1648-10-24", "057", 8.0), ("FRA", "ESP", "1650", "057", 8.0)])
    frame = relations(store, "FRA", "ESP", by="year")
    assert list(by_period(frame, "FRA")["covered"]) == [True, False, True]


def test_no_events_and_bad_options(store):
    assert relations(store, "RUS", "PRK").empty
    with pytest.raises(AnalysisError, match="--by"):
        relations(store, "RUS", "PRK", by="decade")
    with pytest.raises(AnalysisError, match="--count"):
        relations(store, "RUS", "PRK", count="reports")
    with pytest.raises(AnalysisError, match="two different"):
        relations(store, "RUS", "rus")
