"""Where a sentence becomes events: triggers, their actors, and the event records.

For each sentence: verbs that state an event (data/patterns/verbs.tsv), light verbs whose object noun states
it (light_verbs.tsv + nouns.tsv), then event nouns standing on their own ("Putin's visit to Pyongyang"). Each
trigger gets its source and target from the parse (subject, object, the preposition the pattern names,
passive agents, coordination), then its modality, date, quantity and attribution. Mutual events are written
in both directions; one event stated twice in a sentence is written once.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.coding.dates import DateLink, DateMention, document_date, find_dates, find_links, shift
from entente.coding.dates import eras as era_table
from entente.coding.modality import modality, reporter
from entente.coding.patterns import Pattern, patterns
from entente.coding.phrases import Found, Resolver
from entente.coding.quantities import find_quantity
from entente.coding.tables import lookup
from entente.data import read_tsv, split
from entente.record import Actor, Event, EventDate, Quantity, SentenceRef, TextSpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

LIGHT_TARGETS = ("prep:to", "prep:with", "prep:against", "prep:on", "obj-prep:to", "obj-prep:with",
                 "obj-prep:against", "obj-prep:on")
TARGETLESS = {"MOBILIZE", "ASSAULT", "PROTEST"}
CONTEXT_TARGETS = {"AID", "SANCTION", "CONSULT", "SUPPORT", "AGREE"}
TARGETLESS_CODES = {"075"}  # asylum is granted to people
SYMMETRIC = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
REFUSALS = {"refuse", "decline"}
REJECTIONS = {"CONSULT": "125", "AGREE": "125", "AID": "122", "COOPERATE": "121", "RETREAT": "124",
              "CONCEDE": "124", "SUPPORT": "120"}
RECIPROCAL = SYMMETRIC | {"RETREAT", "ASSAULT", "CONCEDE"}
PLACE_PREPS = ("in", "into", "onto", "near", "around", "outside", "over", "across", "off")
INVERSE_LIGHT = {"receive", "obtain", "get", "accept"}
REQUEST_LIKE = {"REQUEST", "THREATEN", "ACCUSE"}
REACTIONS = {"ACCUSE", "PROTEST", "SUPPORT", "REJECT"}  # events that judge another event
ADDRESSED = {"REQUEST", "THREATEN", "AGREE"}  # events said to someone: a nested one is addressed to who answers
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
INTENT_VERBS = {"rule", "consider", "weigh", "mull", "contemplate", "propose", "discuss", "debate", "threaten"}
COUNTERPARTS = {"guest", "visitor", "host", "counterpart", "interlocutor"}
NAMING_VERBS = {"call", "name", "term", "label", "brand", "dub", "describe", "consider", "deem"}
DEPARTURE_ORDERS = {"order", "tell", "instruct", "give", "direct"}
DEPARTURES = {"leave", "depart", "quit", "go", "exit"}
ALONGSIDE = {"solidarity", "together", "along", "coordination", "concert", "conjunction", "tandem", "line"}
MEASURES = {"day", "week", "month", "round", "series", "wave", "spate", "string", "number", "set", "kind", "ton",
            "tonne", "barrel", "batch", "consignment", "load"}
PARTITIVE_HEADS = {"thousand", "hundred", "dozen", "million", "billion", "some", "many", "most", "all",
                   "part", "group", "contingent", "share", "majority"}
ASKING_VERBS = {"urge", "ask", "call", "press", "encourage", "invite", "tell", "order", "request", "push"}
ACCUSING = {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "fault", "suspect",
            "thank", "praise", "punish", "sanction"}
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
RECALL = 400  # how many earlier events reference resolution looks back over (bounds work on long texts)
COPULAS = {"be", "remain", "become", "stay"}
ADJUNCT_PREPS = {"with", "at", "upon", "on"}
PURPOSE_VERBS = {"help", "assist", "support", "aid", "back", "bolster", "arm", "supply", "monitor", "watch",
                 "shadow", "track", "confront", "counter", "deter", "defend", "protect"}
EVENT_KINDS = {noun: frozenset(kinds.split()) for noun, kinds in {
    "agreement": "AGREE COOPERATE SUPPORT", "deal": "AGREE COOPERATE SUPPORT", "pact": "AGREE COOPERATE SUPPORT",
    "treaty": "AGREE COOPERATE SUPPORT", "accord": "AGREE COOPERATE SUPPORT",
    "attack": "ASSAULT COERCE", "strike": "ASSAULT COERCE", "raid": "ASSAULT COERCE", "invasion": "ASSAULT",
    "expulsion": "SANCTION COERCE", "ban": "SANCTION COERCE", "sanction": "SANCTION",
    "deployment": "MOBILIZE AID", "drill": "MOBILIZE", "exercise": "MOBILIZE COOPERATE"}.items()}
ANAPHORIC_NOUNS = {"decision", "move", "step", "plan", "measure", "action", "policy", "remark", "statement",
                   "announcement", "deal", "agreement", "decree", "ban", "law", "proposal", "request", "demand",
                   "ultimatum", "threat", "accusation", "claim"}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in read_tsv("patterns/light_verbs.tsv"))


@lru_cache(maxsize=1)
def force_verbs() -> dict[str, Pattern]:
    return {row["lemma"]: Pattern(lemma=row["lemma"], cameo=row["cameo"], target=tuple(split(row["target"])),
                                  roles=frozenset(split(row["roles"])))
            for row in read_tsv("patterns/force_verbs.tsv")}


@lru_cache(maxsize=1)
def evaluations() -> dict[str, str]:
    return {row["word"]: row["cameo"] for row in read_tsv("patterns/evaluations.tsv")}


@lru_cache(maxsize=1)
def role_overrides() -> dict[tuple[str, str], str]:
    return {(row["cameo"], row["role"]): row["new"] for row in read_tsv("patterns/role_overrides.tsv")}


@dataclass
class Trigger:
    """A word (or phrase) that states an event, with what the pattern says about it."""

    token: Token
    pattern: Pattern
    cameo: str
    words: list[Token]
    sources: list[Found] = field(default_factory=list)
    targets: list[Found] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    inherited: bool = False
    between: bool = False
    refused: bool = False
    possible: bool = False
    refused_event: str | None = None  # what a refusal refuses ("ruled out sending troops": AID)


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _preps(token: Token, word: str) -> list[Token]:
    """The objects of ``token``'s preposition ``word`` ("to North Korea" → North Korea), also behind a
    particle ("pulled out of Afghanistan")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
            if word == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in ALONGSIDE:
                continue  # "in solidarity with Mexico", "together with France": on the same side
            out.extend(_children(child, "pobj", "pcomp"))
        elif child.dep_ == "dative" and word == "to" and child.pos_ != "ADP":
            out.append(child)
        elif child.dep_ in ("prt", "advmod") and token.pos_ in ("VERB", "AUX"):
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == word:
                    out.extend(_children(grandchild, "pobj", "pcomp"))
    return out


