"""Actor dictionaries (entente/data/actors) and finding actor mentions in a parsed document.

A mention is a stretch of tokens that names a state or organisation: a country name, adjective or demonym, a
capital or seat used for the government, a leader, an organisation or region. Roles (MIL, GOV, ...) come from
the words around a mention and are added where a noun phrase is read (``coding/phrases.py``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from entente.data import read_tsv, split

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span

COUNTRY_KINDS = ("name", "adjective", "demonym", "capital")


@dataclass(frozen=True)
class Entry:
    """One reading of a surface string: which actor it names and how."""

    country: str
    kind: str  # name | adjective | demonym | capital | leader | org | region | group
    role: str | None = None
    name: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    ambiguous: bool = False
    title: str | None = None


@dataclass(frozen=True)
class Mention:
    """Tokens ``start:end`` of a document that name an actor."""

    start: int
    end: int
    entry: Entry

    @property
    def country(self) -> str:
        return self.entry.country


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(parts[0], parts[1], parts[2])


class Lexicon:
    """Every surface string entente knows as an actor, loaded once from the data files."""

    def __init__(self) -> None:
        self.surfaces: dict[str, list[Entry]] = defaultdict(list)
        self.roles: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.not_actors: list[str] = []
        self.country_names: dict[str, str] = {}
        self.regions: set[str] = set()  # CAMEO region codes (WST, EUR, ASA, MEA, ...): never a place acted on
        self._load()

    def _add(self, surface: str, entry: Entry) -> None:
        surface = surface.strip()
        if surface and entry not in self.surfaces[surface]:
            self.surfaces[surface].append(entry)

    def _load_states(self, rows: tuple[dict[str, str], ...], historical: bool = False) -> None:
        for row in rows:
            code = row["code"]
            start = dt.date(int(row["start"]), 1, 1) if historical and row.get("start", "").isdigit() else None
            end = dt.date(int(row["end"]), 12, 31) if historical and row.get("end", "").isdigit() else None
            ambiguous = set(split(row.get("ambiguous", "")))
            self.country_names.setdefault(code, row.get("name") or code)
            for column, kind in (("names", "name"), ("adjectives", "adjective"),
                                 ("demonyms", "demonym"), ("capitals", "capital")):
                surfaces = split(row.get(column, ""))
                if column == "names" and row.get("name"):
                    surfaces.insert(0, row["name"])
                for surface in surfaces:
                    self._add(surface, Entry(code, kind, role=None, ambiguous=surface in ambiguous,
                                             start=start, end=end))

    def _load(self) -> None:
        self._load_states(read_tsv("actors/countries.tsv"))
        self._load_states(read_tsv("actors/historical.tsv"), historical=True)
        for row in read_tsv("actors/organisations.tsv"):
            kind = "org" if row["code"].startswith("IGO") else "region"
            if kind == "region":
                self.regions.add(row["code"])
            self.country_names.setdefault(row["code"], row.get("name") or row["code"])
            for surface in [row.get("name", "")] + split(row.get("names", "")):
                self._add(surface, Entry(row["code"], kind, role=row.get("role") or None,
                                         name=row.get("name") if kind == "org" else None))
        # non-state groups (the state they fight in), state-owned or flag-carrier companies and state media, with a
        # role; a dated row holds for its dates only ("Tass" in 1978 is the Soviet Union's)
        for path in ("actors/groups.tsv", "actors/companies.tsv", "actors/media.tsv"):
            for row in read_tsv(path):
                for surface in [row["name"]] + split(row.get("names", "")):
                    self._add(surface, Entry(row["code"], "group", role=row.get("role") or None, name=row["name"],
                                             start=_date(row.get("start", "")), end=_date(row.get("end", ""))))
        for row in read_tsv("actors/leaders.tsv"):
            entry_kw = dict(role=row.get("role") or None, name=row["name"], start=_date(row.get("start", "")),
                            end=_date(row.get("end", "")), title=row.get("title") or None)
            for surface in [row["name"]] + split(row.get("aliases", "")):
                self._add(surface, Entry(row["country"], "leader", **entry_kw))  # type: ignore[arg-type]
        for row in read_tsv("actors/roles.tsv"):
            word = row["word"].lower()
            if row.get("kind") == "title":
                self.titles[word] = row["role"]
            else:
                self.roles[word] = row["role"]
        self.not_actors = [row["phrase"] for row in read_tsv("actors/not_actors.tsv")]

    def matcher(self, nlp: Language) -> PhraseMatcher:
        return _matcher(self, nlp)


@lru_cache(maxsize=4)
def _matcher(lexicon: Lexicon, nlp: Language) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    variants: dict[str, list] = defaultdict(list)
    for surface in lexicon.surfaces:
        forms = {surface, surface.replace("'", "\u2019")}
        if surface[:1].islower():
            forms.update(f[:1].upper() + f[1:] for f in list(forms))
        for form in forms:
            variants["A:" + surface].append(nlp.make_doc(form))
    for key, docs in variants.items():
        matcher.add(key, docs)
    for phrase in lexicon.not_actors:
        forms = {phrase, phrase[:1].upper() + phrase[1:]}
        matcher.add("N:" + phrase, [nlp.make_doc(form) for form in forms])
    return matcher


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


def _years_from(entry: Entry, when: dt.date) -> int:
    """How many years ``when`` lies outside the entry's period (0 inside it)."""
    start = entry.start.year if entry.start else when.year
    end = entry.end.year if entry.end else when.year
    return max(start - when.year, when.year - end, 0)


