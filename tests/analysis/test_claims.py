"""Claims taken apart (actors from the lexicon, eras and years from find_dates) and checked against stores
built so that the answer is known."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.analysis.claims import ClaimSpec, actor_code, claim, find_actors, parse_claim
from entente.analysis.series import AnalysisError
from tests.analysis.synthetic import add

COLD_WAR = "the Russia–North Korea relationship is the strongest since the Cold War"


@pytest.mark.parametrize("text, a, b, end, back", [
    (COLD_WAR, "RUS", "PRK", dt.date(1991, 12, 31), None),
    ("Moscow and Pyongyang are closer than at any time since 1991.", "RUS", "PRK", dt.date(1991, 12, 31), None),
    ("Putin visited Pyongyang for the first time in 24 years", "RUS", "PRK", None, 24),
    ("US-China relations are the worst since the 1970s", "USA", "CHN", dt.date(1979, 12, 31), None),
    ("China and Japan: ties at their lowest in two decades", "CHN", "JPN", None, 20),
    ("RUS–PRK cooperation is the deepest since the end of the Cold War", "RUS", "PRK", dt.date(1991, 12, 31), None),
])
def test_parse_claim(text, a, b, end, back):
    spec = parse_claim(text)
    assert (spec.a, spec.b, spec.reference_end, spec.years_back) == (a, b, end, back)


def test_direction_and_measure_of_a_claim():
    assert parse_claim(COLD_WAR).high and parse_claim(COLD_WAR).measure == "cooperation"
    assert not parse_claim("US-China relations are the worst since 1979").high
    assert parse_claim("Putin visited Pyongyang for the first time in 24 years").measure == "visits"


def test_claims_that_cannot_be_read_say_what_is_missing():
    with pytest.raises(AnalysisError, match="two states"):
        parse_claim("the relationship is the strongest since the Cold War")
    with pytest.raises(AnalysisError, match="no reference"):
        parse_claim("Russia and North Korea are close")


def test_actor_names_and_codes():
    assert find_actors("Moscow, Pyongyang and the Kremlin") == ["RUS", "PRK"]
    assert actor_code("North Korea") == "PRK" and actor_code("rus") == "RUS"
    with pytest.raises(AnalysisError):
        actor_code("Atlantis")


def test_a_later_peak_contradicts_the_claim(store):
    add(store, [("RUS", "PRK", "1995-05-01", "057", 8.0), ("PRK", "RUS", "1995-05-01", "057", 8.0),
                ("RUS", "PRK", "1995-06-01", "071", 7.4)])
    add(store, [("RUS", "PRK", "2024-06-19", "057", 8.0), ("PRK", "RUS", "2024-06-19", "057", 8.0)])
    check = claim(store, COLD_WAR)
    assert check.verdict == "contradicted"
    assert check.latest_period == "2024" and check.latest_value == pytest.approx(16.0)
    assert check.contradicting == ["1995"] and check.last_as_high == "1995"
    roles = {e["role"] for e in check.evidence}
    assert roles == {"latest", "contradicting"}
    assert all(e["sentence"] and e["doc_id"] for e in check.evidence)


def test_the_last_peak_before_the_reference_supports_it(store):
    add(store, [("SUN", "PRK", "1985-05-01", "057", 8.0), ("PRK", "SUN", "1985-05-01", "057", 8.0),
                ("SUN", "PRK", "1985-06-01", "071", 7.4)])  # the Soviet Union stands in for Russia
    add(store, [("RUS", "PRK", "2000-07-19", "042", 1.9)])
    add(store, [("RUS", "PRK", "2024-06-19", "057", 8.0), ("PRK", "RUS", "2024-06-19", "057", 8.0)])
    check = claim(store, COLD_WAR)
    assert check.verdict == "supported", check.summary
    assert check.last_as_high == "1985" and check.contradicting == []
    assert check.periods_between == 32 and check.covered_between == 1 and check.actor_periods_between == 1
    assert "1992–2023" in check.summary and "covers 1" in check.summary
    assert {e["role"] for e in check.evidence} == {"latest", "last as high"}
    assert claim(store, COLD_WAR, lineage=False).last_as_high is None


def test_no_coverage_between_is_not_enough_data(store):
    """Nothing at all is stored for 1992-2023: the data cannot say the relationship was weaker then."""
    add(store, [("RUS", "PRK", "1985-05-01", "057", 8.0)])
    add(store, [("RUS", "PRK", "2024-06-19", "057", 8.0), ("PRK", "RUS", "2024-06-19", "057", 8.0)])
    check = claim(store, ClaimSpec("RUS", "PRK", dt.date(1991, 12, 31), "since the Cold War"))
    assert check.verdict == "not enough data"
    assert "no coverage in 1992–2023" in check.summary


def test_a_visit_claim_looks_at_visits(store):
    add(store, [("RUS", "PRK", "2000-07-19", "042", 1.9)])
    add(store, [("USA", "GBR", "2010-07-19", "040", 1.0)])
    add(store, [("RUS", "PRK", "2024-06-19", "042", 1.9)])
    quiet = claim(store, "Putin visited Pyongyang for the first time in 24 years")
    assert quiet.verdict == "not enough data"  # the store never mentions Russia or North Korea in between
    assert "no dated events involving RUS or PRK in 2001–2023" in quiet.summary
    add(store, [("RUS", "CHN", "2010-05-01", "040", 1.0)])
    check = claim(store, "Putin visited Pyongyang for the first time in 24 years")
    assert check.verdict == "supported" and check.last_as_high == "2000"
    assert check.reference_end == dt.date(2000, 12, 31)
    add(store, [("PRK", "RUS", "2019-04-25", "042", 1.9)])
    assert claim(store, "Putin visited Pyongyang for the first time in 24 years").contradicting == ["2019"]


def test_no_dyad_events(store):
    add(store, [("SUN", "PRK", "1947/1991", "071", 7.4)])
    check = claim(store, COLD_WAR)
    assert check.verdict == "not enough data" and "too coarsely" in check.summary
