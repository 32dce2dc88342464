"""Triggers: verb senses, light verbs with event nouns, event nouns, naming verbs with judging words; nested
events, refusals, promises and requests that govern another event."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.arguments import _shared_passive
from entente.coding.assets import EASED, frozen_assets
from entente.coding.grammar import (
    ADDRESSED,
    ANAPHORIC_NOUNS,
    CALLS,
    CLAUSES,
    DEPARTURE_ORDERS,
    DEPARTURES,
    FRAME_PREPS,
    FRIENDLY,
    INVITATIONS,
    JUDGING_REPORTS,
    MEASURES,
    NAMING_VERBS,
    ONSETS,
    REACTIONS,
    REFUSALS,
    RELATIVE_PRONOUNS,
    STATIONING,
    Trigger,
    _children,
    _era_name,
    _infinitive,
    _is_passive,
    _preps,
    _refused_act,
    _second_verb_read_as_adjective,
    _set_off_participle,
    _stray_object,
    _unhesitating,
    _unwilling,
    _war_name,
    consent,
    force_verbs,
    light_verbs,
)
from entente.coding.judgements import NULLIFYING, JudgementStage
from entente.coding.modality import stated_refusal
from entente.coding.patterns import Pattern
from entente.coding.phrase_words import BACKING, PARTITIVES
from entente.coding.tables import lookup
from entente.coding.warnings import reprisals

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


CESSATIONS = {"stop", "cease", "halt", "end"}  # "to stop fighting" is a truce
CESSATION_NOUNS = {"withdrawal", "suspension", "halt", "cutoff", "freeze"}  # not "the end of talks": their close
APPEALING = {"make", "issue", "renew", "repeat", "reiterate", "echo", "join", "lead", "back", "support"}
LISTS = {"list", "register", "roster", "record", "agenda", "whitelist", "registry"}
WINNING = {"win", "secure"}  # won or secured from another: only what is given
HOLDING = {"have", "maintain", "keep", "enjoy", "retain"}  # relations had or kept are a state of affairs
BONDS = {"relation", "relationship", "tie", "link", "contact"}
CHANGES = {"decline", "fall", "drop", "shrink", "plunge", "slump", "rise", "grow", "increase", "double", "triple",
           "soar", "climb", "peak"}  # what an amount does
# "spoke at the summit": where a clause's event happens
NEGOTIATIONS = {"talk", "negotiation", "negotiate", "discussion", "discuss", "dialogue", "consultation"}
MEETING_PLACES = {"summit", "meeting", "conference", "forum", "session", "gathering", "assembly"}
# "stopped supplying gas to Poland": ending aid, trade or talks reduces relations (CAMEO 16)
STOPPED = {"070": "162", "071": "1621", "072": "1622", "073": "1623", "074": "162", "075": "162",
           "061": "163", "060": "160", "062": "160", "063": "160", "064": "160", "040": "164", "043": "164",
           "046": "164"}
HELPING = {"help", "assist"}
MATERIAL = {"COOPERATE", "AID", "RETREAT", "MOBILIZE"}  # acts "by force" may turn into force ("open a corridor")
TELEPHONES = {"telephone", "phone"}
CALL_NOUNS = {"call", "conversation"}  # "in a telephone call", "during a phone conversation"
UNADDRESSED = NULLIFYING | {"vote"}  # refusals of a measure or an act, not answers to whoever pressed last
ALLIED = "062"  # CAMEO: cooperate militarily ("joined Austria in the war against France")
DEPARTING = {"leave", "depart", "fly", "return", "head"}  # envoys going home
ENVOYS = {"diplomat", "ambassador", "envoy", "consul", "attache", "attaché"}
WORDS_NOUNS = {"criticism", "remark", "comment", "statement", "claim", "accusation", "critic", "report", "decision"}


def _reserved_reprisal(verb: Token) -> tuple[str, Token] | None:
    """"reserved the right to respond", "reserves the right to take countermeasures": a veiled warning of the reprisal
    (its code in patterns/reprisals.tsv) and the word "right"."""
    if verb.lemma_.lower() != "reserve":
        return None
    table = reprisals()
    for right in _children(verb, "dobj"):
        for act in _children(right, "acl"):
            words = [(act.lemma_.lower(), "verb")] + [(o.lemma_.lower(), "noun") for o in _children(act, "dobj")]
            code = next((table[w] for w in words if w in table), None)
            if right.lemma_.lower() == "right" and _infinitive(act) and code is not None:
                return code, right
    return None


def _joined(verb: Token) -> Token | None:
    """The event noun a verb of participation joins: "took part in the invasion", "participated in the drills",
    "joined the blockade"."""
    lemma = verb.lemma_.lower()
    if lemma == "participate" or (lemma == "take" and any(c.lower_ == "part" for c in _children(verb, "dobj"))):
        return next(iter(_preps(verb, "in")), None)
    if lemma == "join":
        return next(iter(_children(verb, "dobj")), None)
    return None


def _telephoned(noun: Token) -> bool:
    """"a telephone call", "a phone conversation": the noun is said to go over the telephone."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in TELEPHONES for c in noun.children)


