"""Dates of events, not of reports: explicit, ranges, decades, eras, dates relative to publication and dates
relative to the event the story told last."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.coding.dates import day, document_date, find_dates, find_links, month, shift, year

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


@pytest.mark.parametrize("text,value", [
    ("Tanks rolled in last February.", "2024-02"),
    ("Diplomats left last December.", "2023-12"),  # "last December" said in December is a year back
    ("The pact was signed in April last year.", "2023-04"),
    ("The border closed in June of last year.", "2023-06"),
    ("In August the ministry approved the loan.", "2024-08"),  # sentence-initial capital
    ("Ankara objected earlier this month.", "2024-12"),
    ("The rockets struck overnight into Sunday.", "2024-12-01"),
    ("Envoys were recalled last Thursday.", "2024-11-28"),  # the publication day itself is not "last Thursday"
])
def test_more_publication_relative_forms(text, value):
    assert find_dates(text, 0, PUBLISHED)[0].date.value == value


def test_earlier_this_week_runs_from_monday_to_the_day_before():
    date = find_dates("The talks collapsed earlier this week.", 0, PUBLISHED)[0].date
    assert (date.start, date.end) == ("2024-12-02", "2024-12-04")


def test_that_year_prefers_a_year_named_earlier_in_the_sentence():
    found = find_dates("A loan agreed in 2016 was cancelled the following year.", 0, PUBLISHED, anchor_year=2001)
    assert [m.date.value for m in found] == ["2016", "2017"]


def test_planned_events_read_day_and_month_names_forward():
    found = find_dates("The envoys will convene on 14 January.", 0, PUBLISHED)[0]
    assert found.date.value == "2024-01-14"  # as a past event
    assert found.ahead is not None and found.ahead.value == "2025-01-14"
    found = find_dates("Talks are set for Friday, but they met on Friday.", 0, PUBLISHED)[0]
    assert found.ahead is not None and found.ahead.value == "2024-12-06"


def test_since_marks_the_start_of_a_state():
    found = find_dates("Troops have been stationed there since 2015 and since March.", 0, PUBLISHED)
    assert [m.since for m in found] == [True, True]
    assert not find_dates("Troops arrived in 2015.", 0, PUBLISHED)[0].since


STORY = day(2024, 3, 8, "8 March 2024", "explicit")  # a Friday


@pytest.mark.parametrize("text,value", [
    ("Only hours later the embassy was closed.", "2024-03-08"),
    ("Its neighbour retaliated the same night.", "2024-03-08"),
    ("Later that day a second convoy crossed.", "2024-03-08"),
    ("Three days earlier the envoy had been warned.", "2024-03-05"),
    ("A week later the ban was lifted.", "2024-03-15"),
    ("The next morning the border reopened.", "2024-03-09"),
    ("The previous day the cabinet had met.", "2024-03-07"),
    ("The day before, officials had denied it.", "2024-03-07"),
    ("The quarrel flared again in the same month.", "2024-03"),
    ("Two months later the army withdrew.", "2024-05"),
])
def test_dates_said_relative_to_the_story(text, value):
    found = find_dates(text, 0, PUBLISHED, reference=STORY)
    assert found and found[0].date.value == value and found[0].date.basis == "inferred"


def test_story_relative_forms_need_a_story_date():
    assert find_dates("Three days earlier the envoy had been warned.", 0, PUBLISHED) == []
    # without a story date "the next day" is not the day after publication either
    assert find_dates("The next day the border reopened.", 0, PUBLISHED) == []


def test_vague_offsets_lose_precision():
    date = find_dates("Days later the strikes resumed.", 0, PUBLISHED, reference=STORY)[0].date
    assert (date.value, date.precision) == ("2024-03", "month")


def test_a_weekday_in_a_story_told_long_before_publication_is_in_that_story_s_week():
    found = find_dates("On Wednesday the convoy returned.", 0, PUBLISHED, reference=STORY)
    assert found[0].date.value == "2024-03-13"
    recent = day(2024, 12, 2, "on Monday", "relative")  # a recent story: weekdays count back from publication
    assert find_dates("On Wednesday the convoy returned.", 0, PUBLISHED, reference=recent)[0].date.value == \
        "2024-12-04"


@pytest.mark.parametrize("text,phrase,amount,unit", [
    ("The vote came two days after the opposition walked out.", "two days after", 2, "day"),
    ("Hours before the deadline, the talks resumed.", "Hours before", 0, "hour"),
    ("Envoys were expelled on the eve of the summit.", "on the eve of", -1, "day"),
    ("The day after the coup, the borders closed.", "The day after", 1, "day"),
    ("Three weeks before the ballot, monitors arrived.", "Three weeks before", -3, "week"),
    ("A year after the accord, trade doubled.", "A year after", 1, "year"),
])
def test_links_between_two_events(text, phrase, amount, unit):
    links = find_links(text, 0)
    assert [(text[link.start:link.end], link.amount, link.unit) for link in links] == [(phrase, amount, unit)]


def test_a_standalone_offset_is_no_link():
    assert find_links("Two weeks before, the envoy had left.", 0) == []


def test_a_date_named_earlier_in_the_sentence_is_what_the_same_day_repeats():
    text = "The accord was signed on 4 May 2011, the same day the border reopened."
    found = find_dates(text, 0, PUBLISHED, reference=STORY)
    assert [m.date.value for m in found] == ["2011-05-04", "2011-05-04"]


def test_a_span_of_days():
    date = find_dates("The delegation toured the region March 3–9, 1988.", 0, None)[0].date
    assert (date.value, date.precision) == ("1988-03-03/1988-03-09", "range")
    assert find_dates("Talks ran 12-15 June 2001.", 0, None)[0].date.value == "2001-06-12/2001-06-15"


def test_without_a_publication_date_day_and_month_names_are_in_the_story_s_year():
    found = find_dates("Congress declared war on May 13.", 0, None, story_year=1846)
    assert (found[0].date.value, found[0].date.basis) == ("1846-05-13", "inferred")
    assert find_dates("In March the envoy left.", 0, None, story_year=1921)[0].date.value == "1921-03"
    # a year named earlier in the sentence comes first
    text = "Border clashes began in April 1846, and on May 13 Congress declared war."
    assert [m.date.value for m in find_dates(text, 0, None, story_year=1833)] == ["1846-04", "1846-05-13"]
    assert find_dates("Congress declared war on May 13.", 0, None) == []


def test_shift_keeps_no_more_precision_than_it_has():
    assert shift(STORY, -1, "day", None).value == "2024-03-07"
    assert shift(STORY, 0, "hour", None).value == "2024-03-08"
    assert shift(month(2023, 10, None, "relative"), -1, "year", None).value == "2022-10"
    assert shift(month(2023, 10, None, "relative"), 2, "day", None).value == "2023-10"
    assert shift(year(1979, None, "explicit"), 10, "year", None).value == "1989"
    assert shift(document_date(None, "1950-1953"), 1, "year", None) is None


# -- dates through the extractor: the sentence's words, then the story -------------------------------------------
@pytest.fixture(scope="module")
def extractor(nlp):
    from entente.api import Extractor

    return Extractor(nlp)


def dated(extractor, text, published=PUBLISHED):
    return {(e.source.country, e.event): e.date.value for e in extractor.extract(text, published) if e.date}


def test_story_dates_carry_across_sentences_and_paragraphs(extractor):
    text = ("Chinese troops attacked Indian positions on 9 December 2022.\n"
            "Hours later, India recalled its ambassador from Beijing. Nepal condemned China the same night.")
    got = dated(extractor, text)
    assert got[("IND", "SANCTION")] == got[("NPL", "ACCUSE")] == "2022-12-09"


def test_eve_of_an_event_named_back(extractor):
    text = ("Russia invaded Ukraine on 24 February 2022. "
            "Britain had sanctioned Russian banks on the eve of the invasion.")
    assert dated(extractor, text)[("GBR", "SANCTION")] == "2022-02-23"


def test_the_clause_after_a_link_is_dated_back_from_the_main_clause(extractor):
    text = "The summit opened on 10 October 2024, three days after Russia expelled Estonian diplomats."
    assert dated(extractor, text, dt.date(2024, 11, 3))[("RUS", "SANCTION")] == "2024-10-07"


def test_a_date_on_a_reporting_phrase_dates_the_event(extractor):
    text = "Mali expelled the French ambassador, according to a statement broadcast on Tuesday."
    assert dated(extractor, text)[("MLI", "SANCTION")] == "2024-12-03"


def test_a_planned_visit_is_dated_ahead(extractor):
    assert dated(extractor, "Vladimir Putin will visit Beijing on 23 May.")[("RUS", "CONSULT")] == "2025-05-23"


def test_an_event_inside_a_link_is_dated_from_the_other_side(extractor):
    text = "Britain severed relations with Serbia one day before the NATO bombing of Yugoslavia, on 23 March 1999."
    events = extractor.extract(text, PUBLISHED)
    by_kind = {e.event: e.date.value for e in events if e.date}
    assert by_kind.get("SANCTION") == "1999-03-23"
    assert by_kind.get("ASSAULT") in (None, "1999-03-24")  # the bombing, if coded, is the day after


def test_a_stated_date_wins_over_a_story_date_on_the_same_clause(extractor):
    text = ("Russia attacked Ukraine on 24 February 2022. "
            "Days later, on 1 March 2022, Poland expelled Russian diplomats.")
    assert dated(extractor, text)[("POL", "SANCTION")] == "2022-03-01"
