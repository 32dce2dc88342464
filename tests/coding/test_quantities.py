"""Quantities attached to the noun they count, read from the real parse."""

from __future__ import annotations

import pytest

from entente.coding.quantities import number, quantity_of


def quantities(parse, text):
    return [q for t in parse(text) if (q := quantity_of(t)) is not None]


@pytest.mark.parametrize("text,value,unit,approximate", [
    ("Chad sent around 2,500 soldiers to the border.", 2500, "soldiers", True),
    ("It sold three million mortar rounds to Iraq.", 3_000_000, "mortar rounds", False),
    ("Japan delivered three warships to Manila.", 3, "warships", False),
    ("China lent $1.2 billion to Laos.", 1_200_000_000, "USD", False),
    ("Tokyo gave Seoul a loan of 2 billion dollars.", 2_000_000_000, "USD", False),
    ("India sent 500 tonnes of rice to Sri Lanka.", 500, "tonnes", False),
    ("About 2,000 troops crossed the border.", 2000, "troops", True),
])
def test_quantity(parse, text, value, unit, approximate):
    found = quantities(parse, text)
    assert found, text
    q = found[-1]  # the head noun comes last; a compound's own count comes first
    assert q.value == value and q.unit == unit and q.approximate is approximate


def test_percentages_and_years_are_not_event_quantities(parse):
    assert quantities(parse, "GDP grew by 3.1 percent in 2023.") == []


def test_number_words():
    class T:
        def __init__(self, text):
            self.lower_ = text.lower()
            self.tag_ = "CD"

    assert number([T("eight"), T("million")]) == 8_000_000
    assert number([T("1.5"), T("billion")]) == 1_500_000_000
    assert number([T("twenty"), T("-"), T("five")]) == 25
    assert number([T("banana")]) is None


def test_worth_and_counted_targets_reach_the_event(nlp):
    from entente.api import Extractor

    events = Extractor(nlp).extract("Japan pledged radars worth 600 million yen to the Philippines. "
                                    "China imposed sanctions on 12 American defence companies.")
    by_source = {e.source.country: e for e in events}
    assert by_source["JPN"].quantity.value == 600_000_000 and by_source["JPN"].quantity.unit == "JPY"
    assert by_source["CHN"].quantity.value == 12
