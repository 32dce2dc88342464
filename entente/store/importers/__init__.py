"""Event data sets into the store: GDELT 2.0, ICEWS and POLECAT files, plain or zipped.

``import_file`` streams the file line by line and loads it in batches through ``Store.insert_rows``, so memory
stays flat however large the file. Every line is accounted for (``ImportReport``): loaded, malformed (reported
as ``path:line: problem`` and skipped, the import goes on), not coded (well-formed rows entente does not code,
such as CAMEO 01x statements), a duplicate id within the file, or already stored. Re-importing a file loads
nothing new. How each format maps onto the event record is in its module's docstring.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.errors import InputError
from entente.store.importers import gdelt, icews, polecat
from entente.store.importers._common import (
    BATCH_SIZE,
    ImportReport,
    Loader,
    Malformed,
    Unmapped,
    cells,
    open_lines,
)

if TYPE_CHECKING:
    from entente.store.db import Store

__all__ = ["FORMATS", "ImportReport", "detect_format", "import_file"]

PARSERS: dict[str, Any] = {"gdelt": gdelt.Parser, "icews": icews.Parser, "polecat": polecat.Parser}
FORMATS = tuple(PARSERS)


def detect_format(first: list[str]) -> str | None:
    """The format a file's first line shows: a header names ICEWS's or POLECAT's columns; GDELT has none
    (61 columns, a numeric GLOBALEVENTID first) or, from BigQuery, GDELT's own column names."""
    for name, module in (("icews", icews), ("polecat", polecat), ("gdelt", gdelt)):
        if module.looks_like(first):
            return name
    return None


def import_file(path: str | Path, store: Store, fmt: str | None = None, *, batch_size: int = BATCH_SIZE,
                on_problem: Callable[[str], None] | None = None) -> ImportReport:
    """Load one GDELT, ICEWS or POLECAT file into ``store``; ``fmt`` overrides what the first line shows.

    Raises ``InputError`` only when the file as a whole cannot be read (missing, empty, unknown format, a header
    without the required columns); a bad row is counted, reported through ``on_problem`` and skipped."""
    path = Path(path)
    where = str(path)
    if fmt is not None and fmt not in PARSERS:
        raise InputError(where, f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    with open_lines(path) as lines:
        first_line = next(iter(lines), "")
        if not first_line.strip():
            raise InputError(where, "the file is empty or starts with a blank line")
        first = cells(first_line)
        fmt = fmt or detect_format(first)
        if fmt is None:
            raise InputError(f"{where}:1", "not a GDELT 2.0, ICEWS or POLECAT event file",
                             "give --format gdelt, icews or polecat")
        parser = PARSERS[fmt](where, first)
        report = ImportReport(where, fmt)
        loader = Loader(store, report, batch_size, on_problem)
        try:
            rows = lines if parser.header else chain([first_line], lines)
            for number, line in enumerate(rows, start=2 if parser.header else 1):
                if not line.strip():
                    continue
                report.read += 1
                try:
                    row = parser.row(cells(line))
                except Malformed as exc:
                    report.malformed += 1
                    loader.problem(f"{where}:{number}: {exc}")
                except Unmapped as exc:
                    report.unmapped += 1
                    report.reasons[str(exc)] += 1
                else:
                    loader.add(number, row)
            loader.flush()
        finally:
            loader.close()
    store.record_import(where, fmt, report.read, report.loaded, report.malformed)
    return report
