"""Source and target of a verb trigger: the subject (inherited where the clause has none), the slot the pattern
names, passive agents, coordination, and the fallbacks (``arguments``) when the slot holds no actor."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.grammar import (
    ACCUSING,
    CLAUSES,
    DENIALS,
    DEPARTURE_ORDERS,
    EVENT_KINDS,
    FRIENDLY,
    GROUP_NOUNS,
    HOSTILE,
    HOSTS,
    INCLUDING,
    INVERSE_LIGHT,
    LIGHT_TARGETS,
    MEASURES,
    MESSAGES,
    MILITARY_SITES,
    NAMING_VERBS,
    ONSETS,
    PREPARING,
    REACTIONS,
    REFUSALS,
    RELATIVE_PRONOUNS,
    TALKING,
    TRAVEL_VERBS,
    WEAPONS,
    Trigger,
    _children,
    _is_passive,
    _np_preps,
    _preps,
    _refused_act,
    _unhesitating,
    bearers,
    consent,
)
from entente.coding.modality import modality, reporter
from entente.coding.phrase_words import PARTITIVES, SINGULAR_NOUNS, Found
from entente.coding.tables import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token
from entente.coding.arguments import (
    ASIDE_PREPS,
    BASES,
    CHARGES,
    CLAIMANTS,
    DOCUMENTS,
    PROPOSALS,
    ArgumentStage,
    _behind,
    _described,
    _own_clause,
)

WRITING = {"write", "send", "appeal"}  # "wrote to Erdogan proposing ...": a request in a letter
DISASTERS = {"earthquake", "quake", "flood", "cyclone", "hurricane", "typhoon", "tsunami", "storm", "wildfire",
             "eruption", "landslide", "drought"}  # what strikes a place that others send help to
SETTLEMENTS = {"resolution", "settlement", "solution"}  # "a peaceful resolution of the dispute"
MEETING_VERBS = {"meet", "visit", "call", "telephone", "host"}  # "met Biden and won a promise of support"
AIMING = {"target", "aim", "hit"}  # "sanctions targeting Iran's programmes"
LIFTED = {"081", "085", "0872"}  # lifting restrictions, sanctions or a blockade
CONFLICTS = {"dispute", "conflict", "crisis", "standoff", "confrontation", "war", "fighting", "tension"}


HOSTING = "043"  # CAMEO: host a visit
MEETINGS = {"meet", "visit", "host", "receive"}  # encounters a matter can be raised at
CITY_TARGETS = {"042", "073"}  # a visit, humanitarian aid: a city named stands for its country


class VerbArgumentStage(ArgumentStage):
    """Who did what a verb says, and to whom."""

    @staticmethod
    def _reporter(verb: Token) -> Token | None:
        """The saying verb whose reported clause a trailing participle (", accusing ...") hangs on."""
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "," \
                or verb.i < verb.head.i:
            return None
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in CLAIMANTS:
            return None
        return clause.head

    def _main_forces(self, verb: Token) -> tuple[list[Found], list[Found]]:
        """"About 40,000 American troops remain in South Korea after a division was withdrawn": forces withdrawn,
        with no state named, in a side clause of one whose subject is a state's forces, are that state's; they left
        the place the main clause puts its forces in."""
        if verb.dep_ != "advcl":
            return [], []
        forces = [s for s in _children(verb.head, "nsubj") if self.resolver.role(s) in ("MIL", "COP")]
        states = [f for c in forces for f in self.resolver.modifiers(c)][:1]
        places = _preps(verb.head, "in") if states else []
        return states, self._actors(places, places=True)

    def _verb_actors(self, trigger: Trigger) -> None:
        verb = trigger.token
        subjects, inherited = self._subjects(verb)
        if trigger.refused and _is_passive(verb) and verb.lemma_.lower() in consent():
            # "King Hussein had not been consulted and would not be bound by the agreement": the one bound refuses
            bound = _children(verb, "nsubjpass") or (_children(verb.head, "nsubj", "nsubjpass")
                                                      if verb.dep_ == "conj" else [])
            subjects = [c for b in bound for c in self.resolver.conjuncts(b)]
        trigger.inherited = inherited
        # ("an American resolution that called on Israel to withdraw": a document speaks for whose it is)
        sources = self._actors(subjects, loose=(_is_passive(verb) and bool(_preps(verb, "by"))) or any(
            s.lemma_.lower() in DOCUMENTS for s in subjects))
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
        if not sources and inherited:
            # "Peskov said the money would change nothing, accusing Washington of waging a proxy war": a participle
            # after a comma that the parser hung on a reported clause with no actor of its own is the reporter's act
            saying = self._reporter(verb)
            sources = self._actors(_children(saying, "nsubj")) if saying is not None else []
            if sources and saying is not None:
                trigger.presupposed = modality(saying) == "asserted"  # as told as the saying verb tells it
        if not sources and _is_passive(verb) and verb.lemma_.lower() == "summon" and not _preps(verb, "by"):
            sources = self._summoner(verb)
        if not sources:
            sources = self._excluder(verb)
        retaliated: list[Found] = []
        if not sources and _is_passive(verb) and not _preps(verb, "by"):
            sources, retaliated = self._retaliation(verb)
        if not sources and _is_passive(verb) and not _preps(verb, "by") and verb.lemma_.lower() in PREPARING \
                and (speaker := reporter(verb)) is not None:
            # "US officials said new sanctions were being prepared": what a speaker says is being readied, by no one
            # named, is readied by the speaker's side
            sources = self._actors([speaker])
        if not sources and _is_passive(verb) and not _preps(verb, "by") and trigger.cameo.startswith("173"):
            # "an Australian anchor who had been detained in China": a state detains those held in its territory
            places = _preps(verb, "in")
            sources = (self._actors(places, places=True) or [c for c in map(self.resolver.city, places)
                                                               if c is not None])[:1]
        if not sources and _is_passive(verb) and not _preps(verb, "by") and trigger.cameo == HOSTING:
            # "Raisi was received in Beijing": the host of a visit is the state whose capital or soil received it
            places = _preps(verb, "in")
            sources = [f for f in self._actors(places, places=True) if f.via != "place"][:1]
        if not sources and _is_passive(verb) and not _preps(verb, "by") and trigger.cameo.startswith("086"):
            # "a United Nations team will be allowed to visit Nagorno-Karabakh": let in by the state visited
            places = [p for v in _children(verb, "xcomp") if v.lemma_.lower() in TRAVEL_VERBS | {"enter"}
                      for p in _children(v, "dobj") + _preps(v, "to") + _preps(v, "into")]
            sources = self._actors(places, places=True)[:1]
        trigger.unnamed_partner = len(subjects) >= 2 and any(
            s.lemma_.lower() in GROUP_NOUNS and s.tag_ == "NNS" and not self._actors([s]) for s in subjects)
        left = lookup(trigger.cameo).event == "RETREAT" and bool(_preps(verb, "from"))
        if (not sources or left) and _is_passive(verb) and not _preps(verb, "by") \
                and lookup(trigger.cameo).event in ("MOBILIZE", "AID", "RETREAT"):
            # "Chinese police and troops could be deployed in the islands": forces are deployed by their state;
            # "American troops were withdrawn from South Korea": by theirs, from the place they leave (no agent)
            counted = [next(iter(_preps(h, "of")), h) if h.lemma_.lower() in PARTITIVES or h.like_num else h
                       for h in _children(verb, "nsubjpass")]  # "thousands of American troops"
            forces = [c for h in counted for c in self.resolver.conjuncts(h) if self.resolver.role(c) in ("MIL", "COP")]
            sources = [f for c in forces for f in self.resolver.modifiers(c)][:1] or (sources if not left else [])
            if not sources and forces:  # "40,000 American troops remain after a division was withdrawn"
                sources = self._main_forces(verb)[0]
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
            if verb.lemma_.lower() in DEPARTURE_ORDERS and "dobj" in trigger.pattern.target:
                slots = ("dobj",) + slots  # "the junta ordered him to leave the country": the one told to leave
        noun_objects = [w for w in trigger.words[1:] if w.pos_ in ("NOUN", "PROPN")] or trigger.objects
        targets: list[Found] = []
        if sources and verb.lemma_.lower() in DENIALS and (
                (verb.dep_ == "relcl" and verb.head.lemma_.lower() in CHARGES)
                or (verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in PROPOSALS)):
            # "Belgrade television said it had shot down three NATO planes, a claim the alliance denied": the
            # denial answers the one who made the claim, whatever the noun the claim hangs on; so does the rejection
            # of a demand ("Olmert said the blockade would stay, a demand that Siniora rejected"; the parser may
            # take the relative for a participle)
            targets = [t for t in self._claimant(verb.head) if all(t.country != s.country for s in sources)]
            slots = () if targets else slots
        for slot in slots:
            heads = self._slot(verb, slot, noun_objects)
            targets = self._actors(heads, places=slot != "dobj", loose=True)
            if not targets and slot.startswith("obj-prep:") and trigger.pattern.objects \
                    and lookup(trigger.cameo).event == "ACCUSE":
                # "questioned the legitimacy of last year's election in Ecuador": what is judged belongs to the
                # country it is held in (not an act, whose doer is another matter: "the attack on the embassy in Kabul")
                held = [p for h in heads if h.lemma_.lower() not in self.patterns.nouns for p in _preps(h, "in")]
                targets = self._actors(held, places=True, loose=True)
            if slot != "dobj" and lookup(trigger.cameo).event in ("MOBILIZE", "ASSAULT"):
                # "keeps 10,000 troops in the Middle East": a region is where force is, not whom it is used on
                targets = [t for t in targets if t.country not in self.resolver.lex.regions]
            # "travelled on to Dubai and Doha": a city visited is a visit to its country; "took in refugees from
            # Darfur", "sent relief to Aleppo": people fleeing a place, or aid brought to one, are its country's
            if trigger.cameo in CITY_TARGETS:
                targets += [c for h in heads for c in map(self.resolver.city, self.resolver.conjuncts(h))
                            if c is not None and all(c.country != t.country for t in targets)]
            targets = [t for t in targets if all(t.country != s.country for s in sources)]
            if slot == "other" and len({t.country for t in targets}) != 1:
                targets = []
            if targets:
                break
        if not targets and sources and lookup(trigger.cameo).event == "RETREAT" and _is_passive(verb):
            targets = [t for t in self._main_forces(verb)[1] if all(t.country != s.country for s in sources)]
        if not targets and sources and lookup(trigger.cameo).event in ("COOPERATE", "CONSULT") \
                and _children(verb, "neg") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIMANTS:
            # "India said Canada had not shared any information": a state that says another did not share or
            # consult complains of being left out itself
            targets = [t for t in self._actors(self._subjects(verb.head)[0])
                       if all(t.country != s.country for s in sources)]
        if not targets and sources and lookup(trigger.cameo).event == "CONSULT":
            # "Blinken raised the matter when he met India's foreign minister": with the one the meeting was with
            met = [h for c in _children(verb, "advcl") if c.lemma_.lower() in MEETINGS
                   for h in _children(c, "dobj") + _preps(c, "with")]
            targets = [t for t in self._actors(met) if all(t.country != s.country for s in sources)]
        if trigger.cameo == "042" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "invite" and any(
                h.lemma_.lower() in SINGULAR_NOUNS for h in _children(verb, "dobj")):
            # "King Salman could invite Raisi to visit the kingdom": the country one is invited to is the host's
            hosts = self._actors(self._subjects(verb.head)[0])
            targets = [h for h in hosts if all(h.country != s.country for s in sources)] if hosts else targets
        if not targets and sources and lookup(trigger.cameo).event == "THREATEN":
            # "warned that America and Britain would pay a heavy price": those who would bear it are warned
            borne = [s for c in _children(verb, "ccomp") if c.lemma_.lower() in bearers()
                     for s in _children(c, "nsubj", "nsubjpass")]
            targets = [f for f in self._actors(borne) if all(f.country != s.country for s in sources)]
        if not targets and sources and lookup(trigger.cameo).event in ("THREATEN", "REQUEST", "ACCUSE"):
            targets = [t for t in self._messaged(verb) if all(t.country != s.country for s in sources)]
        if sources and lookup(trigger.cameo).event in ("REQUEST", "ACCUSE"):
            sources, targets = self._addressees(trigger, sources, targets, slots, noun_objects)
        if targets and trigger.pattern.lemma == verb.lemma_.lower() and lookup(trigger.cameo).event in REACTIONS:
            targets = self._behind_event_noun(targets, noun_objects, sources)
        given = bool(trigger.pattern.objects) and (  # aid given or promised: its receiver may hide in the amount
            lookup(trigger.cameo).event == "AID" or trigger.cameo.startswith("033"))
        # a measure lifted from no one named bore on those its object reaches: "lifted the ban on imports from
        # Russia", "lifted the counter-blockade on shipments to the Soviet zone"
        lifted = trigger.cameo in LIFTED and bool(trigger.pattern.objects)
        if not targets and sources and (trigger.pattern.lemma != verb.lemma_.lower() or given or lifted):
            # "cleared the sale of F-35 jets worth $8.6 billion to Greece", "pledged $470 million in new aid for
            # Ukraine's energy sector": deep inside the noun phrase
            # the parser may hang the rest of the phrase on the verb: "cleared the sale of jets worth $8.6 billion
            # to Greece"
            adjuncts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("worth", "for", "of")
                        + (("on", "against") if lifted else ())]
            # "pledged $30 million for ... and $470 million in new aid for ...": a second amount hung on the verb
            adjuncts += [c for c in verb.children if given and c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM")]
            words = ["to", "from", "with"] if lifted else \
                [s[5:] for s in trigger.pattern.target if s.startswith("prep:")] or ["to", "with"]
            for word in words:
                heads = [p for o in noun_objects + adjuncts for p in _np_preps(o, word)]
                found = self._actors(heads, places=True, loose=True)
                targets = [t for t in found if all(t.country != s.country for s in sources)]
                if targets:
                    break
        if not targets and sources:
            # "new sanctions targeting Iran's missile programmes", "strikes aimed at Houthi radar sites": the one a
            # participle on the object aims the act at
            aimed = [o for n in noun_objects for a in _children(n, "acl") if a.lemma_.lower() in AIMING
                     for o in _children(a, "dobj") + _preps(a, "at")]
            targets = [t for t in self._actors(aimed, loose=True) if all(t.country != s.country for s in sources)][:1]
        if not targets and sources:
            # "cut off the electricity it supplies to the country": the receiver named in the object's relative
            # (which the parser may hang on the verb)
            clauses = [r for o in noun_objects for r in _children(o, "relcl")] + [
                c for c in _children(verb, "ccomp") if not _children(c, "mark")
                and any(n.lower_ in ("it", "they") for n in _children(c, "nsubj"))]
            # ("a $95 billion aid package that includes $61 billion for Ukraine": the share the relative names)
            shares = [p for c in clauses if c.lemma_.lower() in INCLUDING for d in _children(c, "dobj")
                      for w in ("to", "for") for p in _preps(d, w)]
            # ("the flights that carried the officers and their equipment to Haiti": the parser may hang the
            # destination on the relative's object)
            carried = [p for c in clauses for d in _children(c, "dobj") for p in _np_preps(d, "to")]
            targets = [f for f in self._actors([p for c in clauses for p in _preps(c, "to")] + shares + carried,
                                               places=True)
                       if all(f.country != s.country for s in sources)]
        if not targets and sources and trigger.joined:  # "took part in the invasion": the invasion's target
            kinds = EVENT_KINDS.get(trigger.objects[0].lemma_.lower(), frozenset({lookup(trigger.cameo).event or ""}))
            targets = self._referent_targets(kinds, {s.country for s in sources}, verb.sent.start_char)
        if not targets and sources:  # "accepted an invitation to visit North Korea": the host invited
            targets = [f for f in self._invitation_hosts(noun_objects) if all(f.country != s.country for s in sources)]
        if not targets and sources and lookup(trigger.cameo).event in REACTIONS:
            # "Moscow condemned what it called Ukraine's terrorist attack", "praised what it called the group's
            # victory": the judgement is of the one whom the naming names
            named = [o for c in _children(verb, "ccomp") if c.lemma_.lower() in NAMING_VERBS
                     and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)
                     for o in _children(c, "oprd") + _preps(c, "as")]  # ("what it described as ...")
            targets = [t for t in self._actors(named, loose=True) if all(t.country != s.country for s in sources)]
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
            targets = self._settled(noun_objects or trigger.objects, sources)
        if not targets and sources and lookup(trigger.cameo).event == "AID":
            targets = self._stricken(verb, sources)
        if not targets and sources:
            # "blocked Chinese investment", "seized the American ship": whose the object is, is who is acted on
            # ("the Czechoslovak arms that Egypt has been receiving": the object a relative clause hangs on)
            owned = [o for o in (noun_objects or trigger.objects) if o.dep_ in ("dobj", "nsubjpass", "conj", "dative")
                     or (o.dep_ == "pobj" and o.head.head.lemma_.lower() in MEASURES | PARTITIVES | ONSETS | CLAUSES)
                     or (verb.dep_ == "relcl" and o.i == verb.head.i and o.i < verb.i)]
            # ("fired American weapons at targets inside Russia", "launched Iranian-made drones": force is used with
            # the weapons a state made or supplied, not on it)
            used = lookup(trigger.cameo).event in ("ASSAULT", "MOBILIZE")
            targets = [f for o in owned if not (used and o.lemma_.lower() in WEAPONS)
                       for f in self.resolver.modifiers(o)
                       if all(f.country != s.country for s in sources)
                       and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)][:2]
        if not targets and sources and lookup(trigger.cameo).event == "REQUEST" and verb.dep_ in ("xcomp", "advcl"):
            # "telephoned Vucic the same day to urge a de-escalation": the request is made of the one called;
            # "wrote to Erdogan and Guterres proposing that ...": of the ones written to
            called = [o for o in _children(verb.head, "dobj")] + [
                c for p in _preps(verb.head, "to") for c in self.resolver.conjuncts(p)
                if verb.head.lemma_.lower() in WRITING]
            targets = [f for f in self._actors(called) if all(f.country != s.country for s in sources)]
        if not targets and sources and verb.lemma_.lower() in DENIALS and verb.dep_ == "relcl" \
                and verb.head.lemma_.lower() in CHARGES and verb.head.head.pos_ in ("VERB", "AUX"):
            # "India accused Islamabad of harbouring the group, a charge Pakistan denied": the one who charged
            charged, _ = self._subjects(verb.head.head)
            targets = [t for t in self._actors(charged) if all(t.country != s.country for s in sources)]
        if not targets and sources and verb.lemma_.lower() in DENIALS:
            # "Vucic denied that Serbia had played any role": a denial answers the last accusation against it;
            # "rejected the resolution": a document rejected answers the last demand or charge made of the rejecter
            documents = [o for o in _children(verb, "dobj") if o.lemma_.lower() in DOCUMENTS]
            targets = self._accusers(sources, {"ACCUSE", "REQUEST"} if documents else {"ACCUSE"})
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
            # "Russian forces shelled Avdiivka": a city attacked places the attack in its country ("Avdiivka, the
            # town they captured": the town a relative clause describes is the city it stands in apposition to)
            attacked = [a for o in self._slot(verb, "dobj", []) for a in [o, *([o.head] if o.dep_ == "appos" else [])]]
            targets = [c for c in map(self.resolver.city, attacked) if c is not None
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
            if not givers and not targets and verb.dep_ == "conj" and verb.head.lemma_.lower() in MEETING_VERBS:
                # "Ruto met Biden at the White House and won a promise of support": from the one met
                givers = [g for g in self._actors(_children(verb.head, "dobj"))
                          if all(g.country != s.country for s in sources)]
            sources, targets = (givers or targets), sources
        if _is_passive(verb) and not trigger.pattern.inverse:
            passive_subjects = [verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s
                                for s in _children(verb, "nsubjpass")]  # "an anchor who had been detained"
            if not passive_subjects and verb.dep_ == "conj":  # "Kosovo declared independence and was recognized"
                passive_subjects = _children(verb.head, "nsubj", "nsubjpass")
            if passive_subjects and not targets:
                targets = self._actors([c for h in passive_subjects for c in self.resolver.conjuncts(h)])
                targets = [t for t in targets if all(t.country != s.country for s in sources)]
            if passive_subjects and not targets and sources and lookup(trigger.cameo).event in REACTIONS:
                # "the operation had been supported by Australia": the ones whose operation it was
                targets = self._anaphora(passive_subjects, sources)
        if not targets:
            targets = retaliated
        abroad = self._foreign_base(verb) if lookup(trigger.cameo).event == "MOBILIZE" else None
        if abroad is not None and all(s.country == abroad[0].country for s in sources):
            # "troops to be deployed to a Turkish military base in Qatar": the base's owner deploys, in the host
            sources, targets = sources or [abroad[0]], [abroad[1]]
        trigger.sources, trigger.targets = sources, targets

    def _messaged(self, verb: Token) -> list[Found]:
        """The addressees of the message a participle tells the content of: "sent notes to London and Paris
        warning that ...", "wrote a letter to Beijing urging ..." warn and urge London, Paris and Beijing."""
        head = verb.head
        notes = [o for o in _children(head, "dobj") if o.lemma_.lower() in MESSAGES]
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not notes:
            return []
        heads = _preps(head, "to") + [p for n in notes for p in _preps(n, "to")]
        return self._actors([c for h in heads for c in self.resolver.conjuncts(h)])

    def _foreign_base(self, verb: Token) -> tuple[Found, Found] | None:
        """The owner and the host of "a Turkish military base in Qatar" a deployment goes to or is kept at."""
        for base in [p for w in ("to", "at") for p in _preps(verb, w)]:
            if base.lemma_.lower() not in BASES:
                continue
            owners = self.resolver.modifiers_of([c for c in base.children if c.dep_ in ("amod", "compound")])
            places = _preps(base, "in")
            hosts = self._actors(places, places=True) or [c for c in map(self.resolver.city, places) if c is not None]
            if owners and hosts and owners[0].country != hosts[0].country:
                return owners[0], hosts[0]
        return None

    def _settled(self, objects: list[Token], sources: list[Found]) -> list[Found]:
        """"said it supported a peaceful resolution of the dispute": a settlement of the conflict the text told of
        is sought for its two sides."""
        for obj in objects:
            if obj.lemma_.lower() not in SETTLEMENTS:
                continue
            conflicts = [p for w in ("of", "to") for p in _preps(obj, w) if p.lemma_.lower() in CONFLICTS
                         and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in p.children)
                         and not self.resolver.all_modifiers(p)]
            if conflicts:
                return self._belligerents(sources, conflicts[0])
        return []

    def _stricken(self, verb: Token, sources: list[Found]) -> list[Found]:
        """"When an earthquake struck the Izmit region, Athens was among the first capitals to send help": help
        sent to no one named goes where the disaster its sentence tells of struck."""
        struck = [t.head for t in verb.sent if t.lemma_.lower() in DISASTERS and t.dep_ in ("nsubj", "nsubjpass")]
        places = [p for v in struck for p in _children(v, "dobj") + [q for w in ("in", "near") for q in _preps(v, w)]]
        found = self._actors(places, places=True) + [
            c for p in places for c in map(self.resolver.city, [p, *_children(p, "compound")]) if c is not None]
        return [f for f in found if all(f.country != s.country for s in sources)][:1]
