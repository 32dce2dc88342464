"""POLECAT files (Harvard Dataverse ``ngecEvents.DV.YYYY.txt``): tab-separated, one header row, coded in PLOVER.

Mapping onto the event record:

- ``id`` ``polecat_<Event ID>``; ``doc_id`` null (POLECAT ships no story id, text or URL); no offsets.
- actors: ``country`` Actor Country (an ISO3 code; a country name is resolved as for ICEWS); ``role`` from
  Primary Actor Sector; ``code`` country + role; ``name`` Actor Name unless it only names a country.
  Recipient likewise; the target is null when there is no recipient (PLOVER codes reciprocal agreements and
  meetings with no recipient).
- ``event`` Event Type; ``mode`` Event Mode, else the first context (as ``coding.tables`` does);
  ``context`` Contexts, lower case.
- ``cameo`` null: PLOVER has no CAMEO code and none is invented (LESSONS.md 1).
- ``quad_class`` from the category (``CATEGORY_QUAD``), the quad class of the CAMEO codes
  entente/data/tables/plover.tsv maps to it. REQUEST (02x appeals are 1, 10x demands 3) and ACCUSE (09x
  investigations are 2, 11x accusations 3) span two: POLECAT's own Quad Code decides when it names one of
  them, else 3, the larger share.
- ``goldstein`` the mean GDELT weight of the CAMEO codes mapped to the category and quad class (POLECAT's
  Intensity is its own scale: checked to be a number, left out).
- ``date`` Event Date, day precision; basis ``document`` when it is the Publication Date, else ``explicit``.
- ``confidence`` 0.5; ``modality`` asserted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from entente.record import PLOVER_CATEGORIES
from entente.store.importers._common import Malformed, NamedParser, has_columns, iso_day, number

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
    "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
    "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)
REQUIRED = ("Event ID", "Event Date", "Event Type", "Actor Name", "Actor Country", "Recipient Name",
            "Recipient Country")

CATEGORY_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
    "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
QUAD_NAMES = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


@lru_cache(maxsize=1)
def category_weights() -> dict[tuple[str, int], float]:
    """Mean GDELT Goldstein weight of the CAMEO codes mapped to each (PLOVER category, quad class)."""
    from entente.coding.tables import lookup
    from entente.data import read_tsv

    weights: dict[tuple[str, int], list[float]] = defaultdict(list)
    for item in read_tsv("tables/cameo.tsv"):
        code = lookup(item["code"])
        if code.event is not None:
            weights[(code.event, code.quad_class)].append(code.goldstein)
    return {key: round(sum(values) / len(values), 2) for key, values in weights.items()}


def quad_code(value: str) -> int | None:
    """POLECAT's Quad Code, given as 1-4 or as "VERBAL COOPERATION" ... "MATERIAL CONFLICT"."""
    key = " ".join(value.replace("_", " ").split()).lower()
    if not key:
        return None
    if key in ("1", "2", "3", "4"):
        return int(key)
    if key in QUAD_NAMES:
        return QUAD_NAMES[key]
    raise Malformed(f"Quad Code {value!r} is neither 1-4 nor a quad class name")


def looks_like(first: list[str]) -> bool:
    return has_columns(first, REQUIRED)


class Parser(NamedParser):
    format = "polecat"
    required = REQUIRED
    sides = ("Actor", "Recipient")
    sectors = "Primary {side} Sector"

    def row(self, cells: list[str]) -> dict[str, Any]:
        event_id, day = self.start(cells)
        published = self.columns.get(cells, "Publication Date")
        published_day = iso_day(published, "Publication Date") if published else None
        category = self.columns.get(cells, "Event Type").upper()
        if category not in PLOVER_CATEGORIES:
            raise Malformed(f"Event Type {category!r} is not a PLOVER category")
        quad_given = quad_code(self.columns.get(cells, "Quad Code"))
        number(self.columns.get(cells, "Intensity"), "Intensity")
        source, target = self.actors(cells, day)

        row = self.stored_row(event_id, source, target, day, "document" if published_day == day else "explicit")
        weights = category_weights()
        quad = quad_given if quad_given is not None and (category, quad_given) in weights else CATEGORY_QUAD[category]
        contexts = [c.strip().lower() for c in re.split(r"[;|,]", self.columns.get(cells, "Contexts"))
                    if c.strip() and c.strip().lower() != "none"]
        given_mode = self.columns.get(cells, "Event Mode").lower()
        mode = (given_mode if given_mode != "none" else "") or (contexts[0] if contexts else None)
        row.update(event=category, mode=mode, context=contexts, cameo=None, quad_class=quad,
                   goldstein=weights[(category, quad)])
        return row
