"""Arguments from the parse, the part every trigger shares: the subject (inherited where the clause has none), the
slot a pattern names, passive agents, coordination, and the fallbacks when the slot holds no actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from entente.coding.context import ContextStage
from entente.coding.grammar import (
    ACCUSING,
    ASKING_VERBS,
    COPULAS,
    EVENT_KINDS,
    INVITATIONS,
    ORDERS,
    PLACE_PREPS,
    PURPOSE_VERBS,
    RELATIVE_PRONOUNS,
    STATIONING,
    SUBJECT_CONTROL,
    TRAVEL_VERBS,
    Trigger,
    _children,
    _infinitive,
    _is_passive,
    _preps,
    _second_verb_read_as_adjective,
    _set_off_participle,
    _stray_object,
    _unwilling,
    evaluations,
)
from entente.coding.modality import PREVENTING, modality
from entente.coding.phrase_words import Found
from entente.coding.tables import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token


DOCUMENTS = {"resolution", "draft", "statement", "declaration", "communique", "report", "letter", "motion"}
BASES = {"base", "airbase", "garrison", "outpost"}  # "a Turkish military base in Qatar": a state's base abroad
CHARGES = {"charge", "claim", "accusation", "allegation", "assertion"}  # "a charge Pakistan denied"
# what one side puts to another, answered by a rejection: "said the blockade would stay, a demand Beirut rejected"
PROPOSALS = {"demand", "proposal", "request", "offer", "plan", "ultimatum", "suggestion", "condition"}
PROPOSING = {"propose", "offer", "suggest", "demand", "request"}  # "proposed joint action, an offer ...": its maker
CLAIMANTS = {"say", "claim", "allege", "report", "state", "insist", "charge", "assert", "announce", "tell"}
ASIDE_PREPS = {"for", "against", "on", "in", "into", "at", "over", "near", "inside"}  # a place or an aim, not a party
RETALIATING = {"retaliate", "respond", "react"}  # "... cut since June, when Moscow retaliated against ..."
EXCLUDING = {"bar", "ban", "exclude", "suspend", "expel", "eject", "oust"}  # shut out of a body or a place
TELLING = {"tell", "inform", "assure", "notify", "warn"}  # told to someone: "told Eden that ..."
SIDES = {"side", "party"}  # "both sides", "all parties": those in conflict
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
           "north-west", "south-east", "south-west"}  # ("south-west" may come as "south - west")
APPEALS = {"call": ("on", "upon"), "appeal": ("to",), "prevail": ("on", "upon")}  # "called on X to act"
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


def _outside_relative(prep: Token) -> Token | None:
    """"Kishida laid flowers in Bucha, where officials say troops killed civilians, before holding talks": a "before"
    or "after" phrase set off by a comma that the parser hung inside a relative clause belongs to the verb the
    relative clause's noun depends on."""
    if prep.lower_ not in ("before", "after") or prep.i == 0 or prep.doc[prep.i - 1].lower_ != ",":
        return None
    token = prep.head
    while token.dep_ != "relcl" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "relcl":
        return None
    return next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _gapped(verb: Token) -> list[Token]:
    """"keeps 28,500 troops in South Korea and some 54,000 in Japan": a second amount with its verb left out, which
    the parser joins to the verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
            and any(n.like_num for n in c.subtree)]


def _appealed_to(verb: Token) -> list[Token]:
    """The one an appeal is addressed to: "called on Moscow", "appealed to Washington", "prevailed upon Cairo"."""
    word = APPEALS.get(verb.lemma_.lower())
    return [o for w in word or () for o in _preps(verb, w)]


class ArgumentStage(ContextStage):
    """Who did it and to whom: subjects, objects, prepositions, repairs of the parser's slips, and the fallbacks
    when the slot a pattern names holds no actor. The verb's and the noun's own rules are in ``verb_arguments``
    and ``noun_arguments``."""

    if TYPE_CHECKING:  # supplied by NounArgumentStage
        def _noun_actors(self, trigger: Trigger) -> None: ...

    # -- actors ----------------------------------------------------------------------------------------------
    def _aims_from(self, verb: Token) -> bool:
        """Whether the passive ``verb`` is a sense whose object is its passive subject and whose target is its
        "from" phrase ("troops were withdrawn from Egypt", "diplomats were expelled from Poland"; not "Russia was
        cut off from the West", where the West cuts)."""
        themes = {s.lemma_.lower() for s in _children(verb, "nsubjpass")}
        senses = self.patterns.verbs.get(verb.lemma_.lower(), [])
        return any("prep:from" in p.target and p.objects & themes for p in senses)

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """The subject phrase(s) of a verb, inherited from the governing clause when it has none."""
        if depth > 5:
            return [], True
        shared = _second_verb_read_as_adjective(verb)
        if shared is not None:  # "has broken off relations ... and frozen Argentine assets": the first verb's subject
            return self._subjects(shared, depth + 1)[0], True
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
            if child.dep_ == "csubj" and _set_off_participle(child):
                return self._after_participle(child), depth > 0
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return self.resolver.conjuncts(self._predicated_subject(verb.head) or verb.head), depth > 0
            return self.resolver.conjuncts(child), depth > 0
        aside = [s for a in verb.children if a.dep_ == "advcl" and a.tag_ == "VBG" and a.i < verb.i
                 for s in _children(a, "nsubj") if s.i < a.i and verb.doc[a.i - 1].lower_ == ","]
        if aside:
            # "The African Union's panel, meeting in Nouakchott, called for a halt": the parser may hang the subject
            # on the participle set off before the verb
            return self.resolver.conjuncts(aside[0]), depth > 0
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
        if _is_passive(verb) or _shared_passive(verb):
            # "missiles were fired at air-defence sites from American warships": the parser may hang the agent's
            # "from" on the target
            hung = [p for o in _preps(verb, "at") + _preps(verb, "on") for p in _preps(o, "from")]
            # "a fighter was scrambled on the orders of President Lukashenko", "on Putin's orders": who ordered it
            ordered = [a for o in _preps(verb, "on") + _preps(verb, "at") if o.lemma_.lower() in ORDERS
                       for a in _preps(o, "of") + _children(o, "poss")]
            # ("troops were withdrawn from Egypt": where the verb aims at its "from" phrase, that is no agent)
            origins = [] if self._aims_from(verb) else _preps(verb, "from")
            agents = _preps(verb, "by") or ordered or (origins or hung if depth == 0 else []) or [
                a for clash in _preps(verb, "in") if clash.lemma_.lower() in CLASHES
                for a in _preps(clash, "with") + _preps(clash, "by")]  # "killed in a clash with Chinese troops"
            if agents:
                # "signed by Ali Shamkhani, the ..., and Musaed al-Aiban, the ...": the parser may hang the second
                # name, after an apposition, on the verb
                # (or on the verb it is coordinated with: "was announced ... and signed by A, ..., and B, ...")
                hosts = [verb, verb.head] if verb.dep_ == "conj" else [verb]
                stray = [c for h in hosts for c in h.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                         and c.i > agents[0].i and _children(c, "appos")]
                return self.resolver.conjuncts(agents[0]) + stray, depth > 0
            if depth > 0:  # "Xi is expected to travel": the passive subject is the traveller
                raised = _children(verb, "nsubjpass")
                if raised:
                    return self.resolver.conjuncts(raised[0]), True
            return [], depth > 0
        if _set_off_participle(verb):  # "Under the pact, announced by Biden and Morrison, ...": by its agent
            main = {t.i for t in self._after_participle(verb)}  # (not the main clause's subject run on into it)
            return [t for t in self.resolver.conjuncts(_preps(verb, "by")[0]) if t.i not in main], depth > 0
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
            appealed = [o for o in _appealed_to(head) if o.i < verb.i]
            if not objects and appealed:
                # "called on the Soviet Union to stop supplying arms": the one called on is the one to act
                return self.resolver.conjuncts(appealed[0]), True
            # "telephoned Vucic to urge a de-escalation" is a purpose: the caller urges (subject control)
            if objects and head.lemma_.lower() not in SUBJECT_CONTROL:
                forces = [p for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"] or objects[:1]  # "some of the units"
                if self.resolver.role(forces[0]) in ("MIL", "COP") and not self._actors(objects[:1]):
                    # "ordered some of the units near the border to pull back": the orderer's own forces
                    return self._subjects(head, depth + 1)
                return self.resolver.conjuncts(objects[0]), True
            return self._subjects(head, depth + 1)
        if verb.dep_ in ("advcl", "conj", "ccomp", "xcomp", "acomp") or _unwilling(head) == verb:
            # ("Tokyo is unwilling to lift", "is due to travel", "was ready to talk")
            return self._subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in ACCUSING \
                and _children(head.head, "dobj"):
            # "accused the North of sending infiltrators": the accused is the one said to act
            return self.resolver.conjuncts(_children(head.head, "dobj")[0]), True
        if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING \
                and _children(head.head, "dobj"):
            # "gangs prevented him from returning", "barred Russia from taking part": the one kept from acting
            return self.resolver.conjuncts(_children(head.head, "dobj")[0]), True
        if verb.dep_ == "pcomp" and head.head.i != head.i:
            return self._subjects(_outside_relative(head) or head.head, depth + 1)
        if _kept(verb):
            # "had been kept informed by the Saudis", "Riyadh kept Washington informed": who keeps one informed
            agents = _preps(verb, "by")
            return (self.resolver.conjuncts(agents[0]), depth > 0) if agents else self._subjects(head, depth + 1)
        if verb.dep_ == "amod" and verb.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ == "in" \
                and head.head.head.pos_ == "VERB":
            # "Bahrain and Sudan followed in severing relations": the parser may make the gerund a modifier of its
            # object; the one who follows (joins, leads) in doing it does it
            return self._subjects(head.head.head, depth + 1)
        if verb.dep_ == "advmod" and verb.lower_ == "short" and head.pos_ in ("VERB", "AUX"):
            # "stopped short of criticising Pyongyang": the one who stops short (of an act it does not do)
            return self._subjects(head, depth + 1)
        if verb.dep_ == "relcl" and head.head.i != head.i:
            # "more reasons to seek an alliance": the one who has the reasons seeks
            return self._subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agents = _preps(verb, "by")  # "the treaty, signed by Reagan and Gorbachev"
            if not agents and verb.lemma_.lower() in STATIONING:  # "American troops stationed in South Korea"
                return self.resolver.conjuncts(verb.head), depth > 0
            return (self.resolver.conjuncts(agents[0]), depth > 0) if agents else ([], True)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i < verb.i and head.lemma_.lower() not in DOCUMENTS \
                and self.resolver.actors(head):
            # "with the Korean envoy calling them a breach and his Japanese counterpart rejecting the charge",
            # "American warships sailing through the strait": the one a participle describes does it
            return self.resolver.conjuncts(head), depth > 0
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in DOCUMENTS:
            # "vetoed a draft resolution condemning the invasion": the resolution speaks, not the one who vetoed
            return self.resolver.conjuncts(head), True
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "nsubjpass") \
                and head.head.i != head.i and depth == 0:
            # "Israel signed agreements establishing relations with the Emirates": who signs, establishes
            return self._subjects(head.head, depth + 1)
        return [], True

    def _predicated_subject(self, noun: Token) -> Token | None:
        """"Hungary is the only member of the alliance that has not ratified": a relative clause on the noun a copula
        predicates of its subject is said of that subject."""
        if noun.dep_ != "attr" or noun.head.lemma_.lower() not in COPULAS:
            return None
        return next((s for s in _children(noun.head, "nsubj") if self.resolver.actors(s)), None)

    def _slot(self, token: Token, slot: str, objects: list[Token]) -> list[Token]:
        if slot == "dobj":
            heads = _children(token, "dobj") or _stray_object(token) \
                or (_children(token, "nsubjpass") if token.pos_ == "VERB" else []) \
                or (_children(token.head, "dobj", "nsubjpass") if _kept(token) else []) \
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
            return _preps(token, slot[5:]) + [p for c in _gapped(token) for p in _preps(c, slot[5:])]
        if slot.startswith("obj-prep:"):
            # "shut their airspace and seaports to Qatari aircraft": the parser may hang the second object on the verb
            stray = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"] if objects else []
            # "a memorandum of understanding with Somaliland", "a treaty of friendship with Hanoi": the parser
            # hangs the preposition on the noun of the "of" phrase
            nouns = [n for obj in objects for o in [obj, *obj.conjuncts] for n in [o, *_preps(o, "of")]]
            # "scrapped a deal signed in 2016 with the French shipbuilder", "lifted sanctions imposed on Iran": the
            # object's participle carries the phrase
            nouns += [a for n in nouns for a in _children(n, "acl") if a.tag_ == "VBN"]
            return [p for o in nouns for p in _preps(o, slot[9:])] + [p for o in stray for p in _preps(o, slot[9:])]
        if slot == "obj-poss":  # "became the alliance's 31st member": whose the object is
            return [p for obj in objects for p in _children(obj, "poss")]
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

    @staticmethod
    def _foes(verb: Token, objects: list[Token]) -> list[Token]:
        """The nouns a hostile act is aimed at: its objects, a passive subject, "against" and "on" phrases."""
        return objects + _children(verb, "nsubjpass") + [p for o in [verb, *objects] for w in ("against", "on")
                                                         for p in _preps(o, w)]

    def _claimant(self, charge: Token) -> list[Found]:
        """Who made the charge or claim a noun names: the subject of the nearest saying or accusing verb above it
        ("India accused Islamabad of harbouring the group, a charge ...")."""
        # ("proposed joint action, an offer the White House dismissed": who made the offer the noun restates)
        makers = CLAIMANTS | ACCUSING | (PROPOSING if charge.lemma_.lower() in PROPOSALS else set())
        for verb in charge.ancestors:
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in makers:
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

    def _after_participle(self, participle: Token) -> list[Token]:
        """"Under the pact, announced by Biden, Morrison and Johnson, the United States and Britain will help ...":
        the parser may run the agents on into the main clause's subject; the names after the last comma of the run
        are that subject."""
        run = self.resolver.conjuncts(_preps(participle, "by")[0])
        commas = [t.i for t in participle.doc[run[0].i:run[-1].i] if t.lower_ == ","] if run else []
        return [t for t in run if commas and t.i > commas[-1]]

    def _retaliation(self, verb: Token) -> tuple[list[Found], list[Found]]:
        """"Road and rail links had been cut since June of last year, when Moscow retaliated against a currency reform
        introduced by the Western powers": a passive act with no agent, dated by a when-clause in which a state
        retaliates, is that state's retaliation, against the ones it retaliated against."""
        for clause in verb.subtree:
            if clause.dep_ in ("advcl", "relcl") and clause.lemma_.lower() in RETALIATING \
                    and any(c.lower_ == "when" for c in clause.children):
                doers = self._actors(_children(clause, "nsubj"))
                aimed = [a for o in _preps(clause, "against") for a in [o, *(p for c in _children(o, "acl")
                                                                               for p in _preps(c, "by"))]]
                return doers, [t for t in self._actors(aimed, loose=True) if all(t.country != d.country for d in doers)]
        return [], []

    def _excluder(self, verb: Token) -> list[Found]:
        """"Myanmar's leader has been barred from the bloc's summits", "Russia was suspended from the Council of
        Europe": one shut out of a body, its meetings or its territory, by no one named, is shut out by its owner."""
        if verb.lemma_.lower() not in EXCLUDING or not _is_passive(verb) or _preps(verb, "by"):
            return []
        held = [h for p in _preps(verb, "from") for h in [p, *_children(p, "poss")]]
        return self._actors(held)[:1]

    def _doers(self, nouns: list[Token], sources: list[Found]) -> list[Found]:
        """The actors of the latest event told before of the kind a definite event noun names ("the bombing")."""
        mine = {s.country for s in sources}
        for noun in nouns:
            pattern = self.patterns.nouns.get(noun.lemma_.lower())
            if pattern is None or lookup(pattern.cameo).event is None or self.resolver.actors(noun) or not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in noun.children):
                continue
            echoed = self._echoed(noun, mine)  # ("called the applications a serious error", as another had)
            if echoed:
                return echoed
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
        # "troops at the Al Udeid air base south-west of Doha", "shelled a village 30 kilometres north of Kharkiv":
        # a place told by its bearing from a city is in that city's country
        near = [trigger.token, *trigger.objects, *[p for w in ("at", *PLACE_PREPS) for p in _preps(trigger.token, w)]]
        heads += [p for c in _gapped(trigger.token) for word in PLACE_PREPS for p in _preps(c, word)]
        heads += [p for n in near for c in n.children if c.lower_ in COMPASS for p in _preps(c, "of")]
        # "a battlegroup led by Germany in Lithuania": the place may hang on the object's participle
        heads += [p for obj in trigger.objects + _preps(trigger.token, "to") for acl in _children(obj, "acl")
                  for word in PLACE_PREPS for p in _preps(acl, word)]  # "reinforcements to the troops stationed in"
        # "keeps 10,000 troops in the Middle East", "deploying missiles in Asia": a region is where, not whom
        found = [f for f in self._actors(heads, places=True, loose=True) if f.country not in self.resolver.lex.regions]
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


def _kept(verb: Token) -> bool:
    """"kept Washington informed", "was kept briefed": a participle that says what state someone is kept in."""
    return verb.dep_ == "oprd" and verb.tag_ == "VBN" and verb.head.lemma_.lower() == "keep"


def _shared_passive(verb: Token) -> bool:
    """"The treaty was drafted in May and signed by Egypt and Israel": a participle with an agent, coordinated with a
    passive verb, shares its passive subject and auxiliary."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and bool(_preps(verb, "by")) and _is_passive(verb.head)
