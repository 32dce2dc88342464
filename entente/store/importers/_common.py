"""What the three importers share: streaming a file's lines (plain or zipped), parsing dates and numbers,
resolving actors to states, and loading rows in batches that count what became of every line."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from entente.errors import InputError
from entente.store.schema import EVENT_COLUMNS

if TYPE_CHECKING:
    from entente.store.db import Store

BATCH_SIZE = 50_000
MAX_PROBLEMS = 1_000  # kept in the report; every problem still reaches ``on_problem``
IMPORT_CONFIDENCE = 0.5  # one machine-coded report, no text to check it against: an even bet


class Malformed(ValueError):
    """A row that cannot be read: counted and reported as ``path:line: problem``, never loaded."""


class Unmapped(ValueError):
    """A well-formed row entente does not code (a CAMEO 01x statement, a source that is no state)."""


@dataclass
class ImportReport:
    """What became of every row: ``read == loaded + malformed + unmapped + duplicates + stored``."""

    path: str
    format: str
    read: int = 0
    loaded: int = 0
    malformed: int = 0
    unmapped: int = 0  # well-formed rows entente does not code; why, in ``reasons``
    duplicates: int = 0  # an event id met earlier in the same file (ICEWS repeats ids)
    stored: int = 0  # already in the store (the file, or part of it, was imported before)
    problems: list[str] = field(default_factory=list)  # malformed and duplicate rows, path:line: problem
    reasons: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        text = (f"{self.path} ({self.format}): {self.read} read, {self.loaded} loaded, {self.malformed} malformed, "
                f"{self.unmapped} not coded, {self.duplicates} duplicate ids, {self.stored} already stored")
        if self.reasons:
            text += " [not coded: " + "; ".join(f"{n} {why}" for why, n in self.reasons.most_common()) + "]"
        return text


@dataclass(frozen=True)
class StateActor:
    code: str
    country: str
    role: str | None
    name: str | None


# -- reading -------------------------------------------------------------------------------------------------
@contextmanager
def open_lines(path: Path) -> Iterator[IO[str]]:
    """The file's lines, streamed. A zip archive (GDELT ships ``.export.CSV.zip``) must hold one file."""
    stack = ExitStack()
    try:
        if zipfile.is_zipfile(path):
            archive = stack.enter_context(zipfile.ZipFile(path))
            members = [m for m in archive.infolist() if not m.is_dir() and not m.filename.startswith("__MACOSX")]
            if len(members) != 1:
                raise InputError(str(path), f"the archive holds {len(members)} files",
                                 "give an archive with exactly one event file, or unzip it")
            raw = stack.enter_context(archive.open(members[0]))
            handle: IO[str] = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="\n")
        else:
            handle = stack.enter_context(open(path, encoding="utf-8-sig", errors="replace", newline="\n"))
    except OSError as exc:
        stack.close()
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from exc
    except zipfile.BadZipFile as exc:
        stack.close()
        raise InputError(str(path), f"not a readable zip archive ({exc})") from exc
    with stack:
        yield handle


def cells(line: str) -> list[str]:
    return line.rstrip("\r\n").split("\t")


def header_key(name: str) -> str:
    """Header names compared without case, underscores or extra spaces ("Event_ID" is "event id")."""
    return " ".join(name.replace("_", " ").split()).lower()


class Columns:
    """A header row: cells of a data row by column name; missing required columns stop the file."""

    def __init__(self, path: str, header: list[str], required: tuple[str, ...], fmt: str) -> None:
        self.width = len(header)
        self.index = {header_key(name): i for i, name in enumerate(header)}
        missing = [name for name in required if header_key(name) not in self.index]
        if missing:
            raise InputError(f"{path}:1", f"not a {fmt} header: no column {', '.join(repr(m) for m in missing)}",
                             "the first line must name the columns")

    def check(self, row: list[str]) -> None:
        if len(row) != self.width:
            raise Malformed(f"{len(row)} columns where the header has {self.width}")

    def get(self, row: list[str], name: str) -> str:
        i = self.index.get(header_key(name))
        return row[i].strip() if i is not None else ""


# -- values --------------------------------------------------------------------------------------------------
def iso_day(value: str, what: str) -> dt.date:
    """A ``YYYY-MM-DD`` date (a time after it, as some POLECAT releases give, is ignored)."""
    text = value[:10] if len(value) > 10 and value[10] in " T" else value
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Malformed(f"{what} {value!r} is not a date YYYY-MM-DD") from None


def number(value: str, what: str) -> float | None:
    if not value:
        return None
    try:
        result = float(value)
    except ValueError:
        raise Malformed(f"{what} {value!r} is not a number") from None
    if result != result:  # NaN
        raise Malformed(f"{what} {value!r} is not a number")
    return result


def integer(value: str, what: str) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise Malformed(f"{what} {value!r} is not a whole number") from None


