"""CAMEO codes to PLOVER category, mode, quad class and Goldstein weight (data/tables, sources named there).

The weight table is a swappable lookup (LESSONS.md 9): GDELT's Goldstein weights by default, ICEWS's on request.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from entente.data import read_tsv, split
from entente.errors import DataError


@dataclass(frozen=True)
class Code:
    cameo: str
    name: str
    event: str | None  # PLOVER category; None for CAMEO 01x statements, which entente never codes
    mode: str | None
    context: tuple[str, ...]
    quad_class: int
    goldstein: float
    goldstein_icews: float


@lru_cache(maxsize=1)
def _codes() -> dict[str, Code]:
    plover = {row["cameo"]: row for row in read_tsv("tables/plover.tsv")}
    codes: dict[str, Code] = {}
    for row in read_tsv("tables/cameo.tsv"):
        code = row["code"]
        mapped = plover.get(code) or plover.get(code[:3])
        context = tuple(split(mapped["context"])) if mapped else ()
        mode = (mapped["mode"] or (context[0] if context else "")) if mapped else ""
        codes[code] = Code(code, row["name"], mapped["event"] if mapped else None, mode or None, context,
                           int(row["quad_class"]), float(row["goldstein"]), float(row["goldstein_icews"]))
    return codes


def lookup(cameo: str) -> Code:
    try:
        return _codes()[cameo]
    except KeyError:
        raise DataError(f"CAMEO code {cameo!r} is not in entente/data/tables/cameo.tsv") from None


def known(cameo: str) -> bool:
    return cameo in _codes()
