"""References resolved to the actors a text named before: "it", "its", "the country", "they", "the two
countries", "both sides", "he", "the junta", "the four countries". The reference-reading half of
``phrases.Resolver``, which supplies the mentions and its own reading of phrases."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from entente.coding.phrase_words import (
    COUP_WORDS,
    DEFINITE_NOUNS,
    JUNTA_NOUNS,
    NUMBERS,
    OFFICE_HOLDERS,
    PARTITIVES,
    PERSON_NOUNS,
    PLURAL_NOUNS,
    REPORTING_VERBS,
    STATE_NOUNS,
    Found,
    _a_place,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from entente.coding.actors import Lexicon, Mention

MAIN_PAIR_MENTIONS = 3  # "the two countries" far from any pair named together: two states named this often at least


def _placed(token: Token) -> bool:
    """Whether ``token`` stands in a place phrase of its clause ("around the Georgian city of Gori")."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "around", "near", "at", "inside", "outside", "into"):
            return True
        token = token.head
    return False


class References:
    """Reference resolution over one document's mentions (a part of ``Resolver``)."""

    doc: Doc
    mentions: list[Mention]
    by_token: dict[int, Mention]
    lex: Lexicon
    sentence_starts: list[int]
    _resolving: set[int]

    if TYPE_CHECKING:  # supplied by Resolver
        def actors(self, token: Token, places: bool = False, depth: int = 0, loose: bool = False) -> list[Found]:
            ...

        def actors_of(self, token: Token, places: bool = False, loose: bool = False) -> list[Found]: ...

        def conjuncts(self, token: Token) -> list[Token]: ...

        def role(self, token: Token) -> str | None: ...

        def _from_mention(self, mention: Mention, token: Token) -> Found: ...

    def _reference(self, token: Token, plural: bool, reach: int = 3) -> list[Found]:
        """A reference resolved at most once at a time: resolving the group a pronoun refers to may lead back to
        the pronoun itself ("urged some of them")."""
        if token.i in self._resolving:
            return []
        self._resolving.add(token.i)
        try:
            return self._referent(token, plural, reach)
        finally:
            self._resolving.discard(token.i)

    def _group_before(self, token: Token, sentence_start: int) -> list[Found]:
        """The states of the nearest plural reference to states ("both countries", "the two governments") before
        ``token`` in its sentence, if it names two or more and no state is named between them."""
        for noun in reversed(self.doc[sentence_start:token.i]):
            if noun.i in self.by_token:
                return []  # a name nearer than any group
            if noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.lower() in PLURAL_NOUNS:
                found = self.actors(noun, depth=1)
                if len({f.country for f in found}) >= 2:
                    return [self._as_reference(f, token) for f in found]
                return []
        return []

    def _referent(self, token: Token, plural: bool, reach: int = 3) -> list[Found]:
        """Resolve "it", "its", "the country", "they", "the two countries" to the actors they refer to."""
        if token.lower_ in ("itself", "themselves"):
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                    found = self.actors_of(child)
                    return [self._as_reference(f, token) for f in found]
        if token.lower_ in ("its", "their"):
            # "the Soviet Union, which could have blocked it with its veto": the one the relative clause is about
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                                          for c in clause.children):
                found = self.actors_of(clause.head)
                if found:
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
        if plural and token.pos_ == "PRON":
            # "signed pledges with both countries, promising to come to their aid if they were attacked", "accused
            # the two Nordic countries of sheltering militants ... while they refused": the group its sentence has
            # just referred to
            referred = self._group_before(token, sentence_start)
            if referred:
                return referred
        if plural and token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass") \
                and not any(m.end <= token.i for m in earlier):
            # "The two leaders met for two hours ... They will meet again": the subject of the sentence before
            group_before = self._previous_subject(token)
            if len(group_before) >= 2:
                return [self._as_reference(f, token) for f in group_before]
        quantifier = token.head.head
        if plural and token.pos_ == "PRON" and token.dep_ == "pobj" and token.head.lower_ == "of" \
                and (quantifier.lemma_.lower() in PARTITIVES | {"several", "each", "none", "either"}
                     or quantifier.like_num):
            # "Houthi officials said ..., and one of them warned": one of the people the sentence's subject names
            _, speakers_named = self._plural_subject(token, sentence_start)
            if len({f.country for f in speakers_named}) == 1:
                return [self._as_reference(speakers_named[0], token)]
        if plural and token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.dep_ in ("relcl", "ccomp"):
            # "Russian forces pushed west from Avdiivka, the town they captured in February": in a relative clause,
            # the plural subject of its own sentence, if it names one state
            forces = self._own_plural_subject(token, sentence_start)
            if forces:
                return forces
        if plural and token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj":
            # "Russia has kept 2,000 peacekeepers there, but they did not try to halt the advance": the forces the
            # clause before sent or kept, which are its subject's
            forces = self._coordinated_forces(token.head.head)
            if forces:
                return [self._as_reference(f, token) for f in forces]
        if plural and token.pos_ == "PRON" and token.dep_ in ("dobj", "dative", "pobj"):
            # "wrote to both presidents, urging them", "telephoned the ministers of both countries and urged them":
            # the group the sentence has just addressed
            for noun in reversed(self.doc[sentence_start:token.i]):
                if noun.tag_ in ("NNS", "NNPS") and noun.dep_ in ("dobj", "dative", "pobj") \
                        and noun.i not in self.by_token:
                    addressed = self.actors(noun, depth=1)
                    if len({f.country for f in addressed}) >= 2:
                        return [self._as_reference(f, token) for f in addressed]
        if plural:
            # "the three countries" names three; "they", "the two sides" two
            wanted = next((NUMBERS[c.lower_] for c in token.children if c.lower_ in NUMBERS), 2)
            # "China urged them", "China, Pakistan's ally, called on both sides": not the ones who speak to them
            acting = (self._clause_subject_tokens(token) or {t.i for s in self._addressers(token) for t in s.subtree}) \
                - {t.i for t in token.subtree}  # ("telephoned the two ministers and urged them")
            speakers = {m.country for m in self.mentions if m.end - 1 in acting
                        and self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "conj")} \
                if token.lemma_.lower() == "they" else set()
            if token.pos_ == "NOUN" and _addressed(token):  # "urged both sides", "called on the two governments"
                speakers |= {f.country for s in self._addressers(token) for f in self.actors_of(s)}
            # nor the speaker's partners: "Britain, France and Germany condemned ..., and Scholz urged all sides"
            speakers |= {self.by_token[c.i].country for m in self.mentions if m.country in speakers
                         for c in self.conjuncts(self._list_head(self.doc[m.end - 1])) if c.i in self.by_token}
            states = token.lemma_.lower() in STATE_NOUNS  # "the two Nordic countries" are no alliance
            # (not a state in a hyphenated modifier: "an attempt to push US-donated aid across the border")
            before = [m for m in self.mentions if m.end <= token.i and m.country not in speakers
                      and m.entry.kind not in ("region", "org") and not _a_place(self.doc[m.end - 1])
                      and not (m.end < len(self.doc) and self.doc[m.end].text == "-")
                      and not (states and m.country.startswith("IGO"))]
            window = [m for m in before if m.start >= self._window_start(token, reach if wanted == 2 else 8)]
            if token.lemma_.lower() in PERSON_NOUNS:  # "the two leaders": the last two leaders named
                # (as far back as the text goes: "Pope Francis had written to both presidents")
                people = [m for m in before if m.entry.kind == "leader"]
                if len({m.country for m in people}) >= wanted:
                    window = people
            earlier_all = [m for m in self.mentions if m.end <= token.i and m.entry.kind not in ("region", "org")]
            # "both countries", "the two governments": the pair the text last named together, if in reach
            near = [m for m in earlier_all if m.start >= self._window_start(token, reach) and m.country not in speakers]
            countries: list[Mention] = self._listed_group(earlier_all, wanted) if wanted >= 3 else \
                self._listed_group(near, wanted) if token.pos_ == "NOUN" or token.lower_ == "both" else []  # ("them":
            # the nearest)
            if not countries and wanted == 2 and token.pos_ == "NOUN" and states:
                countries = self._main_pair([m for m in earlier_all if m.country not in speakers])
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
        # ("said after a phone call between Sisi and Mohamud that it stood firmly behind Somalia": the parser may
        # hang the "that" clause on the nearest noun, so the clause says who said it by its reporting verb)
        reported = token.head.head if token.head.dep_ == "ccomp" else next(
            (a for a in token.head.ancestors if a.lemma_.lower() in REPORTING_VERBS), None) \
            if token.head.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                  for c in token.head.children) else None
        if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and reported is not None:
            # "China, Pyongyang's closest ally, has said it opposes the measure": the one who says it
            said = next((s for s in reported.children if s.dep_ == "nsubj" and s.i < token.i), None)
            somebody = said is not None and said.i in self.by_token and self.by_token[said.i].entry.kind == "leader"
            found = self.actors(said, depth=1) if said is not None and not somebody else []
            if len(found) == 1:  # (a person is no "it")
                return [self._as_reference(found[0], token)]
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
            # "Ethiopia, which lost its coastline when Eritrea became independent, has complained about its
            # dependence": not the subject of a side clause that does not hold the pronoun
            subjects = [m for m in subjects if not self._aside(self.doc[m.end - 1], token)] or subjects
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

    def _coordinated_forces(self, verb: Token) -> list[Found]:
        """The state whose forces (a plural force noun with no nationality of its own) ``verb`` has as its object."""
        forces = [o for o in verb.children if o.dep_ == "dobj" and o.tag_ == "NNS" and o.i not in self.by_token
                  and self.role(o) in ("MIL", "COP")]
        if not forces:
            return []
        owners = self.actors(forces[0], depth=1) or [f for s in verb.children if s.dep_ == "nsubj"
                                                     for f in self.actors(s, depth=1)]
        return owners[:1]

    @staticmethod
    def _aside(subject: Token, token: Token) -> bool:
        """Whether ``subject`` is the subject of a relative or adverbial clause that does not hold ``token``."""
        verb = subject.head
        return subject.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("relcl", "advcl") \
            and not verb.is_ancestor(token)

    def _plural_subject(self, token: Token, sentence_start: int) -> tuple[Token | None, list[Found]]:
        """The nearest plural subject before ``token`` in its sentence that names actors ("Houthi officials",
        "Russian forces"; not "the attacks"), and the actors it names."""
        for noun in reversed(self.doc[sentence_start:token.i]):
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ in ("NNS", "NNPS") and noun.i not in self.by_token:
                named = self.actors(noun, depth=1)
                if named:
                    return noun, named
        return None, []

    def _own_plural_subject(self, token: Token, sentence_start: int) -> list[Found]:
        """The one state the nearest plural subject before ``token`` in its sentence names ("Russian forces"), when
        no other actor is named between them."""
        subject, named = self._plural_subject(token, sentence_start)
        if subject is None or len({f.country for f in named}) != 1:
            return []
        # (no other actor between them, but for a place: "were still around the Georgian city of Gori")
        if any(subject.i < m.start < token.i and m.country != named[0].country and not _placed(self.doc[m.end - 1])
               for m in self.mentions):
            return []
        # ("they would begin leaving": the forces leave, so the reference keeps their role)
        return [Found(named[0].country, named[0].role, None, token.idx, token.idx + len(token), "reference")]

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
        continued = self._same_person(token)
        if continued is not None:
            found = self._from_mention(continued, self.doc[continued.start])
            return [Found(found.country, found.role or "GOV", found.name, token.idx, token.idx + len(token),
                          "reference")]
        owned = token.head
        if token.dep_ == "poss" and any(c.i in self.by_token for c in owned.children if c.dep_ in ("amod", "compound")):
            return []  # "his American counterpart": the noun names its own state
        if token.dep_ == "poss" and owned.dep_ == "conj" and self.lex.roles.get(owned.head.lemma_.lower()) == "GOV":
            # "expelling the Belarusian envoy and his staff": his is the envoy's
            envoys = self.actors(owned.head, depth=1)
            if envoys:
                return [Found(f.country, f.role or "GOV", None, token.idx, token.idx + len(token), "reference")
                        for f in envoys[:1]]
        people = [m for m in self.mentions if m.entry.kind == "leader" and m.end <= token.i
                  and m.start >= self._window_start(token, 3)
                  and self.doc[m.end - 1].dep_ not in ("compound", "amod", "poss")]
        # "Iran's oil minister, Ali Akbar Moinfar, replied that his country ...": an office holder of a named state
        people += [m for m in self.mentions if m.entry.kind != "leader" and m.end <= token.i
                   and m.start >= self._window_start(token, 1) and self.doc[m.end - 1].dep_ in ("poss", "amod")
                   and self.doc[m.end - 1].head.lemma_.lower() in OFFICE_HOLDERS
                   and self.doc[m.end - 1].head.dep_ in ("nsubj", "nsubjpass")]
        people.sort(key=lambda m: m.start)
        if token.lower_ not in ("him", "her"):
            # "Pakistan's foreign minister, Gohar Ayub Khan, said his government ...", "Beijing's envoy, Liu Jieyi,
            # said ..., and he urged": the person this sentence is about, before any of the sentences before
            start, _ = self._sentence_bounds(token)
            here = [m for m in people if m.start >= start]
            speaker = next((t for t in self.doc[start:token.i] if t.dep_ == "nsubj" and t.pos_ == "NOUN"
                            and t.i not in self.by_token and self.lex.roles.get(t.lemma_.lower()) == "GOV"), None)
            said = self.actors(speaker, depth=1) if speaker is not None and not here else []
            if said:
                return [Found(said[0].country, said[0].role or "GOV", None, token.idx, token.idx + len(token),
                              "reference")]
            people = here or people
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
            # "even after Obama telephoned him": not the one who telephones ("telephoned Moon ... and asked him")
            acting = self._clause_subject_tokens(token) or {t.i for s in self._addressers(token) for t in s.subtree}
            people = [m for m in people if not any(i in acting for i in range(m.start, m.end))] or people
            start, _ = self._sentence_bounds(token)
            here = [m for m in people if m.start >= start and not any(i in acting for i in range(m.start, m.end))]
            if here:  # "telephoned Moon Jae-in ... and asked him": the one just named in the sentence
                people = here[-1:]
        subjects = [m for m in people if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
                    or self.doc[m.end - 1].head.lemma_.lower() in OFFICE_HOLDERS]
        pick = (subjects or people)[-1]
        found = self._from_mention(pick, self.doc[pick.start])
        return [Found(found.country, found.role or "GOV", found.name, token.idx, token.idx + len(token), "reference")]

    def _same_person(self, token: Token) -> Mention | None:
        """"Trump said Kim had promised him ..., and he praised the North Korean leader": the subject of a clause
        coordinated with a person's clause is that person; one told of in a clause that person reports (when the
        clause has a subject of its own) is the one who reports it."""
        verb = token.head
        if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj":
            partner = verb.head
        elif token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative", "pobj") and verb.dep_ == "ccomp" \
                and any(c.dep_ == "nsubj" for c in verb.children):
            partner = verb.head
        else:
            return None
        named = [self.by_token[c.i] for c in partner.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.i in self.by_token and self.by_token[c.i].entry.kind == "leader"]
        return named[0] if named else None

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

    def _addressers(self, token: Token) -> list[Token]:
        """The subjects of the clause ``token`` is in, also when the verb shares the subject of the verb it is
        coordinated with ("telephoned ... and urged them") or the parser hung it on its subject as a clause ("China,
        Pakistan's closest ally, called on both sides")."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in
                        {t.i for t in token.subtree}]
            if subjects:
                return subjects
            root = verb.sent.root
            if verb.dep_ == "acl" and root.pos_ in ("PROPN", "NOUN") and root.i < verb.i and root.i in self.by_token:
                return [root]  # "Pakistan, which hosts ... refugees, called on both sides"
            if verb.dep_ == "acl" and (verb.head.i in self.by_token or verb.tag_ == "VBD"):
                return [verb.head]
            if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        return []

    @staticmethod
    def _clause_subject_tokens(token: Token) -> set[int]:
        verb = token
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        acting = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        for _ in range(3):
            if acting or verb.dep_ not in ("xcomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
                break
            # "Tehran has offered to ship food to the emirate": the one who offers ships
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

    def _main_pair(self, mentions: list[Mention]) -> list[Mention]:
        """"The foreign ministers of the two countries will meet", with no pair named together in reach: the two
        states the text is about, if it names each of them clearly more often than any other (else nothing)."""
        counts: dict[str, int] = {}
        for m in mentions:
            if len(m.country) == 3:
                counts[m.country] = counts.get(m.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda c: -c[1])
        third = ranked[2][1] if len(ranked) > 2 else 0
        if len(ranked) < 2 or ranked[1][1] < MAIN_PAIR_MENTIONS or ranked[1][1] < 2 * third:
            return []
        return [next(m for m in reversed(mentions) if m.country == country) for country, _ in ranked[:2]]

    def _window_start(self, token: Token, sentences: int) -> int:
        import bisect

        index = bisect.bisect_right(self.sentence_starts, token.i) - 1
        return self.sentence_starts[max(0, index - sentences + 1)]


def _addressed(token: Token) -> bool:
    """"urged both sides", "called on the two governments", "telephoned the foreign ministers of both countries":
    those spoken to, who are not the ones who speak to them."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("dobj", "dative"):
        token = token.head.head
    return token.dep_ in ("dobj", "dative") or (
        token.dep_ == "pobj" and token.head.lower_ in ("on", "upon", "to") and token.head.head.pos_ == "VERB")
