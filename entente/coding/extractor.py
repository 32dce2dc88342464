"""Where a sentence becomes events: triggers, their actors, and the event records.

For each sentence: verbs that state an event (data/patterns/verbs.tsv), light verbs whose object noun states
it (light_verbs.tsv + nouns.tsv), then event nouns standing on their own ("Putin's visit to Pyongyang"). Each
trigger gets its source and target from the parse (subject, object, the preposition the pattern names,
passive agents, coordination), then its modality, date, quantity and attribution. Mutual events are written
in both directions; one event stated twice in a sentence is written once.

The coder is one class built in stages, each a module small enough to read at once: ``grammar`` (word lists,
the trigger record, parse helpers), ``state`` (what the coder keeps), ``context`` (references to earlier
events), ``arguments``, ``verb_arguments`` and ``noun_arguments`` (source and target), ``warnings``
(conditional warnings), ``judgements`` (what reported words accuse, judge or demand), ``triggers`` (which words
state events), ``interplay`` (how one sentence's triggers bear on each other), ``partners`` (the other side of an
act that names none), ``pairing`` (which source acts on which target, with the fallbacks when the sentence names
none), ``dating`` (when), and this module (the sentence loop and the event records).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.arguments import CHARGES, _gapped, _own_clause
from entente.coding.crowds import rioting
from entente.coding.dates import DateMention, document_date, find_dates
from entente.coding.dating import DatingStage
from entente.coding.grammar import (
    ADDRESSED,
    DENIALS,
    HOSTILE,
    INCLUDING,
    JUDGING_REPORTS,
    PREPARING,
    PROTECTING,
    Trigger,
    _answered,
    _children,
    _clause,
    _is_passive,
    _preps,
    _rules_out,
    _second_verb_read_as_adjective,
    _set_off_participle,
    role_overrides,
)
from entente.coding.interplay import PUNISHING
from entente.coding.modality import modality, reporter
from entente.coding.pairing import PairingStage
from entente.coding.partners import _agreed_at_talks, _made_peace, _owned_strikes
from entente.coding.patterns import Pattern, patterns
from entente.coding.phrase_words import Found
from entente.coding.phrases import Resolver
from entente.coding.quantities import find_quantity
from entente.coding.tables import lookup
from entente.coding.warnings import WarningStage, reprisals
from entente.record import Actor, Event, EventDate, Quantity, SentenceRef, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


TEST_FIRED = {"missile", "rocket"}  # fired at no one: a test or a show of force (CAMEO 150, PLOVER MOBILIZE)
CLAIMED = {"ASSAULT", "COERCE", "THREATEN"}  # harms whose report by another state is an accusation
CLAIMING = {"say", "claim", "allege", "report", "state", "insist", "charge", "tell"}
REPORTING = CLAIMING | JUDGING_REPORTS
ACCUSATIONS = {"charge", "accusation", "allegation"}  # ("a claim" may be a boast)
DRILLS = {"drill", "exercise", "maneuver", "manoeuvre", "wargame"}


class SentenceCoder(PairingStage, WarningStage, DatingStage):
    """Codes the events of one document, sentence by sentence."""

    def __init__(self, doc: Doc, nlp: Language, doc_id: str, published: dt.date | None,
                 period: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each call: read it once
        self.doc_id = doc_id
        self.published = published
        self.when = published or _period_start(period)
        self.fallback_date = document_date(published, period)
        self.resolver = Resolver(doc, nlp, self.when, self._sentence_years(doc))
        self.patterns = patterns()
        self.history: list[Event] = []
        self.told_here: list[Event] = []
        self.reversed_ids: set[str] = set()  # mutual events written in the second direction
        self.refused_kinds: dict[str, str] = {}  # event id of a refusal → the kind of event refused
        self.anchor_year: int | None = None  # the last year the narrative named ("that year")
        self.last_dates: list[tuple[int, EventDate]] = []  # (sentence end char, date) of recent fine dates
        self.narrative_date: EventDate | None = None

    def _sentence_years(self, doc: Doc) -> dict[int, tuple[int, dt.date]]:
        """Token index of each sentence start → the first date it states, so that "Russian" in a sentence
        about 2008 is Russia even in an essay on 1989-1992."""
        years: dict[int, tuple[int, dt.date]] = {}
        for sentence in doc.sents:
            if not any(c.isdigit() for c in sentence.text):
                continue  # a day, month or year stated without a publication date always has digits ("June 1950")
            for found in find_dates(sentence.text, sentence.start_char, None):
                if found.date.precision in ("day", "month", "year"):
                    years[sentence.start] = (sentence.end, dt.date.fromisoformat(found.date.start))
                    break
        return years

    # -- the pipeline for one sentence ---------------------------------------------------------------------
    def code(self) -> list[Event]:
        events: list[Event] = []
        for index, sentence in enumerate(self.doc.sents):
            events.extend(self.code_sentence(index, sentence))
        return events

    def code_sentence(self, index: int, sentence: Span) -> list[Event]:
        consumed: set[int] = set()
        governors: dict[int, Trigger] = {}  # object token → the verb trigger that acts on it
        answered: dict[int, Trigger] = {}  # "in response to the Turkish demands" → the trigger that answers
        triggers: list[Trigger] = []
        for token in sentence:
            if (token.pos_ in ("VERB", "AUX") or token.tag_ == "VBG" or _mistagged_verb(token)) \
                    and not _mistagged_noun(token):
                for trigger in self._verb_trigger(token):
                    self._verb_actors(trigger)
                    if trigger.pattern.roles and not any(s.role in trigger.pattern.roles for s in trigger.sources):
                        continue  # "China and Russia remain the junta's suppliers": not forces that remain
                    # a participle describing a noun tells a fact ("the troops stationed in South Korea")
                    trigger.presupposed = trigger.presupposed or (token.dep_ == "acl" and token.tag_ == "VBN") \
                        or _set_off_participle(token)
                    triggers.append(trigger)
                    consumed.update(t.i for t in trigger.words)
                    if not _rules_out(token):  # "ruled out further expulsions": the expulsion is the event
                        # ("crossed the parallel in a full-scale invasion of the South": the invasion is its own)
                        # ("protect Ukrainian cities from Russian missile strikes": the strikes are their own)
                        # ("sanctions on Chinese firms over drone sales to Russia": the sales are what is punished)
                        consumed.update(t.i for t in trigger.objects if not (
                            trigger.pattern.roles and t.dep_ == "pobj" and t.head.lower_ == "in") and not (
                            trigger.pattern.lemma in PROTECTING and t.dep_ == "pobj"
                            and t.head.lower_ in ("from", "against")) and not _reason(t, trigger))
                    governors.update((t.i, trigger) for t in trigger.objects if t not in trigger.words)
                    answered.update((t.i, trigger) for t in _answered(token))
                    triggers.extend(self._invitation(trigger))
                    triggers.extend(self._by_telephone(trigger))
        triggers += self._by_force(sentence, triggers)
        ongoing = self._ongoing(triggers)  # ("urged Moscow to stop supplying arms": the supplying goes on)
        going_on = {id(t) for t in ongoing}
        triggers = [t for t in self._drop_embedded(triggers) + ongoing if not self._figurative(t)]
        triggers += self._backing(sentence)
        triggers += self._charges(triggers)
        self._stated_refusals(triggers)
        self._share_targets(triggers)
        self._visited_hosts(triggers)
        self._undone(triggers)
        self._answered_relatives(triggers)
        self._summarised(triggers)
        self._shared_objects(triggers)
        self._asked_for(triggers)
        for warning, condition in self._conditional_warnings(sentence, triggers):  # the reprisal: its content
            triggers = [t for t in triggers if t.token.i != warning.token.i] + [warning]
            told = [t for t in triggers if t.token.i == condition.i]
            if not told and reprisals().get((condition.lemma_.lower(), "verb")) == "138":
                # "if Israel retaliated": a possible attack on the one who warns
                pattern = Pattern(lemma=condition.lemma_.lower(), cameo="190", target=())
                told = [Trigger(condition, pattern, "190", [condition], possible=True)]
                self._verb_actors(told[0])
                triggers += told if told[0].sources else []
            for trigger in told:
                if not trigger.targets and lookup(trigger.cameo).event in HOSTILE:
                    trigger.targets = [w for w in warning.sources
                                       if all(w.country != s.country for s in trigger.sources)]
        for token in sentence:
            if token.i in self.resolver.by_token:
                continue  # "the Warsaw Treaty Organization", "the North Atlantic Treaty Organization": a name
            if token.pos_ in ("NOUN", "PROPN", "VERB") and token.i not in consumed:
                noun = self._noun_trigger(token)
                if noun is not None:
                    self._noun_actors(noun)
                    triggers = self._ruled_out(noun, triggers)
                    triggers.append(noun)
                    consumed.add(token.i)
            elif token.i in governors:
                nested = self._nested_trigger(token, governors[token.i])
                if nested is not None:
                    triggers.append(nested)
            if token.i in answered and token.i not in governors:
                nested = self._nested_trigger(token, answered[token.i])
                if nested is not None and lookup(nested.cameo).event in ADDRESSED:
                    triggers.append(nested)
                    consumed.add(token.i)
        # "launched an attack on Israel, sending troops across the canal": the troops sent are the attack's
        attacks = {t.token.i for t in triggers if lookup(t.cameo).event == "ASSAULT"}
        triggers = [t for t in triggers if not (t.token.dep_ == "advcl" and t.token.tag_ == "VBG"
                                                and t.token.head.i in attacks
                                                and lookup(t.cameo).event in ("AID", "MOBILIZE"))]
        # "thousands demonstrated outside the French base, demanding the departure of the troops": the demand a
        # protest's participle states is what the protest is about, not a second act
        protests = {t.token.i for t in triggers if lookup(t.cameo).event == "PROTEST"}
        triggers = [t for t in triggers if not (t.token.dep_ == "advcl" and t.token.tag_ == "VBG"
                                                and t.token.head.i in protests
                                                and lookup(t.cameo).event == "REQUEST")]
        self._punished_for(triggers)
        triggers = self._stopped_aid(triggers)
        # "crossed the parallel in a full-scale invasion of the South": one act, which the noun names
        told_in = {t.token.head.head.i for t in triggers if t.token.dep_ == "pobj" and t.token.head.lower_ == "in"}
        triggers = [t for t in triggers if not (t.pattern.roles and t.token.i in told_in)]
        self.narrative_date = self._narrative(sentence)  # reads the sentence's dates once
        dates = self._current(sentence.start_char, [])
        ref = SentenceRef(index, sentence.start_char, sentence.end_char, sentence.text)
        events: list[Event] = []
        self.told_here = events
        clauses: dict[int, int] = {}
        told_by: list[tuple[Trigger, list[Event]]] = []  # each trigger and the events it told
        for trigger in list(triggers):
            produced = self._events(trigger, ref, dates)
            told_by.append((trigger, produced))
            for event in produced:
                # an act told as going on beside its refusal is its own act, whatever else its clause tells
                clauses[id(event)] = -1 - len(events) if id(trigger) in going_on else _clause(trigger.token)
                events.append(event)
            for event in self._claim(trigger, produced, ref, dates):
                if not any(_same_act(event, e) for e in events):  # (the charge may be told already)
                    clauses[id(event)] = -1 - len(events)  # its own clause: the claim, not the act
                    events.append(event)
        for trigger in self._aimed_by_dyad(told_by) + _agreed_at_talks(told_by) + _made_peace(told_by) \
                + _owned_strikes(told_by):
            for event in self._events(trigger, ref, dates):
                clauses[id(event)] = _clause(trigger.token)
                events.append(event)
        # an event whose target came only from context is dropped when its clause states another event
        # of the same actor ("deploy its troops, sending 10,000 soldiers")
        events = [e for e in events if not self._contextual(e) or not any(
            o is not e and clauses[id(o)] == clauses[id(e)] and o.source.country == e.source.country
            and not self._contextual(o) for o in events)]
        events = _merge(events, clauses)
        events = _one_encounter(events)
        self._remember(dates, sentence)
        events.sort(key=lambda e: e.id in self.reversed_ids)  # forward events first, their mirrors after
        self.history.extend(events)
        return events


    def _claim(self, trigger: Trigger, produced: list[Event], ref: SentenceRef,
               dates: list[DateMention]) -> list[Event]:
        """"The White House said Russia had laid sea mines": a state that says another did it harm accuses it
        (PLOVER ACCUSE), beside the harm as reported."""
        hostile = [e for e in produced if e.event in CLAIMED and e.modality == "asserted" and e.id not in
                   self.reversed_ids]
        # "told the council that Britain had occupied the territory by force": a harm told of another accuses
        # it even where the harm's victim goes unnamed
        unaimed = not produced and bool(trigger.sources) and lookup(trigger.cameo).event in CLAIMED \
            and not trigger.possible and modality(trigger.token) == "asserted"
        speaker = reporter(trigger.token) if hostile or unaimed else None
        # the verb that tells it ("rejected the resolution and told the council that ...": not the subject's head)
        telling = next((a for a in trigger.token.ancestors if a.lemma_.lower() in REPORTING), None)
        if speaker is None or telling is None or telling.lemma_.lower() not in CLAIMING:
            return []
        said = self._actors([speaker])
        accused = [Found.told(e.source, "mention") for e in hostile] or list(trigger.sources)
        accused = [a for n, a in enumerate(accused) if all(a.country != b.country for b in accused[:n])]
        targets = [a for a in accused if all(a.country != s.country for s in said)]
        if not said or not targets:
            return []
        claim = Trigger(telling, Pattern(lemma=telling.lemma_.lower(), cameo="112"), "112",
                        [telling], sources=said, targets=targets)
        return self._events(claim, ref, dates)

    def _charges(self, triggers: list[Trigger]) -> list[Trigger]:
        """"Seoul said Russia had given Pyongyang technical help, a charge Moscow denied": what is said is a charge,
        so the one who says it accuses the one who denies it (PLOVER ACCUSE)."""
        found: list[Trigger] = []
        for denial in triggers:
            verb, charge = denial.token, denial.token.head
            if verb.lemma_.lower() not in DENIALS or verb.dep_ != "relcl" or charge.lemma_.lower() not in CHARGES \
                    or not denial.sources:
                continue
            said = charge.head  # the verb that says it, above the clause the charge hangs on
            while said.lemma_.lower() not in REPORTING and said.dep_ in ("ccomp", "conj", "xcomp", "advcl"):
                said = said.head
            if said.lemma_.lower() not in REPORTING:
                continue
            content = [t for c in _children(said, "ccomp") for t in c.subtree if _own_clause(t, c)
                       and t not in charge.subtree]
            claimed = {s.country for t in triggers if t.token in content and lookup(t.cameo).event in CLAIMED
                       and not t.possible and modality(t.token) == "asserted"
                       for s in t.sources}  # (a harm said of another is already a charge: ``_claim``)
            speakers = self._actors(self._subjects(said)[0])
            deniers = [d for d in denial.sources if d.country not in claimed
                       and all(d.country != s.country for s in speakers)]
            if charge.lemma_.lower() not in ACCUSATIONS:
                # "India said its pilot had downed a Pakistani F-16, a claim Islamabad rejected": a claim may be a
                # boast; it charges only those it says did something
                doers = {f.country for t in content if t.dep_ == "nsubj"
                         for f in self.resolver.actors_of(t)}
                deniers = [d for d in deniers if d.country in doers]
            if speakers and deniers and not any(  # ("accused Paris of plotting an attack, a charge France denies")
                    lookup(t.cameo).event == "ACCUSE" and {s.country for s in t.sources} & {s.country for s in speakers}
                    and {a.country for a in t.targets} & {d.country for d in deniers} for t in triggers):
                pattern = Pattern(lemma=said.lemma_.lower(), cameo="112")
                found.append(Trigger(said, pattern, "112", [said], sources=speakers, targets=deniers))
        return found


    # -- events ----------------------------------------------------------------------------------------------
    def _events(self, trigger: Trigger, ref: SentenceRef, dates: list[DateMention]) -> list[Event]:
        if not trigger.sources and lookup(trigger.cameo).event == "ASSAULT" and _is_passive(trigger.token):
            # "Twenty Indian soldiers and four Chinese troops were killed": a clash, each side the other's attacker
            victims = self._actors([c for h in _children(trigger.token, "nsubjpass")
                                    for c in self.resolver.conjuncts(h)])
            # ("if they were attacked": two states told of together are no two sides of a clash)
            if len({v.country for v in victims}) == 2 and all(v.via != "reference" for v in victims):
                trigger.sources, trigger.targets = victims[:1], victims[1:2]
                trigger.pattern = replace(trigger.pattern, mutual=True)
                trigger.between = True
        if not trigger.sources:
            return []
        if trigger.pattern.roles and not any(s.role in trigger.pattern.roles for s in trigger.sources):
            return []
        if not trigger.targets and lookup(trigger.cameo).event == "ASSAULT" and any(
                w.lemma_.lower() in TEST_FIRED for w in trigger.words + trigger.objects):
            trigger.cameo = "150"  # "two ballistic missiles it fired into the sea": a show of force, not an attack
        if trigger.cameo == "150" and not trigger.targets and len({s.country for s in trigger.sources}) >= 2 \
                and any(w.lemma_.lower() in DRILLS for w in trigger.words + trigger.objects):
            # "South Korean and American forces began their exercises": drills held together are cooperation
            trigger.cameo = "062"
            trigger.pattern = replace(trigger.pattern, mutual=True)
        partners = self._joint_partners(trigger)
        if partners:  # "carried out flight operations with Guyana's armed forces": drills or operations held with a
            # partner state are military cooperation with it, not a show of force or an attack
            trigger.cameo, trigger.targets = "062", partners
            trigger.pattern = replace(trigger.pattern, mutual=True)
        override = role_overrides().get((trigger.cameo, trigger.sources[0].role or ""))
        if override:
            trigger.cameo = override
        trigger.cameo = rioting(trigger.token, trigger.cameo)  # "protesters stormed the embassy": a riot
        code = lookup(trigger.cameo)
        if code.event is None:
            return []
        pairs, reverse = self._pairs(trigger, code, ref)
        if not pairs:
            return []
        mood = "asserted" if trigger.refused or trigger.presupposed \
            else "hypothetical" if trigger.possible else modality(trigger.token)
        if mood == "asserted" and trigger.token.lemma_.lower() in PREPARING and trigger.pattern.objects:
            mood = "future"  # "the EU is preparing sanctions against Belarus": what is readied is not yet done
        if any(w.dep_ == "pobj" and w.head.lower_ == "without" for w in trigger.words) or any(
                c.dep_ == "det" and c.lower_ == "no" for w in trigger.words[1:] for c in w.children):
            mood = "negated"  # "without the help of other countries", "held no direct talks"
        date = self._date(trigger, dates)
        quantity = self._quantity(trigger)
        attribution = self._attribution(trigger)
        evidence = _evidence(trigger.words, self.text)
        events = []
        for number, (source, target) in enumerate(pairs + reverse):
            confidence = 0.9
            confidence -= 0.1 if trigger.token.pos_ not in ("VERB", "AUX") else 0.0
            confidence -= 0.1 if trigger.inherited else 0.0
            confidence -= 0.15 if source.via == "reference" or (target and target.via == "reference") else 0.0
            confidence -= 0.1 if target is None else 0.0
            confidence -= 0.2 if target is not None and target.via == "context" else 0.0
            events.append(Event(
                doc_id=self.doc_id, sentence=ref, evidence=evidence, source=_actor(source, self.text),
                target=_actor(target, self.text) if target else None, event=code.event, mode=code.mode,
                context=list(code.context), cameo=code.cameo, quad_class=code.quad_class,
                goldstein=code.goldstein, date=date, quantity=self._gapped_quantity(trigger, target) or quantity,
                modality=mood,  # type: ignore[arg-type]
                attribution=attribution, confidence=round(max(0.3, confidence), 2)))
            if number >= len(pairs):
                self.reversed_ids.add(events[-1].id)
            if trigger.refused_event:
                self.refused_kinds[events[-1].id] = trigger.refused_event
        return events

    @staticmethod
    def _gapped_quantity(trigger: Trigger, target: Found | None) -> Quantity | None:
        """"keeps 28,500 troops in South Korea and some 54,000 in Japan": the amount sent to the second place is
        the one beside it; so is the share of a package a relative names ("a $95 billion package that includes $61
        billion for Ukraine")."""
        if target is None:
            return None
        shares = [d for o in trigger.objects + trigger.words[1:] for r in _children(o, "relcl")
                  if r.lemma_.lower() in INCLUDING for d in _children(r, "dobj")]
        for amount in _gapped(trigger.token) + shares:
            places = [p for prep in amount.children if prep.dep_ == "prep" for p in _children(prep, "pobj")]
            if any(p.left_edge.idx <= target.start < p.idx + len(p) for p in places):  # (not "$470 million in new
                return find_quantity([amount])  # aid for Ukraine's energy sector": Ukraine is no place of it)
        return None

    def _quantity(self, trigger: Trigger) -> Quantity | None:
        objects = trigger.objects + [w for w in trigger.words[1:]]
        if trigger.token.pos_ not in ("VERB", "AUX"):
            objects = [trigger.token] + objects
        candidates: list[Token] = []
        for obj in objects:
            candidates.append(obj)
            # ("the sale to Taipei of equipment worth $75 million": the parser hangs the "of" on the nearer noun)
            themes = _preps(obj, "of") + [t for p in _preps(obj, "to") for t in _preps(p, "of")]
            candidates.extend(themes)
            # "radars worth 600 million yen"; "cleared the sale of jets worth $8.6 billion" (worth on the verb)
            for child in list(obj.children) + [c for c in trigger.token.children if c.lower_ == "worth"] + [
                    c for t in themes for c in t.children if c.lower_ == "worth"]:
                if child.lower_ in ("worth", "valued", "totalling", "totaling"):
                    candidates.extend(c for c in child.subtree if c.i != child.i and c.dep_ in ("pobj", "npadvmod",
                                                                                               "dobj", "nummod"))
        for obj in objects:  # "sanctions on 12 American defence companies"
            for word in ("on", "against", "to"):
                candidates.extend(_preps(obj, word))
        if lookup(trigger.cameo).event in ("MOBILIZE", "AID", "ASSAULT", "RETREAT"):
            # "About 400 Kenyan police officers arrived in Haiti", "a team of 20 Turkish rescue workers arrived":
            # the force that moves is counted
            movers = [p for s in _children(trigger.token, "nsubj", "nsubjpass") for p in [s, *_preps(s, "of")]]
            candidates.extend(s for s in movers if self.resolver.role(s) in ("MIL", "COP", "HLH"))
        if lookup(trigger.cameo).event == "REQUEST":  # "told Canada to withdraw 41 diplomats": what is demanded
            candidates.extend(d for x in _children(trigger.token, "xcomp") for d in _children(x, "dobj"))
        found = find_quantity(candidates)
        if found is None and trigger.token.pos_ in ("VERB", "AUX"):
            # "deploy its troops, sending around 10,000 soldiers": the amount sits in the elaborating clause
            for child in list(trigger.token.children) + [c for o in trigger.objects for c in o.children]:
                clauses = [child] if child.dep_ in ("advcl", "conj") else \
                    _children(child, "pcomp") if child.dep_ == "prep" and child.lower_ in ("as", "including") else []
                for clause in clauses:
                    if clause.pos_ == "VERB" and clause.tag_ == "VBG":
                        found = find_quantity(_children(clause, "dobj"))
                        if found is not None:
                            return found
        return found

    def _attribution(self, trigger: Trigger) -> Actor | None:
        speaker = reporter(trigger.token)
        if speaker is None:
            return None
        found = self.resolver.actors_of(speaker)
        if found:
            return _actor(found[0], self.text)
        return None


def _mistagged_verb(token: Token) -> bool:
    """"exercises, which Pyongyang denounces every year": a relative clause the tagger took for a plural noun
    (a relative pronoun is the object or subject of verbs, never of nouns)."""
    return (token.dep_ == "relcl" and token.pos_ == "NOUN" and any(
        c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubj") for c in token.children)) \
        or _second_verb_read_as_adjective(token) is not None  # "has broken off ties and frozen Iranian assets"


def _reason(noun: Token, trigger: Trigger) -> bool:
    """Whether ``noun`` is what a measure punishes ("over arms sales to Taiwan"), not what it acts on."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("over", "for") and lookup(trigger.cameo).event in PUNISHING


def _mistagged_noun(token: Token) -> bool:
    """"accusations that it armed militants, charges that Asmara has always denied": a plural noun the tagger took
    for a verb, its relative clause for a complement (a complement clause never has "that" for its object)."""
    return token.tag_ == "VBZ" and any(c.dep_ == "ccomp" and c.i > token.i and any(
        o.dep_ == "dobj" and o.lower_ in ("that", "which") and o.i < c.i for o in c.children) for c in token.children)


def _period_start(period: str | None) -> dt.date | None:
    if period and period[:4].isdigit():
        return dt.date(int(period[:4]), 1, 1)
    return None


def _evidence(words: list[Token], text: str) -> TextSpan:
    start = min(t.idx for t in words)
    end = max(t.idx + len(t) for t in words)
    return TextSpan(start, end, text[start:end])


def _actor(found: Found, text: str) -> Actor:
    return Actor(code=found.country + (found.role or ""), country=found.country, role=found.role,
                 name=found.name, text=text[found.start:found.end], start=found.start, end=found.end)


def _same_act(event: Event, other: Event) -> bool:
    return (event.source.country, event.event, event.target.country if event.target else None) == (
        other.source.country, other.event, other.target.country if other.target else None)


def _merge(events: list[Event], clauses: dict[int, int]) -> list[Event]:
    """One event stated twice in one clause ("deploy its troops, sending 10,000 soldiers") is written once; an
    aimless event beside the same act aimed at someone in the sentence ("marched through Mogadishu ... chanting
    slogans against Abiy") is that act."""
    kept: list[Event] = []
    for event in events:
        key = (event.source.country, event.target.country if event.target else None, event.event)
        clause = clauses.get(id(event))
        twin = next((k for k in kept if clauses.get(id(k)) == clause and k.modality == event.modality
                     and (k.source.country, k.target.country if k.target else None, k.event) == key), None)
        alike = [k for k in kept if k.modality == event.modality and k.source.country == event.source.country
                 and k.event == event.event]
        if twin is None and event.target is None:
            twin = next((k for k in alike if k.target is not None), None)
        if twin is None and event.target is not None:
            aimless = next((k for k in alike if k.target is None), None)
            if aimless is not None:  # the aimed act takes the aimless one's place and what it knew
                kept[next(n for n, k in enumerate(kept) if k is aimless)] = event
                event, twin = aimless, event
        if twin is None:
            kept.append(event)
            continue
        if twin.quantity is None and event.quantity is not None:
            twin.quantity = event.quantity
        if (twin.date is None or twin.date.basis in ("document", "inferred")) and event.date is not None \
                and event.date.basis not in ("document", "inferred"):
            twin.date = event.date
    return kept


def _one_encounter(events: list[Event]) -> list[Event]:
    """"visited Pyongyang and met Kim Il Sung": one encounter of the same two sides on one date per sentence,
    told once in each direction (the first telling, the visit, is kept)."""
    seen: set[tuple[str, str | None, str, str | None]] = set()
    kept: list[Event] = []
    for event in events:
        key = (event.source.country, event.target.country if event.target else None, event.modality,
               event.date.value if event.date else None)
        if event.event == "CONSULT" and key in seen:
            continue
        if event.event == "CONSULT":
            seen.add(key)
        kept.append(event)
    return kept


def code_document(doc: Doc, nlp: Language, doc_id: str, published: dt.date | None,
                  period: str | None = None) -> list[Event]:
    """Every event of a parsed document."""
    return SentenceCoder(doc, nlp, doc_id, published, period).code()
