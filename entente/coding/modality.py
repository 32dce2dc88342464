"""Is an event stated as fact, denied, supposed or planned? And whose claim reports it?

PETRARCH coded "will"/"would" sentences as facts (LESSONS.md 4); here every event carries its modality,
read from the clause that states it and the clauses above it, up to a boundary where a new fact begins
("as Kim has helped Putin" stays asserted inside a "supposing ..." sentence). The cue words are data:
data/patterns/modality.tsv.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from entente.data import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

BACKSHIFTED = {"would", "'d"}
FUTURE_AUX = {"will", "would", "wo", "'ll", "shall"}
ABLE_AUX = {"can", "could", "ca"}  # "cannot accept", "could not accept"
SUPPOSING = {"hope", "fear", "expect", "believe", "think", "ensure", "doubt", "suspect", "worry", "predict", "assume",
             "wish", "want", "trust", "guarantee", "mean", "hop"}  # their clause is no one's stated refusal
# ("hop": the parser's lemma of "hoped")
PROMISING = {"pledge", "promise", "vow", "warn", "decide", "agree", "vote"}
ASSURING = {"agree", "pledge", "promise", "assure", "guarantee", "undertake"}  # "agreed their troops would not fire"
PREVENTING = {"prevent", "stop", "bar", "ban", "block", "keep", "prohibit", "forbid"}  # "prevented him from going"
TRYING = {"try", "attempt", "seek"}  # a negated attempt denies the act: "did not try to halt" is negated
SETTINGS = {"during", "after", "before", "following", "amid", "since"}  # "announced aid during a visit"
ORDER = ("hypothetical", "negated", "future", "asserted")


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in read_tsv("patterns/modality.tsv"):
        table.setdefault(row["kind"], {})[row["word"].lower()] = row["modality"]
    return table


def _clause_flags(token: Token, flags: set[str]) -> None:
    """Cues attached to one word of the chain: auxiliaries, negation, condition markers, noun frames."""
    table = cues()
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "neg":
            flags.add("negated")
        elif child.dep_ in ("aux", "auxpass") and lower in table.get("aux", {}):
            flags.add("future" if lower in BACKSHIFTED and _reported_future(token) else table["aux"][lower])
        elif child.dep_ == "mark" and lower in table.get("mark", {}):
            flags.add(table["mark"][lower])
        elif child.dep_ in ("amod", "advmod") and child.lemma_.lower() in table.get("modifier", {}):
            flags.add(table["modifier"][child.lemma_.lower()])
        elif child.dep_ == "det" and lower == "no" and token.pos_ == "NOUN":
            flags.add("negated")


def _reported_future(verb: Token) -> bool:
    """"Britain said it would keep its sanctions": "would" after a past reporting verb is the "will" of the
    speaker put in the past (future), unless the sentence states a condition."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in set(cues().get("report", {})) | PROMISING \
            or head.tag_ not in ("VBD", "VBN"):
        return False
    conditions = cues().get("mark", {})
    return not any(t.lower_ in conditions and t.dep_ == "mark" for t in verb.sent)


def _in_case(clause: Token) -> bool:
    """Whether the clause is opened by the conditional "in case"."""
    start = clause.left_edge.i
    return start >= 2 and clause.doc[start - 2].lower_ == "in" and clause.doc[start - 1].lower_ == "case"


