"""The code tables agree with the published reference files in ../shared/reference."""

from __future__ import annotations

import csv

from entente.coding.patterns import patterns
from entente.coding.tables import lookup
from entente.record import PLOVER_CATEGORIES
from tests.conftest import SHARED


def test_goldstein_and_quad_class_match_gdelts_table():
    path = SHARED / "reference" / "cameo" / "cameo_codes_goldstein_quadclass.tsv"
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    assert len(rows) > 300
    for row in rows:
        code = lookup(row["cameo_code"])
        if row["goldstein_gdelt"]:
            assert code.goldstein == float(row["goldstein_gdelt"]), row["cameo_code"]
        assert code.quad_class == int(row["quadclass_gdelt"])


def test_plover_mapping_follows_cameo2plover():
    assert (lookup("042").event, lookup("042").mode) == ("CONSULT", "visit")
    assert lookup("072").event == "AID" and lookup("072").mode == "military"
    assert lookup("1823").event == "ASSAULT"
    assert lookup("0231").event == "REQUEST"
    assert lookup("163").event == "SANCTION"  # the one documented departure
    assert lookup("010").event is None  # statements are never coded


def test_patterns_cover_every_plover_category_with_verbs_and_nouns():
    p = patterns()
    verb_events = {lookup(s.cameo).event for senses in p.verbs.values() for s in senses}
    noun_events = {lookup(n.cameo).event for n in p.nouns.values()}
    assert set(PLOVER_CATEGORIES) <= verb_events
    assert len(set(PLOVER_CATEGORIES) & noun_events) >= 14
    assert None not in verb_events | noun_events
