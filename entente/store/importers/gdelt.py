"""GDELT 2.0 event files: 61 tab-separated columns, no header (GDELT 2.0 Event Database Codebook, V2.0).

Mapping onto the event record:

- ``id`` ``gdelt_<GLOBALEVENTID>``; ``doc_id`` SOURCEURL; no sentence, evidence or actor offsets (null).
- actors: ``code`` Actor1Code (the country code when the code is empty); ``country`` Actor1CountryCode, else
  the IGO the code names, else the code's first three letters when entente knows them as a country or region;
  ``role`` Actor1Type1Code; ``name`` Actor1Name unless it only names a country. Actor2 likewise; the target is
  null when Actor2 is empty or names no state.
- ``cameo`` EventCode; ``quad_class`` QuadClass and ``goldstein`` GoldsteinScale (GDELT's table, the one
  entente uses; taken from ``coding.tables`` when the file leaves them empty); PLOVER category, mode and
  context from ``coding.tables.lookup``.
- ``date`` SQLDATE at day precision with basis ``document``: GDELT dates an event by the article that reports
  it, not by when it happened.
- ``confidence`` from NumMentions (``confidence`` below); ``modality`` asserted; ``origin`` gdelt.

Not coded (counted, not malformed): CAMEO codes without a PLOVER category (01x statements, bare root codes)
and sources that name no state (``GOV``, ``CVL`` with no country).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from entente.store.importers._common import (
    Malformed,
    StateActor,
    Unmapped,
    event_row,
    integer,
    known_codes,
    number,
    org_country,
    person_or_org,
)

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
AT = {name: i for i, name in enumerate(COLUMNS)}


def confidence(mentions: int | None) -> float:
    """One report is an even bet (0.5, as for every imported row); each further mention GDELT counted halves
    the doubt, up to 0.95: nothing coded by machine, with no text to check, is certain."""
    n = max(1, mentions or 1)
    return round(min(0.95, 1 - 0.5 ** n), 4)


def looks_like(first: list[str]) -> bool:
    return bool(first) and (first[0].strip().upper() == "GLOBALEVENTID"
                            or (len(first) == len(COLUMNS) and first[0].strip().isdigit()))


def _actor(row: list[str], side: str) -> StateActor | None:
    """``None`` when the side is empty; a ``StateActor`` with country ``""`` when it names no state."""
    code = row[AT[f"{side}Code"]].strip().upper()
    country = row[AT[f"{side}CountryCode"]].strip().upper()
    if not code and not country:
        return None
    if not country:
        if code.startswith("IGO"):
            country = org_country(code)
        elif code[:3] in known_codes():
            country = code[:3]
    role = row[AT[f"{side}Type1Code"]].strip().upper() or None
    return StateActor(code=code or country, country=country, role=role,
                      name=person_or_org(row[AT[f"{side}Name"]].strip()))


class Parser:
    format = "gdelt"

    def __init__(self, path: str, first: list[str]) -> None:
        self.path = path
        self.header = bool(first) and first[0].strip().upper() == "GLOBALEVENTID"  # BigQuery exports add one

    def row(self, cells: list[str]) -> dict[str, Any]:
        from entente.coding.tables import known, lookup

        if len(cells) != len(COLUMNS):
            raise Malformed(f"{len(cells)} columns where GDELT 2.0 has {len(COLUMNS)}")

        def get(name: str) -> str:
            return cells[AT[name]].strip()

        event_id = get("GLOBALEVENTID")
        if not event_id.isdigit():
            raise Malformed(f"GLOBALEVENTID {event_id!r} is not a number")
        sqldate = get("SQLDATE")
        if len(sqldate) != 8 or not sqldate.isdigit():
            raise Malformed(f"SQLDATE {sqldate!r} is not a date YYYYMMDD")
        try:
            day = dt.date(int(sqldate[:4]), int(sqldate[4:6]), int(sqldate[6:]))
        except ValueError:
            raise Malformed(f"SQLDATE {sqldate!r} is not a date YYYYMMDD") from None
        cameo = get("EventCode")
        if not cameo:
            raise Malformed("no EventCode")
        if not known(cameo):
            raise Malformed(f"EventCode {cameo!r} is not a CAMEO code")
        quad = integer(get("QuadClass"), "QuadClass")
        if quad is not None and quad not in (1, 2, 3, 4):
            raise Malformed(f"QuadClass {quad} is not 1 to 4")
        goldstein = number(get("GoldsteinScale"), "GoldsteinScale")
        mentions = integer(get("NumMentions"), "NumMentions")
        source = _actor(cells, "Actor1")
        if source is None:
            raise Malformed("no source actor (Actor1Code and Actor1CountryCode are empty)")
        target = _actor(cells, "Actor2")

        code = lookup(cameo)
        if code.event is None:
            raise Unmapped("CAMEO 01x statements" if cameo.startswith("01") else "CAMEO codes with no PLOVER category")
        if not source.country:
            raise Unmapped("sources that name no state")
        row = event_row("gdelt", event_id, source, target, day, "document")
        row.update(doc_id=get("SOURCEURL") or None, event=code.event, mode=code.mode, context=list(code.context),
                   cameo=cameo, quad_class=quad if quad is not None else code.quad_class,
                   goldstein=goldstein if goldstein is not None else code.goldstein,
                   confidence=confidence(mentions))
        return row
