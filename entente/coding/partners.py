"""The other side of an act that names none, found in the rest of the sentence: "Pakistan rejected the claim
and closed its airspace" (aimed at the one state its actor deals with), an agreement told in the clause of talks
between two states, a passive attack beside a state's own, drills held with a partner; and the conditions under
which a target from context is not taken (the slot names someone no state resolves, a place of the actor's own).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.grammar import (
    DENIALS,
    EVERY,
    FRIENDLY,
    GROUP_NOUNS,
    HOSTILE,
    Trigger,
    _children,
    _is_passive,
    _preps,
)
from entente.coding.interplay import InterplayStage
from entente.coding.modality import modality
from entente.coding.phrase_words import OFFICE_HOLDERS, PERSON_NOUNS, Found
from entente.coding.tables import lookup

BONDS = {"tie", "relation", "contact", "link"}  # what a state has with another, never a place of its own

if TYPE_CHECKING:
    from spacy.tokens import Token

    from entente.record import Event


# acts that are not lent the one partner a sentence gives their actor: a meeting, help or a concession names whom it
# is for ("did not send a representative to the ceremony"), an attack on no state named is no state-to-state event
# ("killed at least 500 people"); a denial answers its accuser, a warning is aimed where its content says
UNLENT = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ASSAULT"}
WARNINGS = {"warn", "caution"}
PEACE = {"peace", "ceasefire", "truce", "armistice"}  # "a peace agreement was signed": an end of a war
VISITS = {"visit", "trip", "tour"}  # "during a visit to Yerevan": where the clause's acts are done
ANSWERS = {"AGREE", "REJECT", "REQUEST"}  # acts of a negotiation: aimed at the other side of the exchange told


class PartnerStage(InterplayStage):
    """Partners lent to acts that name none, and the guards on targets taken from context."""

    reversed_ids: set[str]  # mutual events written in the second direction (kept by the coder)

    def _aimed_by_dyad(self, told: list[tuple[Trigger, list[Event]]]) -> list[Trigger]:
        """"Pakistan rejected the claim and closed its airspace", "New Delhi, which had demanded the airman's
        return, warned Pakistan": an act of a state that names no one and so told nothing, in a sentence where
        that state deals with one other state only, is aimed at that state."""
        aimed: list[Trigger] = []
        for trigger, produced in told:
            # a show of force told with no one named is aimed at the one state its actor strikes or presses in the
            # sentence ("returned fire and scrambled F-16 fighters"), not at one it merely defies or talks to
            shown = bool(produced) and all(e.target is None and e.event == "MOBILIZE" for e in produced)
            # so is an attack on no one named, at the one enemy the sentence gives its actor ("launched its offensive
            # ..., as each side accused the other"); not one on armed groups it names ("fighting the rebels")
            fought = lookup(trigger.cameo).event == "ASSAULT" and not any(
                self.resolver.role(o) in ("REB", "OPP") for o in _children(trigger.token, "dobj"))
            if (produced and not shown) or trigger.targets or not trigger.sources \
                    or trigger.token.pos_ not in ("VERB", "AUX") or (lookup(trigger.cameo).event in UNLENT and not
                                                                     fought) \
                    or trigger.pattern.lemma in DENIALS | WARNINGS:
                continue
            mine = {s.country for s in trigger.sources}
            dealings = [e for t, events in told if t is not trigger for e in events if e.source.country in mine]
            if any(e.event == lookup(trigger.cameo).event for e in dealings):
                continue  # the same kind of act again restates it ("warned ... and said it would not hesitate")
            if shown or fought:
                dealings = [e for e in dealings if e.event in HOSTILE | {"ACCUSE"}]
            # (a partner found only in earlier sentences is too weak a guess to lend, except to an agreement,
            # refusal or demand: "refused to make the concession, then agreed", "accepted the offer" answer the
            # other side of the exchange the text is telling)
            answer = lookup(trigger.cameo).event in ANSWERS and not trigger.possible and not _controlled(
                trigger.token) and (trigger.refused or trigger.presupposed or modality(trigger.token) != "hypothetical")
            others = {e.target.country: e.target for e in dealings if e.target is not None
                      and e.target.country not in mine and (answer or e.target.start >= e.sentence.start)}
            if answer:
                # "Moscow backed the text only after the Americans agreed to drop the ban", "a price Washington was
                # not willing to pay": an agreement, refusal or demand answers the state that dealt with its author
                others.update((e.source.country, e.source) for t, events in told if t is not trigger
                              for e in events if e.target is not None and e.target.country in mine
                              and e.source.country not in mine and e.source.start >= e.sentence.start
                              and e.id not in self.reversed_ids)
            if len(others) != 1:
                continue
            trigger.targets = [Found.told(next(iter(others.values())), "context")]
            # ("Stalin agreed that the Soviet Union would declare war on Japan": the partner lent did not agree)
            trigger.pattern = replace(trigger.pattern, mutual=False)
            aimed.append(trigger)
        return aimed

    def _visited_hosts(self, triggers: list[Trigger]) -> None:
        """"announced $11.5 million in humanitarian aid during a visit to Yerevan", "signed three agreements on a trip
        to Hanoi": a friendly act that names no one, done on a visit, is for the state visited."""
        for trigger in triggers:
            if trigger.targets or not trigger.sources or trigger.token.pos_ not in ("VERB", "AUX") \
                    or lookup(trigger.cameo).event not in FRIENDLY - {"CONSULT"}:
                continue
            places = [p for word in ("during", "on") for v in _preps(trigger.token, word)
                      if v.lemma_.lower() in VISITS for p in _preps(v, "to")]
            found = self._actors(places, places=True) + [c for c in map(self.resolver.city, places) if c is not None]
            hosts = [f for n, f in enumerate(found) if all(f.country != s.country for s in trigger.sources)
                     and all(f.country != g.country for g in found[:n])]
            if len(hosts) == 1:
                trigger.targets = hosts

    def _joint_partners(self, trigger: Trigger) -> list[Found]:
        """The states a drill, patrol or operation is held with ("conducted exercises with the United States",
        "carried out operations with Guyana's armed forces"); none when it names a target already."""
        if trigger.targets or trigger.token.pos_ not in ("VERB", "AUX") or not (
                trigger.cameo == "150" or (trigger.cameo == "190" and any(
                    w.lemma_.lower() == "operation" for w in trigger.words))):
            return []
        mine = {s.country for s in trigger.sources}
        withs = _preps(trigger.token, "with") + [p for w in trigger.words[1:] for p in _preps(w, "with")]
        return [f for f in self._actors(withs) if f.country not in mine]

    def _unresolved_party(self, trigger: Trigger) -> str | None:
        """Whether the slot a trigger's target fills holds a party the sentence names but no state resolves:
        "every" for all of a kind ("from every other country", "to any state"), "holder" for an office-holder
        ("with the Communist Party chief"), "place" for a named place ("to the Gulf"); None when the slot is empty
        or names a state."""
        for head in self._slot_heads(trigger):
            if head.i not in self.resolver.by_token and not self.resolver.actors_of(head):
                lemma = head.lemma_.lower()
                if lemma in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ in EVERY for c in head.children):
                    return "every"
                if lemma in OFFICE_HOLDERS | PERSON_NOUNS | {"chief"} and head.pos_ == "NOUN":
                    return "holder"
                if head.pos_ == "PROPN" and head.ent_type_ in ("LOC", "GPE", "FAC") \
                        and self.resolver.city(head) is None:
                    return "place"  # "sent no troops to the Gulf": to a place no state owns in the lexicon
        return None

    def _slot_heads(self, trigger: Trigger) -> list[Token]:
        """The words in the slots a trigger's pattern takes its target from (not the event's own noun: "held
        talks")."""
        heads: list[Token] = []
        for slot in trigger.pattern.target:
            if slot == "dobj" and trigger.pattern.objects:
                continue
            heads += [h for h in self._slot(trigger.token, slot, trigger.objects) if h not in trigger.words
                      and h.pos_ in ("NOUN", "PROPN")]
        return heads

    def _aimed_home(self, trigger: Trigger) -> bool:
        """"its forces were preparing to defend the eastern city of Jalalabad": an act whose object is a place of
        the actor's own country is aimed at no other state, whatever the text told before."""
        mine = {s.country for s in trigger.sources}
        # (not a person: "recalled its ambassador" is recalled from abroad)
        # (nor the event's own noun: "downgraded its ties" is a bond with someone else)
        objects = [o for o in _children(trigger.token, "dobj") if self.resolver.role(o) is None
                   and not (o.lemma_.lower() in trigger.pattern.objects and o.lemma_.lower() in BONDS)] \
            if trigger.token.pos_ in ("VERB", "AUX") else []
        places = [f for o in objects for f in [*self.resolver.actors_of(o, places=True), self.resolver.city(o)]
                  if f is not None]
        return bool(places) and all(p.country in mine for p in places)


