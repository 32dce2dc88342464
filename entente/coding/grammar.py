"""The words and parse shapes the coder reads: word lists, the trigger record, pattern-file loaders and
small helpers over spaCy's dependency parse (prepositions, objects, passives, clauses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.coding.dates import eras as era_table
from entente.coding.patterns import Pattern
from entente.coding.phrase_words import Found
from entente.coding.tables import lookup
from entente.data import read_tsv, split

if TYPE_CHECKING:
    from spacy.tokens import Token


LIGHT_TARGETS = ("prep:to", "prep:with", "prep:against", "prep:on", "obj-prep:to", "obj-prep:with",
                 "obj-prep:against", "obj-prep:on")
TARGETLESS = {"MOBILIZE", "ASSAULT", "PROTEST"}
CONTEXT_TARGETS = {"AID", "SANCTION", "CONSULT", "SUPPORT", "AGREE"}
TARGETLESS_CODES = {"075", "1121", "0874"}  # asylum is granted to people; people are designated terrorists;
# a garrison surrenders to a foe the text may not name
VENUE_CODES = {"044"}  # attending a meeting others hold: with whom it names, else its place, else no one
PREPARING = {"prepare", "draft", "plan", "finalise", "finalize"}  # "sanctions were being prepared": not yet
RELIEF_CODES = {"081", "085"}  # lifting sanctions or restrictions: from the one that bears them
SYMMETRIC = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
REFUSALS = {"refuse", "decline"}
POINTLESS = {"reason", "need", "point"}  # "saw no reason to negotiate", "sees no need for talks"
WILLING = {"willing", "prepared", "ready"}  # "was not willing to pay": a refusal
VOWS = {"vow", "swear", "pledge", "promise"}  # "vowed to wage war": a vow of force is a threat
AGGRESSORS = {"invader", "aggressor", "attacker", "occupier"}  # "the invaders": the last who attacked the speaker
NON_COMMITTAL = {"comment", "say", "confirm", "elaborate", "speculate", "disclose", "reveal", "specify", "identify",
                 "name", "detail", "answer", "discuss"}  # "declined to comment": no answer, not a refusal of anyone
REJECTIONS = {"CONSULT": "125", "AGREE": "125", "AID": "122", "COOPERATE": "121", "RETREAT": "124",
              "CONCEDE": "124", "SUPPORT": "120"}
# "ready to talk", "willing to supply oil": a stated readiness is an intent to act (CAMEO 03, PLOVER AGREE), coded
# by what is intended: to meet or negotiate 036, material aid 033, material cooperation 031, diplomatic support 032,
# to yield 035 (CAMEO codebook, Schrodt 2012)
INTENTIONS = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "AGREE": "030",
              "CONCEDE": "035", "RETREAT": "035"}
READINESS = WILLING | {"eager", "keen"}
# "has sought to establish relations with Riyadh": seeking a bond with another state asks it of that state (CAMEO
# 02, PLOVER REQUEST), coded by what is sought: material cooperation 021, diplomatic cooperation 022, aid 023, a
# meeting or negotiation 026 (CAMEO codebook, Schrodt 2012)
PURSUITS = {"COOPERATE": "021", "SUPPORT": "022", "AGREE": "022", "AID": "023", "CONSULT": "026"}
CLAUSES = {"clause", "provision", "article", "part", "section", "term", "annex", "chapter"}  # parts of a pact
RECIPROCAL = SYMMETRIC | {"RETREAT", "ASSAULT", "CONCEDE"}
PLACE_PREPS = ("in", "into", "onto", "near", "around", "outside", "over", "across", "off", "along")
INVERSE_LIGHT = {"receive", "obtain", "get", "accept", "win", "secure"}
REQUEST_LIKE = {"REQUEST", "THREATEN", "ACCUSE"}
REACTIONS = {"ACCUSE", "PROTEST", "SUPPORT", "REJECT"}  # events that judge another event
ADDRESSED = {"REQUEST", "THREATEN", "AGREE"}  # events said to someone: a nested one is addressed to who answers
MESSAGES = {"note", "letter", "message", "cable", "telegram"}  # "sent notes to London warning that ...": to whom
# ", a move Venezuela described as a provocation", ", a step Western governments warned would ...": a noun that sums up
# the clause before it, so that what is said of it judges whoever acts in that clause
SUMMARY_NOUNS = {"move", "step", "decision", "measure", "action"}
# "protect Ukrainian cities from Russian missile strikes": the attack guarded against is aimed at what is guarded
PROTECTING = {"protect", "defend", "shield", "guard", "safeguard"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
INTENT_VERBS = {"rule", "consider", "weigh", "mull", "contemplate", "propose", "discuss", "debate", "threaten"}
COUNTERPARTS = {"guest", "visitor", "host", "counterpart", "interlocutor"}
NAMING_VERBS = {"call", "name", "term", "label", "brand", "dub", "describe", "consider", "deem"}
DEPARTURE_ORDERS = {"order", "tell", "instruct", "give", "direct"}
DEPARTURES = {"leave", "depart", "quit", "go", "exit", "close"}  # "ordered the Russian consulate to close" (a state's)
ALONGSIDE = {"solidarity", "together", "along", "coordination", "concert", "conjunction", "tandem", "line"}
MEASURES = {"day", "week", "month", "round", "series", "wave", "spate", "string", "number", "set", "kind", "ton",
            "tonne", "barrel", "batch", "consignment", "load"}
# "blocked the start of talks", "delayed the opening of the border": what begins is what the verb acts on
ONSETS = {"start", "beginning", "opening", "resumption", "launch"}
SUBJECT_CONTROL = {"telephone", "phone", "call", "visit", "meet", "host", "receive", "summon", "contact", "write",
                   "travel", "fly", "send", "dispatch", "use", "sign", "hold"}  # "met X to discuss": X is met
JUDGING_REPORTS = {"say", "state", "insist", "add", "warn", "tell", "declare", "write", "claim", "allege", "assert",
                   "argue"}  # "said the pact was concerning"
FRAME_PREPS = {"with", "as", "under", "despite", "amid", "like", "unlike", "during", "after", "before", "following",
               "since", "until"}  # their objects are not acted on: the frame, the time
INCLUDING = {"include", "contain", "comprise", "earmark", "allocate", "provide"}  # what a package holds
DENIALS = {"deny", "dismiss", "reject", "refute"}  # answer an accusation: aimed at the accuser
FRIENDLY = {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"}  # never "against" their target
CALLS = {"call", "phone", "telephone", "ring"}
GROUP_NOUNS = {"power", "country", "nation", "state", "partner", "ally", "neighbour", "neighbor", "government"}
WEAPONS = {"weapon", "arm", "missile", "rocket", "drone", "shell", "munition", "bomb", "projectile", "artillery",
           "howitzer", "jet", "warplane", "fighter", "tank"}  # "fired American weapons at": the maker's, not the target
EVERY = {"every", "any", "all", "each"}  # "from every country that followed suit": all of a kind, no one state
ORDERS = {"order", "instruction", "command"}  # "scrambled on the orders of Lukashenko": the one who ordered acts
STATIONING = {"station", "deploy", "base", "post", "garrison", "position"}  # "troops stationed in Korea"
TALKING = {"speak", "talk"}  # "Speaking on Tuesday, Putin said": talk with no one named is no meeting
HOSTS = {"host", "broker", "mediate", "facilitate", "organise", "organize", "convene", "sponsor"}  # not a party
INVITATIONS = {"invitation", "invite"}
OFFERS = {"offer", "propose"}  # "offered to dismantle Yongbyon": an offer to act
TRAVEL_VERBS = {"visit", "travel", "come", "go", "fly"}  # "an invitation to visit Pyongyang": the host invites
ASKING_VERBS = {"urge", "ask", "call", "press", "encourage", "invite", "tell", "order", "request", "push"}
ACCUSING = {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "fault", "suspect",
            "thank", "praise", "punish", "sanction"}
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
RECALL = 400  # how many earlier events reference resolution looks back over (bounds work on long texts)
COPULAS = {"be", "remain", "become", "stay"}
ADJUNCT_PREPS = {"with", "at", "upon", "on"}
MILITARY_SITES = {"site", "target", "position", "installation", "defence", "defense", "depot", "airfield", "airbase",
                  "radar", "battery", "facility", "stronghold", "bunker", "launcher", "emplacement"}  # an enemy's
MEANS_PREPS = {"with", "during", "through"}  # "responded with air strikes": the subject's own act
GATHERING_PREPS = {"for", "after", "following", "on"}  # "flew to Jeddah for talks with King Salman"
CONVERSATIONS = {"call", "conversation", "talk", "meeting", "discussion", "negotiation"}  # "in a telephone call, ..."
PURPOSE_VERBS = {"help", "assist", "support", "aid", "back", "bolster", "arm", "supply", "monitor", "watch",
                 "shadow", "track", "confront", "counter", "deter", "defend", "protect"}
EVENT_KINDS = {noun: frozenset(kinds.split()) for noun, kinds in {
    "agreement": "AGREE COOPERATE SUPPORT", "deal": "AGREE COOPERATE SUPPORT", "pact": "AGREE COOPERATE SUPPORT",
    "treaty": "AGREE COOPERATE SUPPORT", "accord": "AGREE COOPERATE SUPPORT",
    "attack": "ASSAULT COERCE", "strike": "ASSAULT COERCE", "raid": "ASSAULT COERCE", "assault": "ASSAULT",
    "invasion": "ASSAULT MOBILIZE COERCE",
    "operation": "ASSAULT MOBILIZE COERCE", "offensive": "ASSAULT", "campaign": "ASSAULT", "bombing": "ASSAULT",
    "expulsion": "SANCTION COERCE", "ban": "SANCTION COERCE", "sanction": "SANCTION",
    "deployment": "MOBILIZE AID", "drill": "MOBILIZE", "exercise": "MOBILIZE COOPERATE"}.items()}
ANAPHORIC_NOUNS = {"decision", "move", "step", "plan", "measure", "action", "policy", "remark", "statement",
                   "announcement", "deal", "agreement", "decree", "ban", "law", "proposal", "request", "demand",
                   "ultimatum", "threat", "accusation", "claim", "operation", "offensive", "campaign"}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in read_tsv("patterns/light_verbs.tsv"))


@lru_cache(maxsize=1)
def force_verbs() -> dict[str, list[Pattern]]:
    table: dict[str, list[Pattern]] = {}
    for row in read_tsv("patterns/force_verbs.tsv"):
        table.setdefault(row["lemma"], []).append(Pattern(
            lemma=row["lemma"], cameo=row["cameo"], target=tuple(split(row["target"])),
            roles=frozenset(split(row["roles"]))))
    return table


@lru_cache(maxsize=1)
def wrongdoing() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("patterns/wrongdoing.tsv"))


@lru_cache(maxsize=1)
def consent() -> frozenset[str]:
    """Verbs whose stated negation is a refusal: "would never accept", "would not be bound by"."""
    return frozenset(row["word"] for row in read_tsv("patterns/consent.tsv"))


@lru_cache(maxsize=1)
def bearers() -> frozenset[str]:
    """Verbs whose subject bears a warned consequence: "would face further measures", "would pay a heavy price"."""
    return frozenset(row["word"] for row in read_tsv("patterns/reprisals.tsv") if row["kind"] == "bearer")


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
    presupposed: bool = False  # told as given by another event ("declined an invitation"): asserted
    joined: bool = False  # "took part in the invasion": the subject joins an event, aimed where it was
    unnamed_partner: bool = False  # "Iran and six world powers reached an agreement": a party with no code

    def refuse(self, by: Token | None = None) -> None:
        """Make this the refusal of what it states (PLOVER REJECT, asserted): "refused to send troops", "ruled
        out sanctions", "would not negotiate". ``by`` is the refusing word, added to the evidence."""
        self.refused_event = lookup(self.cameo).event
        self.cameo = REJECTIONS.get(self.refused_event or "", "120")
        self.refused = True
        if by is not None:
            self.words = [by] + self.words


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _preps(token: Token, word: str) -> list[Token]:
    """The objects of ``token``'s preposition ``word`` ("to North Korea" → North Korea), also behind a
    particle ("pulled out of Afghanistan")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
            if word == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in ALONGSIDE \
                    and child.i - 1 != token.i:
                continue  # "in solidarity with Mexico", "together with France": on the same side ("expressed
                # solidarity with Ukraine": the noun's own partner is whom it is shown to)
            out.extend(_children(child, "pobj", "pcomp"))
            # "with the Soviet ambassador, and with the Israeli and Egyptian foreign ministers": the same relation
            out.extend(p for c in child.children if c.dep_ == "conj" and c.lower_ == word
                       for p in _children(c, "pobj", "pcomp"))
        elif child.dep_ == "dative" and word == "to" and child.pos_ != "ADP":
            out.append(child)
        elif child.dep_ in ("prt", "advmod") and token.pos_ in ("VERB", "AUX"):
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == word:
                    out.extend(_children(grandchild, "pobj", "pcomp"))
        if child.dep_ == "prep":  # "the withdrawal of Chinese troops from Vietnam and of Vietnamese troops from
            # Cambodia": the parser may join the second "of" to the first phrase's last preposition
            for conj in child.conjuncts:
                if conj.dep_ == "conj" and conj.lower_ == word and conj.lower_ != child.lower_:
                    out.extend(_children(conj, "pobj", "pcomp"))
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


def _second_verb_read_as_adjective(verb: Token) -> Token | None:
    """"London has broken off relations with Buenos Aires and frozen Argentine assets": the parser may read the
    second past participle as an adjective of its object, coordinated with the first verb's object. Returns the
    first verb, whose subject and auxiliary the participle shares."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "JJ" and verb.lower_.endswith(("ed", "en")))
    if verb.dep_ != "amod" or not participle or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "and":
        return None
    noun = verb.head
    first = noun.head if noun.dep_ == "conj" and noun.i > verb.i else None
    while first is not None and first.dep_ == "pobj" and first.head.dep_ == "prep":  # "... with Tehran and frozen"
        first = first.head.head
    governor = first.head if first is not None and first.dep_ == "dobj" else None
    if governor is None or governor.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in governor.children):
        return None
    return governor


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _unhesitating(verb: Token) -> Token | None:
    """The act in "would not hesitate to impose new sanctions": a warning of what the speaker is ready to do."""
    if verb.lemma_.lower() != "hesitate" or not _children(verb, "neg") or not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in verb.children):
        return None
    return next((x for x in _children(verb, "xcomp") if _infinitive(x)), None)