def _stray_object(verb: Token) -> list[Token]:
    """"as Kim has helped Putin, Seoul would ...": the parser may take the object of a verb for a second subject
    of the next clause; two subjects on one verb is a misparse, and the one right after an object-less verb
    is its object."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or _children(verb, "dobj", "ccomp", "xcomp"):
        return []
    following = verb.doc[verb.i + 1]
    head = following.head
    if following.dep_ == "nsubj" and head.i > following.i and following.pos_ == "PROPN" \
            and sum(c.dep_ == "nsubj" for c in head.children) >= 2:
        return [following]
    return []


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _answered(verb: Token) -> list[Token]:
    """Nouns a verb answers: "lifted the embargo in response to the Turkish demands", "at the request of"."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in _children(prep, "pobj"):
            if pobj.lemma_.lower() in ("response", "reply", "answer"):
                out.extend(p for p in _preps(pobj, "to"))
            elif prep.lower_ in ("at", "after", "following", "under"):
                out.append(pobj)
    return out


def _era_name(noun: Token) -> bool:
    words = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i] + [noun]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i)).lower()
    # the words before it as written, whatever the parse: "the French and Indian War", "the Spanish-American War"
    text = noun.doc.text[max(0, noun.idx - 40):noun.idx + len(noun)].lower()
    names = [name.lower().removeprefix("the ") for name, _, _ in era_table()]
    return any(phrase.endswith(name) or text.endswith(name) for name in names)


def _np_preps(noun: Token, word: str) -> list[Token]:
    """The objects of preposition ``word`` anywhere inside the noun phrase of ``noun`` (not inside clauses):
    "a shipment of 500 tonnes of rice and flour from Turkey"."""
    out: list[Token] = []
    stack = [c for c in noun.children if c.dep_ in ("prep", "pobj", "conj", "compound", "amod", "appos")]
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX"):
            continue
        if token.dep_ == "prep" and token.lower_ == word:
            out.extend(_children(token, "pobj"))
            continue
        stack.extend(c for c in token.children if c.dep_ in ("prep", "pobj", "conj", "npadvmod", "quantmod"))
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