CAREER_YEARS = 40  # how long before taking office a leader may already be named in the news


def pick_entry(entries: list[Entry], when: dt.date | None) -> Entry | None:
    """The reading of a surface string that fits the date: leaders by their term of office."""
    states = [e for e in entries if e.kind != "leader"]
    if states:
        # a historical state when the date falls in its years ("Moscow" in 1962 is the Soviet Union)
        if when is not None:
            for entry in states:
                if entry.start is not None and entry.start <= when and (entry.end is None or when <= entry.end):
                    return entry
        current = [e for e in states if e.start is None]
        if current or when is None:
            return (current or states)[0]
        # only historical readings, none at the date: the nearest in time ("the Bolsheviks" in 1914 are Russia's,
        # not yet the Soviet Union's)
        return min(states, key=lambda e: _years_from(e, when))
    leaders = entries
    if when is not None:
        # "King Charles III" in a text of 1763 is not the British king of 2022: no one is named for an office
        # they reach more than a working life later
        leaders = [e for e in leaders if e.start is None or when.year >= e.start.year - CAREER_YEARS]
        serving = [e for e in leaders if (e.start is None or e.start <= when) and (e.end is None or when <= e.end)]
        if serving:
            leaders = serving
    countries = {e.country for e in leaders}
    if len(countries) == 1:
        # one country: prefer the office held at the date, else the most recent one
        return sorted(leaders, key=lambda e: e.start or dt.date.min)[-1]
    return None