def _decided_against(noun: Token) -> Token | None:
    """The verb of "decided against a pre-emptive strike", "voted against sanctions", "decided against sending
    troops": a refusal of the event the noun or gerund states."""
    head = noun.head
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ == "against" and head.head.lemma_.lower() in ("decide", "vote") \
            and head.head.pos_ in ("VERB", "AUX") and not _children(head.head, "neg"):
        return head.head
    return None


def _unwilling(verb: Token) -> Token | None:
    """The adjective of "Washington was not willing to pay", "Tokyo is unwilling to": a refusal on a copula."""
    if verb.lemma_.lower() != "be":
        return None
    for adjective in _children(verb, "acomp"):
        negated = bool(_children(verb, "neg") or _children(adjective, "neg"))
        if adjective.lower_ == "unwilling" or (adjective.lower_ in WILLING and negated):
            return adjective
    return None


def _refused_act(verb: Token) -> Token | None:
    """The act a refusal verb refuses: "refused to extend the deal" → extend; None for "declined to comment"."""
    holder = verb if verb.lemma_.lower() in REFUSALS else _unwilling(verb)
    if holder is None:
        return None
    act = next((x for x in _children(holder, "xcomp") if _infinitive(x)), None)
    return None if act is None or act.lemma_.lower() in NON_COMMITTAL else act


