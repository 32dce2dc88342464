"""Crowds as actors: what protesters do is a protest, even when it is violent.

"Protesters stormed the Saudi embassy", "demonstrators set fire to the consulate": a crowd that attacks or seizes
a state's property is rioting (CAMEO 145, PLOVER PROTEST), not a state's use of force or a seizure (17x, 19x),
whose actors are armed forces, police or officials. Students or militants who storm an embassy and take
hostages are left as they are: the word that names the crowd says it protests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entente.coding.tables import lookup

if TYPE_CHECKING:
    from spacy.tokens import Token

PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "mob"}  # nouns that say the crowd protests
RIOT = "145"  # CAMEO: protest violently, riot


def _subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb``, or of the verb it is coordinated with ("gathered and stormed the embassy")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def rioting(verb: Token, cameo: str) -> str:
    """The code of a material attack or seizure done by protesters: a violent protest (145); else ``cameo``."""
    if lookup(cameo).quad_class != 4 or verb.pos_ != "VERB":
        return cameo
    heads = [s for subject in _subjects(verb) for s in [subject, *subject.conjuncts]]
    return RIOT if any(s.lemma_.lower() in PROTESTERS for s in heads) else cameo
