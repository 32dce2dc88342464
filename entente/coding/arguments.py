"""Source and target of a trigger from the parse: the subject (inherited where the clause has none), the slot the
pattern names, passive agents, coordination, and the fallbacks when the slot holds no actor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.context import ContextStage
from entente.coding.grammar import (
    ACCUSING,
    ADJUNCT_PREPS,
    ASKING_VERBS,
    CONVERSATIONS,
    COPULAS,
    DENIALS,
    EVENT_KINDS,
    FRIENDLY,
    GATHERING_PREPS,
    GROUP_NOUNS,
    HOSTILE,
    HOSTS,
    INTENT_VERBS,
    INVERSE_LIGHT,
    INVITATIONS,
    LIGHT_TARGETS,
    MEANS_PREPS,
    MEASURES,
    MILITARY_SITES,
    NAMING_VERBS,
    PLACE_PREPS,
    PURPOSE_VERBS,
    REACTIONS,
    REFUSALS,
    RELATIVE_PRONOUNS,
    STATIONING,
    SUBJECT_CONTROL,
    TALKING,
    TRAVEL_VERBS,
    Trigger,
    _children,
    _decided_against,
    _infinitive,
    _is_passive,
    _np_preps,
    _preps,
    _refused_act,
    _stray_object,
    _unhesitating,
    _unwilling,
    consent,
    evaluations,
)
from entente.coding.modality import modality
from entente.coding.phrase_words import PARTITIVES, Found
from entente.coding.tables import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token


DOCUMENTS = {"resolution", "draft", "statement", "declaration", "communique", "report", "letter", "motion"}
CHARGES = {"charge", "claim", "accusation", "allegation", "assertion"}  # "a charge Pakistan denied"
CLAIMANTS = {"say", "claim", "allege", "report", "state", "insist", "charge", "assert", "announce", "tell"}
ASIDE_PREPS = {"for", "against", "on", "in", "into", "at", "over", "near", "inside"}  # a place or an aim, not a party
TELLING = {"tell", "inform", "assure", "notify", "warn"}  # told to someone: "told Eden that ..."
SIDES = {"side", "party"}  # "both sides", "all parties": those in conflict
CLASHES = {"clash", "skirmish", "fighting", "battle", "attack", "ambush", "firefight", "exchange", "raid"}


def _own_clause(token: Token, clause: Token) -> bool:
    """Whether ``token`` belongs to ``clause`` itself, not to a clause coordinated with it ("and both sent
    ministers to Niamey")."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _behind(token: Token, clause: Token, preps: set[str]) -> bool:
    """Whether ``token`` stands behind one of ``preps`` inside ``clause`` ("an attack on Guyana")."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in preps:
            return True
        token = token.head
    return False


def _described(token: Token, clause: Token) -> bool:
    """Whether ``token`` stands in a relative or participle clause inside ``clause``: it describes, it is not what
    the clause is about."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


class ArgumentStage(ContextStage):
    """Who did it and to whom: subjects, objects, prepositions, repairs of the parser's slips."""

    # -- actors ----------------------------------------------------------------------------------------------
    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """The subject phrase(s) of a verb, inherited from the governing clause when it has none."""
        if depth > 5:
            return [], True
        if verb.tag_ == "VBG" and verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "case":
            return self.resolver.conjuncts(verb.doc[verb.i - 1].head), depth > 0  # "China's establishing ..."
        subjects = [c for c in verb.children
                    if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "poss" and verb.tag_ == "VBG")]
        if len(subjects) == 2 and any(c.dep_ == "cc" and c.lower_ == "and" for c in min(subjects).children) \
                and not any(c.dep_ == "conj" for c in min(subjects).children):
            # "President Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia signed": the parser may hang
            # both halves of a coordinated subject on the verb, the "and" left on the first
            return [c for s in sorted(subjects) for c in self.resolver.conjuncts(s)], depth > 0
        if subjects:
            # two subjects on one verb is a misparse; the one nearest the verb is its subject
            child = min(subjects, key=lambda c: abs(verb.i - c.i))
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return self.resolver.conjuncts(verb.head), depth > 0
            return self.resolver.conjuncts(child), depth > 0
        if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children):
            # "exercises, which Pyongyang denounces every year": the parser may hang the subject of a relative
            # clause on its verb as a modifier
            stray = [c for c in verb.children if c.dep_ in ("compound", "nmod") and c.i < verb.i
                     and c.i in self.resolver.by_token]
            if stray:
                return self.resolver.conjuncts(stray[-1]), depth > 0
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ccomp" and verb.i > 0 \
                and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and not _preps(verb, "by"):
            return [], True  # "the peace plan agreed with the junta": a reduced relative the parser misread
        if depth > 0 and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _preps(verb, "by"):
            return self.resolver.conjuncts(verb.head), True  # "companies involved in supplying drones"
        if _is_passive(verb):
            # "missiles were fired at air-defence sites from American warships": the parser may hang the agent's
            # "from" on the target
            hung = [p for o in _preps(verb, "at") + _preps(verb, "on") for p in _preps(o, "from")]
            agents = _preps(verb, "by") or (_preps(verb, "from") or hung if depth == 0 else []) or [
                a for clash in _preps(verb, "in") if clash.lemma_.lower() in CLASHES
                for a in _preps(clash, "with") + _preps(clash, "by")]  # "killed in a clash with Chinese troops"
            if agents:
                return self.resolver.conjuncts(agents[0]), depth > 0
            if depth > 0:  # "Xi is expected to travel": the passive subject is the traveller
                raised = _children(verb, "nsubjpass")
                if raised:
                    return self.resolver.conjuncts(raised[0]), True
            return [], depth > 0
        head = verb.head
        root = verb.sent.root
        if verb.dep_ == "acl" and root.pos_ in ("PROPN", "NOUN") and root.i < verb.i and verb.i > 0 \
                and verb.doc[verb.i - 1].lower_ == "," and root.i in self.resolver.by_token:
            # "Pakistan, which hosts three million Afghan refugees, called on ...": a sentence the parser left with
            # no main verb hangs it on the nearest noun; the state the sentence is rooted in is its subject
            return [root], depth > 0
        parenthesis = any(c.dep_ in ("appos", "relcl") and c.i < verb.i for c in head.children)
        if verb.dep_ == "acl" and not _preps(verb, "by") and (
                (verb.tag_ == "VBD" and head.i in self.resolver.by_token)
                or (parenthesis and (head.i in self.resolver.by_token or self.resolver.actors(head)))):
            # "China, Pakistan's closest ally, called on both sides", "The Carter administration, which ..., called
            # for": the parser may hang the verb on its subject as if it described it (not "the Iranians held in the
            # United States")
            return [head], depth > 0
        if head.i == verb.i:
            # "In the second framework, Egypt and Israel call for ...": the parser may hang the subject on the
            # opening phrase as an apposition
            stray = [t for t in verb.sent if t.i < verb.i and t.dep_ == "appos" and t.head.dep_ == "pobj"
                     and t.head.head.head.i == verb.i and t.i in self.resolver.by_token]
            return (self.resolver.conjuncts(stray[0]), depth > 0) if stray else ([], depth > 0)
        if verb.dep_ == "xcomp" or (_infinitive(verb) and verb.dep_ == "advcl"
                                    and head.lemma_.lower() in ASKING_VERBS):
            # "urged the Council to intervene": the one urged is the one to act (the parser may say advcl)
            # (an object after the clause is no one told to act: "denies sending soldiers ..., a Hutu militia")
            objects = [o for o in _children(head, "dobj") if o.i < verb.i]
            # "telephoned Vucic to urge a de-escalation" is a purpose: the caller urges (subject control)
            if objects and head.lemma_.lower() not in SUBJECT_CONTROL:
                forces = [p for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"] or objects[:1]  # "some of the units"
                if self.resolver.role(forces[0]) in ("MIL", "COP") and not self._actors(objects[:1]):
                    # "ordered some of the units near the border to pull back": the orderer's own forces
                    return self._subjects(head, depth + 1)
                return self.resolver.conjuncts(objects[0]), True
            return self._subjects(head, depth + 1)
        if verb.dep_ in ("advcl", "conj", "ccomp", "xcomp") or _unwilling(head) == verb:
            return self._subjects(head, depth + 1)  # ("Tokyo is unwilling to lift": the one unwilling)
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSING \
                and _children(head.head, "dobj"):
            # "accused the North of sending infiltrators": the accused is the one said to act
            return self.resolver.conjuncts(_children(head.head, "dobj")[0]), True
        if verb.dep_ == "pcomp" and head.head.i != head.i:
            return self._subjects(head.head, depth + 1)
        if verb.dep_ == "relcl" and head.head.i != head.i:
            # "more reasons to seek an alliance": the one who has the reasons seeks
            return self._subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agents = _preps(verb, "by")  # "the treaty, signed by Reagan and Gorbachev"
            if not agents and verb.lemma_.lower() in STATIONING:  # "American troops stationed in South Korea"
                return self.resolver.conjuncts(verb.head), depth > 0
            return (self.resolver.conjuncts(agents[0]), depth > 0) if agents else ([], True)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in DOCUMENTS:
            # "vetoed a draft resolution condemning the invasion": the resolution speaks, not the one who vetoed
            return self.resolver.conjuncts(head), True
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.i != head.i and depth == 0:
            # "Israel signed agreements establishing relations with the Emirates": who signs, establishes
            return self._subjects(head.head, depth + 1)
        return [], True

    def _slot(self, token: Token, slot: str, objects: list[Token]) -> list[Token]:
        if slot == "dobj":
            heads = _children(token, "dobj") or _stray_object(token) \
                or (_children(token, "nsubjpass") if token.pos_ == "VERB" else []) \
                or [s for c in _children(token, "ccomp", "xcomp") if not _children(c, "mark")
                    for s in sorted(_children(c, "nsubj"), key=lambda t: t.i)[:1]]
            if token.dep_ == "relcl" and (token.head.i in self.resolver.by_token or self.resolver.city(token.head)):
                # "Crimea, which Russia annexed": the relative pronoun stands for a state or a place
                heads = [token.head if h.lower_ in RELATIVE_PRONOUNS else h for h in heads]
            if not heads and token.dep_ == "relcl" and not _is_passive(token):
                heads = [token.head]  # "45 Russian diplomats it accused of spying": the relative's gap
            if not heads:  # "called Bahrain's decision shameful", the object hung on the complement
                heads = [c for o in _children(token, "oprd") for c in o.children if c.dep_ == "compound"
                         and c.lemma_.lower() not in evaluations()]
            if not heads:  # "called Biden, Yoon and Kishida gangster bosses": the names taken for the complement
                heads = [t for o in _children(token, "oprd") for t in o.subtree
                         if t.i in self.resolver.by_token and t.dep_ not in ("poss", "compound", "amod")]
            return [c for h in heads for c in self.resolver.conjuncts(h)]
        if slot == "dative":
            return [c for c in _children(token, "dative") if c.pos_ != "ADP"]
        if slot.startswith("prep:"):
            return _preps(token, slot[5:])
        if slot.startswith("obj-prep:"):
            # "shut their airspace and seaports to Qatari aircraft": the parser may hang the second object on the verb
            stray = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"] if objects else []
            # "a memorandum of understanding with Somaliland", "a treaty of friendship with Hanoi": the parser
            # hangs the preposition on the noun of the "of" phrase
            nouns = [n for obj in objects for o in [obj, *obj.conjuncts] for n in [o, *_preps(o, "of")]]
            return [p for o in nouns for p in _preps(o, slot[9:])] + [p for o in stray for p in _preps(o, slot[9:])]
        if slot == "of":
            return _preps(token, "of")
        if slot == "clause":  # "demanded that China halt its invasion": the one who is to act
            return [c for clause in _children(token, "ccomp") for s in _children(clause, "nsubj")
                    for c in self.resolver.conjuncts(s)]
        if slot == "body":  # "Moscow voted for the resolution": cast in the organisation the text named last
            bodies = [m for m in self.resolver.mentions if m.start < token.sent.end and m.entry.kind == "org"
                      and m.country.startswith("IGO")]
            before = [m for m in bodies if m.start < token.i]
            return [token.doc[m.end - 1] for m in (before or bodies)[-1:]]
        if slot == "other":  # "withdrew from the treaty it had accused Russia of violating": the one other state named
            named = [m for m in self.resolver.mentions if token.sent.start <= m.start < token.sent.end
                     and m.entry.kind in ("name", "capital", "leader", "demonym", "adjective")]
            return [token.doc[m.end - 1] for m in named]
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
        if trigger.refused and _is_passive(verb) and verb.lemma_.lower() in consent():
            # "King Hussein had not been consulted and would not be bound by the agreement": the one bound refuses
            bound = _children(verb, "nsubjpass") or (_children(verb.head, "nsubj", "nsubjpass")
                                                      if verb.dep_ == "conj" else [])
            subjects = [c for b in bound for c in self.resolver.conjuncts(b)]
        trigger.inherited = inherited
        sources = self._actors(subjects, loose=_is_passive(verb) and bool(_preps(verb, "by")))
        if verb.dep_ == "acl" and subjects == [verb.head]:  # the subject the parser hung the verb on: not the
            sources = [s for s in sources if s.start < verb.idx]  # states coordinated with it after the verb
        if not sources and inherited and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.tag_ == "VBD" \
                and verb.head.head.tag_ == "VBD":
            # "Johnson said the invasion was an affront and called on Moscow to withdraw": the parser may join the
            # second verb to the reported clause; the one who said it is the one who called
            subjects, _ = self._subjects(verb.head.head)
            sources = self._actors(subjects)
        if not sources and inherited and verb.dep_ == "conj":
            # "The war began when Hezbollah fighters crossed the border, killed three soldiers": the parser may join
            # the verb to the main clause; the nearest verb between them with a subject of its own acts
            top = verb
            while top.dep_ == "conj" and top.head.i != top.i:
                top = top.head
            between = [v for v in verb.sent if top.i < v.i < verb.i and v.pos_ == "VERB" and _children(v, "nsubj")]
            if between:
                sources = self._actors(self.resolver.conjuncts(_children(between[-1], "nsubj")[0]))
        if not sources and _is_passive(verb) and verb.lemma_.lower() == "summon" and not _preps(verb, "by"):
            sources = self._summoner(verb)
        trigger.unnamed_partner = len(subjects) >= 2 and any(
            s.lemma_.lower() in GROUP_NOUNS and s.tag_ == "NNS" and not self._actors([s]) for s in subjects)
        if not sources and _is_passive(verb) and not _preps(verb, "by") \
                and lookup(trigger.cameo).event in ("MOBILIZE", "AID"):
            # "Chinese police and troops could be deployed in the islands": forces are deployed by their state
            counted = [next(iter(_preps(h, "of")), h) if h.lemma_.lower() in PARTITIVES or h.like_num else h
                       for h in _children(verb, "nsubjpass")]  # "thousands of American troops"
            forces = [c for h in counted for c in self.resolver.conjuncts(h) if self.resolver.role(c) in ("MIL", "COP")]
            sources = [f for c in forces for f in self.resolver.modifiers(c)][:1]
        if sources:  # "Sweden applied to join NATO together with Finland", "alongside Britain"
            shared = [verb.head] if verb.dep_ == "conj" and inherited else []  # "closed ..., together with X, shut"
            partners = [p for v in [verb, *_children(verb, "xcomp"), *shared] for c in v.children
                        if c.dep_ == "prep" and (c.lower_ == "alongside" or (
                            c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("together", "along")))
                        for p in _children(c, "pobj") for p in self.resolver.conjuncts(p)]
            sources += [replace(f, via="partner") for f in self._actors(partners)
                        if all(f.country != s.country for s in sources)]
        slots = trigger.pattern.target
        if trigger.pattern.lemma != verb.lemma_.lower():
            # light verb + event noun: the target stands behind the verb's or the noun's preposition
            noun_slots = tuple("obj-" + s for s in trigger.pattern.target if s.startswith("prep:")) + (
                ("obj-prep:of",) if "of" in trigger.pattern.target else ())  # "ordered a quarantine of Cuba"
            light = LIGHT_TARGETS if lookup(trigger.cameo).event not in FRIENDLY else tuple(
                s for s in LIGHT_TARGETS if not s.endswith("against"))  # "assurances against Soviet pressure"
            slots = ("dative",) + tuple(s[4:] for s in noun_slots) + noun_slots + light
        noun_objects = [w for w in trigger.words[1:] if w.pos_ in ("NOUN", "PROPN")] or trigger.objects
        targets: list[Found] = []
        if sources and verb.lemma_.lower() in DENIALS and verb.dep_ == "relcl" and verb.head.lemma_.lower() in CHARGES:
            # "Belgrade television said it had shot down three NATO planes, a claim the alliance denied": the
            # denial answers the one who made the claim, whatever the noun the claim hangs on
            targets = [t for t in self._claimant(verb.head) if all(t.country != s.country for s in sources)]
            slots = () if targets else slots
        for slot in slots:
            heads = self._slot(verb, slot, noun_objects)
            targets = self._actors(heads, places=slot != "dobj", loose=True)
            if trigger.cameo == "042":  # "travelled on to Dubai and Doha": a city visited is a visit to its country
                targets += [c for h in heads for c in map(self.resolver.city, self.resolver.conjuncts(h))
                            if c is not None and all(c.country != t.country for t in targets)]
            targets = [t for t in targets if all(t.country != s.country for s in sources)]
            if slot == "other" and len({t.country for t in targets}) != 1:
                targets = []
            if targets:
                break
        if sources and lookup(trigger.cameo).event in ("REQUEST", "ACCUSE"):
            sources, targets = self._addressees(trigger, sources, targets, slots, noun_objects)
        if targets and trigger.pattern.lemma == verb.lemma_.lower() and lookup(trigger.cameo).event in REACTIONS:
            targets = self._behind_event_noun(targets, noun_objects, sources)
        given = bool(trigger.pattern.objects) and (  # aid given or promised: its receiver may hide in the amount
            lookup(trigger.cameo).event == "AID" or trigger.cameo.startswith("033"))
        if not targets and sources and (trigger.pattern.lemma != verb.lemma_.lower() or given):
            # "cleared the sale of F-35 jets worth $8.6 billion to Greece", "pledged $470 million in new aid for
            # Ukraine's energy sector": deep inside the noun phrase
            # the parser may hang the rest of the phrase on the verb: "cleared the sale of jets worth $8.6 billion
            # to Greece"
            adjuncts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("worth", "for", "of")]
            # "pledged $30 million for ... and $470 million in new aid for ...": a second amount hung on the verb
            adjuncts += [c for c in verb.children if given and c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM")]
            for word in [s[5:] for s in trigger.pattern.target if s.startswith("prep:")] or ["to", "with"]:
                heads = [p for o in noun_objects + adjuncts for p in _np_preps(o, word)]
                found = self._actors(heads, places=True, loose=True)
                targets = [t for t in found if all(t.country != s.country for s in sources)]
                if targets:
                    break
        if not targets and sources:
            # "cut off the electricity it supplies to the country": the receiver named in the object's relative
            # (which the parser may hang on the verb)
            clauses = [r for o in noun_objects for r in _children(o, "relcl")] + [
                c for c in _children(verb, "ccomp") if not _children(c, "mark")
                and any(n.lower_ in ("it", "they") for n in _children(c, "nsubj"))]
            targets = [f for f in self._actors([p for c in clauses for p in _preps(c, "to")], places=True)
                       if all(f.country != s.country for s in sources)]
        if not targets and sources and trigger.joined:  # "took part in the invasion": the invasion's target
            kinds = EVENT_KINDS.get(trigger.objects[0].lemma_.lower(), frozenset({lookup(trigger.cameo).event or ""}))
            targets = self._referent_targets(kinds, {s.country for s in sources}, verb.sent.start_char)
        if not targets and sources:  # "accepted an invitation to visit North Korea": the host invited
            targets = [f for f in self._invitation_hosts(noun_objects) if all(f.country != s.country for s in sources)]
        judging = verb.lemma_.lower() in NAMING_VERBS and trigger.cameo in ("111", "051")
        if not targets and sources and judging:
            # "called the diversion an abhorrent act by the regime in Minsk": the doer the judgement names
            doers = [p for w in trigger.words[1:] for a in [w, *w.ancestors] if a.head.i == verb.i or a.i == verb.i
                     for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for p in _children(c, "pobj")]
            targets = [t for t in self._actors(doers, loose=True) if all(t.country != s.country for s in sources)]
        if not targets and sources and verb.dep_ == "relcl" and lookup(trigger.cameo).event == "ACCUSE" \
                and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children) \
                and not any(t.lower_ in ("other", "another") for t in verb.subtree):
            # "began their annual exercises, which the North denounces as a rehearsal for invasion": those who do
            # what the relative clause judges (not "the dialogue, which both sides have accused each other of
            # stalling")
            judged = verb.head
            holders = self._actors(self._subjects(judged.head)[0]) if judged.dep_ == "dobj" else []
            targets = [d for d in holders or self._actors([judged], loose=True)
                       if all(d.country != s.country for s in sources)]
        if not targets and sources and "dobj" in slots:
            targets = self._anaphora(_children(verb, "dobj"), sources, any_noun=judging)
        if not targets and sources and "judged-actor" in slots:  # "said Russia was solely responsible"
            targets = [t for o in trigger.objects for t in self.resolver.actors_of(o, loose=True)
                       if all(t.country != s.country for s in sources)][:2]
        if not targets and sources and "judged" in slots:  # "said the pact was concerning": the pact's parties
            targets = [f for o in trigger.objects for f in self.resolver.modifiers(o)
                       if all(f.country != s.country for s in sources)] or self._anaphora(trigger.objects, sources)
        if not targets and sources:
            targets = self._counterpart(_children(verb, "dobj") + [p for w in ("to", "with") for p in _preps(verb, w)],
                                        sources)
        if not targets and sources:
            targets = self._purpose_targets(verb, sources)
        if not targets and sources:
            # "blocked Chinese investment", "seized the American ship": whose the object is, is who is acted on
            owned = [o for o in (noun_objects or trigger.objects) if o.dep_ in ("dobj", "nsubjpass", "conj", "dative")
                     or (o.dep_ == "pobj" and o.head.head.lemma_.lower() in MEASURES | PARTITIVES)]
            targets = [f for o in owned for f in self.resolver.modifiers(o)
                       if all(f.country != s.country for s in sources)
                       and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)][:2]
        if not targets and sources and lookup(trigger.cameo).event == "REQUEST" and verb.dep_ in ("xcomp", "advcl"):
            # "telephoned Vucic the same day to urge a de-escalation": the request is made of the one called
            called = [o for o in _children(verb.head, "dobj")]
            targets = [f for f in self._actors(called) if all(f.country != s.country for s in sources)]
        if not targets and sources and verb.lemma_.lower() in DENIALS and verb.dep_ == "relcl" \
                and verb.head.lemma_.lower() in CHARGES and verb.head.head.pos_ in ("VERB", "AUX"):
            # "India accused Islamabad of harbouring the group, a charge Pakistan denied": the one who charged
            charged, _ = self._subjects(verb.head.head)
            targets = [t for t in self._actors(charged) if all(t.country != s.country for s in sources)]
        if not targets and sources and verb.lemma_.lower() in DENIALS:
            # "Vucic denied that Serbia had played any role": a denial answers the last accusation against it
            targets = self._accusers(sources)
        if not targets and sources and verb.lemma_.lower() in REFUSALS:
            # "refused to take a call from his American counterpart": the one the refused act involves
            involved = [p for x in _children(verb, "xcomp") for c in [x, *_children(x, "dobj")]
                        for w in ("from", "with", "to") for p in _preps(c, w)] + [
                d for x in _children(verb, "xcomp") for d in _children(x, "dobj")]
            targets = [t for t in self._actors(involved, loose=True) if all(t.country != s.country for s in sources)]
        if not targets and sources and (_refused_act(verb) is not None or (
                trigger.refused and verb.lemma_.lower() in consent())):
            act = verb if verb.lemma_.lower() in consent() else _refused_act(verb)
            if act is not None:
                # "refused to let Japanese and American vessels search", "to receive two envoys sent by Carter",
                # "would not leave until Lebanese units had arrived": the states the refused act names, wherever in
                # its clause
                # (not a state named as a place or an aim: "allow its territory to be used for an attack on Guyana")
                named = [t for t in act.subtree if t.i in self.resolver.by_token and _own_clause(t, act)
                         and not _behind(t, act, ASIDE_PREPS)]
                targets = [f for f in self.resolver.modifiers_of(named) if all(f.country != s.country for s in sources)]
        if not targets and sources and trigger.refused and verb.lemma_.lower() in consent():
            # "would not be bound by an agreement reached in his absence": refused to the agreement's parties
            held = [p for n in _children(verb, "dobj") + _preps(verb, "by") for p in [n, *_preps(n, "of")]]
            pacts = [EVENT_KINDS[h.lemma_.lower()] for h in held if h.lemma_.lower() in EVENT_KINDS][:1]
            signers = [self._referent_event(k, {s.country for s in sources}, verb.sent.start_char) for k in pacts]
            targets = [Found(c, None, None, verb.idx, verb.idx + len(verb), "reference")
                       for p in signers for c in p[:1]]
        if not targets and sources and lookup(trigger.cameo).event in HOSTILE:
            # "vowed to wage a long war against the invaders": the last ones who attacked the speaker's side
            targets = self._aggressors(self._foes(verb, trigger.objects), sources)
        if not targets and sources and lookup(trigger.cameo).event in ("ASSAULT", "COERCE"):
            # "Russian forces shelled Avdiivka": a city attacked places the attack in its country
            targets = [c for c in (self.resolver.city(o) for o in self._slot(verb, "dobj", [])) if c is not None
                       and all(c.country != s.country for s in sources)][:1]
        if not targets and sources and lookup(trigger.cameo).event == "ASSAULT" and any(
                o.lemma_.lower() in MILITARY_SITES
                for o in self._slot(verb, "dobj", []) + _preps(verb, "at") + _preps(verb, "on")):
            # "missiles were fired at coastal air-defence sites": the sites of the enemy the text told of
            targets = self._adversary(sources)
        if not targets and sources and verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in ACCUSING \
                and lookup(trigger.cameo).event in HOSTILE and not any(
                    c.dep_ == "prep" and c.lower_ in ("alongside", "with") for c in verb.children):
            # "Seoul accused the North of sending commandos": done, the accuser says, to the accuser
            accusers = self._actors(self._subjects(verb.head.head)[0])
            targets = [a for a in accusers if all(a.country != s.country for s in sources)]
        if not targets and sources and lookup(trigger.cameo).event == "THREATEN":
            # "warned that any arms deal between North Korea and Russia would violate ...": the ones the warning's
            # subject names as actors (not as places: "any intervention in Niger"); "reserved the right to take
            # countermeasures against Finland": the act hangs on the noun "right"
            clauses = _children(verb, "ccomp") + [a for r in _children(verb, "dobj") for a in _children(r, "acl")
                                                  if verb.lemma_.lower() == "reserve"]
            for clause in clauses:
                # ("warned that Serbia could move into Kosovo" is said of Serbia, not a threat to it)
                named = [t for s in _children(clause, "nsubj", "nsubjpass") if s.i not in self.resolver.by_token
                         for t in s.subtree if t.i in self.resolver.by_token
                         and not (t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "on", "at"))]
                targets = [f for f in self._actors(named) if all(f.country != s.country for s in sources)
                           and not f.country.startswith("IGO")]
                if not targets and not any(s.i in self.resolver.by_token for s in _children(clause, "nsubj")):
                    # "warned that it would respond firmly to any new attack from Pakistani soil"
                    # (not a state a relative clause mentions: "a pact under which the two share intelligence on
                    # North Korea's missiles")
                    named = [t for t in clause.subtree if t.i in self.resolver.by_token and _own_clause(t, clause)
                             and not _described(t, clause)
                             and not (t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "on", "at"))]
                    targets = [f for f in self.resolver.modifiers_of(named) if all(f.country != s.country
                                                                                    for s in sources)]
            # ("warned that no one could take a drop of water from Egypt": the warner's own country names no one)
            mine = {s.country for s in sources}
            named_any = any(t.i in self.resolver.by_token and self.resolver.by_token[t.i].country not in mine
                            and not _described(t, c) for c in clauses for t in c.subtree)
            # ("his commanders had warned him that further fighting would cost ...": a warning to one's own leader)
            warned = self._actors(_children(verb, "dobj"))
            inward = bool(warned) and all(w.country in mine for w in warned)
            if not targets and not named_any and not inward and verb.lemma_.lower() in ("warn", "caution", "threaten",
                                                                                         "reserve"):
                # "Lee warned that any further provocation would bring enormous retaliation": the adversary
                targets = self._adversary(sources)
        act = _unhesitating(verb)
        if not targets and sources and act is not None:
            # "would not hesitate to impose sanctions on Iran": the one the act is aimed at, else the adversary
            named = [t for t in act.subtree if t.i in self.resolver.by_token and _own_clause(t, act)]
            targets = [f for f in self.resolver.modifiers_of(named) if all(f.country != s.country for s in sources)] \
                or self._adversary(sources)
        if verb.lemma_.lower() in HOSTS and trigger.cameo.startswith("04"):
            # "Oman hosted talks in Muscat between Saudi Arabia and the Houthis": the talks are theirs
            between = [c for p in _preps(verb, "between") + [p for o in noun_objects for p in _np_preps(o, "between")]
                       for c in self.resolver.conjuncts(p)]
            parties = self._actors(between)
            if len(parties) >= 2:
                sources, targets = parties[:1], parties[1:]
                trigger.pattern = replace(trigger.pattern, mutual=True)
                trigger.between = True
        if verb.lemma_.lower() in TALKING and trigger.pattern.lemma == verb.lemma_.lower() \
                and not targets and len(sources) < 2 \
                and not _preps(verb, "with") and not _preps(verb, "to"):
            sources = []  # "Speaking on Tuesday, Putin called ...": talk with no one named is no meeting
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
            if passive_subjects and not targets and sources and lookup(trigger.cameo).event in REACTIONS:
                # "the operation had been supported by Australia": the ones whose operation it was
                targets = self._anaphora(passive_subjects, sources)
        trigger.sources, trigger.targets = sources, targets

    @staticmethod
    def _foes(verb: Token, objects: list[Token]) -> list[Token]:
        """The nouns a hostile act is aimed at: its objects, a passive subject, "against" and "on" phrases."""
        return objects + _children(verb, "nsubjpass") + [p for o in [verb, *objects] for w in ("against", "on")
                                                         for p in _preps(o, w)]

    def _claimant(self, charge: Token) -> list[Found]:
        """Who made the charge or claim a noun names: the subject of the nearest saying or accusing verb above it
        ("India accused Islamabad of harbouring the group, a charge ...")."""
        for verb in charge.ancestors:
            if verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in CLAIMANTS or verb.lemma_.lower() in ACCUSING):
                return self._actors(self._subjects(verb)[0])
        return []

    def _told_to(self, verb: Token, sources: list[Found]) -> list[Found]:
        """Whom a clause is told to: "Dulles told Eden that Washington would not back military action"."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in TELLING:
            return []
        told = self._actors(_children(verb.head, "dobj", "dative"))
        return [t for t in told if all(t.country != s.country for s in sources)]
    def _addressees(self, trigger: Trigger, sources: list[Found], targets: list[Found], slots: tuple[str, ...],
                    noun_objects: list[Token]) -> tuple[list[Found], list[Found]]:
        """Whom a call or a charge addresses, where the slot the pattern names holds no other state."""
        verb = trigger.token
        heads = [h for slot in slots for h in self._slot(verb, slot, noun_objects)]
        if not targets and trigger.inherited and verb.dep_ == "conj":
            # "warned that Serbia could be preparing to move into Kosovo and called on Belgrade to withdraw": the
            # parser may join the call to the content of what was said; no state calls on itself, so the one who
            # said it calls
            addressed = self._actors(heads, loose=True)
            outer = self._outer_clause(verb, sources) if addressed and all(
                any(t.country == s.country for s in sources) for t in addressed) else None
            if outer is not None:
                sources = self._actors(_children(outer, "nsubj"))
                targets = [t for t in addressed if all(t.country != s.country for s in sources)]
                trigger.presupposed = modality(outer) == "asserted"  # as told as the outer clause tells it
        if not targets and sources:
            # "demanded an immediate halt to the bombing", "called for an end to the fighting", "expressed deep
            # regret over the tests": asked of, or judging, those who did what the event noun names, told before
            targets = self._doers(heads, sources)
        # "urged both sides to show restraint", "condemned all parties": the two sides of the latest conflict
        sides = [h for h in heads if h.lemma_.lower() in SIDES and h.tag_ == "NNS" and not self.resolver.modifiers(h)]
        fighting = self._belligerents(sources, sides[0]) if sides and sources else []
        return sources, fighting or targets

    def _outer_clause(self, verb: Token, sources: list[Found]) -> Token | None:
        """The nearest clause above ``verb`` whose subject names others than ``sources``."""
        mine = {s.country for s in sources}
        clause = verb.head
        for _ in range(8):
            found = self._actors(_children(clause, "nsubj"))
            if found and not {f.country for f in found} & mine:
                return clause
            if clause.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or clause.head.i == clause.i:
                return None
            clause = clause.head
        return None

    def _summoner(self, verb: Token) -> list[Found]:
        """"... demanded an explanation, and the Soviet ambassador was summoned to the Foreign Ministry": an envoy
        summoned by no one named is summoned by the state acting in the clause the summons is coordinated with, or
        by the state whose capital the sentence places it in ("to the foreign ministry in Warsaw", "In Tokyo")."""
        if verb.dep_ == "conj":
            acting = self._actors(self._subjects(verb.head)[0])
            if acting:
                return acting
        places = [p for w in ("to", "in", "at") for p in _preps(verb, w)]
        places += [q for p in places for q in _preps(p, "in")]
        places += [p for t in verb.sent if t.dep_ == "prep" and t.lower_ == "in" and t.i == verb.sent.start
                   for p in _children(t, "pobj")]  # "In Tokyo, ..."
        for place in places:
            mention = self.resolver.by_token.get(place.i)
            if mention is not None and mention.entry.kind in ("capital", "name"):
                return self._actors([place])
            city = self.resolver.city(place)
            if city is not None:
                return [city]
        return []

    def _doers(self, nouns: list[Token], sources: list[Found]) -> list[Found]:
        """The actors of the latest event told before of the kind a definite event noun names ("the bombing")."""
        mine = {s.country for s in sources}
        for noun in nouns:
            pattern = self.patterns.nouns.get(noun.lemma_.lower())
            if pattern is None or lookup(pattern.cameo).event is None or self.resolver.actors(noun) or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in noun.children):
                continue
            kinds = EVENT_KINDS.get(noun.lemma_.lower(), frozenset({lookup(pattern.cameo).event or ""}))
            return [Found(c, None, None, noun.idx, noun.idx + len(noun), "reference")
                    for c in self._referent_event(kinds, mine, noun.sent.start_char)]
        return []

    def _invitation_hosts(self, nouns: list[Token]) -> list[Found]:
        """The host of "an invitation to visit Pyongyang" or "to travel to Moscow": who invited."""
        heads = [h for n in nouns if n.lemma_.lower() in INVITATIONS for v in _children(n, "acl")
                 if v.lemma_.lower() in TRAVEL_VERBS for h in _children(v, "dobj") + _preps(v, "to")]
        return self._actors(heads, places=True)

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

    def _place_targets(self, trigger: Trigger) -> list[Found]:
        """Where a deployment, attack or protest happens: "fight in Ukraine", "rallied outside the French base"."""
        heads = [p for word in PLACE_PREPS for p in _preps(trigger.token, word)]
        if trigger.token.dep_ == "relcl" and any(c.lower_ == "where" for c in trigger.token.children):
            heads.append(trigger.token.head)  # "the Saudi air base of Dhahran, where American troops are stationed"
        heads += [p for obj in trigger.objects for word in PLACE_PREPS for p in _preps(obj, word)]
        # "a battlegroup led by Germany in Lithuania": the place may hang on the object's participle
        heads += [p for obj in trigger.objects + _preps(trigger.token, "to") for acl in _children(obj, "acl")
                  for word in PLACE_PREPS for p in _preps(acl, word)]  # "reinforcements to the troops stationed in"
        found = self._actors(heads, places=True, loose=True)
        if not found:  # "struck grain terminals in Odesa": a city places the event in its country
            found = [c for c in (self.resolver.city(h) for h in heads) if c is not None][:1]
        return found

    def _purpose_targets(self, verb: Token, sources: list[Found]) -> list[Found]:
        """"supplied manpower to help Russia": the one helped is the one acted for."""
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in PURPOSE_VERBS:
                helped = _children(child, "dobj") + [s for c in _children(child, "ccomp", "xcomp")
                                                     for s in _children(c, "nsubj")]
                found = self._actors(helped)
                return [f for f in found if all(f.country != s.country for s in sources)]
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
        if not sources and lookup(trigger.cameo).event == "CONSULT":
            sources, targets = self._gathering(noun, targets)
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

    def _gathering(self, noun: Token, targets: list[Found]) -> tuple[list[Found], list[Found]]:
        """"flew to Jeddah for talks with King Salman", "suspended the move after talks with American officials",
        "stayed on in Vietnam for an official visit": a meeting the clause goes to or comes from is held by the
        one who acts in the clause; a visit with no place of its own is to the place the clause names."""
        frame = noun.head.head if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURES else noun
        verb = frame.head.head  # "after a month of negotiations with Beijing"
        framing = frame.head.lower_ in GATHERING_PREPS or (
            frame.head.lower_ == "in" and noun.lemma_.lower() in CONVERSATIONS)  # (not "in exchange for")
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