def _refuser(act: Token) -> Token | None:
    """The refusal word governing an act ("refused to", "was not willing to"), if any."""
    head = act.head
    if act.dep_ in ("relcl", "acl") and _infinitive(act) and head.lemma_.lower() in POINTLESS \
            and head.dep_ == "dobj" and head.head.lemma_.lower() in ("see", "find") \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return head.head  # "said he saw no reason to negotiate": a refusal
    if act.dep_ != "xcomp":
        return None
    if head.lemma_.lower() in REFUSALS:
        return head
    return head.head if head.dep_ == "acomp" and _unwilling(head.head) == head else None


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
    text = noun.doc[max(0, noun.i - 8):noun.i + 1].text.lower()  # (Doc.text would join the whole document)
    names = [name.lower().removeprefix("the ") for name, _, _ in era_table()]
    return any(phrase.endswith(name) or text.endswith(name) for name in names)


def _war_name(noun: Token) -> bool:
    """A capitalised war with a name made of peoples or places ("the Arab-Israeli War", "the Russo-Japanese War",
    "the War of the Pacific"): the name of an earlier war, not a new event. ("the war in Ukraine" is an event.)"""
    if noun.text not in ("War", "Wars") or noun.i == noun.sent.start:
        return False
    named = [c for c in noun.children
             if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.text[:1].isupper()]
    of_name = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and p.text[:1].isupper()]
    return bool(named or of_name)


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


def _set_off_participle(verb: Token) -> bool:
    """"Under the pact, announced on Wednesday by Biden and Morrison, the United States will ...": a participle with
    an agent set off by a comma after the noun it describes, which the parser hung on the main verb."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "csubj") and verb.i >= 2 \
        and verb.doc[verb.i - 1].lower_ == "," and verb.doc[verb.i - 2].pos_ == "NOUN" and bool(_preps(verb, "by"))


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _clause(token: Token) -> int:
    """The verb heading the clause that states an event: participles and infinitives without a subject
    belong to the clause above them ("deploy its troops, sending 10,000 soldiers" is one clause)."""
    for _ in range(10):
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children)
        if token.head.i == token.i or _second_verb_read_as_adjective(token) is not None or (
                token.pos_ in ("VERB", "AUX") and (has_subject or token.dep_ == "conj")):
            return token.i  # a coordinated verb ("blocked ... and banned ...") states its own event
        token = token.head
    return token.i
