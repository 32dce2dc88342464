"""Where a sentence becomes events: one case per construction, each named for what it guards."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.api import Extractor

PUBLISHED = dt.date(2024, 7, 3)


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp)


def coded(extractor, text, published=PUBLISHED):
    return {(e.source.country, e.event, e.target.country if e.target else None, e.modality)
            for e in extractor.extract(text, published)}


@pytest.mark.parametrize("text,expected", [
    # plain verbs, the target behind the preposition the pattern names
    ("Russia invaded Ukraine.", ("RUS", "ASSAULT", "UKR", "asserted")),
    ("North Korea supplied artillery shells to Russia.", ("PRK", "AID", "RUS", "asserted")),
    # a particle changes the verb ("cut off")
    ("Lithuania cut off electricity supplies to Kaliningrad's Russian garrison.", ("LTU", "SANCTION", "RUS",
                                                                                  "asserted")),
    # light verb + event noun
    ("The European Union imposed sanctions on Iran.", ("IGOEU", "SANCTION", "IRN", "asserted")),
    ("India held talks with China.", ("IND", "CONSULT", "CHN", "asserted")),
    # passive voice with an agent
    ("Sanctions were imposed on Belarus by the European Union.", ("IGOEU", "SANCTION", "BLR", "asserted")),
    # nominalisations
    ("Putin's visit to Pyongyang surprised Seoul.", ("RUS", "CONSULT", "PRK", "asserted")),
    ("The expulsion of Russian diplomats by Poland angered Moscow.", ("POL", "SANCTION", "RUS", "asserted")),
    # roles from the words around the country
    ("Chinese troops attacked Indian positions.", ("CHN", "ASSAULT", "IND", "asserted")),
    # modality
    ("Japan will send aid to Turkey.", ("JPN", "AID", "TUR", "future")),
    ("Japan could send aid to Turkey.", ("JPN", "AID", "TUR", "hypothetical")),
    ("Japan did not send aid to Turkey.", ("JPN", "AID", "TUR", "negated")),
    ("Cuba refused to allow United Nations inspectors onto its soil.", ("CUB", "REJECT", "IGOUNO", "asserted")),
    # pronouns
    ("When Cuba lost its Soviet patron, it turned to Venezuela for help.", ("CUB", "REQUEST", "VEN",
                                                                                "asserted")),
    # naming with an evaluation
    ("Moscow called Warsaw's decision a hostile act.", ("RUS", "ACCUSE", "POL", "asserted")),
])
def test_construction(extractor, text, expected):
    assert expected in coded(extractor, text), coded(extractor, text)


def test_coordinated_subjects_are_separate_events(extractor):
    found = coded(extractor, "France and Germany condemned Russia.")
    assert ("FRA", "ACCUSE", "RUS", "asserted") in found and ("DEU", "ACCUSE", "RUS", "asserted") in found


def test_mutual_events_are_written_both_ways(extractor):
    found = coded(extractor, "Russia and North Korea signed a treaty.")
    assert {("RUS", "SUPPORT", "PRK", "asserted"), ("PRK", "SUPPORT", "RUS", "asserted")} <= found


def test_statements_are_not_events(extractor):
    assert coded(extractor, "The Chinese foreign ministry said the talks were useful for Japan.") == set()


def test_analysts_named_after_a_capital_are_not_the_state(extractor):
    assert coded(extractor, "Pyongyang watchers criticised Seoul.") == set()


def test_quantity_and_date_attach_to_their_event(extractor):
    events = extractor.extract("In May 2023 Kenya sent around 1,000 police officers to Haiti.", PUBLISHED)
    event = next(e for e in events if e.source.country == "KEN")
    assert event.date is not None and event.date.value == "2023-05"
    assert event.quantity is not None and event.quantity.value == 1000 and event.quantity.approximate


def test_attribution(extractor):
    events = extractor.extract("South Korean officials said North Korea shipped shells to Russia.", PUBLISHED)
    event = next(e for e in events if e.source.country == "PRK")
    assert event.attribution is not None and event.attribution.country == "KOR"
    assert event.modality == "asserted"


def test_no_default_code_for_unknown_verbs(extractor):
    assert coded(extractor, "Japan pondered Korea.") == set()
