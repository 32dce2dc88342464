"""The embedded DuckDB store: the one place in entente that talks SQL.

Documents are written by ``Store.load`` (``write_batch`` and ``parts.write_part`` both come to it): one
transaction a batch, so a run killed at any moment leaves whole documents or none, and a rerun (documents are
skipped by content hash) finishes the job with nothing lost and nothing twice. Reads return pandas DataFrames.
DuckDB 2.0 streams results and an open result owns the connection, so every query here is fetched in full
before the next.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.errors import EntenteError
from entente.store.filters import EventFilter
from entente.store.rows import DOCUMENT_COLUMNS, Tables, content_hash, document_tables, event_table, row_event
from entente.store.schema import DDL, EVENT_COLUMNS, SCHEMA_VERSION, islands_sql, literal

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from entente.ingest.readers import Document
    from entente.record import Event, SentenceRef

DEFAULT_DB = "entente.duckdb"
CLUSTER_WINDOW_DAYS = 3
PERIOD_KEYS = {
    "month": ("year(e.date_start) * 100 + month(e.date_start)", "make_date(k // 100, k % 100, 1)"),
    "quarter": ("year(e.date_start) * 100 + quarter(e.date_start)", "make_date(k // 100, (k % 100) * 3 - 2, 1)"),
    "year": ("year(e.date_start)", "make_date(k, 1, 1)"),
}
PERIODS = {"month": "month", "quarter": "quarter", "year": "year", "day": "day", "week": "week"}
ROW_ORDERS = {"date": "e.date_start NULLS LAST, e.id", "-date": "e.date_start DESC NULLS LAST, e.id",
              "confidence": "e.confidence DESC, e.id"}


class StoreError(EntenteError):
    """The store file cannot be opened or written."""


@dataclass(frozen=True)
class Written:
    documents: int
    skipped: int
    events: int


@dataclass(frozen=True)
class Loaded:
    """What ``Store.load`` or ``parts.write_part`` did: documents written, skipped (already stored; for a part
    also those repeated in it), sentence and event rows added."""

    documents: int
    skipped: int
    sentences: int
    events: int


class Store:
    """An entente store in one DuckDB file (or ``:memory:``)."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:" and Path(self.path).is_dir():  # a Parquet dataset (store/dataset.py)
            self.con: duckdb.DuckDBPyConnection = _open_dataset(self.path, read_only)
            return
        try:
            if read_only and self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such store; create it with `entente ingest`")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        if not read_only:
            self.con.execute(DDL).fetchall()
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                             [str(SCHEMA_VERSION)]).fetchall()

    def close(self) -> None:
        self.con.close()

    # -- serving (entente/web): one reader per thread, each query under a deadline -------------------------
    def cursor(self) -> Store:
        """This store read through a new cursor of its connection: a DuckDB connection is not safe to share
        between threads, a cursor per thread is. Closing it closes the cursor only."""
        store = Store.__new__(Store)
        store.con, store.path, store.read_only = self.con.cursor(), self.path, self.read_only
        return store

    def interrupt(self) -> None:
        """Stop the query running on this store (from another thread); it raises ``duckdb.InterruptException``."""
        self.con.interrupt()

    def set_threads(self, threads: int) -> None:
        """How many threads DuckDB may use for one query on this store."""
        self._rows(f"SET threads = {int(threads)}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- low level -----------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def _frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        relation = self.con.sql(sql, params=list(params) or None)
        return relation.df() if relation is not None else self.con.execute("SELECT 1 WHERE FALSE").df()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION").fetchall()
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK").fetchall()
            raise
        self.con.execute("COMMIT").fetchall()

    def _insert_events(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        self.con.register("_entente_batch", event_table(rows))
        try:
            self.con.execute("INSERT INTO events BY NAME SELECT * FROM _entente_batch").fetchall()
        finally:
            self.con.unregister("_entente_batch")

    # -- writing -------------------------------------------------------------------------------------------
    def known(self, document: Document) -> bool:
        """Is this document already stored with this very text?"""
        found = self._rows("SELECT content_hash FROM documents WHERE doc_id = ?", [document.id])
        return bool(found) and found[0][0] == content_hash(document.text)

    def stored_documents(self, documents: Sequence[Document]) -> set[str]:
        """Ids of these documents that the store already has with this very text (one query)."""
        if not documents:
            return set()
        hashes = {d.id: content_hash(d.text) for d in documents}
        rows = self._rows("SELECT doc_id, content_hash FROM documents WHERE list_contains(?, doc_id)",
                          [list(hashes)])
        return {doc_id for doc_id, digest in rows if hashes.get(doc_id) == digest}

    def write_batch(self, batch: list[tuple[Document, list[SentenceRef], list[Event]]],
                    force: bool = False) -> Written:
        """Store documents with their sentences and events in one transaction (replacing changed ones). A
        document whose id came earlier in the batch is written after it, as if the batch were written one
        document at a time."""
        written = skipped = events = 0
        with self.transaction():
            for run in _distinct_runs(batch):
                loaded = self._load(document_tables(run), force)
                written += loaded.documents
                skipped += loaded.skipped
                events += loaded.events
        return Written(written, skipped, events)

    def load(self, tables: Tables, force: bool = False) -> Loaded:
        """Write documents (one row an id) with their sentences and events in one transaction. Documents the
        store already has with the same text are skipped (unless ``force``); changed ones are replaced, their
        old sentences and events removed. The check runs inside the transaction, so tables loaded twice (a
        retried Dask task) write nothing the second time."""
        if tables.documents.num_rows == 0:
            return Loaded(0, 0, 0, 0)
        with self.transaction():
            return self._load(tables, force)

    def _load(self, tables: Tables, force: bool) -> Loaded:
        names = {"documents": "_entente_docs", "sentences": "_entente_sents", "events": "_entente_events"}
        for table, name in names.items():
            self.con.register(name, getattr(tables, table))
        try:
            rows = self._rows("SELECT d.doc_id, d.content_hash = p.content_hash FROM documents d "
                              "JOIN _entente_docs p USING (doc_id)")
            same = [doc_id for doc_id, unchanged in rows if unchanged and not force]
            replaced = [doc_id for doc_id, unchanged in rows if doc_id not in set(same)]
            for table in ("events", "sentences", "documents"):
                if replaced:
                    self._rows(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [replaced])
            keep = "WHERE NOT list_contains(?, doc_id)"
            self._rows(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                       f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM _entente_docs {keep}", [same])
            sentences = self._rows(f"INSERT INTO sentences SELECT * FROM _entente_sents {keep}", [same])
            events = self._rows(f"INSERT INTO events BY NAME SELECT * FROM _entente_events {keep}", [same])
        finally:
            for name in names.values():
                self.con.unregister(name)
        return Loaded(tables.documents.num_rows - len(same), len(same), int(sentences[0][0]), int(events[0][0]))

    def delete_document(self, doc_id: str) -> None:
        for table in ("events", "sentences", "documents"):
            self._rows(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])

    def insert_rows(self, rows: list[dict[str, Any]]) -> int:
        """Imported events (GDELT, ICEWS, POLECAT), already flattened; ids that exist are skipped."""
        if not rows:
            return 0
        ids = [r["id"] for r in rows]
        existing = {r[0] for r in self._rows("SELECT id FROM events WHERE list_contains(?, id)", [ids])}
        fresh = [r for r in rows if r["id"] not in existing]
        with self.transaction():
            self._insert_events(fresh)
        return len(fresh)

    # ids met earlier in one imported file (store/importers) live in a temp table, not in Python memory
    def new_id_set(self) -> str:
        """A new, empty temp table of ids; its name, for the methods below."""
        table = f"_entente_import_{uuid.uuid4().hex[:12]}"
        self._rows(f"CREATE TEMP TABLE {table} (id VARCHAR)")
        return table

    def ids_in_set(self, table: str, ids: list[str]) -> set[str]:
        """Those of ``ids`` the id set ``table`` holds."""
        return {r[0] for r in self._rows(f"SELECT id FROM {table} WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                         [ids])}

    def add_to_id_set(self, table: str, ids: list[str]) -> None:
        self._rows(f"INSERT INTO {table} SELECT unnest(?::VARCHAR[])", [ids])

    def drop_id_set(self, table: str) -> None:
        self._rows(f"DROP TABLE IF EXISTS {table}")

    def record_import(self, path: str, fmt: str, read: int, loaded: int, malformed: int) -> None:
        self._rows("INSERT INTO imports (path, format, rows_read, rows_loaded, rows_malformed) VALUES (?, ?, ?, ?, ?)",
                   [path, fmt, read, loaded, malformed])

    def cluster(self, window_days: int = CLUSTER_WINDOW_DAYS) -> int:
        """Merge mentions of one real event into clusters: same dyad, same category, the same kind of
        statement (fact or not), dates within ``window_days`` of each other (gaps and islands in SQL).
        Undated mentions and those dated no finer than a year stay clusters of their own."""
        with self.transaction():
            self._rows(f"CREATE OR REPLACE TEMP TABLE _islands AS {islands_sql('events', window_days)}")
            self._rows("UPDATE events SET cluster_id = i.cluster_id FROM _islands i WHERE events.id = i.id")
            self._rows("DELETE FROM clusters")
            self._rows("""
                INSERT INTO clusters
                SELECT cluster_id, any_value(source_country), any_value(target_country), any_value(event),
                       min(date_start), max(date_end), count(*), count(DISTINCT doc_id), avg(goldstein),
                       any_value(quad_class)
                FROM events GROUP BY cluster_id
            """)
            self._rows("DROP TABLE _islands")
        return int(self._rows("SELECT count(*) FROM clusters")[0][0])

    # -- reading -------------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "sentences", "events", "clusters"):
            out[table] = int(self._rows(f"SELECT count(*) FROM {table}")[0][0])
        return out

    def events(self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0,
               order: str = "date") -> pd.DataFrame:
        clause, params = (where or EventFilter()).where("e")
        sort = {"date": "e.date_start NULLS LAST, e.id", "confidence": "e.confidence DESC, e.id"}[order]
        sql = (f"SELECT e.*, s.text AS sentence_text FROM events e LEFT JOIN sentences s "
               f"ON s.doc_id = e.doc_id AND s.idx = e.sentence_index WHERE {clause} ORDER BY {sort}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self._frame(sql, params)

    def count_events(self, where: EventFilter | None = None) -> int:
        clause, params = (where or EventFilter()).where("e")  # a sentence key is unique: the join adds no rows
        return int(self._rows(f"SELECT count(*) FROM events e {self._sentences_join(where)} WHERE {clause}",
                              params)[0][0])

    def records(self, where: EventFilter | None = None, batch: int = 10_000) -> Iterator[Event]:
        """Stored events as contract records, streamed as plain Python values (no pandas NaN or
        Timestamps). The rows are read in full first: DuckDB 2.0 results own the connection."""
        clause, params = (where or EventFilter()).where("e")
        cursor = self.con.execute(
            f"SELECT e.*, s.text AS sentence_text FROM events e LEFT JOIN sentences s ON s.doc_id = e.doc_id "
            f"AND s.idx = e.sentence_index WHERE {clause} ORDER BY e.date_start NULLS LAST, e.id", params)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        for values in rows:
            row = dict(zip(names, values))
            yield row_event(row, row.get("sentence_text") or "")

    def documents(self) -> pd.DataFrame:
        return self._frame("SELECT * FROM documents ORDER BY doc_id")

    def document(self, doc_id: str) -> tuple[dict[str, Any] | None, pd.DataFrame]:
        docs = self._frame("SELECT * FROM documents WHERE doc_id = ?", [doc_id]).to_dict("records")
        return (docs[0] if docs else None,
                self._frame("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id]))

    def dyad_periods(self, by: str = "month", where: EventFilter | None = None,
                     count: str = "clusters") -> pd.DataFrame:
        """Per period and directed dyad: events per quad class, net Goldstein, mentions and clusters.

        ``count='clusters'`` weighs each real event once (its mentions averaged), ``'mentions'`` counts every
        report. Only asserted events count; events without a date or target are left out."""
        if by not in PERIODS:
            raise StoreError(f"--by must be one of {', '.join(PERIODS)}")
        clause, params = (where or EventFilter()).where("e")
        join = self._sentences_join(where)
        if count == "mentions":
            # grouping on an integer key (year * 100 + month) is a third faster than on date_trunc's dates
            # over millions of rows; the key becomes a date again on the few grouped rows
            key, back = PERIOD_KEYS.get(by, (f"date_trunc('{PERIODS[by]}', e.date_start)", "k::DATE"))
            return self._frame(f"""
                SELECT {back} AS period, source_country, target_country, events, events AS mentions,
                       verbal_cooperation, material_cooperation, verbal_conflict, material_conflict,
                       net_goldstein
                FROM (
                    SELECT {key} AS k, e.source_country, e.target_country, count(*) AS events,
                           count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
                           count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
                           count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
                           count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
                           sum(e.goldstein) AS net_goldstein
                    FROM events e {join}
                    WHERE {clause} AND e.modality = 'asserted' AND e.date_start IS NOT NULL
                      AND e.target_country IS NOT NULL
                    GROUP BY ALL
                )
            """, params).sort_values(["period", "source_country", "target_country"], ignore_index=True)
        unit = "coalesce(e.cluster_id, e.id)"
        ctes = f"""
            base AS (
                SELECT date_trunc('{PERIODS[by]}', e.date_start) AS period, e.source_country, e.target_country,
                       {unit} AS unit, e.quad_class, e.goldstein, e.id
                FROM events e {join}
                WHERE {clause} AND e.modality = 'asserted' AND e.date_start IS NOT NULL
                  AND e.target_country IS NOT NULL
            ), units AS (
                SELECT period, source_country, target_country, unit, any_value(quad_class) AS quad_class,
                       avg(goldstein) AS goldstein, count(*) AS mentions
                FROM base GROUP BY ALL
            )
        """
        return self._units_per_period(ctes, params)

    def _units_per_period(self, ctes: str, params: Sequence[Any]) -> pd.DataFrame:
        """Per period and directed dyad, from ``ctes`` ending in a ``units`` table (one row a counted unit:
        period, source_country, target_country, quad_class, goldstein, mentions): units per quad class, their
        mentions and net Goldstein, in period and dyad order."""
        return self._frame(f"""
            WITH {ctes}
            SELECT period::DATE AS period, source_country, target_country,
                   count(*) AS events, sum(mentions) AS mentions,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                   count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   sum(goldstein) AS net_goldstein
            FROM units GROUP BY ALL ORDER BY period, source_country, target_country
        """, params)

    def coverage(self, by: str = "month") -> pd.DataFrame:
        """Per period: how many documents and dated events the store has, so that an empty period with no
        coverage is told apart from a quiet one (LESSONS.md 10)."""
        if by not in PERIODS:
            raise StoreError(f"--by must be one of {', '.join(PERIODS)}")
        return self._frame(f"""
            SELECT date_trunc('{PERIODS[by]}', date_start)::DATE AS period, count(*) AS events,
                   count(DISTINCT doc_id) AS documents
            FROM events WHERE date_start IS NOT NULL GROUP BY ALL ORDER BY period
        """)

    def date_span(self) -> tuple[dt.date | None, dt.date | None]:
        row = self._rows("SELECT min(date_start), max(date_end) FROM events")[0]
        return row[0], row[1]

    # -- analysis (entente/analysis): series need events placed in one period ------------------------------
    def dyad_periods_within(self, by: str = "month", where: EventFilter | None = None,
                            count: str = "clusters") -> pd.DataFrame:
        """``dyad_periods`` for time series: only events whose whole date lies inside one period. An event
        dated "during the Cold War" (1947-1991) belongs to no single year, and counting it in 1947 would make
        a spike that never happened; ``unplaced_events`` says how many were left out."""
        if by not in PERIODS:
            raise StoreError(f"--by must be one of {', '.join(PERIODS)}")
        clause, params = (where or EventFilter()).where("e")
        unit = "coalesce(e.cluster_id, e.id)" if count == "clusters" else "e.id"
        return self._units_per_period(f"""
            units AS (
                SELECT date_trunc('{PERIODS[by]}', e.date_start) AS period, e.source_country, e.target_country,
                       {unit} AS unit, any_value(e.quad_class) AS quad_class, avg(e.goldstein) AS goldstein,
                       count(*) AS mentions
                FROM events e {self._sentences_join(where)}
                WHERE {clause} AND e.modality = 'asserted' AND e.date_start IS NOT NULL
                  AND e.target_country IS NOT NULL
                  AND date_trunc('{PERIODS[by]}', e.date_start) = date_trunc('{PERIODS[by]}', e.date_end)
                GROUP BY ALL
            )
        """, params)

    def unplaced_events(self, by: str = "month", where: EventFilter | None = None) -> int:
        """Asserted, dated events with a target whose date spans more than one period (left out of series)."""
        if by not in PERIODS:
            raise StoreError(f"--by must be one of {', '.join(PERIODS)}")
        clause, params = (where or EventFilter()).where("e")
        return int(self._rows(f"""
            SELECT count(*) FROM events e {self._sentences_join(where)}
            WHERE {clause} AND e.modality = 'asserted' AND e.date_start IS NOT NULL AND e.target_country IS NOT NULL
              AND date_trunc('{PERIODS[by]}', e.date_start) <> date_trunc('{PERIODS[by]}', e.date_end)
        """, params)[0][0])

    def coverage_within(self, by: str = "month") -> pd.DataFrame:
        """Per period: documents published in it and asserted events dated inside it. A period with neither has
        no coverage, which is not the same as a quiet period (LESSONS.md 10)."""
        if by not in PERIODS:
            raise StoreError(f"--by must be one of {', '.join(PERIODS)}")
        unit = PERIODS[by]
        return self._frame(f"""
            WITH docs AS (
                SELECT date_trunc('{unit}', published)::DATE AS period, count(*) AS documents
                FROM documents WHERE published IS NOT NULL GROUP BY ALL
            ), evts AS (
                SELECT date_trunc('{unit}', date_start)::DATE AS period, count(*) AS events
                FROM events WHERE modality = 'asserted' AND date_start IS NOT NULL
                  AND date_trunc('{unit}', date_start) = date_trunc('{unit}', date_end)
                GROUP BY ALL
            )
            SELECT coalesce(d.period, v.period) AS period, coalesce(d.documents, 0) AS documents,
                   coalesce(v.events, 0) AS events
            FROM docs d FULL OUTER JOIN evts v ON d.period = v.period ORDER BY period
        """)

    def dyad_totals(self, start: dt.date | None = None, end: dt.date | None = None,
                    count: str = "clusters") -> pd.DataFrame:
        """Per directed dyad: asserted events dated inside [start, end] (undated ones too when neither bound is
        given), per quad class, with net Goldstein: the edges of a network for one window of time."""
        clauses = ["e.modality = 'asserted'", "e.target_country IS NOT NULL",
                   "e.source_country <> e.target_country"]
        params: list[Any] = []
        if start is not None:
            clauses.append("e.date_start >= ?")
            params.append(start)
        if end is not None:
            clauses.append("e.date_end <= ?")
            params.append(end)
        unit = "coalesce(e.cluster_id, e.id)" if count == "clusters" else "e.id"
        return self._frame(f"""
            WITH units AS (
                SELECT e.source_country, e.target_country, {unit} AS unit, any_value(e.quad_class) AS quad_class,
                       avg(e.goldstein) AS goldstein, count(*) AS mentions
                FROM events e WHERE {" AND ".join(clauses)} GROUP BY ALL
            )
            SELECT source_country, target_country, count(*) AS events, sum(mentions) AS mentions,
                   count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   sum(goldstein) AS net_goldstein
            FROM units GROUP BY ALL ORDER BY source_country, target_country
        """, params)

    # -- exports (store/exports): the flattened event columns, filtered, in date order ------------------------
    @staticmethod
    def _export_select(where: EventFilter, sentence_text: bool = False) -> tuple[str, list[Any]]:
        clause, params = where.where("e")
        columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS) + (", s.text AS sentence_text" if sentence_text else "")
        return (f"SELECT {columns} FROM events e LEFT JOIN sentences s ON s.doc_id = e.doc_id "
                f"AND s.idx = e.sentence_index WHERE {clause} ORDER BY e.date_start NULLS LAST, e.id"), params

    def copy_events(self, where: EventFilter, path: str, fmt: str) -> int:
        """Write the events ``where`` selects to ``path`` with DuckDB's COPY, ``fmt`` parquet or csv (with a
        header); returns how many were written."""
        sql, params = self._export_select(where)
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        return int(self._rows(f"COPY ({sql}) TO ? ({options})", [*params, path])[0][0])

    def stream_events(self, where: EventFilter, *, chunk: int,
                      sentence_text: bool = False) -> Iterator[dict[str, Any]]:
        """The events ``where`` selects as dicts of plain Python values (dates, lists, None), fetched ``chunk``
        rows at a time, so any number of them streams in flat memory. The open result owns the connection:
        run no other query on this store until the iterator is done."""
        sql, params = self._export_select(where, sentence_text)
        result = self.con.execute(sql, params)
        names = [d[0] for d in result.description]
        while rows := result.fetchmany(chunk):
            for values in rows:
                yield dict(zip(names, values))

    # -- the Parquet dataset (store/dataset): what a dataset lacks, partitioned by year and month --------------
    def copy_partitioned(self, folder: str, documents: str | None, events: str | None) -> dict[str, int]:
        """Copy into ``folder/documents``, ``folder/sentences`` and ``folder/events`` (which must exist), as
        Parquet files in ``year=/month=`` folders, the documents whose id no file of the glob ``documents``
        holds, with their sentences and events, and the imported events whose id no file of ``events`` holds
        (a glob None: no files yet). Documents go by the month they were published, imported events by their
        own date. Returns the rows written per table."""
        new = "SELECT doc_id, published FROM documents"
        if documents:
            new += f" WHERE doc_id NOT IN (SELECT doc_id FROM read_parquet({literal(documents)}))"
        imported = "e.origin <> 'text'"
        if events:
            imported += f" AND e.id NOT IN (SELECT id FROM read_parquet({literal(events)}))"
        when = "coalesce(n.published, CASE WHEN e.origin <> 'text' THEN e.date_start END)"
        queries = {
            "documents": "SELECT d.*, year(d.published) AS year, month(d.published) AS month "
                         f"FROM documents d JOIN ({new}) n USING (doc_id)",
            "sentences": "SELECT s.*, year(n.published) AS year, month(n.published) AS month "
                         f"FROM sentences s JOIN ({new}) n USING (doc_id)",
            "events": f"SELECT e.*, year({when}) AS year, month({when}) AS month FROM events e "
                      f"LEFT JOIN ({new}) n USING (doc_id) WHERE n.doc_id IS NOT NULL OR ({imported})",
        }
        return {table: int(self._rows(
            f"COPY ({sql}) TO {literal(str(Path(folder) / table))} (FORMAT parquet, PARTITION_BY (year, month), "
            "FILENAME_PATTERN 'part-{uuid}', APPEND)")[0][0]) for table, sql in queries.items()}

    # -- reading one page at a time, as plain Python values (the JSON API, entente/web) ----------------------
    def event_rows(self, where: EventFilter | None = None, limit: int = 50, offset: int = 0,
                   order: str = "date") -> list[dict[str, Any]]:
        """A page of event rows with ``sentence_text``: no pandas on the way (``rows.row_event`` reads them)."""
        clause, params = (where or EventFilter()).where("e")
        return self._dicts(f"SELECT e.*, s.text AS sentence_text FROM events e LEFT JOIN sentences s "
                           f"ON s.doc_id = e.doc_id AND s.idx = e.sentence_index WHERE {clause} "
                           f"ORDER BY {ROW_ORDERS[order]} LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])

    def cluster_rows(self, where: EventFilter | None = None, limit: int = 50,
                     offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """A page of clusters holding any event that matches ``where``, and how many clusters match in all."""
        clause, params = (where or EventFilter()).where("e")
        body = (f"FROM clusters c WHERE c.cluster_id IN (SELECT e.cluster_id FROM events e "
                f"{self._sentences_join(where)} WHERE {clause})")
        total = int(self._rows(f"SELECT count(*) {body}", params)[0][0])
        rows = self._dicts(f"SELECT c.* {body} ORDER BY c.date_start NULLS LAST, c.cluster_id LIMIT ? OFFSET ?",
                           [*params, int(limit), int(offset)])
        return rows, total

    def document_rows(self, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """A page of documents in id order, and how many the store holds."""
        total = int(self._rows("SELECT count(*) FROM documents")[0][0])
        rows = self._dicts("SELECT * FROM documents ORDER BY doc_id LIMIT ? OFFSET ?", [int(limit), int(offset)])
        return rows, total

    def event_row(self, event_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT e.*, s.text AS sentence_text FROM events e LEFT JOIN sentences s "
                           "ON s.doc_id = e.doc_id AND s.idx = e.sentence_index WHERE e.id = ?", [event_id])
        return rows[0] if rows else None

    def document_row(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return rows[0] if rows else None

    def sentence_rows(self, doc_id: str) -> list[dict[str, Any]]:
        return self._dicts("SELECT idx, start_char, end_char, text FROM sentences WHERE doc_id = ? ORDER BY idx",
                           [doc_id])

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    @staticmethod
    def _sentences_join(where: EventFilter | None) -> str:
        """Join sentences only when a filter searches their text (over millions of imported rows the join
        costs time for nothing otherwise)."""
        return ("LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_index"
                if where is not None and where.text else "")


def _open_dataset(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Read-only views over the Parquet dataset at ``path`` (``entente.store.dataset``)."""
    from entente.store.dataset import open_dataset

    return open_dataset(path, read_only)


def _distinct_runs(batch: list[tuple[Document, list[SentenceRef], list[Event]]]
                   ) -> Iterator[list[tuple[Document, list[SentenceRef], list[Event]]]]:
    """The batch cut where a document id comes again, so that every run holds each id once."""
    run: list[tuple[Document, list[SentenceRef], list[Event]]] = []
    ids: set[str] = set()
    for item in batch:
        if item[0].id in ids:
            yield run
            run, ids = [], set()
        run.append(item)
        ids.add(item[0].id)
    if run:
        yield run