def find_mentions(doc: Doc, nlp: Language, when: dt.date | None,
                  sentence_dates: dict[int, tuple[int, dt.date]] | None = None) -> list[Mention]:
    """Longest non-overlapping actor mentions; phrases such as "Pyongyang watchers" are not actors.

    ``when`` (the document's date) picks leaders and historical states; a date stated in the mention's own
    sentence (``sentence_dates``: sentence start token → (end token, date)) overrides it."""
    starts = sorted(sentence_dates or {})
    lex = lexicon()
    matches = lex.matcher(nlp)(doc)
    blocked: set[int] = set()
    candidates: list[tuple[int, int, str]] = []
    for match_id, start, end in matches:
        key = nlp.vocab.strings[match_id]
        if key.startswith("N:"):
            blocked.update(range(start, end))
        else:
            candidates.append((start, end, key[2:]))
    if _among_native_nations(doc, matches, nlp, when):
        candidates = [c for c in candidates if c[2] not in AMERICAN_INDIANS]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: set[int] = set(blocked)
    mentions: list[Mention] = []
    full_names_seen: set[str] = set()
    persons = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]
    for start, end, surface in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]))):
        if end - start > 1:  # the surface and the names it may stand for ("Erdogan" written, "Erdoğan" listed)
            full_names_seen.add(surface)
            full_names_seen.update(e.name for e in lex.surfaces[surface] if e.name)
    for start, end, surface in candidates:
        if any(i in taken for i in range(start, end)):
            continue
        entries = lex.surfaces[surface]
        span = doc[start:end]
        entry = pick_entry(entries, _date_at(start, starts, sentence_dates or {}, doc) or when)
        if entry is None and end - start == 1:
            # an undated "Kim" is the Kim whose full name the text gives ("Kim Jong Un")
            named = [e for e in entries if e.kind == "leader" and e.name in full_names_seen]
            if len({e.country for e in named}) == 1:
                entry = named[-1]
        if entry is None:
            continue
        if entry.ambiguous and span.root.ent_type_ not in ("GPE", "NORP", "LOC") \
                and not _lone_first_name(span, entry, persons):
            continue
        if entry.kind == "leader" and end - start == 1 and (
                not _person_like(span, entry, full_names_seen, _date_at(start, starts, sentence_dates or {}, doc)
                                 or when) or _inside_person(span, persons)
                or (start + 1 < len(doc) and doc[start + 1].text == "-")):
            continue  # "Hu" in "Lee Hu-rak" is not Hu Jintao
        if entry.kind in ("name", "capital", "adjective") and _inside_person(span, persons):
            continue  # "Israel Montaño", "Chad Morgan": part of a person's name
        if surface.isupper() and len(surface) <= 3 and surface.lower() == span.text.lower() \
                and span.text != surface:
            continue
        taken.update(range(start, end))
        mentions.append(Mention(start, end, entry))
    mentions.extend(_titled_people(doc, mentions, taken, lex))
    mentions.extend(_later_surnames(doc, mentions, taken))
    mentions.extend(_elided(doc, mentions, taken, lex, when))
    mentions.extend(_halves(doc, mentions, taken))
    mentions.sort(key=lambda m: m.start)
    return mentions


DIRECTIONS = {"North", "South", "East", "West"}
# "the Indians adopted a strategy of appeasement", "treaties to remove Indians": in a text of the Americas before
# 1900 that speaks of tribes or Native Americans, "Indian(s)" are the peoples of the Americas, not India
AMERICAN_INDIANS = {"Indian", "Indians"}
NATIVE_CUES = {"tribe", "tribal", "cherokee", "creek", "choctaw", "chickasaw", "seminole", "sioux", "iroquois",
               "shawnee", "mohawk", "apache"}
NATIVE_PHRASES = {"N:Native American", "N:Native Americans"}


def _among_native_nations(doc: Doc, matches: list[tuple[int, int, int]], nlp: Language,
                          when: dt.date | None) -> bool:
    """Whether the document is about the native peoples of North America before 1900 (see AMERICAN_INDIANS)."""
    if when is not None and when.year >= 1900:
        return False
    return any(nlp.vocab.strings[m[0]] in NATIVE_PHRASES for m in matches) or any(
        t.lower_ in NATIVE_CUES or t.lemma_.lower() in NATIVE_CUES for t in doc)


def _elided(doc: Doc, mentions: list[Mention], taken: set[int], lex: Lexicon,
            when: dt.date | None) -> list[Mention]:
    """"North and South Korea": the first half names North Korea though the word Korea comes once."""
    found = []
    for m in mentions:
        first = doc[m.start]
        if first.text not in DIRECTIONS or m.start < 2 or doc[m.start - 1].lower_ not in ("and", "or"):
            continue
        other = doc[m.start - 2]
        if other.text not in DIRECTIONS or other.i in taken:
            continue
        surface = " ".join([other.text] + [t.text for t in doc[m.start + 1:m.end]])
        entry = pick_entry(lex.surfaces.get(surface, []), when)
        if entry is not None:
            found.append(Mention(other.i, other.i + 1, entry))
            taken.add(other.i)
    return found


