"""Reading noun phrases as actors: mentions, roles from the words around them, and references.

``Resolver.actors(token)`` answers "which actors does the phrase headed by this token name?": a mention
("Pyongyang"), a role noun with a country modifier ("the Russian forces" → RUSMIL), a title or leader
("President Lula"), an apposition ("his counterpart, Kim Jong Un"), or a reference resolved to earlier actors
("it", "its", "the country", "the two countries", "both sides").
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.coding.actors import Mention, find_mentions, lexicon
from entente.data import read_tsv

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from entente.record import Actor

SINGULAR_REFERENCES = {"it", "its", "itself"}
PERSON_REFERENCES = {"he", "him", "his", "she", "her", "himself", "herself"}
PLURAL_REFERENCES = {"they", "them", "their", "themselves", "theirs"}
SINGULAR_NOUNS = {"country", "nation", "state", "regime", "kingdom", "republic", "emirate", "sultanate", "monarchy"}
PLURAL_NOUNS = {"country", "nation", "side", "state", "government", "power", "neighbor", "neighbour", "ally",
                "monarchy", "kingdom", "emirate", "republic"}
COLLECTIVE_NOUNS = {"alliance", "partnership", "relationship", "relation", "tie", "bloc", "axis", "coalition",
                    "pact", "friendship", "rapprochement", "cooperation", "treaty", "agreement"}
PARTITIVES = {"thousand", "hundred", "dozen", "million", "billion", "some", "many", "most", "all", "part",
              "number", "group", "contingent", "unit", "battalion", "delegation", "share", "majority"}
DEFINITE_ROLES = {"GOV", "MIL"}
DEFINITE_NOUNS = {"junta", "government", "regime", "administration", "army", "military", "ministry", "cabinet",
                  "leadership", "authorities"}
BACKERS = {"back", "support", "sponsor", "arm", "fund", "finance", "equip", "train", "supply"}
PERSON_NOUNS = {"leader", "president", "minister", "premier", "head", "chancellor"}
PLACE_NOUNS = {"city", "town", "capital", "village", "street", "province", "region"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
ORGANISATION_NOUNS = {"alliance", "bloc", "organisation", "organization", "agency", "council", "union", "league",
                      "body", "community"}
NOT_ALLIANCES = {"alliance": ("IGOUNO", "IGOIAEA", "IGOWHO", "IGOIMF", "IGOWBK"), "agency": ("IGONAT", "IGOEU")}
SENT_GROUPS = {"delegation", "envoy", "team", "mission", "emissary", "representative", "negotiator", "official",
               "force", "contingent", "convoy"}
SETTLEMENTS = {"village", "town", "city", "port", "province", "region", "district", "capital", "enclave"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "only", "latest", "next"}
JUNTA_NOUNS = {"junta"}
COUP_WORDS = {"coup", "putsch", "junta", "takeover"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}


@dataclass(frozen=True)
class Found:
    """An actor found for a phrase, before it becomes an ``Actor`` record."""

    country: str
    role: str | None
    name: str | None
    start: int  # character offsets of the words that name it
    end: int
    via: str  # mention | modifier | reference | apposition | context | place | partner

    @classmethod
    def told(cls, actor: Actor, via: str) -> Found:
        """An actor of an event told earlier, found again (as a context target, an accuser, the accused)."""
        return cls(actor.country, actor.role, actor.name, actor.start, actor.end, via)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {row["city"]: row["country"] for row in read_tsv("actors/cities.tsv")}


def _adjacent(token: Token, appos: Token) -> bool:
    """An apposition right after its noun ("Lee Hu-rak, director of ..."), not one the parser hung on a noun far
    back ("the junta refused to receive a mission of ECOWAS, the African Union and ...")."""
    own = {t.i for t in appos.subtree}
    end = max((t.i for t in token.subtree if t.i not in own), default=token.i)
    return appos.left_edge.i <= end + 2


def _a_place(token: Token) -> bool:
    """"met in Kinshasa": a capital named as the place of an event is not one of the parties."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "from", "near") \
        and token.ent_type_ in ("GPE", "LOC", "FAC")


