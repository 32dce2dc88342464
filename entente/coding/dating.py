"""Dates of events (not of the report): the dates a sentence states, attached to the event whose clause holds
them; dates relative to the story ("hours earlier", "on the eve of the raid"); the narrative date
an undated sentence continues."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.dates import DateLink, DateMention, find_dates, find_links, shift
from entente.coding.grammar import (
    RECALL,
    Trigger,
    _children,
)
from entente.coding.modality import modality
from entente.coding.state import CoderState
from entente.coding.tables import lookup
from entente.record import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class DatingStage(CoderState):
    """When each event happened, read from its own clause, the story told so far, or the document."""

    reference: EventDate | None = None
    _sentence_at: int = -1
    _mentions: tuple[DateMention, ...] = ()
    _dated: tuple[tuple[int, int, EventDate, bool], ...] = ()  # (depth, token, date, future) per dated trigger
    _linked_nouns: tuple[tuple[frozenset[int], int, DateLink], ...] = ()

    def _narrative(self, sentence: Span) -> EventDate | None:
        """An undated sentence right after a dated one in the same paragraph continues its story. Its date is
        that one's, marked inferred. Also reads the sentence's own dates (see ``_read_dates``)."""
        self._read_dates(sentence)
        if not self.last_dates:
            return None
        end, date = self.last_dates[-1]
        between = self.text[end:sentence.start_char]
        if "\n" in between or date.basis == "document":
            return None
        return replace(date, basis="inferred")

    def _read_dates(self, sentence: Span) -> None:
        """The sentence's date mentions: those read against the publication date, those read against the
        narrative's last date ("the same night", "hours earlier") and the links resolved on the parse ("two
        days after Tehran withdrew ...", "on the eve of the raid")."""
        mentions = find_dates(sentence.text, sentence.start_char, self.published, self.anchor_year, self.reference,
                              self._story_year())
        self._linked_nouns = ()
        taken = [(m.start, m.end) for m in mentions]
        for link in find_links(sentence.text, sentence.start_char):
            linked = self._linked(link, mentions)
            if linked is not None and all(linked.end <= s or linked.start >= e for s, e in taken):
                mentions.append(linked)
        self._mentions = tuple(sorted(mentions, key=lambda m: m.start))
        self._sentence_at = sentence.start_char
        self._dated = ()

    def _story_year(self) -> int | None:
        """The year the story is telling of: its last told event's, else the last year it named; never one
        outside the document's period ("since 1833" in a chapter on 1981-1988 is no year of its story)."""
        told = int(self.reference.start[:4]) if self.reference is not None else self.anchor_year
        period = self.fallback_date if self.fallback_date is not None and self.fallback_date.basis == "inferred" \
            else None
        if told is not None and period is not None and not period.start[:4] <= f"{told:04d}" <= period.end[:4]:
            return None
        return told

    def _current(self, start: int, dates: list[DateMention]) -> list[DateMention]:
        """The mentions ``_read_dates`` read for the sentence starting at ``start``; ``dates`` if it read another."""
        return list(self._mentions) if self._sentence_at == start else dates

    def _linked(self, link: DateLink, mentions: list[DateMention]) -> DateMention | None:
        """The date a link gives. "The exchange came two days after Tehran withdrew ...": the withdrawal is two days
        before the clause it hangs from (that clause's own date, else the narrative's). "On the eve of the raid",
        "a week after the 3 March vote": the clause the link hangs from is a day before the raid (the date of the
        event the noun names back), a week after the vote."""
        span = self.doc.char_span(link.start, link.end, alignment_mode="expand")
        words = [t for t in span if t.lower_ in ("after", "before", "to", "of")] if span is not None else []
        main = self._span_anchor(link.start, link.end)
        if span is None or not words:
            return None
        word = words[-1]
        base: EventDate | None
        if word.dep_ == "mark" and word.head.dep_ == "advcl":
            clause = word.head.head.i  # the clause the linked one hangs from
            base = next((m.date for m in mentions if not m.since and m.date.precision in ("day", "month", "year")
                         and getattr(self._anchor(m), "i", None) == clause), None) or self.reference
            sign = -1
        elif word.dep_ == "prep":
            objects = _children(word, "pobj")
            if not objects:
                return None
            noun = objects[0]
            if main is not None:
                self._linked_nouns += ((frozenset(t.i for t in noun.subtree), main.i, link),)
            first, last = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
            inside = [m.date for m in mentions if first <= m.start and m.end <= last]
            base = inside[0] if inside else self._event_date(noun)
            sign = 1
        else:
            return None
        date = shift(base, sign * link.amount, link.unit, span.text, link.vague) if base is not None else None
        return DateMention(link.start, link.end, date) if date is not None else None

    def _event_date(self, noun: Token) -> EventDate | None:
        """The date of the event a definite noun names back ("the raid", "the invasion"): of the latest event told
        so far whose words the noun repeats, else the latest of the kind the noun names, else the story's first of
        its quad class (a raid told as "stormed the embassy")."""
        if not any(c.dep_ == "poss" or c.lower_ in ("the", "that", "this") for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        pattern = self.patterns.nouns.get(lemma)
        code = lookup(pattern.cameo) if pattern is not None else None
        # "the NATO bombing of Yugoslavia" names back an event of NATO's or against Yugoslavia
        named = {f.country for t in noun.subtree if t.i != noun.i for f in self.resolver.actors_of(t)}
        told = [e for e in self.history[-RECALL:] if e.date is not None and e.date.basis != "document" and (
            not named or e.source.country in named or (e.target is not None and e.target.country in named))]
        for event in reversed(told):
            if len(lemma) >= 4 and any(w.lower().startswith(lemma[:4]) for w in event.evidence.text.split()):
                return event.date
        if code is not None:
            for event in reversed(told):
                if event.event == code.event:
                    return event.date
            # "the invasion" (190) names back "troops seized the islands" (192): an act of the same CAMEO family
            for event in reversed(told):
                if pattern is not None and event.cameo[:2] == pattern.cameo[:2]:
                    return event.date
            for event in told:
                if event.quad_class == code.quad_class:
                    return event.date
        return None

    def _remember(self, dates: list[DateMention], sentence: Span) -> None:
        dates = self._current(sentence.start_char, dates)
        years = [d.date for d in dates if d.date.precision in ("day", "month", "year")]
        if years:
            self.anchor_year = int(years[-1].start[:4])
        told = self._told(dates, sentence)
        if told is not None and told.precision in ("day", "month", "year"):
            self.reference = told
        fine = told is not None and told.precision in ("day", "month") and told.basis != "document"
        self.last_dates = [(sentence.end_char, told)] if told is not None and fine else []

    def _told(self, dates: list[DateMention], sentence: Span) -> EventDate | None:
        """The date of what a sentence tells, for the sentences after it: the date its own words gave its events
        (the event nearest the root first; planned ones do not count), else the date on its main verb, else its
        last day or month that does not start a lasting state ("since May")."""
        told = sorted((d for d in self._dated if not d[3]), key=lambda d: (d[0], d[1])) \
            if self._sentence_at == sentence.start_char else []
        if told:
            return told[0][2]
        stated = [m for m in dates if not m.since]
        for m in stated:
            anchor = self._anchor(m)
            if anchor is not None and anchor.i == sentence.root.i:
                return m.date
        fine = [m.date for m in stated if m.date.precision in ("day", "month")]
        return fine[-1] if fine else None

    def _date(self, trigger: Trigger, dates: list[DateMention]) -> EventDate | None:
        dates = self._current(trigger.token.sent.start_char, dates)
        anchors = {d: self._anchor(d) for d in dates}
        for words, main, link in self._linked_nouns:
            # "severed relations one day before the bombing, on 23 March": the bombing is a day after that date
            if trigger.token.i in words:
                stated = [d for d, a in anchors.items() if a is not None and a.i == main
                          and (d.start, d.end) != (link.start, link.end) and d.date.basis != "inferred"]
                moved = shift(stated[0].date, -link.amount, link.unit, stated[0].date.text, link.vague) \
                    if stated else None
                if moved is not None:
                    self._dated = self._dated + ((99, trigger.token.i, moved, False),)
                    return moved
        found = self._attached(trigger, anchors)
        if found is None:
            # "vessels bound for Havana on Wednesday", "according to a statement read on Sunday", "at a summit on
            # Tuesday": a date on a word that states no event of its own dates the clause that word hangs from
            settings = {d: self._setting(a) for d, a in anchors.items() if a is not None}
            anchors = {d: s for d, s in settings.items() if s is not None}
            found = self._attached(trigger, anchors)
        if found is None:
            return self.narrative_date or self.fallback_date
        # "will meet in Paris on 23 May": a date said of a planned event is the next 23 May, not the last one;
        # "will withdraw ..., Macron announced on Sunday" dates the announcement: the last Sunday
        anchor = anchors.get(found)
        future = modality(anchor if anchor is not None else trigger.token) == "future" and not trigger.presupposed
        date = found.ahead if future and found.ahead is not None else found.date
        depth, token = 0, trigger.token
        while token.head.i != token.i and depth < 20:
            depth, token = depth + 1, token.head
        self._dated = self._dated + ((depth, trigger.token.i, date, future),)
        return date

    def _attached(self, trigger: Trigger, anchors: dict[DateMention, Token | None]) -> DateMention | None:
        """The date mention that dates ``trigger``, from the word each mention hangs from (``anchors``)."""
        # "the first visit since 2015" is not dated by 2015
        anchors = {d: a for d, a in anchors.items() if a is not None and not (d.since and any(
            c.lower_ in ("first", "last") for c in a.children))}

        def pick(words: set[int]) -> DateMention | None:
            # a date stated outright before one worked out ("one day before the bombing, on 23 March 1999"),
            # and either before the start of a lasting state
            hits = [d for d, a in anchors.items() if a is not None and a.i in words]
            return min(hits, key=lambda d: (d.since, d.date.basis == "inferred")) if hits else None

        token: Token = trigger.token
        found = pick({token.i})
        if found is not None:
            return found
        # (not a date on another event noun inside it: "allegations linking India to the shooting in June")
        subtree = {t.i for t in trigger.token.subtree if t.i == trigger.token.i or not (
            t.pos_ == "NOUN" and self.patterns.nouns.get(t.lemma_.lower()))} if trigger.token.pos_ != "VERB" else set()
        # "applied to join NATO in May 2022": a date on a non-finite complement dates the event too
        complements = {c.i for c in trigger.token.children if c.dep_ in ("xcomp",) and c.pos_ == "VERB"}
        # "held a brief conversation on Thursday": a date on the light verb's noun dates the event
        complements |= {w.i for w in trigger.words[1:]}
        found = pick(subtree) or pick(complements) or pick(_since_clause(trigger.token)) \
            or pick(_simultaneous_clause(trigger.token))
        if found is not None:
            return found
        spans = [(self.doc.char_span(d.start, d.end, alignment_mode="expand"), d) for d in anchors]
        for _ in range(8):
            found = pick({token.i})
            if found is not None:
                return found
            # "since 2013, when its forces intervened": the clause hangs off the date itself
            for span, d in spans:
                if span is not None and span.start <= token.i < span.end and token.i != trigger.token.i:
                    return d
            if token.head.i == token.i:
                break
            token = token.head
        return None

    def _setting(self, anchor: Token) -> Token | None:
        """Where a date hanging from a word that states no event belongs: a participle that is no event verb
        ("bound", "named", "read", "according"), an event noun in a clause's prepositional adjunct ("at a
        summit") or the clause of an example ("sending infiltrators, including the unit that attacked ... in
        1968") passes it up to the next verb or event noun above. None if ``anchor`` is not such a word."""
        token, moved = anchor, False
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX"):
                example = token.dep_ == "relcl" and token.head.dep_ == "pobj" and token.head.head.lower_ in (
                    "including", "as")
                if not example and (token.dep_ not in ("acl", "prep", "advcl") or token.tag_ not in ("VBN", "VBG")
                                    or token.lemma_.lower() in self.patterns.verbs
                                    or _children(token, "nsubj", "nsubjpass")):
                    break
            elif not (self.patterns.nouns.get(token.lemma_.lower()) and token.dep_ == "pobj" and token.head.lower_
                      in ("at", "during", "on", "in") and token.head.head.pos_ in ("VERB", "AUX")):
                break
            if token.head.i == token.i:
                break
            token = token.head
            while token.pos_ not in ("VERB", "AUX") and not self.patterns.nouns.get(token.lemma_.lower()) \
                    and token.head.i != token.i:
                token = token.head
            moved = True
        return token if moved else None

    def _anchor(self, mention: DateMention) -> Token | None:
        return self._span_anchor(mention.start, mention.end)

    def _span_anchor(self, start: int, end: int) -> Token | None:
        """The verb or event noun the words from ``start`` to ``end`` hang from."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(10):
            if token.head.i == token.i:
                return token
            token = token.head
            if token.pos_ in ("VERB", "AUX") or self.patterns.nouns.get(token.lemma_.lower()):
                return token
        return token


SIMULTANEOUS = {"as", "when"}  # "as he tried to cross on Wednesday": at the same time ("while" may contrast)


def _since_clause(verb: Token) -> set[int]:
    """"has kept 2,000 peacekeepers there since it brokered the ceasefire in 2020": a state that lasts (a perfect
    verb) is dated by the start its "since" clause names."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                   for c in verb.children):
        return set()
    return {t.i for c in _children(verb, "advcl") if any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
            for t in c.subtree}


def _simultaneous_clause(verb: Token) -> set[int]:
    """"detained Vardanyan as he tried to cross into Armenia on Wednesday", "were killed when troops fired on their
    vehicle last week": an event told with no date of its own happened when its "as" or "when" clause did."""
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in _children(verb, "advcl") if any(m.dep_ in ("mark", "advmod") and m.lower_ in SIMULTANEOUS
                                                         and m.i < c.i for m in c.children) for t in c.subtree}
