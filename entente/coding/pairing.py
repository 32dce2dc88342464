"""Pairing: which source acts on which target, for a trigger whose actors the argument stages linked. The
named pairs first, then the fallbacks news prose needs: mutual acts, offers, venues, a force's strength, context
targets, retaliation, relief and reimposed measures, target-less acts and refusals that answer someone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from entente.coding.arguments import _own_clause
from entente.coding.grammar import (
    CONTEXT_TARGETS,
    OFFERS,
    RECIPROCAL,
    RELIEF_CODES,
    SYMMETRIC,
    TALKING,
    TARGETLESS,
    TARGETLESS_CODES,
    VENUE_CODES,
    Trigger,
    _children,
    _infinitive,
    _preps,
    _refused_act,
    _refuser,
    _unwilling,
)
from entente.coding.modality import modality
from entente.coding.partners import PartnerStage
from entente.coding.phrase_words import Found
from entente.coding.triggers import UNADDRESSED

if TYPE_CHECKING:
    from spacy.tokens import Token

    from entente.coding.tables import Code
    from entente.record import SentenceRef

Pair = tuple[Found, Found | None]

# "has troops in Niger", "held positions inside Lebanon" are news only with the place: "has an army", "the
# positions they held" are not
PRESENCE = {"have", "keep", "maintain", "hold"}
GATHERINGS = {"gather", "assemble", "congregate"}  # "people gathered around television sets": a protest only where
# it says against whom ("gathered outside the Japanese embassy")
SPANS = {"year", "month", "week", "day", "hour", "decade", "minute", "time", "while"}  # "sought the jets for six years"
REIMPOSING = {"reimpose", "reinstate", "reintroduce"}  # a measure imposed again
DEPLOYMENTS = {"mission", "deployment", "contingent"}  # a force sent abroad, as a noun
AUTHORISING = {"authorise", "authorize"}  # "authorised the multinational mission"
STRENGTHS = {"number", "total"}  # "the force will number 1,000 officers"
POPULACE = {"inhabitant", "population", "resident", "civilian", "people", "refugee", "survivor", "victim"}
STATE_OBJECTS = {"member", "ally", "neighbour", "neighbor", "country", "state", "nation"}  # attacked, though unnamed


class PairingStage(PartnerStage):
    """Turns a trigger's linked sources and targets into the (source, target) pairs its events are written for."""

    def _pairs(self, trigger: Trigger, code: Code, ref: SentenceRef) -> tuple[list[Pair], list[Pair]]:
        """The pairs written as told, and those written back (the other direction of a mutual act)."""
        if code.event is None:  # no PLOVER category: nothing is written
            return [], []
        pairs: list[Pair] = []
        reverse: list[Pair] = []
        if trigger.targets:
            pairs = [(s, t) for s in trigger.sources for t in trigger.targets if s.country != t.country]
        elif len(trigger.sources) >= 2 and all(s.via != "partner" for s in trigger.sources) and (
                trigger.pattern.mutual or _each_other(trigger.token) or (
                code.event in RECIPROCAL and len(trigger.sources) == 2 and all(
                s.via == "reference" for s in trigger.sources))) and not trigger.joined:
            # ("if they joined the alliance": those who join a bond joined it, not each other)
            # ("both sides pulled back" is mutual; "Britain, Sweden and Ivory Coast said they would pull out" is not)
            # "A and B met", "both sides pulled back": each toward the other
            if code.event in ("ASSAULT", "COERCE", "THREATEN") and all(s.via == "modifier" for s in trigger.sources):
                return [], []  # "American and British warplanes ..., opening a war": one side, not each other's enemy
            first, rest = trigger.sources[0], trigger.sources[1:]
            pairs = [(first, b) for b in rest if b.country != first.country]
            reverse = [(b, first) for b in rest if b.country != first.country]
            if len(trigger.sources) >= 3 and _each_other(trigger.token):  # "the three leaders pledged to consult
                pairs += [(a, b) for n, a in enumerate(rest) for b in rest[n + 1:] if a.country != b.country]
                reverse = [(b, a) for a, b in pairs if b is not None]
        elif trigger.pattern.lemma in OFFERS and _children(trigger.token, "xcomp") and (
                party := self._last_other({s.country for s in trigger.sources}, {"CONSULT"}, {"asserted"})) is not None:
            # "Kim had offered to dismantle Yongbyon", "Kyiv offered to set aside the status of Crimea": an offer to
            # act, aimed at no one, is made to the other side of the latest talks the offerer held
            pairs = [(s, Found.told(party, "context")) for s in trigger.sources if s.country != party.country]
        elif trigger.cameo in VENUE_CODES:
            # "Peru's president did not attend the meeting": present or absent at a gathering the text may not say
            # who held; its place hosts it, if named, else no one does (never a partner guessed from context)
            places = self._place_targets(trigger)
            pairs = [(s, t) for s in trigger.sources for t in places if s.country != t.country] or \
                [(s, None) for s in trigger.sources]
        elif trigger.pattern.lemma in STRENGTHS or (
                trigger.pattern.lemma in AUTHORISING
                and any(w.lemma_.lower() in DEPLOYMENTS for w in trigger.words[1:])):
            # "the Kenyan force will eventually number 1,000 officers": a force's strength where its state's forces
            # last went, else where the last deployment or aid the text told of went, else nowhere named;
            # "authorised the multinational mission": backing for the force where the last deployment went
            sent = (self._withdrawn_from(trigger) if trigger.pattern.lemma in STRENGTHS else None) \
                or self._context_target("MOBILIZE", trigger, ref.index)
            pairs = [(s, sent) for s in trigger.sources if (sent is None and code.event != "SUPPORT")
                     or (sent is not None and s.country != sent.country)]
        elif (trigger.refused_event or code.event) in CONTEXT_TARGETS and (
                unnamed := self._unresolved_party(trigger)) is not None:
            # "would expel diplomats from every country that followed suit": aimed at all of a kind, no one state;
            # "talks with the Communist Party chief", "sent no troops to the Gulf": with someone or to somewhere the
            # sentence names, not the last partner
            pairs = [(s, None) for s in trigger.sources] if unnamed == "every" else []
        elif (trigger.refused_event or code.event) in CONTEXT_TARGETS and trigger.pattern.lemma not in TALKING \
                and not (code.event == "SUPPORT" and trigger.token.dep_ == "advcl" and _infinitive(trigger.token)) \
                and not self._aimed_home(trigger) and self._context_target(
                trigger.refused_event or code.event, trigger, ref.index):
            # "Jamaica and Belize have promised to send personnel": to where the last such events went
            target = self._context_target(trigger.refused_event or code.event, trigger, ref.index)
            pairs = [(s, target) for s in trigger.sources if target is not None and s.country != target.country]
        elif code.event == "ASSAULT" and (struck := self._retaliated(trigger)) is not None:
            # "Pakistani jets struck back": at the ones who struck first
            pairs = [(s, struck) for s in trigger.sources if s.country != struck.country]
        elif trigger.pattern.lemma in REIMPOSING and (relieved := self._relieved(
                {s.country for s in trigger.sources})) is not None:
            # "in case the Russians reimposed restrictions": on the one they lifted them from
            pairs = [(s, relieved) for s in trigger.sources]
        elif trigger.cameo in RELIEF_CODES:
            # "will lift their sanctions once the IAEA has verified ...": lifted from the one they were imposed on
            found = self._context_target("SANCTION", trigger, ref.index)
            salient = self.resolver.salient(trigger.token)
            target = found or (Found(salient, None, None, trigger.token.idx, trigger.token.idx, "context")
                               if salient else None)
            pairs = [(s, target) for s in trigger.sources if target is not None and s.country != target.country]
        elif trigger.cameo.startswith(("087", "0356")) and (left := self._withdrawn_from(trigger)) is not None:
            # "Britain and Sweden said they would pull their contingents out": out of where the text placed them
            pairs = [(s, left) for s in trigger.sources if s.country != left.country]
        elif code.event in TARGETLESS or trigger.cameo in TARGETLESS_CODES or self._named_captive(trigger):
            places = self._place_targets(trigger)
            # an attack on no state named is not a state-to-state event ("intervened to protect South Ossetians",
            # "killed at least 500 people"); a show of force or a protest may have none
            # ("if Russia attacked a member of the alliance": a state, though unnamed)
            unnamed_state = code.event == "ASSAULT" and any(o.lemma_.lower() in STATE_OBJECTS and o.dep_ == "dobj"
                                                            for o in trigger.objects)
            pairs = [(s, t) for s in trigger.sources for t in places if s.country != t.country] or \
                ([] if trigger.pattern.lemma in GATHERINGS or (code.event == "ASSAULT" and not unnamed_state)
                 or trigger.pattern.roles
                 or (trigger.pattern.lemma in PRESENCE and code.event == "MOBILIZE")
                 else [(s, None) for s in trigger.sources])
            # (soldiers who "remain in their barracks" go nowhere)
        elif code.event == "REQUEST" and trigger.token.pos_ in ("VERB", "AUX") and (
                trigger.pattern.particle == "for" or any(p.lemma_.lower() not in SPANS
                                                          for p in _preps(trigger.token, "for"))):
            # "Saudi Arabia called for restraint", "Haiti appealed for outside help": a call for something, of no
            # one named ("demanded an explanation", "sought the jets" are asked of someone the text may not name)
            pairs = [(s, None) for s in trigger.sources]
        if trigger.pattern.mutual and trigger.targets and (code.event in SYMMETRIC or trigger.between):
            if trigger.between and len(trigger.targets) > 1:  # "talks between the three countries": every pair
                group = trigger.sources[:1] + trigger.targets
                pairs = [(a, b) for n, a in enumerate(group) for b in group[n + 1:] if a.country != b.country]
            reverse = [(t, s) for s, t in pairs if t is not None]
        if not pairs and trigger.unnamed_partner and code.event in SYMMETRIC:
            pairs = [(s, None) for s in trigger.sources]  # "Iran and six world powers reached an agreement"
        act = _refused_act(trigger.token) or (trigger.token if trigger.refused else None)
        if not pairs and code.event == "REJECT" and act is not None and not self._names_actor(act):
            # "Russia refused to extend the grain deal", "Kono refused to withdraw the measures": a refusal that
            # names no one answers the one the refuser last dealt with, else no one the text names
            # (what is declared null and void is the act of its author, a vote against refuses a measure: neither
            # answers whoever pressed last)
            others = [] if trigger.pattern.lemma in UNADDRESSED else \
                self._told_to(act, trigger.sources) or self._last_party(trigger.sources, ref.index)
            # ("Congress was unwilling to declare independence": reluctance is a refusal of someone only when
            # someone is named or pressed)
            reluctant = _unwilling(trigger.token) is not None or _unwilling(_refuser(act) or act) is not None
            pairs = [(s, t) for s in trigger.sources for t in others if s.country != t.country] or [
                (s, None) for s in trigger.sources if not reluctant]
        supplied = bool(trigger.pattern.objects) or any(o.dep_ == "dobj" and o.lemma_.lower() in POPULACE
                                                         for o in trigger.objects)
        if not pairs and code.event == "AID" and supplied and trigger.token.pos_ in ("VERB", "AUX") \
                and not trigger.possible and modality(trigger.token) == "asserted":
            # "American and British aircraft have flown in a million tons of food", "supplied the city's inhabitants
            # by air": goods delivered to no state the text names were still delivered (what is only planned or
            # possible needs its receiver: "would send more")
            pairs = [(s, None) for s in trigger.sources]
        return pairs, reverse

    def _named_captive(self, trigger: Trigger) -> bool:
        """"border guards detained Ruben Vardanyan": an arrest of a person the text names but no state resolves is
        told with no target (or where it happened), not dropped."""
        return trigger.cameo == "173" and trigger.token.pos_ in ("VERB", "AUX") and any(
            o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC", "FAC") and not self.resolver.actors_of(o)
            and self.resolver.city(o) is None for o in _children(trigger.token, "dobj"))

    def _names_actor(self, act: Token) -> bool:
        """Whether the clause of a refused act names an actor besides its subject ("will never negotiate with the
        M23": a group of the refuser's own country, so the refusal is domestic)."""
        subjects = {t.i for s in _children(act, "nsubj", "nsubjpass") for t in s.subtree}
        return any(t.i in self.resolver.by_token and t.i not in subjects and _own_clause(t, act) for t in act.subtree)


def _each_other(verb: Token) -> bool:
    """"consult one another", "pledged to defend each other", "each side accused the other": the subjects act
    toward each other."""
    for token in verb.subtree:
        if token.i > 0 and (token.lower_, token.doc[token.i - 1].lower_) in (("another", "one"), ("other", "each")):
            return True
    each = any(c.dep_ == "nsubj" and any(d.lower_ == "each" for d in c.children) for c in verb.children)
    return each and any(t.lower_ == "other" and any(d.lower_ == "the" for d in t.children) for t in verb.subtree)
