"""Reported words as events: what a state is said to have done wrong (an accusation by the one who says it), a
judging word said of an act ("said the pact was gravely concerning"), "it was unacceptable that ...", what a
state is told it should do (a demand), orders to another state, and declaring an act null and void (a refusal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from entente.coding.arguments import _own_clause
from entente.coding.grammar import (
    ANAPHORIC_NOUNS,
    DEPARTURES,
    EVENT_KINDS,
    Trigger,
    _children,
    _infinitive,
    evaluations,
    wrongdoing,
)
from entente.coding.noun_arguments import NounArgumentStage
from entente.coding.patterns import Pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

COMMANDS = {"order", "tell", "instruct"}
ARMED_ROLES = {"MIL", "COP"}  # "ordered Venezuela to refrain": a demand of the state named
NULLIFYING = {"declare", "pronounce"}  # "declared the independence null and void"
OBLIGATIONS = {"should", "must"}  # "said Canada should ...": what a state is told it ought to do
DEMAND = "100"  # CAMEO: make a demand (PLOVER REQUEST)


def _in_clause(token: Token, top: Token) -> bool:
    """Whether ``token`` stands in a clause below ``top`` (a relative, complement or adverbial clause)."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("acl", "relcl", "ccomp", "advcl"):
            return True
        token = token.head
    return False


def _misattached_reports(verb: Token) -> list[Token]:
    """"wrote on Twitter that Qatar funded radical ideology", "said in a statement that Russia had violated ...": the
    parser may hang the reported clause on the noun before it as a relative clause; a relative clause opened by the
    conjunction "that" (marker, not subject or object) with a subject of its own is the verb's report."""
    return [r for p in _children(verb, "prep") for o in _children(p, "pobj") for r in _children(o, "relcl")
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children) and _children(r, "nsubj", "nsubjpass")]


