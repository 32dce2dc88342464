"""Modality and attribution from the real parse: the trigger word is found by its text."""

from __future__ import annotations

import pytest

from entente.coding.modality import modality, reporter


def trigger(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Russia sent troops to the border.", "sent", "asserted"),
    ("Russia did not send troops to the border.", "send", "negated"),
    ("Russia never sent troops to the border.", "sent", "negated"),
    ("Russia refused to send troops to the border.", "send", "negated"),
    ("Russia will send troops to the border.", "send", "future"),
    ("Russia plans to send troops to the border.", "send", "future"),
    ("Russia is expected to send troops to the border.", "send", "future"),
    ("Russia could send troops to the border.", "send", "hypothetical"),
    ("Russia would send troops if attacked.", "send", "hypothetical"),
    ("If Russia sends troops, Poland will respond.", "sends", "hypothetical"),
    ("Supposing Tokyo thinks that Beijing will attack, Tokyo would seek a pact.", "seek",
     "hypothetical"),
    ("The pact raises the possibility of transfers of missiles.", "transfers", "hypothetical"),
    ("Tokyo would seek a pact as Beijing has armed Moscow.", "armed", "asserted"),
])
def test_modality(parse, text, word, expected):
    assert modality(trigger(parse(text), word)) == expected


def test_attribution_is_the_reporting_subject(parse):
    doc = parse("South Korean officials said North Korea shipped shells to Russia.")
    speaker = reporter(trigger(doc, "shipped"))
    assert speaker is not None and speaker.text == "officials"


def test_according_to(parse):
    doc = parse("According to the ministry, Iran shipped drones to Russia.")
    speaker = reporter(trigger(doc, "shipped"))
    assert speaker is not None and speaker.text == "ministry"


def test_no_attribution_for_plain_statements(parse):
    doc = parse("Iran shipped drones to Russia.")
    assert reporter(trigger(doc, "shipped")) is None
