"""Conditional warnings: "Tehran said it would strike back if Israel retaliated" warns Israel (PLOVER THREATEN),
whatever the words of the reprisal. The words of reprisal are data (patterns/reprisals.tsv)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from entente.coding.grammar import Trigger, _children, _preps, bearers
from entente.coding.modality import reporter
from entente.coding.noun_arguments import NounArgumentStage
from entente.coding.patterns import Pattern
from entente.coding.tables import lookup
from entente.data import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from entente.coding.phrase_words import Found

CONDITIONS = {"if", "unless", "should"}
DISPUTES = {"dispute", "conflict", "row", "standoff", "quarrel"}  # "if the dispute is not resolved"
MODALS = {"would", "will", "could", "wo", "'ll", "'d", "shall", "might"}


@lru_cache(maxsize=1)
def reprisals() -> dict[tuple[str, str], str]:
    return {(row["word"], row["kind"]): row["cameo"] for row in read_tsv("patterns/reprisals.tsv")}


class WarningStage(NounArgumentStage):
    """A reprisal promised on another actor's condition is a warning to that actor."""

    def _conditional_warnings(self, sentence: Span, triggers: list[Trigger]) -> list[tuple[Trigger, Token]]:
        """Each warning with the verb of its condition ("if Israel retaliated")."""
        found: list[tuple[Trigger, Token]] = []
        for clause in sentence:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITIONS
                                                 for m in clause.children):
                continue
            main = clause.head
            # "Russia will deploy new missiles only if the United States does so first": a hostile act or a show of
            # force promised on a condition warns as any reprisal does
            # ("would use force to recover the islands if ...": the condition may hang on the purpose the force serves)
            forceful = any(t.token.i == v.i and lookup(t.cameo).event in ("ASSAULT", "MOBILIZE", "COERCE")
                           and any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
                           for t in triggers for v in _purposed(main))
            code = self._reprisal(main) or ("138" if forceful else None)
            if code is None:
                continue
            subjects = self._subjects(main)[0] or _children(main, "nsubjpass")  # "it would be forced to"
            # "its response would be severe": the one whose response it is
            sources = self._actors([p for s in subjects for p in _children(s, "poss")] if any(
                (s.lemma_.lower(), "noun") in reprisals() for s in subjects) else subjects)
            conditioned, _ = self._subjects(clause)
            targets = [t for t in self._actors(conditioned) if all(t.country != s.country for s in sources)]
            if main.lemma_.lower() in bearers():
                # "the North would face further measures if it carried out another launch": the one who would face
                # them is warned, by the one who says so
                speaker = reporter(main)
                sources = self._actors([speaker]) if speaker is not None else []
                targets = [t for t in self._actors(subjects) if all(t.country != s.country for s in sources)]
            elif not targets and not any(t.i in self.resolver.by_token and self.resolver.by_token[t.i].country not in
                                       {s.country for s in sources} for t in clause.subtree):
                # "would give a fitting reply if it were provoked": a condition naming no one else warns the adversary
                targets = self._adversary(sources) or self._disputant(clause, sources)
            told = [t for t in triggers for a in main.ancestors
                    if t.token.i == a.i and lookup(t.cameo).event == "THREATEN"]
            if told:  # "warned that Washington would respond if ...": the warning is told; aimed at the condition
                if not told[0].targets or not told[0].sources:
                    told[0].targets = [t for t in targets if all(t.country != s.country for s in told[0].sources)]
                found.append((told[0], clause))
            elif sources and targets:
                pattern = Pattern(lemma=main.lemma_.lower(), cameo=code, target=())
                words = [main] + [c for c in main.children if c.dep_ in ("nsubj", "dobj", "attr")
                                  and (c.lemma_.lower(), "noun") in reprisals()]
                warning = Trigger(main, pattern, code, words, sources=sources, targets=targets)
                warning.presupposed = True  # the warning was given; only its reprisal is conditional
                found.append((warning, clause))
        return found

    def _disputant(self, clause: Token, sources: list[Found]) -> list[Found]:
        """"would be forced to protect its right to survival if the dispute was not resolved": the other side of the
        dispute the text named before ("their long-running dispute with Ethiopia")."""
        for noun in clause.subtree:
            if noun.lemma_.lower() not in DISPUTES or not any(c.lower_ == "the" for c in noun.children):
                continue
            for earlier in reversed(self.doc[:noun.i]):
                if earlier.lemma_.lower() == noun.lemma_.lower():
                    others = [f for f in self._actors(_preps(earlier, "with"))
                              if all(f.country != s.country for s in sources)]
                    if others:
                        return others[:1]
        return []

    @staticmethod
    def _reprisal(main: Token) -> str | None:
        """The CAMEO code of the warning when ``main`` promises a reprisal ("would strike back", "would be
        forced to", "its response would be severe"), else None."""
        # "would be forced to protect its rights if ...": the modal may stand on the verb the reprisal completes
        verbs = [main] + ([main.head] if main.dep_ == "xcomp" else [])
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for v in verbs for c in v.children):
            return None
        table = reprisals()
        words = [(v.lemma_.lower(), "verb") for v in verbs] + [
            (c.lemma_.lower(), "noun") for v in verbs for c in v.children if c.dep_ in ("nsubj", "dobj", "attr")]
        return next((table[w] for w in words if w in table), None)


def _purposed(main: Token) -> list[Token]:
    """The verb a condition hangs on, and the act it is the purpose of ("would use force to recover X if ...")."""
    return [main] + ([main.head] if main.dep_ in ("xcomp", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in main.children) else [])