class JudgementStage(NounArgumentStage):
    """Triggers in what a sentence reports someone said, ordered or declared."""

    def _command(self, verb: Token) -> Trigger | None:
        """"the court ordered Venezuela to refrain from any action", "told Israel to halt": a state ordered to act is
        a demand (CAMEO 100). Only a state named as the object counts: "ordered the fleet to sail" is a command to
        one's own forces, "ordered the diplomats to leave" an expulsion (read before)."""
        if verb.lemma_.lower() not in COMMANDS or not any(map(_infinitive, _children(verb, "xcomp"))):
            return None
        if any(c.lemma_.lower() in DEPARTURES for c in _children(verb, "xcomp", "advcl")):
            return None
        ordered = [o for o in _children(verb, "dobj") if self.resolver.actors_of(o)]
        commanders = {f.country for s in _children(verb, "nsubj") for f in self.resolver.actors_of(s)}
        if not ordered or any(f.country in commanders or f.role in ARMED_ROLES
                              for o in ordered for f in self.resolver.actors_of(o)):
            return None  # "Putin ordered Russian troops to withdraw": a command to one's own forces
        pattern = Pattern(lemma=verb.lemma_.lower(), cameo="100", target=("dobj",))
        return Trigger(verb, pattern, "100", [verb], objects=ordered)

    def _nullified(self, verb: Token) -> Trigger | None:
        """"declared the independence null and void", "pronounced the vote invalid": a refusal to recognise
        (PLOVER REJECT, asserted), of the ones whose act it was (the judging words coded 120 in evaluations.tsv)."""
        if verb.lemma_.lower() not in NULLIFYING:
            return None
        words = evaluations()
        for part in [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp")]:
            if part.pos_ == "ADJ" and words.get(part.lemma_.lower()) == "120":
                refusal = Pattern(lemma=verb.lemma_.lower(), cameo="120", target=("dobj",))
                trigger = Trigger(verb, refusal, "120", [verb, *part.subtree], objects=_children(part, "nsubj"))
                trigger.refused = True
                return trigger
        return None

    def _judgement(self, verb: Token) -> list[Trigger]:
        """"Ardern said the pact was gravely concerning": a judging word said of an event noun is a judgement of
        those who did it, by the one who says it."""
        words = evaluations()
        for clause in _children(verb, "ccomp") + _misattached_reports(verb):
            subjects = [s for s in _children(clause, "nsubj") if s.lemma_.lower() in ANAPHORIC_NOUNS
                        or s.lemma_.lower() in EVENT_KINDS or s.lemma_.lower() in self.patterns.nouns]
            # "the pact was concerning": the judging word may be the clause's head itself
            parts = _children(clause, "acomp", "attr") if clause.lemma_.lower() == "be" else \
                [clause] if clause.lower_ in words and _children(clause, "aux") else []
            for part in parts:
                code = next((words.get(t.lemma_.lower()) or words.get(t.lower_) for t in part.subtree
                             if words.get(t.lemma_.lower()) or words.get(t.lower_)), None)
                if code and subjects:
                    pattern = Pattern(lemma=verb.lemma_.lower(), cameo=code, target=("judged",))
                    return [Trigger(verb, pattern, code, [verb, part], objects=subjects)]
            extraposed = self._extraposed(clause)
            if extraposed is not None:
                return [extraposed]
            # "Turkey says the bomber strayed into its airspace", "said Russia was solely responsible": a state said
            # to have done wrong is accused by the one who says it
            named = [s for s in _children(clause, "nsubj", "nsubjpass") if s.i in self.resolver.by_token
                     or self.resolver.role(s) is not None]
            wrong = next((t for t in clause.subtree if (words.get(t.lemma_.lower()) == "111"
                                                        or t.lemma_.lower() in wrongdoing())
                          and t.dep_ != "compound" and _own_clause(t, clause)), None)
            speculated = any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would")
                             for c in clause.children)  # "said Pyongyang could supply": speculation, not a charge
            if named and wrong is not None and not _children(clause, "neg") and not speculated \
                    and not self._of_the_speaker(verb, named):
                pattern = Pattern(lemma=verb.lemma_.lower(), cameo="112", target=("judged-actor",))
                return [Trigger(verb, pattern, "112", [verb, wrong], objects=named)]
            obliged = self._obliged(clause)
            if obliged:  # "New Delhi said the number of Canadian diplomats should match ...": a demand of Canada
                pattern = Pattern(lemma=verb.lemma_.lower(), cameo=DEMAND, target=("judged-actor",))
                return [Trigger(verb, pattern, DEMAND, [verb, clause], objects=obliged)]
        return []

    def _obliged(self, clause: Token) -> list[Token]:
        """The subject of a reported "should" or "must" clause ("said Canada should cut its mission"), if it names one
        state and the clause is active, unnegated and not a reproach of the past ("should have confronted")."""
        auxes = {c.lower_ for c in _children(clause, "aux")}
        if not auxes & OBLIGATIONS or "have" in auxes or _children(clause, "neg", "auxpass", "nsubjpass"):
            return []
        subjects = _children(clause, "nsubj")
        found = {f.country for s in subjects for f in self.resolver.actors_of(s, loose=True)}
        return subjects if len(found) == 1 else []

    def _of_the_speaker(self, verb: Token, named: list[Token]) -> bool:
        """"warning that the Soviet Union was ready to crush the aggressors": a state said of itself is accused of
        nothing by its own speaker (the wrong it names is another's)."""
        speakers = {f.country for f in self._actors(self._subjects(verb)[0])}
        said = {f.country for f in self._actors(named)}
        return bool(said) and said <= speakers

    def _extraposed(self, clause: Token) -> Trigger | None:
        """"said it was unacceptable that Japan had sent warships", "it was shocking that the West was shocked": a
        condemning word on "it" judges the state the that-clause names (criticism only: "it was important that
        Japan ..." praises no one)."""
        if clause.lemma_.lower() != "be" or not any(s.lower_ == "it" for s in _children(clause, "nsubj")):
            return None
        words = evaluations()
        judging = next((a for a in _children(clause, "acomp", "attr")
                        if words.get(a.lemma_.lower()) == "111" or words.get(a.lower_) == "111"), None)
        if judging is None or _children(clause, "neg"):
            return None
        named = [s for c in _children(clause, "ccomp") + _children(judging, "ccomp")
                 if any(m.lower_ == "that" for m in _children(c, "mark"))
                 for s in _children(c, "nsubj", "nsubjpass") if s.i in self.resolver.by_token]
        if not named:
            return None
        verb = clause.head
        pattern = Pattern(lemma=verb.lemma_.lower(), cameo="111", target=("judged-actor",))
        return Trigger(verb, pattern, "111", [verb, judging], objects=named)

    def _evaluation(self, verb: Token, complement: list[Token]) -> list[Trigger]:
        words = evaluations()
        for part in complement:
            # the head word judges before its modifiers: "a historic mistake" condemns
            # (not a word of a clause the complement carries: "a clear message that Washington and its partners
            # would not accept attacks" judges nothing by "partners")
            for token in [part, *(t for t in part.subtree if t.i != part.i and not _in_clause(t, part))]:
                code = words.get(token.lemma_.lower()) or words.get(token.lower_)
                if code:
                    pattern = Pattern(lemma=verb.lemma_.lower(), cameo=code, target=("dobj",))
                    # "called Bahrain's decision shameful": the parser may hang the object on the complement
                    objects = _children(verb, "dobj") or [c for part in complement for c in part.children
                                                          if c.dep_ in ("compound", "nsubj") and c.i < part.i]
                    return [Trigger(verb, pattern, code, [verb, token], objects=objects)]
        return []