def _agreed_at_talks(told: list[tuple[Trigger, list[Event]]]) -> list[Trigger]:
    """"The accord was signed during a summit between Kim and Moon", "the meeting did not produce an agreement",
    "the summit broke up without an agreement": an agreement that names no party, told in the clause of talks the
    sentence holds between two states, is theirs (both ways)."""
    pairs = {frozenset((e.source.country, e.target.country)): e for _, events in told for e in events
             if e.event == "CONSULT" and e.target is not None}
    if len(pairs) != 1:
        return []
    talks = next(iter(pairs.values()))
    if talks.target is None:
        return []
    meetings = [t.token for t, _ in told if lookup(t.cameo).event == "CONSULT"]
    found: list[Trigger] = []
    for trigger, produced in told:
        code = lookup(trigger.cameo)
        if produced or trigger.sources or trigger.targets or not (code.event == "AGREE" or trigger.cameo == "057"):
            continue
        scope = trigger.token if trigger.token.pos_ in ("VERB", "AUX") else _governor(trigger.token)
        if scope is None or not any(m in scope.subtree and m.i != trigger.token.i for m in meetings):
            continue
        trigger.sources = [Found.told(talks.source, "context")]
        trigger.targets = [Found.told(talks.target, "context")]
        trigger.pattern = replace(trigger.pattern, mutual=True)
        if trigger.token.pos_ not in ("VERB", "AUX"):
            trigger.cameo = "030"  # an agreement talks produce or fail to produce is their agreeing, not a signing
        found.append(trigger)
    return found


