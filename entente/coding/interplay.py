"""How the triggers of one sentence bear on each other: one governs another ("urged Japan to lift sanctions" is one
request; "refused to allow inspectors" one refusal), shares its target or object ("funded and armed Hezbollah"),
undoes it ("restored relations after they were broken off"), stops it ("the suspension of American aid"), or
is its content ("a move Venezuela described as a provocation").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from entente.coding.grammar import (
    ADDRESSED,
    FRIENDLY,
    HOSTILE,
    INTENTIONS,
    PURSUITS,
    REACTIONS,
    READINESS,
    REQUEST_LIKE,
    SUMMARY_NOUNS,
    SYMMETRIC,
    VOWS,
    Trigger,
    _children,
    _decided_against,
    _infinitive,
    _is_passive,
    _preps,
    _refuser,
    _rules_out,
    _unhesitating,
)
from entente.coding.judgements import NULLIFYING
from entente.coding.modality import stated_refusal
from entente.coding.patterns import Pattern
from entente.coding.tables import lookup
from entente.coding.triggers import CESSATION_NOUNS, CESSATIONS, STOPPED, TriggerStage
from entente.coding.warnings import reprisals

WARNINGS = {"warn", "caution"}

if TYPE_CHECKING:
    from spacy.tokens import Token

PUNISHING = {"SANCTION", "COERCE"}  # "sanctioned firms over arms sales": measures taken for an act


def _forecast(trigger: Trigger) -> bool:
    """"condemned the agreement and warned that it would fuel an arms race": a warning of what will come, with no
    word of reprisal in what it says (patterns/reprisals.tsv), forecasts; it threatens no one."""
    if trigger.pattern.lemma not in WARNINGS or trigger.cameo != "130":
        return False
    table = reprisals()
    said = [t for c in _children(trigger.token, "ccomp") for t in c.subtree]
    kinds = ("verb", "noun", "bearer")
    return bool(said) and not any((t.lemma_.lower(), kind) in table for t in said for kind in kinds)


class InterplayStage(TriggerStage):
    """The sentence's triggers, read together once each has its actors."""

    @staticmethod
    def _ruled_out(noun: Trigger, triggers: list[Trigger]) -> list[Trigger]:
        """"did not rule out further expulsions": a possible expulsion; "ruled out sanctions": a rejection of
        them (PLOVER REJECT), written once in place of the bare "ruled out"."""
        decided = _decided_against(noun.token)
        if decided is not None:  # "decided against a pre-emptive strike": refused as "ruled out" refuses
            noun.refuse(by=decided)
            return [t for t in triggers if t.token.i != decided.i]
        verb = noun.token.head
        if noun.token.dep_ != "dobj" or not _rules_out(verb):
            return triggers
        if any(c.dep_ == "neg" for c in verb.children):
            noun.possible = True
        else:
            noun.refuse(by=verb)
        return [t for t in triggers if t.token.i != verb.i]

    @staticmethod
    def _stated_refusals(triggers: list[Trigger]) -> None:
        """"would not send its army", "will not establish ties": the refusal is the event (PLOVER REJECT), as
        with "refused to"."""
        for trigger in triggers:
            if trigger.refused or trigger.token.pos_ not in ("VERB", "AUX") or not stated_refusal(trigger.token) \
                    or _unhesitating(trigger.token) is not None:  # "would not hesitate to" warns, refuses nothing
                continue
            if _is_passive(trigger.token):
                continue  # "troops would not be withdrawn": no one refuses in the passive; the act is negated
            event = lookup(trigger.cameo).event
            if event in ("REJECT", None):
                continue
            trigger.refuse()

    @staticmethod
    def _share_targets(triggers: list[Trigger]) -> None:
        """"The Kremlin condemned the plan and warned that Russia would take countermeasures": a verb coordinated
        with another of the same actor, with no target of its own, is aimed at the same one."""
        by_token = {t.token.i: t for t in triggers}
        for trigger in triggers:
            head = by_token.get(trigger.token.head.i)
            # ("accused Washington ... and declared the independence null and void": what is nullified is another's
            # act, not the accused)
            if trigger.targets or not trigger.sources or trigger.token.dep_ not in ("conj", "advcl") or head is None \
                    or (trigger.refused and trigger.pattern.lemma in NULLIFYING) or _forecast(trigger):
                continue
            if head.targets and {s.country for s in head.sources} == {s.country for s in trigger.sources} \
                    and lookup(head.cameo).event != lookup(trigger.cameo).event:  # else it restates the first
                trigger.targets = list(head.targets)
            elif head.targets and not {s.country for s in head.sources} & {s.country for s in trigger.sources} \
                    and lookup(head.cameo).event == lookup(trigger.cameo).event:
                # "Germany ordered four Russian diplomats out, while Ukraine expelled 13": the same act by another
                trigger.targets = [t for t in head.targets if all(t.country != s.country for s in trigger.sources)]

    @staticmethod
    def _asked_for(triggers: list[Trigger]) -> None:
        """"Moscow could send volunteers to Egypt if Nasser asked for them": a request for what another state's act
        in the sentence provides, named by a pronoun, is made of that state."""
        for trigger in triggers:
            verb = trigger.token
            if trigger.targets or not trigger.sources or lookup(trigger.cameo).event != "REQUEST":
                continue
            wanted = [p for p in _preps(verb, "for") if p.lower_ in ("them", "it")]
            plural = bool(wanted) and wanted[0].lower_ == "them"
            mine = {s.country for s in trigger.sources}
            giver = next((t for t in triggers if t is not trigger and wanted and t.token.i < wanted[0].i
                          and lookup(t.cameo).event in ("AID", "MOBILIZE")
                          and any((o.tag_ in ("NNS", "NNPS")) == plural for o in t.objects)
                          and not {s.country for s in t.sources} & mine), None)
            if giver is not None:
                trigger.targets = list(giver.sources)

    @staticmethod
    def _answered_relatives(triggers: list[Trigger]) -> None:
        """"Moscow has not agreed to the ceasefire that Kyiv has sought", "would not join the talks that Trump has
        proposed": a demand or offer told in a relative clause on what another state answers is made to that state
        (as "rejected Indian demands" is India's demand of the one who rejects it)."""
        for trigger in triggers:
            verb = trigger.token
            if trigger.targets or not trigger.sources or verb.dep_ != "relcl" \
                    or lookup(trigger.cameo).event not in ADDRESSED \
                    or any(c.lower_ in ("when", "where") for c in verb.children):  # ("in 1984, when both agreed")
                continue
            # the verb that acts on the noun, its own object words included ("agreed to the ceasefire")
            answer = next((t for t in triggers if t is not trigger and t.token.pos_ in ("VERB", "AUX")
                           and verb.head in t.words[1:] + t.objects), None)
            if answer is None or lookup(answer.cameo).event not in REACTIONS | {"AGREE", "CONCEDE", "RETREAT"}:
                continue
            mine = {s.country for s in trigger.sources}
            trigger.targets = [s for s in answer.sources if s.country not in mine]
            if trigger.targets:  # made to the one who answers, not by it
                trigger.pattern = replace(trigger.pattern, mutual=False)

    def _shared_objects(self, triggers: list[Trigger]) -> None:
        """"Iran funded and armed the Houthis", "Washington trained and equipped Ukrainian troops": two verbs joined
        by "and" before one object both act on it (the parser hangs the object on the second verb, or takes the
        second verb for an adjective of the object, which it then coordinates with the first verb)."""
        by_token = {t.token.i: t for t in triggers}
        for trigger in triggers:
            verb = trigger.token
            if trigger.targets or not trigger.sources or verb.pos_ not in ("VERB", "AUX") \
                    or _children(verb, "dobj", "dative") or verb.i + 2 >= len(verb.doc) \
                    or verb.doc[verb.i + 1].lower_ != "and":
                continue
            second = verb.doc[verb.i + 2]
            mine = {s.country for s in trigger.sources}
            joined = by_token.get(second.i)
            if second.dep_ == "conj" and second.head.i == verb.i and joined is not None \
                    and {s.country for s in joined.sources} == mine and _children(second, "dobj"):
                trigger.targets = [t for t in joined.targets if t.country not in mine]
            elif second.dep_ == "amod" and (second.tag_ == "VBN" or second.lower_.endswith("ed")):
                shared = second.head  # "funded and armed Hezbollah": "armed" read as an adjective
                if shared.dep_ == "conj" and shared.head.i == verb.i and shared.pos_ in ("NOUN", "PROPN"):
                    trigger.targets = [t for t in self._actors([shared]) if t.country not in mine]

    def _summarised(self, triggers: list[Trigger]) -> None:
        """"US aircraft carried out flight operations with Guyana, a move Venezuela described as a provocation",
        "the council could vote to recognise the regions, a step Western governments have warned would violate ...":
        a judgement of the noun that sums up the clause before it is aimed at whoever acts in that clause."""
        for trigger in triggers:
            verb = trigger.token
            if trigger.targets or not trigger.sources or verb.pos_ not in ("VERB", "AUX") \
                    or lookup(trigger.cameo).event not in REACTIONS | {"THREATEN"}:
                continue
            summary = _summary_noun(verb)
            if summary is None:
                continue
            mine = {s.country for s in trigger.sources}
            clause = _clause_verb(verb.doc[summary.i - 3])
            while clause is not None and clause.i < summary.i:  # (the clause summed up, then those it is said in)
                heads, _ = self._subjects(clause)
                found = [a for a in self._actors(heads) if a.country not in mine]
                if found:
                    trigger.targets = found
                    break
                clause = _clause_verb(clause.head) if clause.head.i != clause.i else None

    @staticmethod
    def _undone(triggers: list[Trigger]) -> None:
        """"restored relations with Caracas after they were broken off", "reopen its consulates in Venezuela,
        which were closed in 2020": a measure told in the passive with no agent, beside its undoing, was taken by
        the one who undoes it, against the same state (the undoing presupposes it)."""
        for measure in triggers:
            verb = measure.token
            if measure.sources or not _is_passive(verb) or _preps(verb, "by") \
                    or lookup(measure.cameo).event not in HOSTILE:
                continue
            undoing = next((t for t in triggers if t.sources and lookup(t.cameo).event in FRIENDLY and (
                (verb.dep_ in ("advcl", "conj") and t.token.i == verb.head.i)
                or (verb.dep_ == "relcl" and (verb.head in t.objects or verb.head.head.head in t.objects)))), None)
            if undoing is None:
                continue
            measure.sources = list(undoing.sources)
            theirs = {s.country for s in undoing.sources}
            measure.targets = measure.targets or [t for t in undoing.targets if t.country not in theirs]
            measure.presupposed = True
            measure.words = [w for w in measure.words if w.i == verb.i or w.head.i == verb.i]  # not the far noun

    def _vow(self, act: Trigger, vow: Token) -> None:
        """Make a vowed act of force the threat of it, by the one who vows ("vowed that the invaders would be
        defeated": Iraq threatens the last ones who attacked it)."""
        act.cameo, act.words, act.presupposed = "138", [vow] + act.words, True
        if not act.sources:
            vowing = Trigger(vow, Pattern(lemma=vow.lemma_.lower(), cameo="138"), "138", [vow])
            self._verb_actors(vowing)
            act.sources = vowing.sources
        if not act.targets:
            act.targets = self._aggressors(self._foes(act.token, act.objects), act.sources)

    @staticmethod
    def _punished_for(triggers: list[Trigger]) -> None:
        """"imposed sanctions on 12 American defence companies over arms sales to Taiwan": an act a measure is "over"
        or "for", with no doer of its own, was done by the one the measure is aimed at."""
        for act in triggers:
            noun = act.token
            if act.sources or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" \
                    or noun.head.lower_ not in ("over", "for"):
                continue
            for measure in triggers:
                if measure is act or not measure.targets or lookup(measure.cameo).event not in PUNISHING \
                        or measure.token.pos_ not in ("VERB", "AUX") or noun not in measure.token.subtree:
                    continue
                act.sources = [t for t in measure.targets if all(t.country != o.country for o in act.targets)]
                break

    def _stopped_aid(self, triggers: list[Trigger]) -> list[Trigger]:
        """"the withdrawal of British assistance to Greece", "announced the suspension of American aid to Egypt":
        aid, trade or talks a noun says are stopped are not given; the stopping reduces relations (CAMEO 16)."""
        kept: list[Trigger] = []
        stoppers: set[int] = set()
        for trigger in triggers:
            noun = trigger.token
            stopper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if stopper is None or trigger.cameo not in STOPPED or stopper.lemma_.lower() not in CESSATION_NOUNS:
                kept.append(trigger)
                continue
            if any(lookup(t.cameo).event == "SANCTION" and (t.token.i == stopper.i or stopper.i in {
                    w.i for w in t.words + t.objects}) for t in triggers):
                continue  # the stopping is told already ("announced the suspension of")
            trigger.cameo, trigger.token, trigger.words = STOPPED[trigger.cameo], stopper, [stopper] + trigger.words
            if not trigger.targets:  # ("the withdrawal of British assistance to Greece": "to" hangs on the stopper)
                trigger.targets = [f for f in self._actors(_preps(stopper, "to") + _preps(stopper, "for"), loose=True)
                                   if all(f.country != s.country for s in trigger.sources)]
            stoppers.add(stopper.i)
            kept.append(trigger)
        return [t for t in kept if not (t.token.i in stoppers and lookup(t.cameo).event != "SANCTION")]

    def _ongoing(self, triggers: list[Trigger]) -> list[Trigger]:
        """"called on the Soviet Union to stop supplying arms to Kabul", "refused to halt its deliveries": an act one
        is asked, or refuses, to stop is going on (GOLD.md decision 9, presupposed events): told as given, beside
        the request or refusal. Run before ``_drop_embedded``, which makes the act the stopping."""
        by_token = {t.token.i: t for t in triggers}
        found: list[Trigger] = []
        for trigger in triggers:
            act, stopper = trigger.token, trigger.token.head
            if act.lemma_.lower() in CESSATIONS and act.i in by_token:  # "halt its deliveries": the noun is the act
                stopper = act
                acts = [a for o in _children(act, "dobj") if (a := self._stopped_act(o, trigger)) is not None]
            elif act.tag_ == "VBG" and act.dep_ in ("xcomp", "dobj") and stopper.lemma_.lower() in CESSATIONS \
                    and stopper.i not in by_token and trigger.sources:
                acts = [replace(trigger, presupposed=True)]
            else:
                continue
            governor = by_token.get(stopper.head.i)
            asked = (stopper.dep_ == "xcomp" or (stopper.dep_ == "advcl" and _infinitive(stopper))) \
                and governor is not None and lookup(governor.cameo).event == "REQUEST"
            if (asked or _refuser(stopper) is not None) and not _children(stopper, "neg"):
                found.extend(acts)
        return found

    def _stopped_act(self, noun: Token, stopping: Trigger) -> Trigger | None:
        """The act a noun a stopping verb acts on states ("halt its deliveries to Kabul"), by the one who would stop
        it (whom "its" stands for) and to the one the stopping names, told as given."""
        act = self._noun_trigger(noun) if noun.lemma_.lower() not in CESSATIONS else None
        if act is None:
            return None
        self._noun_actors(act)
        if not act.sources or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
            act.sources = list(stopping.sources)
        act.targets = act.targets or [t for t in stopping.targets
                                      if all(t.country != s.country for s in act.sources)]
        if not act.sources or lookup(act.cameo).event not in FRIENDLY | HOSTILE:
            return None
        act.presupposed = True
        return act

    def _drop_embedded(self, triggers: list[Trigger]) -> list[Trigger]:
        """"urged Japan to lift sanctions" is one request, not a request and a lifting; "refused to allow
        inspectors" is a rejection (PLOVER REJECT: refuse, decline), not an allowing."""
        by_token = {t.token.i: t for t in triggers}
        dropped: set[int] = set()
        for trigger in triggers:
            head = trigger.token.head
            if lookup(trigger.cameo).event == "ASSAULT" and head.lemma_.lower() in CESSATIONS \
                    and trigger.token.dep_ in ("xcomp", "dobj", "pcomp") and head.i not in by_token:
                # "committed both sides to stop fighting": a truce (CAMEO 0871, PLOVER RETREAT), told by "stop"
                trigger.cameo, trigger.token, trigger.words = "0871", head, [head] + trigger.words
                head = head.head
            elif trigger.cameo in STOPPED and head.lemma_.lower() in CESSATIONS | {"suspend"} \
                    and trigger.token.pos_ == "VERB" and trigger.token.dep_ in ("xcomp", "dobj", "pcomp") \
                    and head.i not in by_token:
                # "Iran decided to stop selling oil to American companies": the stopping is the event, asserted
                trigger.cameo, trigger.token, trigger.words = STOPPED[trigger.cameo], head, [head] + trigger.words
                head = head.head
            if trigger.token.dep_ == "relcl" and lookup(trigger.cameo).event in FRIENDLY and any(
                    lookup(t.cameo).event == "SANCTION" and head.i in {o.i for o in t.objects + t.words[1:]}
                    and {s.country for s in t.sources} == {s.country for s in trigger.sources}
                    for t in triggers if t is not trigger):
                dropped.add(id(trigger))  # "cut off the electricity it supplies to the country": what is cut off
                continue
            if _ready(trigger.token) and (trigger.cameo.startswith("03") or lookup(trigger.cameo).event in INTENTIONS):
                # "said he was ready to talk to Modi": the readiness is the event, an intent stated (CAMEO 036)
                if not trigger.cameo.startswith("03"):
                    trigger.cameo = INTENTIONS[lookup(trigger.cameo).event or ""]
                trigger.token, trigger.words = head, [head] + [w for w in trigger.words if w.i != head.i]
                trigger.pattern, trigger.between = replace(trigger.pattern, mutual=False), False  # one side's intent
                continue
            if _sought(trigger.token) and lookup(trigger.cameo).event in PURSUITS and trigger.targets \
                    and not trigger.between:
                # "Israel has sought to establish relations with Riyadh": the seeking is the event, a request of the
                # other state; the bond itself is not (yet) there
                trigger.cameo = PURSUITS[lookup(trigger.cameo).event or ""]
                trigger.token, trigger.words = head, [head] + [w for w in trigger.words if w.i != head.i]
                trigger.pattern, trigger.between = replace(trigger.pattern, mutual=False), False
                continue
            ruled_out = head.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                             for c in head.children)
            if ruled_out and any(c.dep_ == "neg" for c in head.children):
                trigger.possible = True  # "did not rule out further expulsions": possible, not refused
                if head.i in by_token:
                    dropped.add(id(by_token[head.i]))
                continue
            if trigger.token.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in VOWS \
                    and lookup(trigger.cameo).event in ("ASSAULT", "COERCE") and not _children(trigger.token, "neg"):
                # "vowed to wage a long war against the invaders", "promised that its forces would drive the invaders
                # back": a vow of force is a threat (CAMEO 138), and the vow was made
                self._vow(trigger, head)
                if head.i in by_token:
                    dropped.add(id(by_token[head.i]))
                continue
            if _decided_against(trigger.token) is not None and trigger.token.pos_ in ("VERB", "AUX"):
                trigger.refuse(by=trigger.token.head.head)  # "decided against sending troops"
                continue
            refuser = _refuser(trigger.token)
            if refuser is not None and refuser != head:  # "was not willing to pay": the copula refuses
                head = refuser
            if refuser is not None or (
                    ruled_out and (trigger.token.dep_ in ("dobj", "xcomp", "pcomp") or (
                    trigger.token.dep_ == "advcl" and trigger.token.tag_ == "VBG"))):
                trigger.refuse(by=head)
                if head.i in by_token:
                    dropped.add(id(by_token[head.i]))  # the refusal is this rejection, written once
                    if not trigger.targets:  # "refused to receive two envoys sent by Carter": whom the refusal names
                        trigger.targets = [t for t in by_token[head.i].targets
                                           if all(t.country != s.country for s in trigger.sources)]
                continue
            if (trigger.token.dep_ in ("xcomp", "ccomp") or (trigger.token.dep_ == "advcl" and _infinitive(
                    trigger.token))) and head.i in by_token and by_token[head.i].sources:
                governor = by_token[head.i]
                intent = governor.cameo.startswith("03") and trigger.token.dep_ == "xcomp" \
                    and {s.country for s in governor.sources} == {s.country for s in trigger.sources}
                mine = {s.country for s in governor.sources}
                if intent and lookup(trigger.cameo).event in ("SANCTION", "COERCE", "ASSAULT") and trigger.targets \
                        and not _children(trigger.token, "neg"):  # ("pledged not to invade Cuba" is a promise)
                    # "EU leaders agreed to ban Belarusian airlines": the decision is the ban, not an agreement
                    dropped.add(id(governor))
                    continue
                asked = self._actors(_children(head, "dobj"))
                if lookup(governor.cameo).event == "REQUEST" and not governor.targets and asked \
                        and trigger.targets and {a.country for a in asked} <= mine:
                    # "asked their foreign ministers to draw up sanctions": asked of its own, the act is the event
                    dropped.add(id(governor))
                    continue
                if lookup(governor.cameo).event == "PROTEST" and lookup(trigger.cameo).event in ("ACCUSE", "REQUEST"):
                    # "marched on the embassy to denounce the blockade": the protest is the event (a protest that
                    # makes a demand is a protest only)
                    if not governor.targets:
                        governor.targets = trigger.targets
                    dropped.add(id(trigger))
                    continue
                if (lookup(governor.cameo).event in REQUEST_LIKE and governor.pattern.target != ("judged-actor",)) \
                        or intent:
                    # "applied to join NATO": asked of the one the request concerns; "agreed to begin
                    # negotiations", "promised to send personnel": the promise is the event (PLOVER AGREE)
                    if not governor.targets:
                        governor.targets = trigger.targets
                        if trigger.targets and lookup(trigger.cameo).event not in SYMMETRIC:
                            # "agreed to halt their operations in Egypt": a one-sided act promised; Egypt agrees
                            # to nothing
                            governor.pattern = replace(governor.pattern, mutual=False)
                    dropped.add(id(trigger))
        return [t for t in triggers if id(t) not in dropped]