class TriggerStage(JudgementStage):
    """Which words state an event, and which of them state the same one."""

    # -- triggers --------------------------------------------------------------------------------------------
    def _objects(self, verb: Token) -> list[Token]:
        """The nouns a verb acts on: its direct objects, a passive subject, "supplied X with weapons"."""
        objects: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                objects.extend(self.resolver.conjuncts(child))
        if not objects:
            objects.extend(_stray_object(verb))
        if not objects and _shared_passive(verb):  # "was drafted in May and signed by Egypt and Israel"
            objects.extend(c for s in _children(verb.head, "nsubjpass") for c in self.resolver.conjuncts(s))
        if not objects and _second_verb_read_as_adjective(verb) is not None:
            objects.extend(self.resolver.conjuncts(verb.head))  # "... and frozen Argentine assets"
        needed = {w for sense in self.patterns.verbs.get(verb.lemma_.lower(), ()) for w in sense.objects}
        if not objects and verb.tag_ == "VBG" and verb.dep_ == "amod" and verb.head.lemma_.lower() in needed:
            objects = [verb.head]  # "followed in severing relations": the parser may make the gerund a modifier
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in needed:
            # "duties that it imposed on Australian wine": the pronoun stands for the noun the verb's sense needs
            objects = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
        elif verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.head.lemma_.lower() in needed:
            # "its consulates in Venezuela, which were closed in 2020": the parser hangs the clause on the nearer noun
            objects = [verb.head.head.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
        elif _is_passive(verb) and verb.dep_ in ("advcl", "conj"):
            # "restored relations with Caracas after they were broken off": the pronoun is the other verb's object
            told = [d for d in _children(verb.head, "dobj") if d.lemma_.lower() in needed]
            objects = [told[0] if o.lower_ in ("they", "it") and told else o for o in objects]
        if verb.dep_ == "relcl" and not objects and not _is_passive(verb) and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) \
                and not _children(verb, "mark"):  # ("said after a call with Mohamud that it stood ...": no relative)
            objects.append(verb.head)  # "the sanctions it imposed on the oil industry": the gap is the object
            # "its obligations under the treaty of friendship it signed with Hanoi": the parser may hang the clause
            # on a noun before the one it describes
            before = verb.doc[min(c.i for c in verb.subtree) - 1] if min(c.i for c in verb.subtree) > 0 else None
            while before is not None and before.pos_ in ("NOUN", "PROPN") and before.i != verb.head.i:
                objects.append(before)
                before = before.head.head if before.dep_ == "pobj" and before.head.lower_ == "of" else None
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not objects and (any(
                self.resolver.actors_of(p) for p in _preps(verb, "by")) or verb.lemma_.lower() in STATIONING):
            objects.append(verb.head)  # "the treaty, signed by Reagan and Gorbachev": the noun is what was signed
        elif _set_off_participle(verb) and not objects:
            objects.append(verb.doc[verb.i - 2])  # "Under the pact, announced by Biden and Morrison, ...": the pact
        for obj in list(objects):
            if obj.like_num or obj.tag_ == "CD" or obj.lemma_.lower() in MEASURES | PARTITIVES | ONSETS | CLAUSES:
                # "two days of drills", "suspended part of its aid", "blocked the start of talks", "suspended a
                # clause of the military agreement"
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        objects.extend(_children(prep, "pobj"))
        objects.extend(_preps(verb, "with"))
        if verb.lemma_.lower() in DEPARTURE_ORDERS:  # "gave the ambassador 48 hours to leave"
            objects.extend(c for c in _children(verb, "dative") if c.pos_ != "ADP")
        for child in verb.children:
            if child.dep_ in ("prep", "prt") and child.lower_ not in FRAME_PREPS:
                # "used food as a weapon", "under the accord with the Emirates, Israel agreed": not what is acted on
                objects.extend(_children(child, "pobj"))
        if not any(o.dep_ == "dobj" for o in objects):
            # "help Australia build submarines", "declared the ambassador persona non grata": the parser makes
            # the one acted on the subject of a complement clause
            for clause in _children(verb, "ccomp", "xcomp"):
                # two subjects on one clause is a misparse: only the one right after the verb is its object
                for subject in sorted(_children(clause, "nsubj"), key=lambda t: t.i)[:1]:
                    objects.extend(self.resolver.conjuncts(subject))
        return objects

    def _verb_trigger(self, verb: Token) -> list[Trigger]:
        if verb.lemma_.lower() in HELPING and not _children(verb, "dobj") and any(
                not _children(c, "nsubj") for c in _children(verb, "xcomp", "ccomp")):
            return []  # "hoped Tokyo would help to de-escalate the situation": a hand in an outcome, not aid to a state
        senses = self.patterns.verbs.get(verb.lemma_.lower())
        refused = _refused_act(verb)
        if refused is None and verb.lemma_.lower() in REFUSALS and any(map(_infinitive, _children(verb, "xcomp"))):
            return []  # "declined to comment": no one is refused
        if _unhesitating(verb) is not None:  # "would not hesitate to impose new sanctions": a warning
            warning = Trigger(verb, Pattern(lemma="hesitate", cameo="130"), "130", [verb], objects=self._objects(verb))
            warning.presupposed = True  # the warning was given; what it warns of is only possible
            return [warning]
        reserved = _reserved_reprisal(verb)
        if reserved is not None:  # "reserved the right to respond": a veiled warning
            code, right = reserved
            warning = Trigger(verb, Pattern(lemma="reserve", cameo=code, target=("dobj",)), code, [verb, right],
                              objects=[right])
            warning.presupposed = True
            return [warning]
        if verb.lemma_.lower() in DEPARTURE_ORDERS and _children(verb, "dobj", "dative") and any(
                c.lemma_.lower() in DEPARTURES and (c.lemma_.lower() != "close" or any(
                    self.resolver.actors_of(o) for o in _children(verb, "dobj")))
                for c in _children(verb, "xcomp", "advcl")):
            senses = self.patterns.verbs.get("expel")  # "ordered 15 diplomats to leave" is an expulsion
        departed = self._envoys_gone(verb)
        if departed is not None:
            return [departed]
        commanded = self._command(verb)
        if commanded is not None:
            return [commanded]
        if verb.lemma_.lower() in JUDGING_REPORTS:
            judged = self._judgement(verb)
            if judged:
                return judged
        nullified = self._nullified(verb)
        if nullified is not None:
            return [nullified]
        assets = frozen_assets(verb)
        if assets and not _children(verb, "neg"):  # "released $6 billion in frozen Iranian funds": a sanction eased
            eased = Pattern(lemma=verb.lemma_.lower(), cameo=EASED, target=("judged",))
            return [Trigger(verb, eased, EASED, [verb, *assets], objects=assets)]
        if verb.lemma_.lower() == "vote" and any(c.lower_ == "against" for c in verb.children) \
                and not _children(verb, "neg"):
            # "Hungary joined Moscow in voting against it", "with Yugoslavia voting against": a refusal of the
            # measure, not of whoever pressed last
            refusal = Pattern(lemma="vote", cameo="120", target=("prep:against",))
            trigger = Trigger(verb, refusal, "120", [verb] + [c for c in verb.children if c.lower_ == "against"])
            trigger.refused = True
            return [trigger]
        if verb.lemma_.lower() in NAMING_VERBS:
            complement = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")
                          or (c.dep_ == "prep" and c.lower_ == "as")]
            complement += [c for d in _children(verb, "dobj") for c in d.children if c.dep_ == "appos"
                           or (c.dep_ == "prep" and c.lower_ == "as")]  # "described the landing as an act of .."
            # "called Biden and Kishida gangster bosses": the parser may coordinate the name with the object
            complement += [c for d in _children(verb, "dobj") for c in d.conjuncts
                           if c.pos_ == "NOUN" and c.i not in self.resolver.by_token and c.i > d.i]
            # "called Russia's actions unacceptable": the parser hangs the judging word on the object
            complement += [c for d in _children(verb, "dobj") for c in d.children if c.dep_ == "amod" and c.i > d.i]
            evaluation = self._evaluation(verb, complement) if complement else []
            if evaluation:  # "called the decision a hostile act": naming, which may praise or condemn
                return evaluation
            if any(c.dep_ in ("oprd", "appos") or c.lower_ == "as" for c in complement):
                return []  # a naming without a judging word; "called on Washington to act" goes on
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        objects = self._objects(verb)
        words = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        appeal = next((o for o in objects if o.dep_ == "dobj" and o.lemma_.lower() == "call" and _preps(o, "for")),
                      None)
        if appeal is not None and verb.lemma_.lower() in APPEALING:
            # "made no call for a halt to the war", "renewed its call for a ceasefire": an appeal (CAMEO 020), not a
            # telephone call
            pattern = Pattern(lemma="call", cameo="020", particle="for", target=("obj-prep:on",))
            return [Trigger(verb, pattern, "020", words + [appeal], objects=objects)]
        particle_of = {c.lower_: c for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        bare: Pattern | None = None
        bare_words: list[Token] = words
        primary = [o for o in objects if o.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "conj", "dative")
                   or o.head.lower_ == "with" or o.head.dep_ == "dobj"]
        alongside: Pattern | None = None  # "joined Austria in the war against France": the partner's sense
        for pool in (primary, objects):
            if pool is objects and bare is not None and any(
                    o.dep_ == "dobj" and o.i in self.resolver.by_token for o in primary):
                if not any(o.dep_ == "pobj" and o.head.lower_ == "in" and any(
                        p.objects and o.lemma_.lower() in p.objects and lookup(p.cameo).event == "ASSAULT"
                        for p in senses or ()) for o in objects):
                    break  # "hosted Yoon and Kishida for a summit between ...": the guests are what is acted on
                alongside = bare  # ("joined Austria in the war against France" is also a war on France)
            for sense in senses or ():
                if sense.particle and sense.particle not in particles:
                    continue
                extra = [particle_of[sense.particle]] if sense.particle and \
                    particle_of[sense.particle] not in words else []
                if sense.objects:
                    obj = next((o for o in pool if o.lemma_.lower() in sense.objects), None)
                    if obj is not None and not all(c.lemma_.lower() in sense.objects for c in obj.conjuncts):
                        # a sense that covers every conjoined object wins ("ships and aircraft")
                        covering = next((p for p in senses or () if p.objects and obj.lemma_.lower() in p.objects
                                         and all(c.lemma_.lower() in p.objects for c in obj.conjuncts)
                                         and (not p.particle or p.particle in particles)), None)
                        sense = covering or sense
                    if obj is not None:
                        found = [Trigger(verb, sense, sense.code_for(self._domains([obj])),
                                         words + extra + [obj], objects=objects)]
                        # "withdraw its ambassador and 1,500 troops": each object its own sense
                        for conj in obj.conjuncts:
                            other = next((p for p in senses or () if p is not sense and p.objects
                                          and conj.lemma_.lower() in p.objects
                                          and (not p.particle or p.particle in particles)), None)
                            if other is not None and conj.i > obj.i:
                                found.append(Trigger(verb, other, other.code_for(self._domains([conj])),
                                                     words + [conj], objects=objects))
                        if alongside is not None:  # fighting beside the partner: military cooperation (062)
                            found.append(Trigger(verb, replace(alongside, cameo=ALLIED), ALLIED, bare_words,
                                                 objects=objects))
                        return found
                elif bare is None:
                    bare = sense
                    bare_words = words + extra
        joined = _joined(verb)
        if joined is not None:  # "Polish units took part in the invasion", "Hungary joined the blockade"
            noun = self.patterns.nouns.get(joined.lemma_.lower())
            if noun is not None and lookup(noun.cameo).event is not None:
                trigger = Trigger(verb, noun, noun.code_for(self._domains([joined])), words + [joined],
                                  objects=[joined])
                trigger.joined = True
                return [trigger]
        if verb.lemma_.lower() in light_verbs():
            for obj in [o for o in objects if o.dep_ in ("dobj", "nsubjpass", "conj") or o.i == verb.head.i]:
                noun = self.patterns.nouns.get(obj.lemma_.lower())
                if noun is not None and verb.lemma_.lower() in HOLDING and obj.lemma_.lower() in BONDS:
                    return []  # "has maintained uninterrupted relations", "has no ties to Togo": a state, no act
                if noun is not None and verb.lemma_.lower() in WINNING and lookup(noun.cameo).event not in FRIENDLY:
                    return []  # "won a promise of support" is given; "won the war" is no attack by the loser
                if noun is not None:
                    return [Trigger(verb, noun, noun.code_for(self._domains([obj])), words + [obj],
                                    objects=objects)]
        if bare is None and refused is not None:
            # "refused to extend the grain deal", "declined to step in", "was not willing to pay": a refusal (PLOVER
            # REJECT) even when what is refused states no event of its own
            refusal = Pattern(lemma=verb.lemma_.lower(), cameo="120", target=("dobj", "dative"))
            trigger = Trigger(verb, refusal, "120", words + [a for a in [_unwilling(verb)] if a is not None],
                              objects=objects)
            trigger.refused = _unwilling(verb) is not None  # ("was not willing": the negation is the refusal)
            return [trigger]
        if bare is not None:
            if verb.lemma_.lower() in CALLS and not bare.particle and not _children(verb, "dobj"):
                return []  # "called for a reassessment": a call (on the telephone) is made to someone
            if verb.lemma_.lower() in NAMING_VERBS and any(o.dep_ == "dobj" and (o.lemma_.lower() in ANAPHORIC_NOUNS
                                                                      or o.lemma_.lower() in self.patterns.nouns)
                                                 for o in objects):
                return []  # "called Bahrain's decision shameful": one calls people, not decisions
            return [Trigger(verb, bare, bare.code_for(self._domains(objects)), bare_words, objects=objects)]
        if verb.lemma_.lower() in consent() and stated_refusal(verb, inability=True):
            # "Belgrade would never accept the loss of the province", "they would not leave until ...": a refusal,
            # though consenting states no event of its own
            refusal = Pattern(lemma=verb.lemma_.lower(), cameo="120", target=("dobj", "prep:to"))
            trigger = Trigger(verb, refusal, "120", words, objects=objects)
            trigger.refused = True
            return [trigger]
        # "the last Soviet soldiers left Afghanistan": an event only for armed forces; "Xi landed in the Russian
        # capital": a visit only for leaders (one trigger per role; the roles of the subject choose)
        return [Trigger(verb, force, force.cameo, words, objects=objects)
                for force in force_verbs().get(verb.lemma_.lower(), [])]

    def _envoys_gone(self, verb: Token) -> Trigger | None:
        """"Mexican diplomats flew home from Quito", "the ambassador left Moscow": envoys leaving their post withdraw
        their state's mission (CAMEO 161) from the state they leave (for "fly" and "return" only going home counts:
        "flew to Washington" is a visit)."""
        lemma = verb.lemma_.lower()
        if lemma not in DEPARTING or not any(c.lemma_.lower() in ENVOYS for s in _children(verb, "nsubj")
                                             for c in self.resolver.conjuncts(s)):
            return None
        home = any(c.lower_ == "home" for c in verb.children)
        if not home and (lemma not in ("leave", "depart") or not (_children(verb, "dobj") or _preps(verb, "from"))):
            return None
        pattern = Pattern(lemma=lemma, cameo="161", target=("prep:from", "dobj"))
        return Trigger(verb, pattern, "161", [verb] + [c for c in verb.children if c.lower_ == "home"],
                       objects=self._objects(verb))

    def _noun_trigger(self, noun: Token) -> Trigger | None:
        pattern = self.patterns.nouns.get(noun.lemma_.lower()) or self.patterns.nouns.get(noun.lower_)
        if pattern is None or _era_name(noun) or _war_name(noun):
            return None  # "U.S. Cold War policy", "the June 1967 Arab-Israeli War": a name dates, it states no event
        telephoned = _telephoned(noun)
        if not pattern.standalone and not telephoned and not any(c.dep_ == "prep" and c.lower_ == "from"
                                                                 for c in noun.children):
            # ("a phone call" is a call by itself)
            return None  # "support" alone is vague; "help from the United States" states who helps
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in CHANGES:
            return None  # "U.S. imports from Europe declined": a statistic, not an act
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over", "about", "for", "toward", "towards") \
                and noun.head.head.lemma_.lower() in NEGOTIATIONS:
            return None  # "talks on a free trade agreement": what is negotiated, not yet done
        if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.lemma_.lower() in MEETING_PLACES \
                and noun.head.head.pos_ in ("VERB", "AUX"):
            return None  # "spoke briefly at the APEC summit": the meeting is where the clause's event happens
        theme = [p for p in _preps(noun, "of")] + [noun]
        return Trigger(noun, pattern, pattern.code_for(self._domains(theme)), [noun], objects=theme[:-1])

    def _nested_trigger(self, noun: Token, governor: Trigger) -> Trigger | None:
        """An event noun that another event acts on, when its own words name who did it: "rejected Indian
        demands" is also India's demand; "condemned Russia's invasion of Ukraine" also Russia's invasion."""
        if not governor.sources or noun.dep_ not in ("dobj", "nsubjpass", "pobj"):
            return None
        trigger = self._noun_trigger(noun)
        if trigger is None:
            return None
        self._noun_actors(trigger)
        own = trigger.sources
        theirs = {s.country for s in governor.sources}
        if not own or any(f.country in theirs for f in own):
            return None
        if not trigger.targets and lookup(trigger.cameo).event in ADDRESSED \
                and lookup(governor.cameo).event not in ("REQUEST", "SUPPORT"):
            # a demand, offer or warning is addressed to the one who answers it ("rejected Indian demands"); those
            # who press or back it are not its addressees ("asked the United States to press its demands")
            trigger.targets = [s for s in governor.sources if all(s.country != o.country for o in own)]
        # an event another one answers or judges was made: "rejected Hamas's demands" is an asserted demand
        trigger.presupposed = lookup(governor.cameo).event in REACTIONS | {"AGREE", "CONCEDE"}
        if trigger.presupposed and not governor.targets and lookup(trigger.cameo).event in ADDRESSED:
            # "defying weeks of appeals from Washington", "agreed to a Soviet request": the answer goes to the one
            # who made the demand or offer it answers (and only from the one who answers)
            governor.targets = list(own)
            governor.pattern = replace(governor.pattern, mutual=False)
        # without a target it is most often an event told before ("condemned the Iranian attack")
        return trigger if trigger.targets else None

    def _invitation(self, governor: Trigger) -> list[Trigger]:
        """"Putin accepted an invitation to visit North Korea" also tells of North Korea's invitation (PLOVER
        AGREE), which the words of the acceptance hold."""
        for noun in governor.words[1:]:
            if noun.lemma_.lower() in INVITATIONS and noun.dep_ == "dobj" and governor.sources:
                trigger = self._noun_trigger(noun)
                if trigger is not None:
                    self._noun_actors(trigger)
                    if trigger.sources and not trigger.targets:  # "accepted an invitation from Putin"
                        trigger.targets = [g for g in governor.sources
                                           if all(g.country != s.country for s in trigger.sources)]
                    if trigger.sources and trigger.targets:
                        trigger.presupposed = True
                        return [trigger]
        return []

    @staticmethod
    def _by_telephone(governor: Trigger) -> list[Trigger]:
        """"Trump congratulated Putin by telephone", "apologised to Putin in a telephone call": an act done over the
        telephone also tells of the call (PLOVER CONSULT, CAMEO 041) with the one it is done to."""
        if lookup(governor.cameo).event in ("CONSULT", None) or not governor.sources or not governor.targets:
            return []
        line = next((p for word in ("by", "over") for p in _preps(governor.token, word)
                     if p.lemma_.lower() in TELEPHONES), None)
        line = line or next((p for word in ("in", "during") for p in _preps(governor.token, word)
                             if p.lemma_.lower() in CALL_NOUNS and _telephoned(p)), None)
        if line is None:
            return []
        pattern = Pattern(lemma=line.lemma_.lower(), cameo="041", target=())
        return [Trigger(line, pattern, "041", [governor.token, line], sources=list(governor.sources),
                        targets=list(governor.targets))]

    def _figurative(self, trigger: Trigger) -> bool:
        """"hitting back at the expulsion", "struck at the sanctions": a blow aimed at an act that is not force is
        a figure of speech, not an attack."""
        if trigger.cameo.startswith("084") and any(o.lemma_.lower() == "hand"
                                                   for o in _children(trigger.token, "dobj")):
            return True  # "wanting to free its hands"
        if any(w.lemma_.lower() == "alert" and any(c.lower_ in ("missile", "tsunami", "air", "air-raid", "travel")
                                                  for c in w.children) for w in trigger.words):
            return True  # "issued a missile alert for the Okinawa islands": a warning to citizens
        if trigger.token.lemma_.lower() == "come" and any(c.lower_ == "close" for c in trigger.token.children):
            return True  # "the two countries came close to war"
        if lookup(trigger.cameo).event != "ASSAULT" or trigger.token.pos_ not in ("VERB", "AUX"):
            return False
        if any(p.lemma_.lower() in LISTS for word in ("from", "off") for p in _preps(trigger.token, word)):
            return True  # "would strike Japan from its list of trading partners": struck off, not struck
        aimed = [p for word in ("at", "against") for p in _preps(trigger.token, word)]
        for noun in aimed:
            pattern = self.patterns.nouns.get(noun.lemma_.lower())
            if (pattern is not None and lookup(pattern.cameo).event not in ("ASSAULT", "COERCE", "THREATEN")) \
                    or noun.lemma_.lower() in WORDS_NOUNS:
                return True
        return False

    def _backing(self, sentence: Span) -> list[Trigger]:
        """"the Iranian-backed Houthis", "the Beijing-backed Khmer Rouge government": the backing is told as given
        (PLOVER SUPPORT or AID, asserted) by the one named in the compound."""
        found: list[Trigger] = []
        for verb in sentence:
            code = BACKING.get(verb.lemma_.lower())
            if code is None or verb.tag_ != "VBN" or verb.dep_ != "amod":
                continue
            backers = self._actors([c for c in verb.children if c.dep_ in ("npadvmod", "compound", "amod")
                                    and c.i < verb.i and c.i in self.resolver.by_token])
            backed = [t for t in self._actors([verb.head], places=True, loose=True)
                      + self.resolver.all_modifiers(verb.head) if all(t.country != b.country for b in backers)][:1]
            if backers and backed:
                pattern = Pattern(lemma=verb.lemma_.lower(), cameo=code, target=())
                trigger = Trigger(verb, pattern, code, [verb], sources=backers, targets=backed)
                trigger.presupposed = True
                found.append(trigger)
        return found

    def _by_force(self, sentence: Span, triggers: list[Trigger]) -> list[Trigger]:
        """"could try to open a land corridor across southern Armenia by force", "vowed to reunify the island by
        force": an act done "by force" is a use of military force (CAMEO 190) on the one it is done to or where,
        whatever the verb would state on its own."""
        by_token = {t.token.i: t for t in triggers}
        found: list[Trigger] = []
        for verb in sentence:
            force = next((p for p in _preps(verb, "by") if p.lemma_.lower() == "force"), None)
            if force is None or verb.pos_ != "VERB":
                continue
            if verb.i in by_token:  # ("occupied by force" is force already; "open a corridor" is not)
                told = by_token[verb.i]
                if lookup(told.cameo).event in MATERIAL:  # (a refusal or a demand "by force" is a misparse)
                    told.cameo, told.words = "190", told.words + [force]
                continue
            trigger = Trigger(verb, Pattern(lemma=verb.lemma_.lower(), cameo="190", target=("dobj",)), "190",
                              [verb, force], objects=_children(verb, "dobj"))
            self._verb_actors(trigger)
            found.append(trigger)
        return found

    def _domains(self, tokens: list[Token]) -> set[str]:
        words = self.patterns.domain_words
        found: set[str] = set()
        for token in tokens:
            for t in token.subtree:
                domain = words.get(t.lemma_.lower()) or words.get(t.lower_)
                if domain:
                    found.add(domain)
        return found