def _made_peace(told: list[tuple[Trigger, list[Event]]]) -> list[Trigger]:
    """"The border war the two countries fought ... until a peace agreement was signed in Algiers": a peace, truce
    or ceasefire agreement that names no party, told in a sentence of one war between two states, is theirs (both
    ways)."""
    wars = {frozenset((e.source.country, e.target.country)): e for _, events in told for e in events
            if e.event == "ASSAULT" and e.target is not None and e.modality == "asserted"}
    if len(wars) != 1:
        return []
    war = next(iter(wars.values()))
    found: list[Trigger] = []
    for trigger, produced in told:
        if produced or trigger.sources or trigger.targets or trigger.cameo != "057" \
                or not any(_peaceful(w) for w in trigger.words + trigger.objects):
            continue
        trigger.sources = [Found.told(war.source, "context")]
        trigger.targets = [Found.told(war.target, "context")] if war.target is not None else []
        trigger.pattern = replace(trigger.pattern, mutual=True)
        found.append(trigger)
    return found


def _peaceful(noun: Token) -> bool:
    """"a peace agreement", "a ceasefire deal", "the armistice": an agreement that ends fighting."""
    return noun.lemma_.lower() in PEACE or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in PEACE
                                               for c in noun.children)


def _owned_strikes(told: list[tuple[Trigger, list[Event]]]) -> list[Trigger]:
    """"A Russian helicopter was shot down over Armenia, and Baku apologised, saying its forces had fired by
    mistake": an attack told in the passive with no agent, beside a state's own attack at no one named, is one act;
    the state struck the victims the passive names."""
    victims = {t.country: t for trigger, produced in told if not produced and not trigger.sources
               and lookup(trigger.cameo).event == "ASSAULT" and _is_passive(trigger.token) for t in trigger.targets}
    found: list[Trigger] = []
    for trigger, produced in told:
        if produced or not trigger.sources or trigger.targets or lookup(trigger.cameo).event != "ASSAULT" \
                or trigger.token.pos_ not in ("VERB", "AUX"):
            continue
        struck = [v for c, v in victims.items() if all(c != s.country for s in trigger.sources)]
        if len(struck) == 1:
            trigger.targets = struck
            found.append(trigger)
    return found


def _governor(noun: Token) -> Token | None:
    """The verb a noun is an argument of, directly or behind one preposition ("broke up without an agreement" →
    broke); none behind another noun ("as part of the deal", "its withdrawal from the treaty": an agreement told
    before)."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def _controlled(verb: Token) -> bool:
    """"to force Milosevic to accept a peace plan", "urged Iran to agree": an act another verb asks or forces of
    its object is not performed."""
    return verb.dep_ == "xcomp" and bool(_children(verb.head, "dobj"))
