"""Source and target of an event noun: its possessor, modifiers and prepositions, "between A and B", the clause
it stands in ("responded with air strikes across Lebanon"), gatherings and what a noun is said of."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.grammar import (
    ADJUNCT_PREPS,
    CONVERSATIONS,
    COPULAS,
    GATHERING_PREPS,
    INTENT_VERBS,
    MEANS_PREPS,
    MEASURES,
    PROTECTING,
    Trigger,
    _children,
    _decided_against,
    _is_passive,
    _np_preps,
    _preps,
)
from entente.coding.phrase_words import Found
from entente.coding.tables import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token
from entente.coding.verb_arguments import VerbArgumentStage

LINKING = {"link", "tie", "connect", "implicate"}  # "allegations linking X to the attack"
UNDERGOING = {"come", "fall", "place", "put", "live"}  # "came under attack", "was placed under sanctions"


class NounArgumentStage(VerbArgumentStage):
    """Who did what an event noun says, and to whom."""

    def _noun_actors(self, trigger: Trigger) -> None:
        noun = trigger.token
        pattern = trigger.pattern
        sources: list[Found] = []
        of_objects = _preps(noun, "of")
        for slot in pattern.source or ("poss", "mod", "prep:by", "prep:from"):
            if slot == "subj":  # "China remains the junta's main supplier", "Russia, India's largest supplier"
                sources = self._actors(self._predicated(noun))
            elif slot == "poss":
                sources = self._actors(_children(noun, "poss"))
            elif slot == "mod":
                sources = self.resolver.modifiers(noun)
                if lookup(trigger.cameo).event in ("CONSULT", "AGREE", "SUPPORT"):
                    # "the Washington talks", "the Moscow summit": a capital naming a meeting is its venue
                    venues = {c.idx for c in noun.children if c.dep_ == "compound" and c.i in self.resolver.by_token
                              and self.resolver.by_token[c.i].entry.kind == "capital"}
                    sources = [f for f in sources if f.start not in venues]
            elif slot == "of-theme":
                sources = [a for p in of_objects for a in self.resolver.modifiers(p)]
            else:
                heads = self._slot(noun, slot, [])
                if not heads and slot.startswith("prep:"):  # "the expulsion of Russian diplomats by Poland"
                    heads = _np_preps(noun, slot[5:])
                sources = self._actors(heads)
            if sources:
                break
        between = [c for p in _preps(noun, "between") for c in self._parties(p)]
        if len(between) == 1:
            # "a summit in Pyongyang between Kim and then-President Moon Jae-in": the parser may hang the second
            # party on the noun itself
            between += [c for c in noun.children if c.dep_ == "conj" and c.i > between[0].i
                        and c.pos_ in ("PROPN", "NOUN") and c.i in self.resolver.by_token]
        targets: list[Found] = []
        if between:
            pair = self._actors(between)  # ("his Soviet counterpart" names the other party: see the resolver)
            if len(pair) >= 2:  # "talks between the three countries": the first with each of the others
                sources, targets = pair[:1], pair[1:]
                trigger.pattern = replace(pattern, mutual=True)
                trigger.between = True
        if not targets:
            for slot in pattern.target:
                heads = _children(noun, "poss") if slot == "poss" else self._slot(noun, slot, [])
                if not heads and slot.startswith("prep:"):
                    heads = _np_preps(noun, slot[5:])
                targets = self._actors(heads, places=True, loose=True)
                targets = [t for t in targets if all(t.country != s.country for s in sources)]
                if targets:
                    break
        if not sources and _decided_against(noun) is not None:  # "Meir decided against a pre-emptive strike"
            sources = self._actors(self._subjects(noun.head.head)[0])
        if not sources and noun.dep_ == "dobj" and noun.head.lemma_.lower() in INTENT_VERBS:
            # "Poland did not rule out further expulsions", "Japan is weighing sanctions"
            heads, _ = self._subjects(noun.head)
            sources = self._actors(heads)
            if noun.head.lemma_.lower() != "rule":
                trigger.possible = True
        if not sources and noun.dep_ == "dobj":
            # "Putin accepted an invitation to visit North Korea": the host invited the one who accepts
            sources = self._invitation_hosts([noun])
            if sources:
                guests, _ = self._subjects(noun.head)
                targets = [t for t in self._actors(guests) if all(t.country != s.country for s in sources)]
        if not sources and noun.dep_ == "pobj" and (noun.head.lower_ in MEANS_PREPS or (
                noun.head.lower_ == "in" and not _is_passive(noun.head.head)
                and lookup(trigger.cameo).event in ("ASSAULT", "COERCE", "MOBILIZE"))) \
                and noun.head.head.pos_ in ("VERB", "AUX") and not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            # (not "during the visit": a visit told before)
            # "Israel responded with air strikes across Lebanon", "negotiated during visits to Moscow", "crossed the
            # parallel in a full-scale invasion of the South" (not "killed in an attack", whose subject suffers it):
            # the one who acts in the clause does what the noun says
            heads, _ = self._subjects(noun.head.head)
            sources = [s for s in self._actors(heads) if all(s.country != t.country for t in targets)]
        if lookup(trigger.cameo).event == "ACCUSE":
            sources, targets = self._allegation(noun, sources, targets)
        if not sources and lookup(trigger.cameo).event == "CONSULT":
            sources, targets = self._gathering(noun, targets)
        if sources and not targets and noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_PREPS:
            # "shot down by Israeli air defences with help from the US", "held a session at Israel's request":
            # the help or the request is for the one who acts in the clause
            verb = noun.head.head
            if verb.pos_ in ("VERB", "AUX"):
                heads, _ = self._subjects(verb)
                if _is_passive(verb):
                    heads = _preps(verb, "by") or heads or _held_for(verb)
                targets = [t for t in self._actors(heads, loose=True)
                           if all(t.country != s.country for s in sources)]
        if sources and not targets and lookup(trigger.cameo).event in ("ASSAULT", "COERCE") \
                and noun.dep_ == "pobj" and noun.head.lower_ in ("from", "against"):
            guarded = self._guarded(noun.head)
            targets = [t for t in self._actors(guarded, places=True, loose=True)
                       if all(t.country != s.country for s in sources)]
            trigger.presupposed = trigger.presupposed or bool(targets)  # (guarding against them says they come)
        if sources and not targets and lookup(trigger.cameo).event in ("SANCTION", "COERCE", "ASSAULT"):
            targets = [t for t in self._actors(_borne_by(noun)) if all(t.country != s.country for s in sources)]
        trigger.sources, trigger.targets = sources, targets

    def _allegation(self, noun: Token, sources: list[Found], targets: list[Found]) -> tuple[list[Found], list[Found]]:
        """"Trudeau told parliament there were credible allegations linking agents of the Indian government to the
        shooting": a charge said to exist is made by the one who tells of it, against those it links to the deed."""
        if not targets:
            linked = [d for a in _children(noun, "acl") if a.lemma_.lower() in LINKING for d in _children(a, "dobj")]
            targets = [t for t in self._actors(linked, loose=True) if all(t.country != s.country for s in sources)]
        told = noun.head.lemma_.lower() == "be" and noun.dep_ == "attr" and bool(_children(noun.head, "expl"))
        if not sources and targets and told:
            sources = [s for s in self._claimant(noun) if all(s.country != t.country for t in targets)]
        return sources, targets

    @staticmethod
    def _guarded(prep: Token) -> list[Token]:
        """What "from"/"against" an attack guards: the object of "protect", "defend", "shield" ("protect Ukrainian
        cities from Russian missile strikes", "defend its islands against North Korean attacks"); the parser hangs
        the preposition on the verb or on its object."""
        verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else prep.head.head if prep.head.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in PROTECTING:
            return []
        return _children(verb, "dobj")

    def _parties(self, head: Token) -> list[Token]:
        """The phrases "between" coordinates: "the American diplomat Philip Jessup and his Soviet counterpart": the
        parser may hang the second party on the first one's name in apposition."""
        return self.resolver.conjuncts(head) + [c for a in _children(head, "appos") if a.i > head.i
                                                for c in self.resolver.conjuncts(a)[1:]]

    def _gathering(self, noun: Token, targets: list[Found]) -> tuple[list[Found], list[Found]]:
        """"flew to Jeddah for talks with King Salman", "suspended the move after talks with American officials",
        "stayed on in Vietnam for an official visit": a meeting the clause goes to or comes from is held by the
        one who acts in the clause; a visit with no place of its own is to the place the clause names."""
        frame = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURES else noun
        verb = frame.head.head  # "after a month of negotiations with Beijing"
        framing = frame.head.lower_ in GATHERING_PREPS or (
            frame.head.lower_ == "in" and noun.lemma_.lower() in CONVERSATIONS) or (  # (not "in exchange for")
            frame.head.lower_ == "from" and verb.lemma_.lower() == "return")  # "returning from a trip to Kenya"
        if frame.dep_ != "pobj" or not framing or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return [], targets  # ("after the talks": talks told before, maybe others')
        heads, _ = self._subjects(verb)
        sources = [s for s in self._actors(heads) if all(s.country != t.country for t in targets)]
        if sources and not targets and frame.head.lower_ == "in":
            # "In a telephone call, Jaishankar told his Chinese counterpart ...": the call is with the one told
            # ("his Chinese counterpart": the one whose counterpart he is acts; the other is told)
            told = [c for h in _children(verb, "dobj", "dative") for c in self.resolver.conjuncts(h)]
            named = self._actors(told, loose=True) + [f for h in told for f in self.resolver.all_modifiers(h)]
            targets = [t for n, t in enumerate(named) if all(t.country != s.country for s in sources)
                       and all(t.country != u.country for u in named[:n])]
        if sources and not targets and lookup(self.patterns.nouns[noun.lemma_.lower()].cameo).mode == "visit":
            places = [p for word in ("in", "to", "at") for p in _preps(verb, word)]
            targets = [t for t in self._actors(places, places=True) + [c for c in map(self.resolver.city, places)
                                                                        if c is not None]
                       if all(t.country != s.country for s in sources)][:1]
        return sources, targets

    def _predicated(self, noun: Token) -> list[Token]:
        """The phrase a noun is said of: the subject of "is/remains/became <noun>", or the noun it stands in
        apposition to."""
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
            return [c for s in _children(noun.head, "nsubj") for c in self.resolver.conjuncts(s)]
        if noun.dep_ == "appos":
            return self.resolver.conjuncts(noun.head)
        return []


def _borne_by(noun: Token) -> list[Token]:
    """"Eritrea has been under a United Nations arms embargo", "Kharkiv came under Russian attack", "was placed under
    American sanctions": the subject of the clause is the one a measure or an attack it stands "under" bears on."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or verb.lemma_.lower() not in COPULAS | UNDERGOING:
        return []
    return _children(verb, "nsubj", "nsubjpass")


def _held_for(verb: Token) -> list[Token]:
    """"an emergency session of the Security Council on Wednesday, which was called at Moscow's request": what a
    passive with no agent was done at someone's request, and whose it is (the parser may hang the relative clause
    on the date after the noun)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in verb.children):
        return []
    held = verb.head
    if held.ent_type_ in ("DATE", "TIME") and held.dep_ == "pobj" and held.head.head.pos_ in ("NOUN", "PROPN"):
        held = held.head.head
    return [held, *_preps(held, "of")]
