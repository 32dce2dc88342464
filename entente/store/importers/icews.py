"""ICEWS event files (Harvard Dataverse ``events.YYYY.*.tab``): tab-separated, one header row, 20 columns.

Mapping onto the event record:

- ``id`` ``icews_<Event ID>`` (ICEWS repeats ids: a repeat in one file is reported and loaded once);
  ``doc_id`` ``icews:<Story ID>`` (ICEWS ships no text or URL); no offsets.
- actors: ``country`` from Source Country, a country *name*, through entente's actor dictionaries (dated:
  "Russia" before 1992 is SUN), then country_converter; ``role`` from Source Sectors (data/actors/sectors.tsv);
  ``code`` country + role; ``name`` Source Name unless it only names a country or is ICEWS's generic
  "Sector (Country)". Target likewise, null when Target Country is empty or unknown.
- ``cameo`` CAMEO Code; PLOVER category, mode, context, ``quad_class`` and ``goldstein`` from
  ``coding.tables.lookup``: the contract's weight is GDELT's table, so ICEWS's Intensity (its own weights,
  which differ on 016, 022, 164, 165) is checked to be a number and otherwise left out.
- ``date`` Event Date, day precision, basis ``explicit``; ``confidence`` 0.5; ``modality`` asserted.

Not coded: CAMEO codes without a PLOVER category, sources with no country or an unknown one.
"""

from __future__ import annotations

from typing import Any

from entente.store.importers._common import Malformed, NamedParser, Unmapped, has_columns, number

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
REQUIRED = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code",
            "Target Name", "Target Sectors", "Target Country")


def looks_like(first: list[str]) -> bool:
    return has_columns(first, REQUIRED)


class Parser(NamedParser):
    format = "icews"
    required = REQUIRED
    sides = ("Source", "Target")
    sectors = "{side} Sectors"

    def row(self, cells: list[str]) -> dict[str, Any]:
        from entente.coding.tables import known, lookup

        event_id, day = self.start(cells)
        cameo = self.columns.get(cells, "CAMEO Code")
        if not cameo:
            raise Malformed("no CAMEO Code")
        if not known(cameo):
            raise Malformed(f"CAMEO Code {cameo!r} is not a CAMEO code")
        number(self.columns.get(cells, "Intensity"), "Intensity")
        source, target = self.actors(cells, day)

        code = lookup(cameo)
        if code.event is None:
            raise Unmapped("CAMEO 01x statements" if cameo.startswith("01") else "CAMEO codes with no PLOVER category")
        row = self.stored_row(event_id, source, target, day, "explicit")
        story = self.columns.get(cells, "Story ID")
        row.update(doc_id=f"icews:{story}" if story else None, event=code.event, mode=code.mode,
                   context=list(code.context), cameo=cameo, quad_class=code.quad_class, goldstein=code.goldstein)
        return row
