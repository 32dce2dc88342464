"""Dates of events, not of reports: explicit, ranges, decades, eras and dates relative to publication."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.coding.dates import document_date, find_dates

PUBLISHED = dt.date(2024, 12, 5)  # a Thursday


@pytest.mark.parametrize("text,value,precision,basis", [
    ("Putin visited Pyongyang in June of 2024.", "2024-06", "month", "explicit"),
    ("They met on 14 March 2023 in Geneva.", "2023-03-14", "day", "explicit"),
    ("They met on March 14, 2023, in Geneva.", "2023-03-14", "day", "explicit"),
    ("The war, fought between 1950 and 1953, ended.", "1950/1953", "range", "explicit"),
    ("The 1950–53 war.", "1950/1953", "range", "explicit"),
    ("Since the 1990s, shortages.", "199", "decade", "explicit"),
    ("Trade grew in the 19th century.", "18", "century", "explicit"),
    ("Aid flowed during the Cold War.", "1947/1991", "range", "explicit"),
    ("The treaty was signed in 1961.", "1961", "year", "explicit"),
    ("Seoul protested last month.", "2024-11", "month", "relative"),
    ("The ministers met last year.", "2023", "year", "relative"),
    ("Officials met on Tuesday.", "2024-12-03", "day", "relative"),
    ("Officials met yesterday.", "2024-12-04", "day", "relative"),
    ("Troops arrived two years ago.", "2022", "year", "relative"),
    ("Talks resumed in September.", "2024-09", "month", "relative"),
    ("Talks will resume next month.", "2025-01", "month", "relative"),
])
def test_date_expressions(text, value, precision, basis):
    found = find_dates(text, 0, PUBLISHED)
    assert found, text
    date = found[0].date
    assert (date.value, date.precision, date.basis) == (value, precision, basis)
    assert text[found[0].start:found[0].end].endswith(date.text.split()[-1])


def test_recent_months_is_a_range_ending_at_publication():
    date = find_dates("in recent months, Pyongyang changed course", 0, PUBLISHED)[0].date
    assert date.precision == "range" and date.end == "2024-12-05" and date.start < "2024-07-01"


def test_relative_dates_need_a_publication_date():
    assert find_dates("Seoul protested last month.", 0, None) == []


def test_numbers_that_are_not_years():
    assert find_dates("Russia sent 2000 troops and $1999 in cash.", 0, None) == []


def test_offsets_are_document_offsets():
    found = find_dates("in 1961", 100, None)
    assert (found[0].start, found[0].end) == (103, 107)


def test_document_fallbacks():
    assert document_date(PUBLISHED, None).basis == "document"
    period = document_date(None, "1750-1775")
    assert (period.value, period.basis, period.precision) == ("1750/1775", "inferred", "range")
    assert document_date(None, None) is None


def test_that_year_resolves_against_the_last_year_named():
    found = find_dates("North Korea seized the Pueblo in January that year.", 0, PUBLISHED, anchor_year=1968)
    assert found[0].date.value == "1968-01"
    found = find_dates("Talks resumed the following year.", 0, PUBLISHED, anchor_year=1971)
    assert found[0].date.value == "1972"


@pytest.mark.parametrize("text,value", [
    ("Russian troops invaded on 24 February.", "2024-02-24"),
    ("They met on March 3.", "2024-03-03"),
    ("He visited Pyongyang in early May.", "2024-05"),
    ("Talks were held on 30 December.", "2023-12-30"),  # after the publication date: last year's
])
def test_days_and_months_without_a_year_are_the_latest_before_publication(text, value):
    assert find_dates(text, 0, PUBLISHED)[0].date.value == value