def day_columns(day: dt.date, basis: str) -> dict[str, Any]:
    return {"date_value": day.isoformat(), "date_precision": "day", "date_start": day, "date_end": day,
            "date_text": None, "date_basis": basis}


def blank_row(event_id: str, origin: str) -> dict[str, Any]:
    """Every store column, null unless set: imported events have no text, so no offsets or spans."""
    row: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
    row.update(id=event_id, origin=origin, context=[], modality="asserted", confidence=IMPORT_CONFIDENCE)
    return row


def put_actor(row: dict[str, Any], side: str, actor: StateActor | None) -> None:
    if actor is None:
        return
    row.update({f"{side}_code": actor.code, f"{side}_country": actor.country, f"{side}_role": actor.role,
                f"{side}_name": actor.name})


def event_row(fmt: str, event_id: str, source: StateActor, target: StateActor | None, day: dt.date,
              basis: str) -> dict[str, Any]:
    """A store row begun as every importer begins it: id ``<fmt>_<event id>``, origin ``fmt``, the source, the
    target only when it names a state, and the day with its ``basis``."""
    row = blank_row(f"{fmt}_{event_id}", fmt)
    put_actor(row, "source", source)
    put_actor(row, "target", target if target is not None and target.country else None)
    row.update(day_columns(day, basis))
    return row


# -- actors --------------------------------------------------------------------------------------------------
_GENERIC = re.compile(r"\(.*\)\s*$")  # ICEWS generic actors: "Citizen (Russia)", "Police (India)"
EXTRA_ROLE_CODES = frozenset({"IGO", "ELI"})  # role codes a sector may give as they are, with no sector word


@lru_cache(maxsize=1)
def sector_roles() -> tuple[tuple[str, str], ...]:
    """(word, CAMEO role) in the order they are tried: ICEWS and POLECAT describe an actor by sectors
    ("Executive Office", "Military", "Police"), and the first word a sector contains gives its role
    (entente/data/actors/sectors.tsv)."""
    from entente.data import read_tsv

    return tuple((row["word"], row["role"]) for row in read_tsv("actors/sectors.tsv"))


@lru_cache(maxsize=1)
def role_codes() -> frozenset[str]:
    """The role codes a sector may name outright ("GOV", "IGO")."""
    return frozenset(role for _, role in sector_roles()) | EXTRA_ROLE_CODES


def sector_role(sectors: str) -> str | None:
    parts = [p.strip() for p in re.split(r"[,;|]", sectors) if p.strip()]
    for part in parts:
        if part.upper() in role_codes():
            return part.upper()
    lowered = [p.lower() for p in parts]
    for word, role in sector_roles():
        if any(word in part for part in lowered):
            return role
    return None


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Country, historical state, region and IGO codes entente's actor dictionaries know."""
    from entente.coding.actors import lexicon

    return frozenset(lexicon().country_names)


@lru_cache(maxsize=1)
def _org_codes() -> tuple[str, ...]:
    return tuple(sorted((c for c in known_codes() if c.startswith("IGO")), key=len, reverse=True))


def org_country(code: str) -> str:
    """The IGO an actor code belongs to: the longest entente IGO code it starts with (GDELT's EU is
    ``IGOEUREEC``, entente's ``IGOEU``), else the code itself (the contract: non-state actors by their code)."""
    return next((org for org in _org_codes() if code.startswith(org)), code)


@lru_cache(maxsize=8192)
def _name_entries(name: str) -> tuple[Any, ...]:
    from entente.coding.actors import COUNTRY_KINDS, lexicon

    entries = lexicon().surfaces.get(name) or lexicon().surfaces.get(name.title()) or []
    return tuple(e for e in entries if e.kind in COUNTRY_KINDS or e.kind == "region")


@lru_cache(maxsize=8192)
def _converted(name: str) -> str | None:
    import logging

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    found = _converter().convert(name, to="ISO3", not_found=None)
    return found if isinstance(found, str) and found != name and re.fullmatch(r"[A-Z]{3}", found) else None


@lru_cache(maxsize=1)
def _converter() -> Any:
    import country_converter as coco

    return coco.CountryConverter()


def country_of(name: str, when: dt.date | None) -> str | None:
    """ISO3 (or historical, region) code for a country named in an ICEWS or POLECAT row, or ``None``: entente's
    own dictionaries first (they know the date: "Russia" in 1962 is SUN), then country_converter."""
    if name in known_codes():  # a code already: "RUS", "IGONAT"
        return name
    from entente.coding.actors import pick_entry

    entries = _name_entries(name)
    if entries:
        entry = pick_entry(list(entries), when)
        if entry is not None:
            return str(entry.country)
    return _converted(name)


def has_columns(first: list[str], required: tuple[str, ...]) -> bool:
    """Does a header row name every required column (in any case and spacing)?"""
    names = {header_key(c) for c in first}
    return all(header_key(c) in names for c in required)