def stated_refusal(verb: Token, inability: bool = False) -> bool:
    """"Guyana would not negotiate", "Riyadh will not establish ties": a refusal stated for the future, which
    PLOVER codes as REJECT (asserted), unless a condition is put on it ("would not ... if"). With ``inability``,
    "could not accept" and "cannot accept" refuse too."""
    negated = any(c.dep_ == "neg" for c in verb.children) or any(  # "would no longer be bound"
        c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children) for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not negated:
        return False
    auxes = FUTURE_AUX | (ABLE_AUX if inability else set())
    if not any(c.dep_ == "aux" and c.lower_ in auxes for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ASSURING | SUPPOSING:
        # "India and China agreed that their troops would not open fire": a promise, not a refusal; "clung to the
        # hope that the Soviets would not invade", "ensured that the UN would not intervene": no one's refusal
        return False
    conditions = cues().get("mark", {})
    # a condition on this clause or on one above it ("..., but Moscow could reconsider if ..." conditions another)
    clauses = [verb, *verb.ancestors]
    return not any(m.dep_ == "mark" and m.lower_ in conditions for c in clauses for a in c.children
                   if a.dep_ == "advcl" for m in a.children)


def modality(trigger: Token) -> str:
    """The modality of the event whose trigger word is ``trigger``."""
    table = cues()
    governors = table.get("governor", {})
    factual = table.get("factual", {})
    flags: set[str] = set()
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from" and trigger.head.head.lemma_.lower() in PREVENTING:
        flags.add("negated")  # "bars it from supplying weapons": kept from the act (what the act was about is not)
    token = trigger
    previous = None
    own_clause_only = False  # set after a coordinated verb with its own auxiliaries: skip its partner's
    for _ in range(12):
        if own_clause_only:
            # "had not blocked ... and had signed several treaties": the partner's negation is not this verb's;
            # only a condition on the pair carries over
            marks = table.get("mark", {})
            flags.update(marks[c.lower_] for c in token.children if c.dep_ == "mark" and c.lower_ in marks)
            own_clause_only = False
        else:
            _clause_flags(token, flags)
        lemma = token.lemma_.lower()
        if previous is not None and lemma in governors and previous.dep_ in (
                "xcomp", "ccomp", "pobj", "pcomp", "prep", "dobj", "acl", "advcl", "nsubj", "conj", "relcl") \
                and not (previous.dep_ == "conj" and previous.pos_ == token.pos_ == "VERB") \
                and not (lemma == "go" and token.tag_ != "VBG") \
                and not (previous.dep_ == "prep" and previous.lower_ in SETTINGS) \
                and not (previous.dep_ == "advcl" and previous.tag_ == "VBG"
                         and not any(c.dep_ == "mark" for c in previous.children)):
            # ("called the move unfriendly and warned ...": a verb coordinated with "call" is not governed by it;
            # "go" is future only as "going to": "the war went on" is not; "announced aid during a visit to
            # Yerevan": a phrase of time or setting is the governor's occasion, not its content; "requested a
            # session, accusing Washington": a participle beside the verb is done, not requested)
            if not (lemma in TRYING and any(c.dep_ == "neg" for c in token.children)):
                flags.add(governors[lemma])  # ("did not try to halt the advance": no attempt, so no act)
        if previous is not None and previous.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in previous.children):
            # "signed an agreement on Monday to station a brigade": the parser may hang the agreement's infinitive
            # on the verb whose object the agreement is
            flags.update(governors[c.lemma_.lower()] for c in token.children
                         if c.dep_ == "dobj" and c.i < previous.i and c.lemma_.lower() in governors)
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in factual for c in token.children):
            break
        if token.head.i == token.i or token.dep_ == "ROOT":
            break
        if token.dep_ in ("relcl", "acl", "advcl") and _in_case(token):
            flags.add("hypothetical")  # "in case the Russians reimposed restrictions": a condition the parser reads
            # as a preposition and a noun
        if token.dep_ == "relcl" and (token.tag_ in ("VBZ", "VBP", "VBD") or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
                or c.dep_ == "aux" and c.lower_ != "to" for c in token.children)):
            break  # a finite relative clause states its own fact ("the United States, which has troops in Niger")
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in table.get("report", {}):
            break
        if token.dep_ == "conj" and token.tag_ in ("VBZ", "VBD", "VBP") and token.head.tag_ in ("VBG", "VBN", "VB") \
                and token.head.head.i != token.head.i:
            # "Kigali denies sending soldiers and accuses Kinshasa": a finite verb the parser joins to a gerund is
            # coordinated with that gerund's governor, not governed by it
            previous, token = token, token.head.head
            continue
        if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and token.pos_ in ("VERB", "AUX"):
            # a coordinated verb has its own auxiliaries (or its own subject: "Ankara did not oppose ..., and
            # diplomats are expected to travel"); it shares only conditions above the pair
            if any(c.dep_ in ("aux", "neg", "nsubj", "nsubjpass") for c in token.children):
                previous, token = token, token.head
                own_clause_only = True
                continue
        previous, token = token, token.head
    for mode in ORDER:
        if mode in flags:
            return mode
    return "asserted"


def reporter(trigger: Token) -> Token | None:
    """The subject of the reporting verb whose claim contains the event ("officials said ..."), if any."""
    report = cues().get("report", {})
    token = trigger
    for _ in range(10):
        head = token.head
        if head.i == token.i:  # the root: only "according to" on it is left to look at
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    return next((p for to in child.children for p in to.children if p.dep_ == "pobj"), None)
            return None
        if token.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in report:
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
            if head.dep_ == "conj":  # "rejected the resolution and told the council that ...": a shared subject
                return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return None
        if token.dep_ == "prep" and token.lower_ == "according":
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        token = head
    return None
