"""Stored events out to files, filtered by an ``EventFilter``, in date order:

parquet, csv  the store's flattened event columns (``schema.EVENT_COLUMNS``), written by DuckDB's COPY
jsonl         exactly the contract's record (shared/contract/EVENTS.md), ``Event.to_json()`` a line
gdelt         GDELT 2.0's 61 tab-separated columns, for tools that read GDELT; what entente does not know
              (geography, tone, mention counts, DATEADDED) is left empty

Rows stream from DuckDB in chunks, so an export of any size runs in flat memory.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.errors import EntenteError
from entente.store.filters import EventFilter
from entente.store.importers.gdelt import COLUMNS as GDELT_COLUMNS
from entente.store.rows import row_event

if TYPE_CHECKING:
    from entente.store.db import Store

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
CHUNK = 10_000


class ExportError(EntenteError):
    """An export that cannot be written."""


def export(store: Store, fmt: str, path: str | Path, where: EventFilter | None = None) -> int:
    """Write the events ``where`` selects to ``path`` in ``fmt``; returns how many were written."""
    import duckdb

    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    where = where or EventFilter()
    try:
        if fmt in ("parquet", "csv"):
            return store.copy_events(where, str(path), fmt)
        count = 0
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            if fmt == "jsonl":
                for row in store.stream_events(where, sentence_text=True, chunk=CHUNK):
                    handle.write(row_event(row, row.get("sentence_text") or "").to_json() + "\n")
                    count += 1
            else:
                for row in store.stream_events(where, chunk=CHUNK):
                    handle.write("\t".join(gdelt_fields(row)) + "\n")
                    count += 1
        return count
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    except duckdb.Error as exc:
        raise ExportError(f"{path}: cannot export ({exc})") from exc


def global_event_id(event_id: str) -> int:
    """A stable GLOBALEVENTID: GDELT's own for events imported from GDELT, else 60 bits of the id's SHA-1
    (GDELT's column is a signed 64-bit integer; its own ids are far below 2**60)."""
    if event_id.startswith("gdelt_") and event_id[6:].isdigit():
        return int(event_id[6:])
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def gdelt_fields(row: dict[str, Any]) -> list[str]:
    """One stored event as GDELT 2.0's 61 fields. An event dated by month or year is written at its first day
    (SQLDATE has no precision); an undated one, or one without a CAMEO code (POLECAT), leaves those empty."""
    out = dict.fromkeys(GDELT_COLUMNS, "")
    out["GLOBALEVENTID"] = str(global_event_id(row["id"]))
    day = row.get("date_start")
    if day is not None:
        days_in_year = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
        out.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=str(day.year),
                   FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / days_in_year:.4f}")
    for side, prefix in (("Actor1", "source"), ("Actor2", "target")):
        country = row.get(f"{prefix}_country")
        if not country:
            continue
        out[f"{side}Code"] = _cell(row.get(f"{prefix}_code") or country)
        out[f"{side}Name"] = _cell(row.get(f"{prefix}_name"))
        out[f"{side}CountryCode"] = country if len(country) == 3 else ""  # IGOs live in the code alone
        out[f"{side}Type1Code"] = _cell(row.get(f"{prefix}_role"))
    cameo = row.get("cameo")
    if cameo:
        out.update(EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=cameo[:2])
    if row.get("quad_class") is not None:
        out["QuadClass"] = str(int(row["quad_class"]))
    if row.get("goldstein") is not None:
        out["GoldsteinScale"] = f"{float(row['goldstein']):g}"
    out["SOURCEURL"] = _cell(row.get("doc_id"))
    return [out[c] for c in GDELT_COLUMNS]
