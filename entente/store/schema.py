"""The store's tables. Events keep the contract's record flattened into columns (actors, date and quantity
spread out so that DuckDB can aggregate them), plus where they came from (``origin``) and their cluster.

documents  one row a document: id, content hash (idempotent ingest), title, url, dates, length
sentences  every sentence of a document, so that any figure leads back to its words
events     one row an event mention (shared/contract/EVENTS.md), with ``cluster_id``: mentions of one real event
clusters   one row a real event: dyad, category, date span, how many mentions report it
imports    one row an imported file (GDELT, ICEWS, POLECAT): rows read, loaded, malformed
"""

from __future__ import annotations

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    published DATE,
    period VARCHAR,
    origin VARCHAR NOT NULL DEFAULT 'text',
    n_chars INTEGER,
    n_sentences INTEGER,
    n_events INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents (content_hash);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    origin VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    source_role VARCHAR,
    source_name VARCHAR,
    source_text VARCHAR,
    source_start INTEGER,
    source_end INTEGER,
    target_code VARCHAR,
    target_country VARCHAR,
    target_role VARCHAR,
    target_name VARCHAR,
    target_text VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    event VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    date_value VARCHAR,
    date_precision VARCHAR,
    date_start DATE,
    date_end DATE,
    date_text VARCHAR,
    date_basis VARCHAR,
    quantity_value DOUBLE,
    quantity_unit VARCHAR,
    quantity_text VARCHAR,
    quantity_approximate BOOLEAN,
    modality VARCHAR,
    attribution JSON,
    confidence DOUBLE,
    cluster_id VARCHAR
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY,
    source_country VARCHAR,
    target_country VARCHAR,
    event VARCHAR,
    date_start DATE,
    date_end DATE,
    n_mentions INTEGER,
    n_documents INTEGER,
    goldstein DOUBLE,
    quad_class TINYINT
);
CREATE TABLE IF NOT EXISTS imports (
    path VARCHAR,
    format VARCHAR,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_malformed BIGINT,
    imported_at TIMESTAMP DEFAULT current_timestamp
);
"""

EVENT_COLUMNS = [
    "id", "doc_id", "origin", "sentence_index", "sentence_start", "sentence_end", "evidence_start", "evidence_end",
    "evidence_text", "source_code", "source_country", "source_role", "source_name", "source_text", "source_start",
    "source_end", "target_code", "target_country", "target_role", "target_name", "target_text", "target_start",
    "target_end", "event", "mode", "context", "cameo", "quad_class", "goldstein", "date_value", "date_precision",
    "date_start", "date_end", "date_text", "date_basis", "quantity_value", "quantity_unit", "quantity_text",
    "quantity_approximate", "modality", "attribution", "confidence", "cluster_id",
]


def literal(text: str) -> str:
    """``text`` as an SQL string literal, for the places DuckDB takes no parameter (file globs, COPY targets)."""
    return "'" + text.replace("'", "''") + "'"


def islands_sql(table: str, window_days: int) -> str:
    """The clustering rule as one query over ``table`` (``id``, ``cluster_id`` per event): same dyad, same
    category, the same kind of statement (fact or not), day- or month-dated mentions within ``window_days`` of
    each other chained into one island (gaps and islands); everything else a cluster of its own. Used by
    ``Store.cluster`` and by the Parquet dataset store, so both give the same cluster ids."""
    return f"""
        WITH keyed AS (
            SELECT id, doc_id, source_country, coalesce(target_country, '-') AS target_key, event,
                   modality = 'asserted' AS fact, date_start, date_end, date_precision
            FROM {table}
        ), ordered AS (
            SELECT *, max(date_end) OVER (PARTITION BY source_country, target_key, event, fact
                                          ORDER BY date_start, id
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
            FROM keyed WHERE date_precision IN ('day', 'month')
        ), flagged AS (
            SELECT *, CASE WHEN prev_end IS NULL OR date_start > prev_end + INTERVAL {int(window_days)} DAY
                           THEN 1 ELSE 0 END AS new_island
            FROM ordered
        ), numbered AS (
            SELECT *, sum(new_island) OVER (PARTITION BY source_country, target_key, event, fact
                                            ORDER BY date_start, id) AS island
            FROM flagged
        )
        SELECT id, 'cl_' || substr(md5(concat_ws('|', source_country, target_key, event, fact::VARCHAR,
                                                  island::VARCHAR)), 1, 16) AS cluster_id
        FROM numbered
        UNION ALL
        SELECT id, 'cl_' || substr(md5(id), 1, 16) FROM keyed
        WHERE date_precision IS NULL OR date_precision NOT IN ('day', 'month')
    """