@lru_cache(maxsize=1)
def _pairs() -> dict[str, list[str]]:
    return {row["word"]: row["countries"].split() for row in read_tsv("actors/pairs.tsv")}


def _place_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("actors/places.tsv"))


class Resolver:
    """Actor mentions of one document and the state needed to resolve references in it."""

    def __init__(self, doc: Doc, nlp: Language, when: dt.date | None,
                 sentence_dates: dict[int, tuple[int, dt.date]] | None = None) -> None:
        self.doc = doc
        self.mentions = find_mentions(doc, nlp, when, sentence_dates)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.lex = lexicon()
        self.places = _place_nouns()
        self.sentence_starts = [s.start for s in doc.sents]

    # -- public ----------------------------------------------------------------------------------------------
    def actors(self, token: Token, places: bool = False, depth: int = 0, loose: bool = False) -> list[Found]:
        """The actors the phrase headed by ``token`` names, coordinated phrases excluded (see ``conjuncts``)."""
        if depth > 4:
            return []
        mention = self.by_token.get(token.i)
        if mention is not None:
            if mention.entry.kind == "region" and any(
                    c.lower_ in ORDINALS for t in self.doc[mention.start:mention.end] for c in t.children):
                return []  # "the third and fourth Arab countries to recognise Israel" are two states, not the region
            if mention.entry.kind == "region" and any(c.lower_ in NUMBERS for c in token.children):
                return self._reference(token, plural=True)  # "the two Gulf states": the two just named
            return [self._from_mention(mention, token)]
        lower = token.lower_
        lemma = token.lemma_.lower()
        if lower in SINGULAR_REFERENCES:
            return self._reference(token, plural=False)
        if lower in PLURAL_REFERENCES:
            return self._reference(token, plural=True)
        if lower in PERSON_REFERENCES:
            return self._person(token)
        if lower in _pairs():  # "the two Koreas"
            return [Found(country, None, None, token.idx, token.idx + len(token), "mention")
                    for country in _pairs()[lower]]
        if lemma in PARTITIVES or token.like_num:
            # "thousands of people", "some of the troops": the phrase names what the "of" phrase names
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return self.actors(pobj, places, depth + 1, loose)
        for child in token.children:
            if child.dep_ == "appos" and _adjacent(token, child):
                # "Lee Hu-rak, director of the South Korean Central Intelligence Agency": the apposition says
                # whom the person works for
                found = self.actors(child, places, depth + 1) or self._modifiers(child, depth + 1)
                if found:
                    return [Found(f.country, f.role or "GOV", f.name, f.start, f.end, f.via) for f in found[:1]]
        if lemma == "member":
            # "NATO's 29 members backed Washington": the alliance acts through its members
            organisations = [f for f in self._modifiers(token, depth) if f.country.startswith("IGO")]
            if organisations:
                return organisations[:1]
        if lemma in SENT_GROUPS:
            # "a delegation led by Kurt Campbell, the White House coordinator", "an envoy sent by Tinubu"
            for acl in token.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN":
                    agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                    found = [f for a in agents for f in self.actors(a, places, depth + 1)]
                    if found:
                        return [Found(f.country, f.role or "GOV", f.name, f.start, f.end, f.via) for f in found[:1]]
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
        modifiers = self._modifiers(token, depth)
        described = any(c.dep_ == "amod" and c.lower_ not in NUMBERS for c in token.children) \
            and not determiners & ({"both", "these"} | set(NUMBERS))  # "the European imperial powers" is a kind
        if token.tag_ in ("NNS", "NNPS") and not modifiers and not described and (
                (lemma in PLURAL_NOUNS and determiners & ({"the", "both", "these", "all"} | set(NUMBERS)))
                or (lemma in self.lex.roles and determiners & {"both", "two"})
                or (self.lex.roles.get(lemma) == "GOV" and determiners & set(NUMBERS))):  # "the three leaders"
            role = self.lex.roles.get(lemma) or None  # "the two navies", "both governments"
            # "the two governments" may look further back than "the two forces" (often two sides of one state)
            reach = 5 if lemma in PLURAL_NOUNS else 3
            return [Found(f.country, role, None, f.start, f.end, f.via)
                    for f in self._reference(token, plural=True, reach=reach)]
        if lemma in SINGULAR_NOUNS and not modifiers and determiners & {"the", "this"} \
                and token.tag_ in ("NN", "NNP"):
            return self._reference(token, plural=False)
        if lemma in ORGANISATION_NOUNS and not modifiers and determiners == {"the"} and token.tag_ in ("NN", "NNP") \
                and not any(c.dep_ in ("compound", "amod") for c in token.children):  # not "the British Council"
            # "the alliance", "the bloc", "the agency": the organisation the text named last
            named = [m for m in self.mentions if m.end <= token.i and m.entry.kind == "org"
                     and m.country.startswith("IGO") and m.country not in NOT_ALLIANCES.get(lemma, ())]
            if named:
                return [self._as_reference(self._from_mention(named[-1], self.doc[named[-1].start]), token)]
        role = self._role(token)
        if role in DEFINITE_ROLES and not modifiers and determiners == {"the"} and token.tag_ in ("NN", "NNP") \
                and lemma in DEFINITE_NOUNS:
            # "the junta", "the army": the state the text is most about so far, not the acting one
            country = self._salient(token)
            return [Found(country, role, None, token.idx, token.idx + len(token), "reference")] if country else []
        if role == "CVL" and not modifiers:
            located = self._located(token)  # "protesters gathered outside the embassy in Warsaw"
            return [located] if located is not None else []
        if len(modifiers) >= 2 and (role is not None or loose) and self._coordinated(token):
            # "Indian and Chinese military commanders": one actor for each
            return [Found(m.country, role, None, m.start, m.end, "modifier") for m in modifiers]
        if modifiers and loose and lemma not in COLLECTIVE_NOUNS:
            # the one acted on may be named by what is theirs: "condemned Russia's invasion", "Russian banks"
            first = modifiers[0]
            return [Found(first.country, role or first.role, first.name, first.start, first.end, "modifier")]
        if modifiers and (role is not None or lemma in self.lex.roles or lemma in PLURAL_NOUNS
                          or lemma in SINGULAR_NOUNS or lemma in COLLECTIVE_NOUNS
                          or (places and lemma in self.places) or token.pos_ == "PROPN"):
            if lemma in COLLECTIVE_NOUNS:
                return modifiers
            first = modifiers[0]
            return [Found(first.country, role or first.role, first.name,
                          min(first.start, token.idx), max(first.end, token.idx + len(token)), "modifier")]
        return []

    def conjuncts(self, token: Token) -> list[Token]:
        """``token`` and the phrases coordinated with it ("France and Germany")."""
        out = [token]
        for conj in token.conjuncts:
            if conj.i > token.i and conj.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
                out.append(conj)
        named = self.by_token.get(token.i)
        for child in token.children:
            listed = self.by_token.get(child.i)
            if child.dep_ == "appos" and named is not None and listed is not None and listed.country != named.country \
                    and listed.entry.kind in ("name", "capital"):
                # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser may take a list for an
                # apposition; two different states are never one
                out.extend([child] + [c for c in child.conjuncts if c.i > child.i])
        for child in token.children:
            # "Uruguayan President Luis Lacalle Pou and Chilean President Gabriel Boric": the parser may hang the
            # first person under the second as a modifier that carries the "and"
            if child.dep_ in ("nmod", "compound") and child.i < token.i and child.i in self.by_token \
                    and any(c.dep_ == "cc" for c in child.children) and any(c.dep_ == "conj" for c in child.children):
                out.insert(0, child)
        return out

    def actors_of(self, token: Token, places: bool = False, loose: bool = False) -> list[Found]:
        found: list[Found] = []
        for head in self.conjuncts(token):
            for actor in self.actors(head, places, loose=loose):
                if all(actor.country != f.country for f in found):
                    found.append(actor)
        return found

    def modifiers(self, token: Token) -> list[Found]:
        """Actors named by a noun's own modifiers: "Russian aid", "North Korea's", "its troops"."""
        if token.i in self.by_token:
            return [self._from_mention(self.by_token[token.i], token)]
        return [f for f in self._modifiers(token, 0, with_of=False)]

    def modifiers_of(self, tokens: list[Token]) -> list[Found]:
        """The actors named by ``tokens`` that are mentions themselves ("Pakistani" in "from Pakistani soil")."""
        found: list[Found] = []
        for token in tokens:
            mention = self.by_token.get(token.i)
            if mention is not None and mention.entry.kind not in ("region",) \
                    and all(mention.country != f.country for f in found):
                found.append(self._from_mention(mention, token))
        return found

    def all_modifiers(self, token: Token) -> list[Found]:
        """Every actor a noun's modifiers name, "of" and "in" phrases included ("the Beijing-backed Khmer Rouge
        government in Cambodia": China and Cambodia)."""
        return self._modifiers(token, 0)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _from_mention(self, mention: Mention, token: Token) -> Found:
        entry = mention.entry
        span = self.doc[mention.start:mention.end]
        start, end = span.start_char, span.end_char
        role = entry.role
        if entry.kind == "leader":
            for child in token.children:
                if child.dep_ in ("compound", "amod") and child.i < mention.start:
                    start = min(start, child.idx)
                    for grandchild in child.subtree:
                        if grandchild.dep_ in ("amod", "compound"):
                            start = min(start, grandchild.idx)
        name = entry.name
        return Found(entry.country, role, name, start, end, "mention")

    def _modifiers(self, token: Token, depth: int, with_of: bool = True) -> list[Found]:
        """Actors named by the modifiers of a noun: "Russian", "North Korea's", "of Japan", "its"."""
        found: list[Found] = []
        backers: list[Found] = []
        for child in token.children:
            if child.dep_ in MODIFIER_DEPS and child.i < token.i:
                if child.lower_ in ("its", "their"):
                    found.extend(self._reference(child, plural=child.lower_ == "their"))
                    continue
                mention = self.by_token.get(child.i)
                if mention is not None:
                    found.append(self._from_mention(mention, child))
                    # "the Russia-North Korea alliance": Russia hangs off Korea; "Indian and Chinese"
                    for grandchild in list(child.children) + [c for c in child.conjuncts if c.i > child.i]:
                        nested = self.by_token.get(grandchild.i)
                        if grandchild.dep_ in ("compound", "conj") and nested is not None and nested is not mention:
                            found.append(self._from_mention(nested, grandchild))
                elif child.dep_ == "poss":
                    found.extend(self.actors(child, depth=depth + 1))
                else:  # "Soviet-made", "Russian-backed": the country modifies the modifier
                    for grandchild in child.children:
                        nested = self.by_token.get(grandchild.i)
                        if nested is not None and grandchild.dep_ in ("npadvmod", "compound", "amod"):
                            # a backer is not the owner: "the Beijing-backed government in Cambodia" is Cambodia's
                            (backers if child.lemma_.lower() in BACKERS else found).append(
                                self._from_mention(nested, grandchild))
            elif with_of and child.dep_ == "prep" and (child.lower_ in ("of", "from") or (
                    child.lower_ in ("in", "at") and self.lex.roles.get(token.lemma_.lower()) == "GOV")) and \
                    token.lemma_.lower() not in COLLECTIVE_NOUNS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.actors(pobj, depth=depth + 1))
        unique: list[Found] = []
        for f in found + backers:
            if all(f.country != u.country for u in unique):
                unique.append(f)
        return unique

    def _located(self, token: Token) -> Found | None:
        """Where people without a nationality act: the country of the place named in their clause ("in
        Istanbul", "in Warsaw"), the place nearest their verb first."""
        start, end = self._sentence_bounds(token)
        verb = token.head
        preps = [p for p in self.doc[start:end] if p.dep_ == "prep" and p.lower_ in ("in", "at", "through")]
        preps.sort(key=lambda p: (not (p.head == verb or p.head.head == verb), abs(p.i - token.i)))
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                mention = self.by_token.get(pobj.i)
                if mention is not None and mention.entry.kind in ("capital", "name"):
                    return Found(mention.country, "CVL", None, token.idx, token.idx + len(token), "modifier")
                city = self.city(pobj)
                if city is not None:
                    return Found(city.country, "CVL", None, token.idx, token.idx + len(token), "modifier")
                places = [self.by_token[c.i] for c in pobj.children if c.dep_ == "amod" and c.i in self.by_token
                          and self.by_token[c.i].entry.kind == "adjective"]
                if pobj.lemma_.lower() in PLACE_NOUNS and places:  # "in several Indian cities"
                    return Found(places[0].country, "CVL", None, token.idx, token.idx + len(token), "modifier")
        return None

    def _coordinated(self, token: Token) -> bool:
        return any(c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
                   for c in token.children)

    def city(self, token: Token) -> Found | None:
        """The country of a city named by ``token`` ("Odesa", "Port Sudan"), as a place, never an actor."""
        place = " ".join(t.text for t in token.subtree if t.dep_ in ("compound", "pobj") or t == token)
        country = _cities().get(place) or _cities().get(token.text)
        if not country and token.lemma_.lower() in SETTLEMENTS:  # "the village of Banjska", "the port of Aden"
            named = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            return self.city(named[0]) if named else None
        return Found(country, None, None, token.idx, token.idx + len(token), "place") if country else None

    def role(self, token: Token) -> str | None:
        """The role a noun gives its actor, two-word roles first ("police officer" → COP)."""
        return self._role(token)

    def _role(self, token: Token) -> str | None:
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ in ("compound", "amod"):
                phrase = f"{child.lemma_.lower()} {lemma}"
                if phrase in self.lex.roles:
                    return self.lex.roles[phrase] or None
        return self.lex.roles.get(lemma) or None

    def _reference(self, token: Token, plural: bool, reach: int = 3) -> list[Found]:
        """Resolve "it", "its", "the country", "they", "the two countries" to the actors they refer to."""
        if token.lower_ in ("itself", "themselves"):
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                    found = self.actors_of(child)
                    return [self._as_reference(f, token) for f in found]
        sentence_start, _ = self._sentence_bounds(token)
        earlier = [m for m in self.mentions if m.end <= token.i and m.start >= sentence_start
                   and m.entry.kind in ("name", "capital", "demonym", "adjective", "historical", "leader", "org")]
        if not plural and token.lower_ in ("it", "its"):
            # "The junta has said it will defend the country": a definite subject before it, in its sentence
            subject = next((t for t in reversed(self.doc[sentence_start:token.i]) if t.dep_ == "nsubj"
                            and t.lemma_.lower() in DEFINITE_NOUNS and t.i not in self.by_token
                            and any(c.lower_ == "the" for c in t.children)), None)
            if subject is not None and not any(m.start > subject.i for m in earlier):
                found = self.actors(subject, depth=1)
                if found:
                    return [self._as_reference(found[0], token)]
        if plural and token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass") \
                and not any(m.end <= token.i for m in earlier):
            # "The two leaders met for two hours ... They will meet again": the subject of the sentence before
            group_before = self._previous_subject(token)
            if len(group_before) >= 2:
                return [self._as_reference(f, token) for f in group_before]
        if plural:
            # "the three countries" names three; "they", "the two sides" two
            wanted = next((NUMBERS[c.lower_] for c in token.children if c.lower_ in NUMBERS), 2)
            # "China urged them", "China, Pakistan's ally, called on both sides": not the ones who speak to them
            acting = self._clause_subject_tokens(token) - {t.i for t in token.subtree}
            speakers = {m.country for m in self.mentions if m.end - 1 in acting
                        and self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "conj")} \
                if token.lemma_.lower() == "they" else set()
            # nor the speaker's partners: "Britain, France and Germany condemned ..., and Scholz urged all sides"
            speakers |= {self.by_token[c.i].country for m in self.mentions if m.country in speakers
                         for c in self.conjuncts(self._list_head(self.doc[m.end - 1])) if c.i in self.by_token}
            window = [m for m in self.mentions if m.end <= token.i and m.country not in speakers
                      and m.start >= self._window_start(token, reach if wanted == 2 else 8)
                      and m.entry.kind not in ("region", "org") and not _a_place(self.doc[m.end - 1])]
            if token.lemma_.lower() in PERSON_NOUNS:  # "the two leaders": the last two leaders named
                people = [m for m in window if m.entry.kind == "leader"]
                if len({m.country for m in people}) >= wanted:
                    window = people
            earlier_all = [m for m in self.mentions if m.end <= token.i and m.entry.kind not in ("region", "org")]
            countries: list[Mention] = self._listed_group(earlier_all, wanted) if wanted >= 3 else []
            for m in reversed(window if not countries else []):
                if all(m.country != c.country for c in countries):
                    countries.append(m)
                if len(countries) == wanted:
                    break
            if len(countries) < wanted:
                return []
            if len(countries) == 2:  # "Britain, France and Germany said they would": all the coordinated ones
                last = self.doc[countries[0].end - 1]
                group = [self.by_token.get(c.i) for c in [last, *last.conjuncts]]
                group += [self.by_token.get(c.i) for c in last.head.conjuncts] if last.dep_ == "conj" else []
                named = list(dict.fromkeys(m for m in group if m is not None))
                if len({m.country for m in named}) > 2:
                    countries = named
            return [self._as_reference(self._from_mention(m, self.doc[m.start]), token) for m in countries] \
                if len(countries) >= 2 else []
        if token.dep_ in ("dobj", "pobj", "dative") and token.lower_ == "it":
            # "Belgrade does not recognise it": an object pronoun is not its own clause's subject
            acting = self._clause_subject_tokens(token)
            earlier = [m for m in earlier if m.start not in acting]
        subjects = [m for m in earlier if self.doc[m.start].dep_ in ("nsubj", "nsubjpass", "poss")
                    or self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "poss")]
        if token.pos_ == "NOUN":
            # "the country" names the nearest state before it (a name or capital rather than an adjective),
            # not the one doing the acting in its clause; "it" and "its" prefer the subject
            acting = self._clause_subject_tokens(token)
            actors = {m.country for m in self.mentions if m.start in acting}
            # "the electricity it supplies to the country": "it", the supplier, is not the country
            actors |= {f.country for i in acting if self.doc[i].pos_ == "PRON" and self.doc[i].i != token.i
                       for f in self.actors(self.doc[i])}
            window = [m for m in self.mentions if m.end <= token.i and m.start >= self._window_start(token, 3)
                      and m.start not in acting and m.country not in actors
                      and m.entry.kind not in ("region", "org", "leader")]
            named = [m for m in window if m.entry.kind in ("name", "capital")]
            pick = (named or window)[-1] if (named or window) else None
            return [self._as_reference(self._from_mention(pick, self.doc[pick.start]), token)] if pick else []
        if token.lower_ in ("it", "its"):  # a person is not "it": "Lula called on Washington to lift the sanctions
            # it imposed" is Washington's
            def person(m: Mention) -> bool:  # "the Biden administration" is an "it", Biden is not
                return m.entry.kind == "leader" and self.doc[m.end - 1].dep_ not in ("compound", "amod")
            subjects = [m for m in subjects if not person(m)]
            earlier = [m for m in earlier if not person(m)]
        if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.dep_ == "relcl" and earlier:
            # "a protest with North Korea over two missiles it fired": the nearest name, not the main subject,
            # nor one that modifies the noun the clause describes ("45 Russian diplomats it accused of spying")
            described = {t.i for t in token.head.head.subtree}
            outside = [m for m in earlier if m.start not in described]
            subjects, earlier = [], outside or earlier
        pick = (subjects or earlier)[-1] if (subjects or earlier) else None
        if pick is None:
            previous = [m for m in self.mentions if m.end <= sentence_start
                        and m.start >= self._window_start(token, 2) and m.entry.kind != "region"]
            prev_subjects = [m for m in previous if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                             or self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass")]
            pick = (prev_subjects or previous)[-1] if (prev_subjects or previous) else None
        if pick is None or (pick.entry.kind == "leader" and self.doc[pick.end - 1].dep_ not in ("compound", "amod")):
            return []  # "it" is not a person, but may be "the Biden administration"
        return [self._as_reference(self._from_mention(pick, self.doc[pick.start]), token)]

    def _previous_subject(self, token: Token) -> list[Found]:
        """The actors the main subject of the sentence before names, if it names several."""
        index = bisect.bisect_right(self.sentence_starts, token.i) - 1
        if index < 1:
            return []
        root = self.doc[self.sentence_starts[index - 1]:self.sentence_starts[index]].root
        found: list[Found] = []
        for subject in [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]:
            for part in self.conjuncts(subject):
                for f in self.actors(part, depth=1):
                    if all(f.country != g.country for g in found):
                        found.append(f)
        return found

    def _person(self, token: Token) -> list[Found]:
        """"He ordered a quarantine": the person the text spoke of last, a subject preferred, in this sentence or
        the two before; only when that is one person, so "he" in a story of two leaders may stay unresolved
        unless one of them is the subject just before."""
        if token.lower_ in ("himself", "herself"):
            return self._reference(token, plural=False)
        owned = token.head
        if token.dep_ == "poss" and owned.dep_ == "conj" and self.lex.roles.get(owned.head.lemma_.lower()) == "GOV":
            # "expelling the Belarusian envoy and his staff": his is the envoy's
            envoys = self.actors(owned.head, depth=1)
            if envoys:
                return [Found(f.country, f.role or "GOV", None, token.idx, token.idx + len(token), "reference")
                        for f in envoys[:1]]
        people = [m for m in self.mentions if m.entry.kind == "leader" and m.end <= token.i
                  and m.start >= self._window_start(token, 3)
                  and self.doc[m.end - 1].dep_ not in ("compound", "amod", "poss")]
        if not people:
            # "President Ludvík Svoboda of Czechoslovakia ... his country": a titled person of a named state
            titled = [m for m in self.mentions if m.end <= token.i and m.start >= self._window_start(token, 2)
                      and m.entry.kind == "name" and self.doc[m.start].dep_ == "pobj"
                      and self.doc[m.start].head.lower_ == "of" and self.doc[m.start].head.head.pos_ == "PROPN"
                      and self.lex.roles.get(self.doc[m.start].head.head.lemma_.lower()) is None]
            if titled:
                pick = titled[-1]
                return [Found(pick.country, "GOV", None, token.idx, token.idx + len(token), "reference")]
            return []
        if token.dep_ in ("dobj", "pobj", "dative") and token.lower_ in ("him", "her"):
            # "even after Obama telephoned him": not the one who telephones
            acting = self._clause_subject_tokens(token)
            people = [m for m in people if not any(i in acting for i in range(m.start, m.end))] or people
        subjects = [m for m in people if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        pick = (subjects or people)[-1]
        found = self._from_mention(pick, self.doc[pick.start])
        return [Found(found.country, found.role or "GOV", found.name, token.idx, token.idx + len(token), "reference")]

    def salient(self, token: Token) -> str | None:
        """The state the text is most about up to ``token``, not counting those acting in its clause."""
        return self._salient(token)

    def _salient(self, token: Token) -> str | None:
        acting = self._clause_subject_tokens(token)
        actors = {m.country for m in self.mentions if m.start in acting}
        # "the junta closed Niger's airspace": what the actor disposes of is its own
        start, end = self._sentence_bounds(token)
        for m in self.mentions:
            if token.i < m.start < end and m.end < len(self.doc) and self.doc[m.end].dep_ == "case" \
                    and m.country not in actors and m.entry.kind in ("name", "capital"):
                return m.country
        counts: dict[str, float] = {}
        coup = self._coup_tokens(token) if token.lemma_.lower() in JUNTA_NOUNS else set()
        for rank, m in enumerate(self.mentions):
            if m.end > token.i:
                break
            if m.country in actors or m.entry.kind in ("region", "org") or len(m.country) != 3:
                continue
            # "the junta": the state whose coup the text has told of ("soldiers who seized power in Niamey",
            # "the coup leader, General Tiani") weighs more than one merely mentioned often
            told = self.doc[m.start].sent
            weight = 4.0 if m.start in coup else 2.5 if coup and told.start < start and any(
                t.lemma_.lower() in ("coup", "putsch") for t in told) else 1.0
            counts[m.country] = counts.get(m.country, 0.0) + weight + rank * 1e-6
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _coup_tokens(self, token: Token) -> set[int]:
        """Tokens of the phrases that tell of a coup before ``token``: the phrase around "coup", "putsch",
        "junta", or "seized power"."""
        found: set[int] = set()
        for word in self.doc[:token.sent.start]:
            lemma = word.lemma_.lower()
            if lemma in COUP_WORDS or (lemma == "seize" and any(c.lemma_.lower() == "power" for c in word.children)):
                phrase = word if word.pos_ in ("VERB", "AUX") else word.head
                found.update(t.i for t in phrase.subtree)
        return found

    @staticmethod
    def _clause_subject_tokens(token: Token) -> set[int]:
        verb = token
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        acting = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        if verb.dep_ == "relcl" and any(verb.doc[i].lower_ in ("which", "who", "that") for i in acting):
            acting.add(verb.head.i)  # "Egypt, which backs the army": Egypt acts
        return acting

    def _as_reference(self, found: Found, token: Token) -> Found:
        return Found(found.country, None, None, token.idx, token.idx + len(token), "reference")

    def _sentence_bounds(self, token: Token) -> tuple[int, int]:
        import bisect

        index = bisect.bisect_right(self.sentence_starts, token.i) - 1
        end = self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts) else len(self.doc)
        return self.sentence_starts[index], end

    def _list_head(self, token: Token) -> Token:
        """The first item of the list of states ``token`` is in ("Bahrain" → "Saudi Arabia")."""
        while token.dep_ in ("conj", "appos") and token.head.i in self.by_token:
            token = token.head
        return token

    def _listed_group(self, window: list[Mention], wanted: int) -> list[Mention]:
        """The latest list of exactly ``wanted`` states ("Saudi Arabia, the UAE, Bahrain and Egypt" for "the four
        countries"), or nothing."""
        for m in reversed(window):
            head = self._list_head(self.doc[m.end - 1])
            group: list[Mention] = []
            for t in self.conjuncts(head):
                listed = self.by_token.get(t.i)
                if listed is not None and all(listed.country != g.country for g in group):
                    group.append(listed)
            if len(group) == wanted:
                return group
        return []

    def _window_start(self, token: Token, sentences: int) -> int:
        import bisect

        index = bisect.bisect_right(self.sentence_starts, token.i) - 1
        return self.sentence_starts[max(0, index - sentences + 1)]
