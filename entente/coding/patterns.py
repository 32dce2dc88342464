"""The event pattern dictionary (data/patterns): verb senses, event nouns and domain words.

A verb sense may need a particle ("cut off") or an object noun ("impose sanctions"); a noun pattern says where
its source and target stand in the noun phrase ("Russia's supply of food to North Korea"). Every code is
checked against the CAMEO table when loaded, so a typo fails loudly, not silently.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from entente.coding.tables import known
from entente.data import read_tsv, split
from entente.errors import DataError


@dataclass(frozen=True)
class Pattern:
    lemma: str
    cameo: str
    particle: str = ""
    objects: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    inverse: bool = False
    mutual: bool = False
    standalone: bool = True
    domains: tuple[tuple[str, str], ...] = ()
    roles: frozenset[str] = frozenset()  # the source must have one of these roles (force verbs)

    def code_for(self, domains: set[str]) -> str:
        for domain, code in self.domains:
            if domain in domains:
                return code
        return self.cameo


def _domains(cell: str, where: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for part in split(cell):
        if "=" not in part:
            raise DataError(f"{where}: domain refinement {part!r} is not domain=code")
        domain, code = (p.strip() for p in part.split("=", 1))
        pairs.append((domain, code))
    return tuple(pairs)


def _check(code: str, where: str) -> str:
    if not known(code) or code.startswith("01"):
        raise DataError(f"{where}: CAMEO code {code!r} is unknown or a bare statement (01x)")
    return code


class Patterns:
    def __init__(self) -> None:
        self.verbs: dict[str, list[Pattern]] = defaultdict(list)
        self.nouns: dict[str, Pattern] = {}
        self.domain_words: dict[str, str] = {}
        for n, row in enumerate(read_tsv("patterns/verbs.tsv"), start=2):
            where = f"patterns/verbs.tsv row {n}"
            self.verbs[row["lemma"].lower()].append(Pattern(
                lemma=row["lemma"].lower(), cameo=_check(row["cameo"], where), particle=row.get("particle", ""),
                objects=frozenset(o.lower() for o in split(row.get("object", ""))),
                target=tuple(split(row.get("target", ""))), inverse=row.get("inverse", "") == "yes",
                mutual=row.get("mutual", "") == "yes", domains=_domains(row.get("domains", ""), where)))
        for n, row in enumerate(read_tsv("patterns/nouns.tsv"), start=2):
            where = f"patterns/nouns.tsv row {n}"
            lemma = row["lemma"].lower()
            if lemma in self.nouns:
                continue
            self.nouns[lemma] = Pattern(
                lemma=lemma, cameo=_check(row["cameo"], where), target=tuple(split(row.get("target", ""))),
                source=tuple(split(row.get("source", ""))), mutual=row.get("mutual", "") == "yes",
                standalone=row.get("standalone", "") == "yes", domains=_domains(row.get("domains", ""), where))
        for row in read_tsv("patterns/domains.tsv"):
            self.domain_words[row["word"].lower()] = row["domain"]
        for lemma, senses in self.verbs.items():
            # the most specific sense first: object and particle senses before the bare verb
            senses.sort(key=lambda p: (not p.objects, not p.particle))


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    return Patterns()