def named_actor(name: str, country_name: str, sectors: str, when: dt.date | None) -> StateActor | None:
    """An actor given by name, country name and sectors (ICEWS and POLECAT rows): None without a country, an
    empty country when the name cannot be placed (the row is then unmapped, not malformed)."""
    if not country_name:
        return None
    country = country_of(country_name, when)
    if country is None:
        return StateActor(code="", country="", role=None, name=country_name)
    role = sector_role(sectors)
    return StateActor(code=country + (role or ""), country=country, role=role, name=person_or_org(name))


def person_or_org(name: str) -> str | None:
    """An actor name worth keeping: not empty, not just a country ("RUSSIA"), not ICEWS's "Sector (Country)"."""
    if not name or _GENERIC.search(name) or _name_entries(name):
        return None
    return name


class NamedParser:
    """What the ICEWS and POLECAT parsers share: a header row naming the columns, an Event ID and an Event Date
    in every row, actors given by name, country name and sectors, and the same checks in the same order.

    A subclass names its format, its required columns, its two actor sides and its sectors column; its ``row``
    reads the rest of a row between ``start``, ``actors`` and ``stored_row``."""

    format: str  # "icews": the report's format and the prefix of every id; upper case in messages
    required: tuple[str, ...]
    sides: tuple[str, str]  # the source's and the target's column prefix: ("Source", "Target")
    sectors: str  # an actor's sectors column, ``{side}`` its prefix: "{side} Sectors"
    header = True

    def __init__(self, path: str, first: list[str]) -> None:
        self.columns = Columns(path, first, self.required, self.format.upper())

    def start(self, cells: list[str]) -> tuple[str, dt.date]:
        """The row's Event ID and Event Date, once its columns are counted."""
        self.columns.check(cells)
        event_id = self.columns.get(cells, "Event ID")
        if not event_id:
            raise Malformed("no Event ID")
        return event_id, iso_day(self.columns.get(cells, "Event Date"), "Event Date")

    def _actor(self, cells: list[str], side: str, when: dt.date | None) -> tuple[str, StateActor | None]:
        name = self.columns.get(cells, f"{side} Name")
        return name, named_actor(name, self.columns.get(cells, f"{side} Country"),
                                 self.columns.get(cells, self.sectors.format(side=side)), when)

    def actors(self, cells: list[str], when: dt.date | None) -> tuple[StateActor | None, StateActor | None]:
        """Source and target; a row with neither a source name nor a source country is malformed."""
        source_side, target_side = self.sides
        source_name, source = self._actor(cells, source_side, when)
        if source is None and not source_name:
            raise Malformed(f"no source actor ({source_side} Name and {source_side} Country are empty)")
        _, target = self._actor(cells, target_side, when)
        return source, target

    def stored_row(self, event_id: str, source: StateActor | None, target: StateActor | None, day: dt.date,
                   basis: str) -> dict[str, Any]:
        """``event_row`` for a source that names a state; a source with no country, or one that cannot be
        placed, is not coded."""
        if source is None:
            raise Unmapped("sources with no country")
        if not source.country:
            raise Unmapped(f"unknown country {source.name!r}")
        return event_row(self.format, event_id, source, target, day, basis)


# -- loading -------------------------------------------------------------------------------------------------
class Loader:
    """Collects rows into batches for ``Store.insert_rows`` and counts duplicates and rows already stored.

    Ids met earlier in this file are kept in the store's id set (a DuckDB temp table, ``Store.new_id_set``), not
    a Python set, so memory does not grow with the file; an id found there is a duplicate, an id the store has
    but this import never met was stored before.
    """

    def __init__(self, store: Store, report: ImportReport, batch_size: int,
                 on_problem: Callable[[str], None] | None) -> None:
        self.store = store
        self.report = report
        self.batch_size = max(1, batch_size)
        self.on_problem = on_problem
        self.batch: dict[str, tuple[int, dict[str, Any]]] = {}
        self.table = store.new_id_set()

    def problem(self, message: str) -> None:
        if len(self.report.problems) < MAX_PROBLEMS:
            self.report.problems.append(message)
        if self.on_problem is not None:
            self.on_problem(message)

    def duplicate(self, number: int, event_id: str) -> None:
        self.report.duplicates += 1
        self.problem(f"{self.report.path}:{number}: duplicate event id {event_id} (loaded once)")

    def add(self, number: int, row: dict[str, Any]) -> None:
        if row["id"] in self.batch:
            self.duplicate(number, row["id"])
            return
        self.batch[row["id"]] = (number, row)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        ids = list(self.batch)
        seen = self.store.ids_in_set(self.table, ids)
        fresh = []
        for event_id, (number, row) in self.batch.items():
            if event_id in seen:
                self.duplicate(number, event_id)
            else:
                fresh.append(row)
        loaded = self.store.insert_rows(fresh)
        self.report.loaded += loaded
        self.report.stored += len(fresh) - loaded
        self.store.add_to_id_set(self.table, [r["id"] for r in fresh])
        self.batch = {}

    def close(self) -> None:
        self.store.drop_id_set(self.table)
