"""The Parquet dataset store: stores appended chunk by chunk read, in place, exactly like one DuckDB store
holding everything (documents, events with every column, clusters recomputed across chunks)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pytest

from entente.runners.local import ingest
from entente.store import Store, StoreError
from entente.store.dataset import append
from tests.analysis.synthetic import add
from tests.conftest import ROOT, SHARED


def dated_corpus(path, start: int, count: int):
    """Lines of the shared corpus with publication dates over three months (the corpus has none)."""
    with open(SHARED / "corpus" / "milestones.jsonl", encoding="utf-8") as source:
        records = [json.loads(line) for line in source if line.strip()][start:start + count]
    for i, record in enumerate(records, start=start):
        record["published"] = f"2024-{i % 3 + 1:02d}-15"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def frames(store: Store) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    documents = store.documents().drop(columns=["ingested_at"]).sort_values("doc_id", ignore_index=True)
    events = store.events().sort_values("id", ignore_index=True)
    clusters = store._frame("SELECT * FROM clusters ORDER BY cluster_id")
    return documents, events, clusters


def test_chunks_appended_to_a_dataset_read_like_one_store(tmp_path):
    first, second = dated_corpus(tmp_path / "a.jsonl", 0, 6), dated_corpus(tmp_path / "b.jsonl", 6, 6)
    dataset = tmp_path / "archive"
    with Store(tmp_path / "whole.duckdb") as whole:
        ingest([str(first), str(second)], whole)
        want = frames(whole)
        want_series = whole.dyad_periods("month")
    with Store(tmp_path / "a.duckdb") as store:
        ingest([str(first)], store)
        added = append(store, dataset)
        assert (added.documents, added.already) == (6, 0)
        assert append(store, dataset).documents == 0  # appending again adds nothing
    out = subprocess.run([sys.executable, "-m", "entente", "ingest", str(second), "--db", str(tmp_path / "b.duckdb"),
                          "--dataset", str(dataset), "--quiet"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "6 documents" in out.stdout.splitlines()[-1] and "added to the dataset" in out.stdout

    assert {p.name for p in (dataset / "events").iterdir()} == {"year=2024"}
    assert {p.name for p in (dataset / "documents" / "year=2024").iterdir()} == {"month=1", "month=2", "month=3"}
    assert not list(dataset.glob(".staging-*"))
    with Store(dataset, read_only=True) as archive:
        got = frames(archive)
        got_series = archive.dyad_periods("month")
    for g, w in zip(got, want):
        pd.testing.assert_frame_equal(g, w)
    pd.testing.assert_frame_equal(got_series, want_series)


def test_clusters_are_computed_across_chunks(tmp_path):
    """Two reports of one expulsion ingested into different working stores are one cluster in the dataset."""
    report = [("POL", "RUS", "2022-03-23", "166", -7.0)]
    with Store(tmp_path / "whole.duckdb") as whole:
        add(whole, report, dt.date(2022, 3, 24), doc="wire1")
        add(whole, report, dt.date(2022, 4, 1), doc="wire2")
        want = frames(whole)
    for doc, published in (("wire1", dt.date(2022, 3, 24)), ("wire2", dt.date(2022, 4, 1))):
        with Store(tmp_path / f"{doc}.duckdb") as chunk:
            add(chunk, report, published, doc=doc)
            append(chunk, tmp_path / "archive")
    with Store(tmp_path / "archive", read_only=True) as archive:
        got = frames(archive)
        assert archive.counts()["clusters"] == 1
    for g, w in zip(got, want):
        pd.testing.assert_frame_equal(g, w)


def test_a_dataset_is_read_only_and_says_so(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        add(store, [("POL", "RUS", "2022-03-23", "166", -7.0)], dt.date(2022, 3, 24))
        append(store, tmp_path / "archive")
    with pytest.raises(StoreError, match="read-only"):
        Store(tmp_path / "archive")
    with pytest.raises(StoreError, match="not a Parquet dataset"):
        Store(tmp_path, read_only=True)
    out = subprocess.run([sys.executable, "-m", "entente", "summary", "--db", str(tmp_path / "archive"), "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_an_interrupted_append_is_finished_or_dropped(tmp_path):
    """Files are staged first and moved into place only once complete: a crash leaves all or nothing."""
    archive = tmp_path / "archive"
    with Store(tmp_path / "s.duckdb") as store:
        add(store, [("POL", "RUS", "2022-03-23", "166", -7.0)], dt.date(2022, 3, 24), doc="a")
        append(store, archive)
    (archive / ".staging-broken" / "events").mkdir(parents=True)
    (archive / ".staging-broken" / "events" / "junk.parquet").write_bytes(b"not parquet")
    with Store(tmp_path / "t.duckdb") as store:
        add(store, [("JPN", "UKR", "2022-03-23", "070", 7.0)], dt.date(2022, 3, 24), doc="b")
        append(store, archive)
    assert not list(archive.glob(".staging-*"))
    with Store(archive, read_only=True) as opened:
        assert opened.counts()["documents"] == 2 and opened.counts()["events"] == 2
