"""Reading noun phrases as actors: mentions, roles from the words around them, and references.

``Resolver.actors(token)`` answers "which actors does the phrase headed by this token name?": a mention
("Pyongyang"), a role noun with a country modifier ("the Russian forces" → RUSMIL), a title or leader
("President Lula"), an apposition ("his counterpart, Kim Jong Un"), or a reference resolved to earlier actors
("it", "its", "the country", "the two countries", "both sides"; those are read in ``references.py``). The words
it turns on are in ``phrase_words.py``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.coding.actors import Mention, find_mentions, lexicon
from entente.coding.phrase_words import (
    BACKERS,
    BLOC_MEMBERS,
    BROADCASTS,
    COLLECTIVE_NOUNS,
    DEFINITE_NOUNS,
    DEFINITE_ROLES,
    FORCE_NOUNS,
    MODIFIER_DEPS,
    NOT_ALLIANCES,
    NUMBERS,
    OFFICE_HOLDERS,
    OPPOSITE_NUMBERS,
    ORDINALS,
    ORGANISATION_NOUNS,
    PARTITIVES,
    PERSON_NOUNS,
    PERSON_REFERENCES,
    PLACE_NOUNS,
    PLURAL_NOUNS,
    PLURAL_REFERENCES,
    REPORTING_VERBS,
    SENT_GROUPS,
    SETTLEMENTS,
    SINGULAR_NOUNS,
    SINGULAR_REFERENCES,
    STATE_NOUNS,
    Found,
)
from entente.coding.references import References
from entente.data import read_tsv

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {row["city"]: row["country"] for row in read_tsv("actors/cities.tsv")}


def _adjacent(token: Token, appos: Token) -> bool:
    """An apposition right after its noun ("Lee Hu-rak, director of ..."), not one the parser hung on a noun far
    back ("the junta refused to receive a mission of ECOWAS, the African Union and ...")."""
    own = {t.i for t in appos.subtree}
    end = max((t.i for t in token.subtree if t.i not in own), default=token.i)
    return appos.left_edge.i <= end + 2


@lru_cache(maxsize=1)
def _pairs() -> dict[str, list[str]]:
    return {row["word"]: row["countries"].split() for row in read_tsv("actors/pairs.tsv")}


def _place_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("actors/places.tsv"))


class Resolver(References):
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
        self._resolving: set[int] = set()  # references being resolved (see References._reference)

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
        if lower == "whose":
            # "Russia, whose forces invaded Ukraine": whose is the noun the relative clause describes (not a place
            # the parser hung it on: "the court in The Hague, whose jurisdiction ...")
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            placed = clause is not None and clause.head.dep_ == "pobj" \
                and clause.head.head.lower_ in ("in", "at", "near")
            return self.actors(clause.head, places, depth + 1) if clause is not None and not placed else []
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
        if lemma in PERSON_NOUNS | OFFICE_HOLDERS:
            # "the head of USAID, Samantha Power, announced": the parser may take the name set off after the
            # office for the object of its "of" (no office is held over a person)
            named = [self.by_token[p.i] for p in self._of_objects(token) if p.i in self.by_token
                     and self.by_token[p.i].entry.kind == "leader" and p.i > 0 and self.doc[p.i - 1].lower_ != "the"
                     and any(t.lower_ == "," for t in self.doc[token.i:p.i])]
            if named:
                return [self._from_mention(named[0], self.doc[named[0].start])]
        if lemma in OPPOSITE_NUMBERS:
            # "his Japanese counterpart rejected the charge" (not "his counterpart": whose it is, is the other side)
            named = [self.by_token[c.i] for c in token.children if c.dep_ in ("amod", "compound")
                     and c.i in self.by_token and self.by_token[c.i].entry.kind in ("demonym", "adjective", "name")]
            if named:
                own = self._from_mention(named[0], self.doc[named[0].start])
                return [Found(own.country, own.role or "GOV", None, own.start, token.idx + len(token), "modifier")]
        if lemma in BROADCASTS:
            # "a broadcast on Moscow radio", "an editorial in the People's Daily": the outlet that carried it
            carriers = [p for c in token.children if c.dep_ in ("prep", "agent")
                        and c.lower_ in ("on", "in", "by", "from") for p in c.children if p.dep_ == "pobj"]
            outlets = [f for p in carriers for f in self.actors(p, depth=depth + 1) if f.role == "MED"]
            if outlets:
                return outlets[:1]
        if lemma in BLOC_MEMBERS:
            # "NATO's 29 members backed Washington", "asked its partners in the European Community": the bloc
            # acts through its members
            inside = [f for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                      for o in p.children if o.dep_ == "pobj" for f in self.actors(o, depth=depth + 1)]
            organisations = [f for f in self._modifiers(token, depth) + inside if f.country.startswith("IGO")]
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
        if lemma in PLURAL_NOUNS and not modifiers and determiners == {"each"} and token.tag_ in ("NN", "NNP"):
            # "each side accused the other": the two sides just named
            return self._reference(token, plural=True, reach=5)
        if lemma in SINGULAR_NOUNS and not modifiers and determiners & {"the", "this"} \
                and token.tag_ in ("NN", "NNP"):
            return self._reference(token, plural=False)
        if lemma in ORGANISATION_NOUNS and not modifiers and determiners == {"the"} and token.tag_ in ("NN", "NNP") \
                and not any(c.dep_ in ("compound", "amod") for c in token.children):  # not "the British Council"
            # "the alliance", "the bloc", "the agency": the organisation the text named last
            # (or whose head the text named: "Secretary-General Jens Stoltenberg said the alliance would ...")
            named = [m for m in self.mentions if m.end <= token.i and m.entry.kind in ("org", "leader")
                     and m.country.startswith("IGO") and m.country not in NOT_ALLIANCES.get(lemma, ())]
            if named:
                return [self._as_reference(self._from_mention(named[-1], self.doc[named[-1].start]), token)]
        if lemma in FORCE_NOUNS and not modifiers and determiners == {"the"} and token.tag_ == "NN" \
                and not any(c.dep_ in ("compound", "amod", "prep") for c in token.children):
            # "a British naval task force sailed ... the force will number 40 warships": the force named before
            forces = self._named_force(token, depth)
            if forces:
                return forces
        role = self._role(token)
        if role in DEFINITE_ROLES and not modifiers and determiners == {"the"} and token.tag_ in ("NN", "NNP") \
                and lemma in DEFINITE_NOUNS:
            # "In Beijing, the foreign ministry said": the capital the sentence opens with; else "the junta", "the
            # army": the state the text is most about so far, not the acting one
            country = self._fronted_capital(token) or self._there(token) or self._reporters_state(token, depth) \
                or self._salient(token)
            return [Found(country, role, None, token.idx, token.idx + len(token), "reference")] if country else []
        if role == "REB" and not modifiers:
            # "armed Islamist militants in Somalia": an armed group with no nationality belongs to the country it is in
            where = [self.by_token[p.i] for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                     for p in c.children if p.dep_ == "pobj" and p.i in self.by_token
                     and self.by_token[p.i].entry.kind == "name"]
            if where:
                return [Found(where[0].country, role, None, token.idx, token.idx + len(token), "modifier")]
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
            listed = [self._from_mention(self.by_token[c.i], c) for p in self._of_objects(token)
                      for c in [p, *[c for c in p.conjuncts if c.i > p.i]] if c.i in self.by_token]
            if not listed and role is not None:  # "the foreign ministers of the two countries": each state's
                listed = [f for p in self._of_objects(token) if p.lemma_.lower() in STATE_NOUNS
                          for f in self.actors(p, depth=depth + 1)]
            if token.tag_ in ("NNS", "NNPS") and role is not None and len({f.country for f in listed}) >= 2:
                # "the governments of Brazil and Colombia": each of the states named
                return [Found(f.country, role or f.role, f.name, f.start, f.end, "modifier")
                        for n, f in enumerate(listed) if all(f.country != g.country for g in listed[:n])]
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

    def _named_force(self, token: Token, depth: int) -> list[Found]:
        """The state of the latest earlier force of the same noun that its modifiers name, in the same paragraph."""
        for earlier in reversed(self.doc[:token.i]):
            if "\n" in earlier.text_with_ws:
                return []
            if earlier.lemma_.lower() == token.lemma_.lower() and earlier.pos_ in ("NOUN", "PROPN"):
                found = self._modifiers(earlier, depth + 1, with_of=False)
                return [Found(f.country, "MIL", None, token.idx, token.idx + len(token), "reference")
                        for f in found[:1]]
        return []

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
                    found.extend(self._inter(child, mention))  # "inter-Korean talks": both Koreas
                    # "the Russia-North Korea alliance": Russia hangs off Korea; "Indian and Chinese"
                    # ("Russian-Ukrainian talks": joined by a hyphen)
                    for grandchild in list(child.children) + [c for c in child.conjuncts if c.i > child.i]:
                        nested = self.by_token.get(grandchild.i)
                        if (grandchild.dep_ in ("compound", "conj") or _hyphenated(grandchild, child)) \
                                and nested is not None and nested is not mention:
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
        if with_of and self.lex.roles.get(token.lemma_.lower()) == "GOV":
            found.extend(f for p in self._seat(token) for f in self.actors(p, depth=depth + 1))
        unique: list[Found] = []
        for f in found + backers:
            if all(f.country != u.country for u in unique):
                unique.append(f)
        return unique

    def _inter(self, word: Token, mention: Mention) -> list[Found]:
        """"inter-Korean talks", "inter-German trade": the divided state's other half too (actors/pairs.tsv)."""
        if word.i < 2 or self.doc[word.i - 1].text not in HYPHENS or self.doc[word.i - 2].lower_ != "inter":
            return []
        halves = next((c for c in _pairs().values() if mention.country in c), [])
        return [Found(c, None, None, word.idx, word.idx + len(word), "mention") for c in halves
                if c != mention.country]

    @staticmethod
    def _seat(token: Token) -> list[Token]:
        """"overthrew the Beijing-backed government in Cambodia last month": the parser may hang the "in" phrase
        that places a government on the verb; it follows the noun phrase at once."""
        return [p for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                and prep.i == token.right_edge.i + 1 and token.dep_ in ("dobj", "nsubjpass")
                for p in prep.children if p.dep_ == "pobj"]

    def _located(self, token: Token) -> Found | None:
        """Where people without a nationality act: the country of the place named in their clause ("in
        Istanbul", "in Warsaw"), the place nearest their verb first."""
        start, end = self._sentence_bounds(token)
        verb = token.head
        preps = [p for p in self.doc[start:end] if p.dep_ == "prep" and p.lower_ in ("in", "at", "through")]
        preps.sort(key=lambda p: (not (p.head == verb or p.head.head == verb), abs(p.i - token.i)))
        for prep in preps:
            # "in the centre of the South Korean capital", "in the streets of Karachi": the place the of-phrase names
            named = [p for c in prep.children if c.dep_ == "pobj" for p in [c, *self._of_objects(c)]]
            for pobj in named:
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

    @staticmethod
    def _of_objects(token: Token) -> list[Token]:
        return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]

    def _coordinated(self, token: Token) -> bool:
        return any(c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
                   for c in token.children)

    def _reporters_state(self, token: Token, depth: int) -> str | None:
        """"Officials in Washington said the administration could suspend ...": the government a state's own officials
        speak of is their state's."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return None
        saying = token.head.head
        if saying.lemma_.lower() not in REPORTING_VERBS:
            return None
        speakers = [s for c in saying.children if c.dep_ == "nsubj" for s in self.actors(c, depth=depth + 1)]
        return speakers[0].country if len({s.country for s in speakers}) == 1 else None

    def _there(self, token: Token) -> str | None:
        """"called on the government there": the state of the place named last before it."""
        if token.i + 1 >= len(self.doc) or self.doc[token.i + 1].lower_ != "there":
            return None
        acting = self._clause_subject_tokens(token)  # ("Washington urged the government there")
        named = [m for m in self.mentions if m.end <= token.i and m.entry.kind in ("name", "capital")
                 and m.start not in acting]
        return named[-1].country if named else None

    def _fronted_capital(self, token: Token) -> str | None:
        """The state of a capital in a fronted "In Beijing," of the clause whose subject ``token`` is."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in token.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < token.i:
                for place in prep.children:
                    mention = self.by_token.get(place.i)
                    if place.dep_ == "pobj" and mention is not None and mention.entry.kind == "capital":
                        return mention.country
        return None

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
        # the word as written too: the parser lemmatises "media" to "medium"
        words = dict.fromkeys((token.lemma_.lower(), token.lower_))
        for child in token.children:
            if child.dep_ in ("compound", "amod"):
                for word in words:
                    phrase = f"{child.lemma_.lower()} {word}"
                    if phrase in self.lex.roles:
                        return self.lex.roles[phrase] or None
        return next((self.lex.roles[w] for w in words if self.lex.roles.get(w)), None)


HYPHENS = ("-", "\u2013")


def _hyphenated(first: Token, second: Token) -> bool:
    """"Russian-Ukrainian": two words joined by a hyphen, which the parser may make an adjective of the second."""
    return first.dep_ == "amod" and first.i + 2 == second.i and first.doc[first.i + 1].text in HYPHENS