def _ready(act: Token) -> bool:
    """"was ready to talk", "is willing to supply oil" (not "was not ready to", which refuses)."""
    adjective = act.head
    return act.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.lower_ in READINESS \
        and not any(c.dep_ == "neg" for c in [*adjective.children, *adjective.head.children])


def _sought(act: Token) -> bool:
    """"has sought to establish relations", "seeks to expand trade" (not "did not seek to", which is no request)."""
    return act.dep_ == "xcomp" and act.head.lemma_.lower() == "seek" and act.tag_ == "VB" \
        and not any(c.dep_ == "neg" for c in act.head.children)


def _summary_noun(verb: Token) -> Token | None:
    """The noun of ", a move (that) Moscow dismissed": set off by a comma and an indefinite article just before the
    verb's clause, with no other verb between (the parser hangs it anywhere: apposition, object, modifier)."""
    sentence_start = verb.sent.start
    for i in range(verb.i - 1, max(sentence_start + 2, verb.i - 12) - 1, -1):
        token = verb.doc[i]
        if token.pos_ == "VERB" or token.lower_ in (";", ":"):
            return None
        if token.lemma_.lower() in SUMMARY_NOUNS and verb.doc[i - 1].lower_ in ("a", "an") \
                and verb.doc[i - 2].lower_ == ",":
            return token
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word stands in: the word itself or its nearest verbal ancestor."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