def _halves(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """"the North" and "the South" in a text about both Koreas."""
    countries = {m.country for m in mentions}
    if not {"PRK", "KOR"} <= countries:
        return []
    found = []
    for token in doc:
        if token.text in ("North", "South") and token.i > 0 and doc[token.i - 1].lower_ == "the" \
                and token.i not in taken and (token.i + 1 >= len(doc) or not doc[token.i + 1].is_title):
            entry = Entry("PRK" if token.text == "North" else "KOR", "name")
            found.append(Mention(token.i, token.i + 1, entry))
            taken.add(token.i)
    return found


def _titled_people(doc: Doc, mentions: list[Mention], taken: set[int], lex: Lexicon) -> list[Mention]:
    """Officials the dictionaries do not know, named with their country and title: "Haitian Prime Minister
    Garry Conille", "Kenya's President William Ruto". Later bare surnames ("Ruto") refer to them too."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    surnames: dict[str, Entry] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        i = ent.start - 1
        title_words: list[str] = []
        while i >= 0 and doc[i].is_title and len(title_words) < 3 and doc[i].i not in by_token:
            title_words.insert(0, doc[i].lower_)
            i -= 1
        title = " ".join(title_words)
        role = next((lex.titles[t] for t in (title, " ".join(title_words[-2:]), " ".join(title_words[-1:]))
                     if t in lex.titles), None)
        if role is None:
            continue
        if i >= 0 and doc[i].dep_ == "case" and i - 1 >= 0:  # "Kenya's President William Ruto"
            i -= 1
        country = by_token.get(i)
        if country is None or country.entry.kind not in ("name", "adjective", "capital"):
            continue
        entry = Entry(country.country, "leader", role=role, name=ent.text, title=title)
        found.append(Mention(ent.start, ent.end, entry))
        taken.update(range(ent.start, ent.end))
        surnames[ent[-1].text] = entry
    if surnames:
        for token in doc:
            person = surnames.get(token.text)
            if person is not None and token.i not in taken and token.pos_ == "PROPN":
                found.append(Mention(token.i, token.i + 1, person))
                taken.add(token.i)
    return found


def _later_surnames(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """"President Hassan Sheikh Mohamud vowed ... Mohamud is expected to travel": after a leader's full name, the
    bare surname refers to the same leader, whether or not the dictionary lists it as an alias."""
    first: dict[str, tuple[int, Entry]] = {}
    clashing: set[str] = set()
    for m in mentions:
        if m.entry.kind != "leader" or m.end - m.start < 2 or not doc[m.end - 1].is_title:
            continue
        surname = doc[m.end - 1].text
        if surname in first and first[surname][1].country != m.entry.country:
            clashing.add(surname)  # two leaders of different states share it: leave it unresolved
        first.setdefault(surname, (m.end, m.entry))
    found: list[Mention] = []
    for token in doc:
        seen = first.get(token.text)
        if seen is not None and token.text not in clashing and token.i >= seen[0] and token.i not in taken \
                and token.pos_ == "PROPN":
            found.append(Mention(token.i, token.i + 1, seen[1]))
            taken.add(token.i)
    return found


def _date_at(token: int, starts: list[int], dates: dict[int, tuple[int, dt.date]], doc: Doc) -> dt.date | None:
    import bisect

    index = bisect.bisect_right(starts, token) - 1
    if index < 0:
        return None
    end, date = dates[starts[index]]
    return date if token < end else None


def _lone_first_name(span: Span, entry: Entry, persons: list[tuple[int, int]]) -> bool:
    """"Chad has taken in half a million refugees": the model may take a country whose name is also a first name
    for a person. News names a person in full, then by surname, so a lone first name the model calls a person, with
    no surname after it and borne by no one as a surname in the text, is the country."""
    doc = span.doc
    surnames = {doc[end - 1].text for start, end in persons if end - start > 1}
    return entry.kind == "name" and len(span) == 1 and (span.start, span.end) in persons \
        and span.text not in surnames


def _inside_person(span: Span, persons: list[tuple[int, int]]) -> bool:
    return any(start <= span.start and span.end <= end and end - start > len(span) for start, end in persons)


def _person_like(span: Span, entry: Entry, full_names_seen: set[str], when: dt.date | None = None) -> bool:
    """A bare surname counts when the model sees a person, a title precedes it, the full name came first, or it
    is a proper noun naming someone in office at the text's date ("Modi held talks with Biden" in 2023; not
    "Jackson" in 2023, which may be a city or anyone)."""
    token = span[0]
    if token.ent_type_ == "PERSON" or entry.name in full_names_seen:
        return True
    if token.pos_ == "PROPN" and when is not None and entry.start is not None and entry.start <= when \
            and (entry.end is None or when <= entry.end):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.lower_ in lexicon().titles
