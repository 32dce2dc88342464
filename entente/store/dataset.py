"""A store as a Parquet dataset, for archives larger than one DuckDB file should hold.

Layout (hive style, one folder a table, partitioned by the year and month each document was published)::

    DIR/documents/year=2024/month=6/part-<uuid>.parquet
    DIR/sentences/year=2024/month=6/part-<uuid>.parquet
    DIR/events/year=2024/month=6/part-<uuid>.parquet      imported events (no document): by their own date
    DIR/events/year=__HIVE_DEFAULT_PARTITION__/...          no date at all

``append(store, DIR)`` adds what a DuckDB store has and the dataset has not (documents by id, imported events
by id): ingest a month into a working store, append it, start the next. The files of one append are written
into ``DIR/.staging-<uuid>`` and moved into place only when all are complete, documents last, so a crash
leaves either the whole append or none of it (a complete staging folder is moved in by the next append).

``Store(DIR)`` opens the dataset in place: an in-memory DuckDB with read-only views ``documents``,
``sentences``, ``events`` over ``read_parquet(..., hive_partitioning = true)``, cast to the store's column
types, so every read method and analysis works unchanged. Clusters are derived data: they are computed when
the dataset is opened, over all its events, exactly as ``Store.cluster`` does for one file.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from entente.store.db import CLUSTER_WINDOW_DAYS, StoreError
from entente.store.schema import DDL, islands_sql, literal

if TYPE_CHECKING:
    import duckdb

    from entente.store.db import Store

TABLES = ("documents", "sentences", "events")
READY = "READY"


@dataclass(frozen=True)
class Appended:
    documents: int
    sentences: int
    events: int
    already: int
    """Documents of the store the dataset already had (by id): not written again."""


def _files(directory: Path, table: str) -> str | None:
    """The glob of a table's Parquet files, or None when it has none yet."""
    folder = directory / table
    if not folder.is_dir() or next(folder.rglob("*.parquet"), None) is None:
        return None
    return str(folder / "**" / "*.parquet")


def _finish(directory: Path) -> None:
    """Move complete staging folders into place (documents last); drop incomplete ones."""
    for staging in sorted(directory.glob(".staging-*")):
        if not (staging / READY).exists():
            shutil.rmtree(staging, ignore_errors=True)
            continue
        for table in ("events", "sentences", "documents"):
            for source in sorted((staging / table).rglob("*.parquet")):
                target = directory / table / source.relative_to(staging / table)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        shutil.rmtree(staging)


def append(store: Store, directory: str | Path) -> Appended:
    """Add the store's documents (with their sentences and events) that the dataset does not have."""
    import duckdb

    root = Path(directory)
    try:
        root.mkdir(parents=True, exist_ok=True)
        _finish(root)
        staging = root / f".staging-{uuid.uuid4().hex}"
        for table in TABLES:
            (staging / table).mkdir(parents=True)
        counts = store.copy_partitioned(str(staging), _files(root, "documents"), _files(root, "events"))
        (staging / READY).touch()
        _finish(root)
        total = store.counts()["documents"]
    except OSError as exc:
        raise StoreError(f"{root}: cannot write the dataset ({exc.strerror or exc})") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{root}: cannot write the dataset ({exc})") from exc
    return Appended(counts["documents"], counts["sentences"], counts["events"], total - counts["documents"])


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind in con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'ddl' "
        "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]


def open_dataset(path: str | Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are read-only views over the dataset at ``path``."""
    import duckdb

    root = Path(path)
    if not any((root / table).is_dir() for table in TABLES):
        raise StoreError(f"{root} is a folder but not a Parquet dataset (no documents/ or events/ in it); give a "
                         "DuckDB file, or fill a dataset with `entente ingest ... --dataset DIR`")
    if not read_only:
        raise StoreError(f"{root} is a Parquet dataset, which is read-only: ingest into a DuckDB file and add it "
                         f"with `entente ingest ... --dataset {root}`")
    con = duckdb.connect(":memory:")
    try:
        con.execute("CREATE SCHEMA ddl").fetchall()
        con.execute("SET schema = 'ddl'").fetchall()
        con.execute(DDL).fetchall()
        con.execute("SET schema = 'main'").fetchall()
        for table in ("meta", "imports"):
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM ddl.{table}").fetchall()
        for table in TABLES:
            glob = _files(root, table)
            columns = _columns(con, table)
            name = "_events_raw" if table == "events" else table
            if glob is None:
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM ddl.{table}").fetchall()
                continue
            casts = ", ".join(f'CAST("{c}" AS {kind}) AS "{c}"' for c, kind in columns)
            con.execute(f"CREATE VIEW {name} AS SELECT {casts} FROM read_parquet({literal(glob)}, "
                        "hive_partitioning = true, union_by_name = true)").fetchall()
        _cluster(con)
        events = ", ".join("c.cluster_id" if c == "cluster_id" else f'r."{c}"' for c, _ in _columns(con, "events"))
        con.execute(f"CREATE VIEW events AS SELECT {events} FROM _events_raw r "
                    "LEFT JOIN _clusters_of c USING (id)").fetchall()
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{root}: cannot open the Parquet dataset ({exc})") from exc
    return con


def _cluster(con: duckdb.DuckDBPyConnection, window_days: int = CLUSTER_WINDOW_DAYS) -> None:
    """``Store.cluster`` over the dataset's events, into two in-memory tables (tests/store check they agree)."""
    con.execute(f"CREATE TEMP TABLE _clusters_of AS {islands_sql('_events_raw', window_days)}").fetchall()
    con.execute("""
        CREATE TABLE clusters AS
        SELECT c.cluster_id, any_value(e.source_country) AS source_country,
               any_value(e.target_country) AS target_country, any_value(e.event) AS event,
               min(e.date_start) AS date_start, max(e.date_end) AS date_end, count(*)::INTEGER AS n_mentions,
               count(DISTINCT e.doc_id)::INTEGER AS n_documents, avg(e.goldstein) AS goldstein,
               any_value(e.quad_class) AS quad_class
        FROM _events_raw e JOIN _clusters_of c USING (id) GROUP BY c.cluster_id
    """).fetchall()


__all__ = ["Appended", "TABLES", "append", "open_dataset"]