class SentenceCoder:
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
            if token.pos_ in ("VERB", "AUX") or (token.tag_ == "VBG"):
                for trigger in self._verb_trigger(token):
                    self._verb_actors(trigger)
                    if trigger.pattern.roles and not any(s.role in trigger.pattern.roles for s in trigger.sources):
                        continue  # "China and Russia remain the junta's suppliers": not forces that remain
                    triggers.append(trigger)
                    consumed.update(t.i for t in trigger.words)
                    if not _rules_out(token):  # "ruled out further expulsions": the expulsion is the event
                        consumed.update(t.i for t in trigger.objects)
                    governors.update((t.i, trigger) for t in trigger.objects if t not in trigger.words)
                    answered.update((t.i, trigger) for t in _answered(token))
        triggers = self._drop_embedded(triggers)
        self._share_targets(triggers)
        for token in sentence:
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
        dates = find_dates(sentence.text, sentence.start_char, self.published, self.anchor_year)
        self.narrative_date = self._narrative(sentence)
        ref = SentenceRef(index, sentence.start_char, sentence.end_char, sentence.text)
        events: list[Event] = []
        clauses: dict[int, int] = {}
        for trigger in triggers:
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

    # -- triggers --------------------------------------------------------------------------------------------
    def _objects(self, verb: Token) -> list[Token]:
        """The nouns a verb acts on: its direct objects, a passive subject, "supplied X with weapons"."""
        objects: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
                objects.extend(self.resolver.conjuncts(child))
        if not objects:
            objects.extend(_stray_object(verb))
        if verb.dep_ == "relcl" and not objects and not _is_passive(verb) and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
            objects.append(verb.head)  # "the sanctions it imposed on the oil industry": the gap is the object
        for obj in list(objects):
            if obj.like_num or obj.tag_ == "CD" or obj.lemma_.lower() in MEASURES | PARTITIVE_HEADS:
                # "two days of drills", "suspended part of its aid"
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        objects.extend(_children(prep, "pobj"))
        objects.extend(_preps(verb, "with"))
        if verb.lemma_.lower() in DEPARTURE_ORDERS:  # "gave the ambassador 48 hours to leave"
            objects.extend(c for c in _children(verb, "dative") if c.pos_ != "ADP")
        for child in verb.children:
            if child.dep_ in ("prep", "prt") and child.lower_ != "with":
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
        senses = self.patterns.verbs.get(verb.lemma_.lower())
        if verb.lemma_.lower() in DEPARTURE_ORDERS and _children(verb, "dobj", "dative") and any(
                c.lemma_.lower() in DEPARTURES for c in _children(verb, "xcomp", "advcl")):
            senses = self.patterns.verbs.get("expel")  # "ordered 15 diplomats to leave" is an expulsion
        if verb.lemma_.lower() in NAMING_VERBS:
            complement = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp")
                          or (c.dep_ == "prep" and c.lower_ == "as")]
            complement += [c for d in _children(verb, "dobj") for c in d.children if c.dep_ == "appos"]
            evaluation = self._evaluation(verb, complement) if complement else []
            if evaluation:  # "called the decision a hostile act": naming, which may praise or condemn
                return evaluation
            if any(c.dep_ in ("oprd", "appos") or c.lower_ == "as" for c in complement):
                return []  # a naming without a judging word; "called on Washington to act" goes on
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        objects = self._objects(verb)
        words = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        particle_of = {c.lower_: c for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        bare: Pattern | None = None
        bare_words: list[Token] = words
        primary = [o for o in objects if o.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "conj", "dative")
                   or o.head.lower_ == "with" or o.head.dep_ == "dobj"]
        for pool in (primary, objects):
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
                        return found
                elif bare is None:
                    bare = sense
                    bare_words = words + extra
        if verb.lemma_.lower() in light_verbs():
            for obj in [o for o in objects if o.dep_ in ("dobj", "nsubjpass", "conj") or o is verb.head]:
                noun = self.patterns.nouns.get(obj.lemma_.lower())
                if noun is not None:
                    return [Trigger(verb, noun, noun.code_for(self._domains([obj])), words + [obj],
                                    objects=objects)]
        if bare is not None:
            return [Trigger(verb, bare, bare.code_for(self._domains(objects)), bare_words, objects=objects)]
        force = force_verbs().get(verb.lemma_.lower())
        if force is not None:  # "the last Soviet soldiers left Afghanistan": an event only for armed forces
            return [Trigger(verb, force, force.cameo, words, objects=objects)]
        return []

    def _evaluation(self, verb: Token, complement: list[Token]) -> list[Trigger]:
        words = evaluations()
        for part in complement:
            for token in part.subtree:
                code = words.get(token.lemma_.lower()) or words.get(token.lower_)
                if code:
                    pattern = Pattern(lemma=verb.lemma_.lower(), cameo=code, target=("dobj",))
                    return [Trigger(verb, pattern, code, [verb, token], objects=_children(verb, "dobj"))]
        return []

    def _noun_trigger(self, noun: Token) -> Trigger | None:
        pattern = self.patterns.nouns.get(noun.lemma_.lower()) or self.patterns.nouns.get(noun.lower_)
        if pattern is None or _era_name(noun):
            return None  # "U.S. Cold War policy": the name of an era dates things, it states no event
        if not pattern.standalone and not any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
            return None  # "support" alone is vague; "help from the United States" states who helps
        theme = [p for p in _preps(noun, "of")] + [noun]
        return Trigger(noun, pattern, pattern.code_for(self._domains(theme)), [noun], objects=theme[:-1])

    def _behind_event_noun(self, targets: list[Found], objects: list[Token], sources: list[Found]) -> list[Found]:
        """"condemned the invasion of Ukraine" condemns the invader, not Ukraine: an actor named only as the
        of-object of an event noun is that event's target; the verb's target is the event's source, if named."""
        for obj in objects:
            noun = self.patterns.nouns.get(obj.lemma_.lower())
            if noun is None or "of" not in noun.target or obj.dep_ not in ("dobj", "nsubjpass"):
                continue
            inner = {t.idx for p in _preps(obj, "of") for t in p.subtree}
            if not any(t.start in inner for t in targets):
                continue
            event = Trigger(obj, noun, noun.cameo, [obj])
            self._noun_actors(event)
            return [s for s in event.sources if all(s.country != o.country for o in sources)]
        return targets

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
        if not trigger.targets and lookup(trigger.cameo).event in ADDRESSED:
            # a demand, offer or warning is addressed to the one who answers it
            trigger.targets = [s for s in governor.sources if all(s.country != o.country for o in own)]
        # without a target it is most often an event told before ("condemned the Iranian attack")
        return trigger if trigger.targets else None

    def _domains(self, tokens: list[Token]) -> set[str]:
        words = self.patterns.domain_words
        found: set[str] = set()
        for token in tokens:
            for t in token.subtree:
                domain = words.get(t.lemma_.lower()) or words.get(t.lower_)
                if domain:
                    found.add(domain)
        return found

    @staticmethod
    def _ruled_out(noun: Trigger, triggers: list[Trigger]) -> list[Trigger]:
        """"did not rule out further expulsions": a possible expulsion; "ruled out sanctions": a rejection of
        them (PLOVER REJECT), written once in place of the bare "ruled out"."""
        verb = noun.token.head
        if noun.token.dep_ != "dobj" or not _rules_out(verb):
            return triggers
        if any(c.dep_ == "neg" for c in verb.children):
            noun.possible = True
        else:
            noun.refused_event = lookup(noun.cameo).event
            noun.cameo = REJECTIONS.get(noun.refused_event or "", "120")
            noun.refused = True
            noun.words = [verb] + noun.words
        return [t for t in triggers if t.token.i != verb.i]

    @staticmethod
    def _share_targets(triggers: list[Trigger]) -> None:
        """"The Kremlin condemned the plan and warned that Russia would take countermeasures": a verb coordinated
        with another of the same actor, with no target of its own, is aimed at the same one."""
        by_token = {t.token.i: t for t in triggers}
        for trigger in triggers:
            head = by_token.get(trigger.token.head.i)
            if trigger.targets or not trigger.sources or trigger.token.dep_ != "conj" or head is None:
                continue
            if head.targets and {s.country for s in head.sources} == {s.country for s in trigger.sources} \
                    and lookup(head.cameo).event != lookup(trigger.cameo).event:  # else it restates the first
                trigger.targets = list(head.targets)

    def _drop_embedded(self, triggers: list[Trigger]) -> list[Trigger]:
        """"urged Japan to lift sanctions" is one request, not a request and a lifting; "refused to allow
        inspectors" is a rejection (PLOVER REJECT: refuse, decline), not an allowing."""
        by_token = {t.token.i: t for t in triggers}
        dropped: set[int] = set()
        for trigger in triggers:
            head = trigger.token.head
            ruled_out = head.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                             for c in head.children)
            if ruled_out and any(c.dep_ == "neg" for c in head.children):
                trigger.possible = True  # "did not rule out further expulsions": possible, not refused
                if head.i in by_token:
                    dropped.add(id(by_token[head.i]))
                continue
            if (trigger.token.dep_ == "xcomp" and head.lemma_.lower() in REFUSALS) or (
                    ruled_out and (trigger.token.dep_ in ("dobj", "xcomp", "pcomp") or (
                    trigger.token.dep_ == "advcl" and trigger.token.tag_ == "VBG"))):
                event = lookup(trigger.cameo).event
                trigger.cameo = REJECTIONS.get(event or "", "120")
                trigger.refused = True
                trigger.refused_event = event
                trigger.words = [head] + trigger.words
                if head.i in by_token:
                    dropped.add(id(by_token[head.i]))  # the refusal is this rejection, written once
                continue
            if (trigger.token.dep_ in ("xcomp", "ccomp") or (trigger.token.dep_ == "advcl" and _infinitive(
                    trigger.token))) and head.i in by_token and by_token[head.i].sources:
                governor = by_token[head.i]
                intent = governor.cameo.startswith("03") and trigger.token.dep_ == "xcomp" \
                    and {s.country for s in governor.sources} == {s.country for s in trigger.sources}
                if lookup(governor.cameo).event in REQUEST_LIKE or intent:
                    # "applied to join NATO": asked of the one the request concerns; "agreed to begin
                    # negotiations", "promised to send personnel": the promise is the event (PLOVER AGREE)
                    if not governor.targets:
                        governor.targets = trigger.targets
                    dropped.add(id(trigger))
        return [t for t in triggers if id(t) not in dropped]

    # -- actors ----------------------------------------------------------------------------------------------
    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """The subject phrase(s) of a verb, inherited from the governing clause when it has none."""
        if depth > 5:
            return [], True
        if verb.tag_ == "VBG" and verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "case":
            return self.resolver.conjuncts(verb.doc[verb.i - 1].head), depth > 0  # "China's establishing ..."
        subjects = [c for c in verb.children
                    if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "poss" and verb.tag_ == "VBG")]
        if subjects:
            # two subjects on one verb is a misparse; the one nearest the verb is its subject
            child = min(subjects, key=lambda c: abs(verb.i - c.i))
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return self.resolver.conjuncts(verb.head), depth > 0
            return self.resolver.conjuncts(child), depth > 0
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ccomp" and verb.i > 0 \
                and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not _preps(verb, "by"):
            return [], True  # "the peace plan agreed with the junta": a reduced relative the parser misread
        if depth > 0 and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _preps(verb, "by"):
            return self.resolver.conjuncts(verb.head), True  # "companies involved in supplying drones"
        if _is_passive(verb):
            agents = _preps(verb, "by") or (_preps(verb, "from") if depth == 0 else [])
            if agents:
                return self.resolver.conjuncts(agents[0]), depth > 0
            if depth > 0:  # "Xi is expected to travel": the passive subject is the traveller
                raised = _children(verb, "nsubjpass")
                if raised:
                    return self.resolver.conjuncts(raised[0]), True
            return [], depth > 0
        head = verb.head
        if head is verb:
            return [], depth > 0
        if verb.dep_ == "xcomp" or (_infinitive(verb) and verb.dep_ == "advcl"
                                    and head.lemma_.lower() in ASKING_VERBS):
            # "urged the Council to intervene": the one urged is the one to act (the parser may say advcl)
            objects = _children(head, "dobj")
            if objects:
                return self.resolver.conjuncts(objects[0]), True
            return self._subjects(head, depth + 1)
        if verb.dep_ in ("advcl", "conj", "ccomp", "xcomp"):
            return self._subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSING \
                and _children(head.head, "dobj"):
            # "accused the North of sending infiltrators": the accused is the one said to act
            return self.resolver.conjuncts(_children(head.head, "dobj")[0]), True
        if verb.dep_ == "pcomp" and head.head is not head:
            return self._subjects(head.head, depth + 1)
        if verb.dep_ == "relcl" and head.head is not head:
            # "more reasons to seek an alliance": the one who has the reasons seeks
            return self._subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return [], True
        return [], True

    def _slot(self, token: Token, slot: str, objects: list[Token]) -> list[Token]:
        if slot == "dobj":
            heads = _children(token, "dobj") or _stray_object(token) \
                or (_children(token, "nsubjpass") if token.pos_ == "VERB" else []) \
                or [s for c in _children(token, "ccomp", "xcomp")
                    for s in sorted(_children(c, "nsubj"), key=lambda t: t.i)[:1]]
            if not heads and token.dep_ == "relcl" and not _is_passive(token):
                heads = [token.head]  # "45 Russian diplomats it accused of spying": the relative's gap
            return [c for h in heads for c in self.resolver.conjuncts(h)]
        if slot == "dative":
            return [c for c in _children(token, "dative") if c.pos_ != "ADP"]
        if slot.startswith("prep:"):
            return _preps(token, slot[5:])
        if slot.startswith("obj-prep:"):
            return [p for obj in objects for o in [obj, *obj.conjuncts] for p in _preps(o, slot[9:])]
        if slot == "of":
            return _preps(token, "of")
        return []

    def _actors(self, heads: list[Token], places: bool = False, loose: bool = False) -> list[Found]:
        found: list[Found] = []
        for head in heads:
            for actor in self.resolver.actors_of(head, places, loose):
                if all(actor.country != f.country for f in found):
                    found.append(actor)
        return found

    def _verb_actors(self, trigger: Trigger) -> None:
        verb = trigger.token
        subjects, inherited = self._subjects(verb)
        trigger.inherited = inherited
        sources = self._actors(subjects, loose=_is_passive(verb) and bool(_preps(verb, "by")))
        if sources:  # "Sweden applied to join NATO together with Finland", "alongside Britain"
            partners = [p for v in [verb, *_children(verb, "xcomp")] for c in v.children if c.dep_ == "prep" and (
                c.lower_ == "alongside" or (c.lower_ == "with" and c.i > 0
                                            and c.doc[c.i - 1].lower_ in ("together", "along")))
                for p in _children(c, "pobj") for p in self.resolver.conjuncts(p)]
            sources += [replace(f, via="partner") for f in self._actors(partners)
                        if all(f.country != s.country for s in sources)]
        slots = trigger.pattern.target
        if trigger.pattern.lemma != verb.lemma_.lower():
            # light verb + event noun: the target stands behind the verb's or the noun's preposition
            noun_slots = tuple("obj-" + s for s in trigger.pattern.target if s.startswith("prep:")) + (
                ("obj-prep:of",) if "of" in trigger.pattern.target else ())  # "ordered a quarantine of Cuba"
            slots = ("dative",) + tuple(s[4:] for s in noun_slots) + noun_slots + LIGHT_TARGETS
        noun_objects = [w for w in trigger.words[1:] if w.pos_ in ("NOUN", "PROPN")] or trigger.objects
        targets: list[Found] = []
        for slot in slots:
            targets = self._actors(self._slot(verb, slot, noun_objects), places=slot != "dobj", loose=True)
            targets = [t for t in targets if all(t.country != s.country for s in sources)]
            if targets:
                break
        if targets and trigger.pattern.lemma == verb.lemma_.lower() and lookup(trigger.cameo).event in REACTIONS:
            targets = self._behind_event_noun(targets, noun_objects, sources)
        if not targets and sources and trigger.pattern.lemma != verb.lemma_.lower():
            # "cleared the sale of F-35 jets worth $8.6 billion to Greece": deep inside the noun phrase
            # the parser may hang the rest of the phrase on the verb: "cleared the sale of jets worth $8.6 billion
            # to Greece"
            adjuncts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("worth", "for", "of")]
            for word in [s[5:] for s in trigger.pattern.target if s.startswith("prep:")] or ["to", "with"]:
                heads = [p for o in noun_objects + adjuncts for p in _np_preps(o, word)]
                found = self._actors(heads, places=True, loose=True)
                targets = [t for t in found if all(t.country != s.country for s in sources)]
                if targets:
                    break
        if not targets and sources and "dobj" in slots:
            targets = self._anaphora(_children(verb, "dobj"), sources)
        if not targets and sources:
            targets = self._counterpart(_children(verb, "dobj") + [p for w in ("to", "with") for p in _preps(verb, w)],
                                        sources)
        if not targets and sources:
            targets = self._purpose_targets(verb, sources)
        if not targets and sources:
            # "blocked Chinese investment", "seized the American ship": whose the object is, is who is acted on
            owned = [o for o in (noun_objects or trigger.objects) if o.dep_ in ("dobj", "nsubjpass", "conj", "dative")
                     or (o.dep_ == "pobj" and o.head.head.lemma_.lower() in MEASURES | PARTITIVE_HEADS)]
            targets = [f for o in owned for f in self.resolver.modifiers(o)
                       if all(f.country != s.country for s in sources)][:2]
        if not targets and sources and verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in ACCUSING \
                and lookup(trigger.cameo).event in HOSTILE:
            # "Seoul accused the North of sending commandos": done, the accuser says, to the accuser
            accusers = self._actors(self._subjects(verb.head.head)[0])
            targets = [a for a in accusers if all(a.country != s.country for s in sources)]
        inverse = trigger.pattern.inverse or (verb.lemma_.lower() in INVERSE_LIGHT
                                               and trigger.pattern.lemma != verb.lemma_.lower())
        if inverse:
            givers = self._actors(_preps(verb, "from") + [p for o in noun_objects for p in _preps(o, "from")])
            sources, targets = (givers or targets), sources
        if _is_passive(verb) and not trigger.pattern.inverse:
            passive_subjects = _children(verb, "nsubjpass")
            if not passive_subjects and verb.dep_ == "conj":  # "Kosovo declared independence and was recognized"
                passive_subjects = _children(verb.head, "nsubj", "nsubjpass")
            if passive_subjects and not targets:
                targets = self._actors([c for h in passive_subjects for c in self.resolver.conjuncts(h)])
                targets = [t for t in targets if all(t.country != s.country for s in sources)]
        trigger.sources, trigger.targets = sources, targets

    # date state besides __init__'s: the date of the event the narrative told last ("the same night", "two days
    # earlier" count from it), the date mentions of the sentence being coded and the dates its events were given
    reference: EventDate | None = None
    _sentence_at: int = -1
    _mentions: tuple[DateMention, ...] = ()
    _dated: tuple[tuple[int, int, EventDate, bool], ...] = ()  # (depth, token, date, future) per dated trigger
    # "the day after [the coup]": the noun phrase's tokens, the word the link hangs from, the link
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

    @staticmethod
    def _contextual(event: Event) -> bool:
        return event.target is not None and event.target.start < event.sentence.start

    def _context_target(self, event: str, trigger: Trigger, sentence: int) -> Found | None:
        """The target of the latest event of the same kind in the last six sentences, if any. A refusal counts
        as what it refuses ("ruled out sending troops" is about troops for Haiti); a pledge of aid (CAMEO 033)
        and a deployment are aid."""
        if trigger.cameo.startswith("033"):
            event = "AID"
        mine = {s.country for s in trigger.sources}
        candidates: list[Event] = []
        for earlier in reversed(self.history[-RECALL:]):
            kind = self.refused_kinds.get(earlier.id, earlier.event)
            if earlier.cameo.startswith("033"):
                kind = "AID"
            same_kind = kind == event or {kind, event} <= {"AID", "MOBILIZE"}
            if same_kind and earlier.target is not None and earlier.target.country not in mine:
                candidates.append(earlier)
        # the one this actor dealt with before in the text ("Poland did not rule out further expulsions"),
        # else the latest such event of the last six sentences
        recent = [e for e in candidates if e.sentence.index >= sentence - 6]
        pick = next((e for e in candidates if e.source.country in mine), recent[0] if recent else None)
        if pick is None or pick.target is None:
            return None
        t = pick.target
        return Found(t.country, t.role, t.name, t.start, t.end, "context")

    def _place_targets(self, trigger: Trigger) -> list[Found]:
        """Where a deployment, attack or protest happens: "fight in Ukraine", "rallied outside the French base"."""
        heads = [p for word in PLACE_PREPS for p in _preps(trigger.token, word)]
        heads += [p for obj in trigger.objects for word in PLACE_PREPS for p in _preps(obj, word)]
        return self._actors(heads, places=True, loose=True)

    def _purpose_targets(self, verb: Token, sources: list[Found]) -> list[Found]:
        """"supplied manpower to help Russia": the one helped is the one acted for."""
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in PURPOSE_VERBS:
                helped = _children(child, "dobj") + [s for c in _children(child, "ccomp", "xcomp")
                                                     for s in _children(c, "nsubj")]
                found = self._actors(helped)
                return [f for f in found if all(f.country != s.country for s in sources)]
        return []

    def _anaphora(self, objects: list[Token], sources: list[Found]) -> list[Found]:
        """"Moscow called the decision a hostile act": the decision is the last event's, so is its actor."""
        for obj in objects:
            lemma = obj.lemma_.lower()
            if lemma not in ANAPHORIC_NOUNS and lemma not in self.patterns.nouns:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children):
                continue
            mine = {s.country for s in sources}
            if lemma in EVENT_KINDS:  # "condemned the agreement": the parties of the agreement just told
                latest = self._referent_event(EVENT_KINDS[lemma], mine, obj.sent.start_char)
                return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in latest]
            told = self._previous_news(mine, obj)
            if told:  # "called the decision illegal": the main news of the sentence before
                return [Found(c, None, None, obj.idx, obj.idx + len(obj), "reference") for c in told]
            # the actor whose doings the text has reported most, those aimed at the speaker counting double
            scores: dict[str, float] = {}
            for rank, event in enumerate(self.history[-RECALL:]):
                if event.source.country in mine or event.modality != "asserted":
                    continue
                weight = 2.0 if event.target is not None and event.target.country in mine else 1.0
                scores[event.source.country] = scores.get(event.source.country, 0.0) + weight + rank * 1e-6
            if scores:
                country = max(scores, key=lambda c: scores[c])
                return [Found(country, None, None, obj.idx, obj.idx + len(obj), "reference")]
        return []

    def _previous_news(self, mine: set[str], noun: Token) -> list[str]:
        """The actors of the first event (by others than ``mine``) of the sentence just before, in the same
        paragraph."""
        last = bisect.bisect_right(self.resolver.sentence_starts, noun.sent.start) - 2
        earlier = [e for e in self.history[-RECALL:] if e.sentence.index == last]
        first = next((e for e in earlier if e.source.country not in mine and e.modality in ("asserted", "future")
                      and e.id not in self.reversed_ids), None)
        if first is None or "\n" in self.text[first.sentence.end:noun.sent.start_char]:
            return []
        return list(dict.fromkeys(e.source.country for e in earlier if e.evidence == first.evidence
                                  and e.source.country not in mine))

    def _referent_event(self, kinds: frozenset[str], mine: set[str], before: int) -> list[str]:
        """The actors of the latest event of the kind a noun names ("the agreement", "the raid") told before
        by others than ``mine``."""
        for event in reversed(self.history[-RECALL:]):
            if event.sentence.start >= before:
                continue
            if event.source.country in mine or event.modality not in ("asserted", "future"):
                continue
            if event.event not in kinds:
                continue
            actors = [e.source.country for e in self.history[-RECALL:]
                      if e.evidence == event.evidence and e.source.country not in mine]
            return list(dict.fromkeys(actors))
        return []

    def _counterpart(self, objects: list[Token], sources: list[Found]) -> list[Found]:
        """"Lula praised his guest": the other side of the latest meeting or visit the source took part in."""
        for obj in objects:
            if obj.lemma_.lower() not in COUNTERPARTS or obj.i in self.resolver.by_token:
                continue
            mine = {s.country for s in sources}
            for event in reversed(self.history[-RECALL:]):
                if event.event != "CONSULT" or event.target is None:
                    continue
                if event.source.country in mine and event.target.country not in mine:
                    other = event.target
                elif event.target.country in mine and event.source.country not in mine:
                    other = event.source
                else:
                    continue
                return [Found(other.country, other.role, other.name, obj.idx, obj.idx + len(obj), "reference")]
        return []

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
            elif slot == "of-theme":
                sources = [a for p in of_objects for a in self.resolver.modifiers(p)]
            else:
                heads = self._slot(noun, slot, [])
                if not heads and slot.startswith("prep:"):  # "the expulsion of Russian diplomats by Poland"
                    heads = _np_preps(noun, slot[5:])
                sources = self._actors(heads)
            if sources:
                break
        between = [c for p in _preps(noun, "between") for c in self.resolver.conjuncts(p)]
        targets: list[Found] = []
        if between:
            pair = self._actors(between)
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
        if not sources and noun.dep_ == "dobj" and noun.head.lemma_.lower() in INTENT_VERBS:
            # "Poland did not rule out further expulsions", "Japan is weighing sanctions"
            heads, _ = self._subjects(noun.head)
            sources = self._actors(heads)
            if noun.head.lemma_.lower() != "rule":
                trigger.possible = True
        if sources and not targets and noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_PREPS:
            # "shot down by Israeli air defences with help from the US", "held a session at Israel's request":
            # the help or the request is for the one who acts in the clause
            verb = noun.head.head
            if verb.pos_ in ("VERB", "AUX"):
                heads, _ = self._subjects(verb)
                if _is_passive(verb):
                    heads = _preps(verb, "by") or heads
                targets = [t for t in self._actors(heads, loose=True)
                           if all(t.country != s.country for s in sources)]
        trigger.sources, trigger.targets = sources, targets

    def _predicated(self, noun: Token) -> list[Token]:
        """The phrase a noun is said of: the subject of "is/remains/became <noun>", or the noun it stands in
        apposition to."""
        if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
            return [c for s in _children(noun.head, "nsubj") for c in self.resolver.conjuncts(s)]
        if noun.dep_ == "appos":
            return self.resolver.conjuncts(noun.head)
        return []

    # -- events ----------------------------------------------------------------------------------------------
    def _events(self, trigger: Trigger, ref: SentenceRef, dates: list[DateMention]) -> list[Event]:
        if not trigger.sources and lookup(trigger.cameo).event == "ASSAULT" and _is_passive(trigger.token):
            # "Twenty Indian soldiers and four Chinese troops were killed": a clash, each side the other's attacker
            victims = self._actors([c for h in _children(trigger.token, "nsubjpass")
                                    for c in self.resolver.conjuncts(h)])
            if len({v.country for v in victims}) == 2:
                trigger.sources, trigger.targets = victims[:1], victims[1:2]
                trigger.pattern = replace(trigger.pattern, mutual=True)
                trigger.between = True
        if not trigger.sources:
            return []
        if trigger.pattern.roles and not any(s.role in trigger.pattern.roles for s in trigger.sources):
            return []
        override = role_overrides().get((trigger.cameo, trigger.sources[0].role or ""))
        if override:
            trigger.cameo = override
        code = lookup(trigger.cameo)
        if code.event is None:
            return []
        pairs: list[tuple[Found, Found | None]] = []
        reverse: list[tuple[Found, Found | None]] = []
        if trigger.targets:
            pairs = [(s, t) for s in trigger.sources for t in trigger.targets if s.country != t.country]
        elif len(trigger.sources) >= 2 and all(s.via != "partner" for s in trigger.sources) and (
                trigger.pattern.mutual or (code.event in RECIPROCAL and all(
                s.via == "reference" for s in trigger.sources))):
            # "A and B met", "both sides pulled back": each toward the other
            first, rest = trigger.sources[0], trigger.sources[1:]
            pairs = [(first, b) for b in rest if b.country != first.country]
            reverse = [(b, first) for b in rest if b.country != first.country]
        elif (trigger.refused_event or code.event) in CONTEXT_TARGETS and self._context_target(
                trigger.refused_event or code.event, trigger, ref.index):
            # "Jamaica and Belize have promised to send personnel": to where the last such events went
            target = self._context_target(trigger.refused_event or code.event, trigger, ref.index)
            pairs = [(s, target) for s in trigger.sources if target is not None and s.country != target.country]
        elif code.event in TARGETLESS or trigger.cameo in TARGETLESS_CODES:
            places = self._place_targets(trigger)
            pairs = [(s, t) for s in trigger.sources for t in places if s.country != t.country] or \
                [(s, None) for s in trigger.sources]
        if trigger.pattern.mutual and trigger.targets and (code.event in SYMMETRIC or trigger.between):
            if trigger.between and len(trigger.targets) > 1:  # "talks between the three countries": every pair
                group = trigger.sources[:1] + trigger.targets
                pairs = [(a, b) for n, a in enumerate(group) for b in group[n + 1:] if a.country != b.country]
            reverse = [(t, s) for s, t in pairs if t is not None]
        if not pairs:
            return []
        mood = "asserted" if trigger.refused else "hypothetical" if trigger.possible else modality(trigger.token)
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
                goldstein=code.goldstein, date=date, quantity=quantity, modality=mood,  # type: ignore[arg-type]
                attribution=attribution, confidence=round(max(0.3, confidence), 2)))
            if number >= len(pairs):
                self.reversed_ids.add(events[-1].id)
            if trigger.refused_event:
                self.refused_kinds[events[-1].id] = trigger.refused_event
        return events

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
        future = modality(anchor if anchor is not None else trigger.token) == "future"
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
        subtree = {t.i for t in trigger.token.subtree} if trigger.token.pos_ != "VERB" else set()
        # "applied to join NATO in May 2022": a date on a non-finite complement dates the event too
        complements = {c.i for c in trigger.token.children if c.dep_ in ("xcomp",) and c.pos_ == "VERB"}
        # "held a brief conversation on Thursday": a date on the light verb's noun dates the event
        complements |= {w.i for w in trigger.words[1:]}
        found = pick(subtree) or pick(complements)
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

    def _quantity(self, trigger: Trigger) -> Quantity | None:
        objects = trigger.objects + [w for w in trigger.words[1:]]
        if trigger.token.pos_ not in ("VERB", "AUX"):
            objects = [trigger.token] + objects
        candidates: list[Token] = []
        for obj in objects:
            candidates.append(obj)
            candidates.extend(_preps(obj, "of"))
            # "radars worth 600 million yen"; "cleared the sale of jets worth $8.6 billion" (worth on the verb)
            for child in list(obj.children) + [c for c in trigger.token.children if c.lower_ == "worth"]:
                if child.lower_ in ("worth", "valued", "totalling", "totaling"):
                    candidates.extend(c for c in child.subtree if c is not child and c.dep_ in ("pobj", "npadvmod",
                                                                                               "dobj", "nummod"))
        for obj in objects:  # "sanctions on 12 American defence companies"
            for word in ("on", "against", "to"):
                candidates.extend(_preps(obj, word))
        if lookup(trigger.cameo).event in ("MOBILIZE", "AID", "ASSAULT", "RETREAT"):
            # "About 400 Kenyan police officers arrived in Haiti": the force that moves is counted
            candidates.extend(s for s in _children(trigger.token, "nsubj", "nsubjpass")
                              if self.resolver.role(s) in ("MIL", "COP"))
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


def _clause(token: Token) -> int:
    """The verb heading the clause that states an event: participles and infinitives without a subject
    belong to the clause above them ("deploy its troops, sending 10,000 soldiers" is one clause)."""
    for _ in range(10):
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children)
        if token.head is token or (token.pos_ in ("VERB", "AUX") and (has_subject or token.dep_ == "conj")):
            return token.i  # a coordinated verb ("blocked ... and banned ...") states its own event
        token = token.head
    return token.i


def _merge(events: list[Event], clauses: dict[int, int]) -> list[Event]:
    """One event stated twice in one clause ("deploy its troops, sending 10,000 soldiers") is written once."""
    kept: list[Event] = []
    for event in events:
        key = (event.source.country, event.target.country if event.target else None, event.event)
        clause = clauses.get(id(event))
        same = [k for k in kept if clauses.get(id(k)) == clause and k.modality == event.modality]
        twin = next((k for k in same if (k.source.country, k.target.country if k.target else None, k.event) == key),
                    None)
        if twin is None:
            targeted = next((k for k in same if event.target is None and k.source.country == event.source.country
                             and k.event == event.event), None)
            if targeted is not None:
                twin = targeted
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
