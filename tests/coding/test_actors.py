"""Actors: names, adjectives, demonyms, capitals, leaders by date, organisations, roles and references."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.coding.actors import find_mentions, lexicon
from entente.coding.phrases import Resolver


def mentions(nlp, parse, text, when=None):
    doc = parse(text)
    return [(doc[m.start:m.end].text, m.entry.country, m.entry.kind) for m in find_mentions(doc, nlp, when)]


@pytest.mark.parametrize("text,surface,country", [
    ("North Korea and the DPRK.", "North Korea", "PRK"),
    ("The North Koreans responded.", "North Koreans", "PRK"),
    ("A North Korean delegation arrived.", "North Korean", "PRK"),
    ("Pyongyang responded.", "Pyongyang", "PRK"),
    ("The Kremlin said so.", "The Kremlin", "RUS"),
    ("The White House said so.", "The White House", "USA"),
    ("Kyiv said so.", "Kyiv", "UKR"),
    ("The Soviet Union collapsed.", "The Soviet Union", "SUN"),
    ("NATO met.", "NATO", "IGONAT"),
    ("The United Nations met.", "The United Nations", "IGOUNO"),
    ("The West responded.", "The West", "WST"),
])
def test_surface_forms(nlp, parse, text, surface, country):
    found = mentions(nlp, parse, text)
    assert (surface, country) in [(s, c) for s, c, _ in found]


def test_pyongyang_watchers_are_analysts_not_north_korea(nlp, parse):
    assert mentions(nlp, parse, "Two Pyongyang watchers wrote a report.") == []


def test_leaders_resolve_by_their_term(nlp, parse):
    found = mentions(nlp, parse, "Putin met Kim Jong Un.", dt.date(2024, 6, 19))
    assert ("Putin", "RUS", "leader") in found and ("Kim Jong Un", "PRK", "leader") in found
    # Moscow in 1962 is the Soviet Union's capital
    assert ("Moscow", "SUN", "capital") in mentions(nlp, parse, "Moscow protested.", dt.date(1962, 10, 1))
    assert ("Moscow", "RUS", "capital") in mentions(nlp, parse, "Moscow protested.", dt.date(2024, 1, 1))


def test_bare_surname_needs_a_person_or_an_earlier_full_name(nlp, parse):
    found = mentions(nlp, parse, "Kim Jong Un spoke. Later Kim left.", dt.date(2024, 1, 1))
    assert [c for s, c, _ in found if s == "Kim"] == ["PRK"]


def resolve(nlp, parse, text, word, when=None):
    doc = parse(text)
    resolver = Resolver(doc, nlp, when)
    token = next(t for t in doc if t.text == word)
    return [(f.country, f.role) for f in resolver.actors_of(token)]


@pytest.mark.parametrize("text,word,expected", [
    ("The Russian forces advanced.", "forces", [("RUS", "MIL")]),
    ("North Korean troops arrived.", "troops", [("PRK", "MIL")]),
    ("The Turkish foreign minister arrived.", "minister", [("TUR", "GOV")]),
    ("The government of Japan protested.", "government", [("JPN", "GOV")]),
    ("Russian President Vladimir Putin arrived.", "Putin", [("RUS", "GOV")]),
    ("France and Germany condemned the test.", "France", [("FRA", None), ("DEU", None)]),
])
def test_noun_phrases(nlp, parse, text, word, expected):
    assert resolve(nlp, parse, text, word, dt.date(2024, 1, 1)) == expected


def test_references(nlp, parse):
    text = "Because Iran was shut out by Europe, it looked to Venezuela."
    assert resolve(nlp, parse, text, "it") == [("IRN", None)]
    text = "Russia sent food to North Korea. The two countries evaded sanctions."
    assert sorted(resolve(nlp, parse, text, "countries")) == [("PRK", None), ("RUS", None)]


def test_lexicon_has_every_un_member():
    import country_converter as coco

    codes = set(coco.CountryConverter().data.query("UNmember == UNmember")["ISO3"])
    known = {e.country for entries in lexicon().surfaces.values() for e in entries}
    assert codes - known == set()


def test_groups_file_names_known_states_and_roles():
    from entente.data import read_tsv

    states = {row["code"] for row in read_tsv("actors/countries.tsv")} | {
        row["code"] for row in read_tsv("actors/historical.tsv")}
    roles = {row["role"] for row in read_tsv("actors/roles.tsv")}
    rows = list(read_tsv("actors/groups.tsv"))
    assert len(rows) >= 20
    companies = list(read_tsv("actors/companies.tsv"))
    assert len(companies) >= 40 and all(row["role"] == "BUS" for row in companies)
    media = list(read_tsv("actors/media.tsv"))
    assert len(media) >= 30 and all(row["role"] == "MED" for row in media)
    for row in rows + companies + media:
        assert row["code"] in states, row
        assert not row.get("role") or row["role"] in roles, row


def test_no_leader_is_named_a_working_life_before_their_office(nlp, parse):
    # the British king of 2022 is not the "King Charles III" of a text of 1763 (Spain's); in 2023 he is
    assert ("King Charles III", "GBR", "leader") not in mentions(nlp, parse, "King Charles III signed.",
                                                                  dt.date(1763, 1, 1))
    assert ("King Charles III", "GBR", "leader") in mentions(nlp, parse, "King Charles III signed.",
                                                              dt.date(2023, 6, 1))


@pytest.mark.parametrize("when,country", [(dt.date(1914, 1, 1), "RUS"), (dt.date(1919, 3, 1), "RUS"),
                                          (dt.date(1930, 1, 1), "SUN")])
def test_the_bolsheviks_are_russia_then_the_soviet_union(nlp, parse, when, country):
    # only historical readings: the one of the date, else the nearest in time
    found = mentions(nlp, parse, "The Bolsheviks refused.", when)
    assert [m[1] for m in found if m[0] == "Bolsheviks"] == [country]
