"""Frozen money set free: "released $6 billion in frozen Iranian funds", "allowed frozen oil revenue to be
transferred". Letting a state have the assets another froze eases a sanction (CAMEO 085, PLOVER RETREAT) on the
state they belong to, whatever the verb that moves the money (release, transfer, return, unfreeze), and whoever
is let move it ("allowed ... to be transferred"). Money that is not said to be frozen is not a sanction eased.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FREED = {"release", "transfer", "return", "unfreeze", "unfroze", "free", "unblock", "hand"}  # verbs that move money
LETTING = {"allow", "permit", "let"}  # "allowed X to be transferred": the one who allows frees it
FROZEN = {"frozen", "freeze", "blocked", "seized"}  # what says the money was held as a sanction
EASED = "085"  # CAMEO: ease economic sanctions


def _moved(verb: Token) -> list[Token]:
    """What ``verb`` moves: its object, or, for "allowed X to be transferred", the passive subject it lets move."""
    if verb.lemma_.lower() in FREED:
        return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lemma_.lower() in LETTING and any(t.lemma_.lower() in FREED for t in verb.subtree if t.i != verb.i):
        # (the parser may take the money for the object, the transfer for a relative clause on it)
        return [c for c in verb.children if c.dep_ == "dobj"] + [
            s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in FREED
            for s in c.children if s.dep_ in ("nsubjpass", "dobj", "nsubj")]
    return []


def frozen_assets(verb: Token) -> list[Token]:
    """What ``verb`` sets free, if it is frozen money: the amount moved and the nouns that say it is frozen ("$6
    billion", "frozen Iranian oil revenue"), or nothing."""
    found: list[Token] = []
    for moved in _moved(verb):
        frozen = [t for t in moved.subtree
                  if t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FROZEN for c in t.children)]
        found += [moved, *[t for t in frozen if t.i != moved.i]] if frozen else []
    return found
