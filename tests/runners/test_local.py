"""Ingest into a real DuckDB file: idempotent, one transaction a batch, and safe against ``kill -9``."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from entente.runners.local import ingest
from entente.store import Store
from tests.conftest import ROOT, SEED, SHARED


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Eighty documents of the shared corpus (read from ../shared, never copied into the repo)."""
    path = tmp_path_factory.mktemp("corpus") / "eighty.jsonl"
    with open(SHARED / "corpus" / "milestones.jsonl", encoding="utf-8") as source:
        lines = [line for line in source if line.strip()][:80]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def snapshot(db) -> tuple[set[str], set[str], dict[str, int]]:
    with Store(db, read_only=True) as store:
        ids = set(store.events()["id"])
        docs = set(store.documents()["doc_id"])
        return ids, docs, store.counts()


def consistent(db) -> None:
    """Every stored document has exactly the sentences and events it was written with."""
    with Store(db, read_only=True) as store:
        for row in store.documents().to_dict("records"):
            _, sentences = store.document(row["doc_id"])
            assert len(sentences) == row["n_sentences"], row["doc_id"]
            events = store.events(__import__("entente.store", fromlist=["EventFilter"]).EventFilter(
                doc_id=row["doc_id"]))
            assert len(events) == row["n_events"], row["doc_id"]


def test_ingest_is_idempotent_and_force_reextracts(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = ingest([str(SEED)], store)
        again = ingest([str(SEED)], store)
        forced = ingest([str(SEED)], store, force=True)
        counts = store.counts()
    assert first.documents == 1 and first.events > 20
    assert again.documents == 0 and again.skipped == 1
    assert forced.documents == 1
    assert counts["events"] == first.events and counts["documents"] == 1


def test_changed_document_is_replaced(tmp_path):
    db = tmp_path / "s.duckdb"
    doc = tmp_path / "a.txt"
    doc.write_text("Poland expelled three Russian diplomats on 3 March 2022.", encoding="utf-8")
    with Store(db) as store:
        ingest([str(doc)], store)
        doc.write_text("Poland expelled five Russian diplomats on 3 March 2022. Japan sent aid to Ukraine.",
                       encoding="utf-8")
        report = ingest([str(doc)], store)
        events = store.events()
    assert report.documents == 1
    assert set(events["doc_id"]) == {str(doc)}
    assert 5 in set(events["quantity_value"].dropna())
    assert 3 not in set(events["quantity_value"].dropna())


def test_kill_9_leaves_a_consistent_store_and_a_rerun_finishes_it(tmp_path, corpus):
    clean = tmp_path / "clean.duckdb"
    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "entente", "ingest", str(corpus), "--batch-size", "2", "--quiet"]
    done = subprocess.run(command + ["--db", str(clean)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    process = subprocess.Popen(command + ["--db", str(killed)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    wal = killed.with_name(killed.name + ".wal")
    deadline = time.time() + 60
    while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 200_000):
        time.sleep(0.05)  # committed batches of documents are in the write-ahead log
    time.sleep(0.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    ids, docs, _ = snapshot(killed)
    clean_ids, clean_docs, clean_counts = snapshot(clean)
    assert 0 < len(docs) < len(clean_docs), "the kill should land mid-run"
    consistent(killed)
    assert ids <= clean_ids

    rerun = subprocess.run(command + ["--db", str(killed)], cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(docs)} already stored" in rerun.stdout
    ids, docs, counts = snapshot(killed)
    assert ids == clean_ids and docs == clean_docs
    assert counts["events"] == clean_counts["events"]
    consistent(killed)


def test_clusters_merge_reports_of_one_event(tmp_path):
    a = tmp_path / "a.jsonl"
    reports = [
        {"id": "wire1", "published": "2022-03-24", "text": "Poland expelled 45 Russian diplomats on Wednesday."},
        {"id": "wire2", "published": "2022-03-25", "text": "Poland expelled 45 Russian diplomats on 23 March."},
        {"id": "wire3", "published": "2022-09-01", "text": "Poland expelled two Russian diplomats on Monday."},
    ]
    a.write_text("\n".join(json.dumps(r) for r in reports) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        ingest([str(a)], store)
        events = store.events()
        expulsions = events[(events.source_country == "POL") & (events.event == "SANCTION")]
        clusters = store.dyad_periods("year")
        mentions = store.dyad_periods("year", count="mentions")
    assert len(expulsions) == 3
    by_doc = dict(zip(expulsions.doc_id, expulsions.cluster_id))
    assert by_doc["wire1"] == by_doc["wire2"] != by_doc["wire3"]
    pol = clusters[(clusters.source_country == "POL") & (clusters.target_country == "RUS")]
    assert int(pol.events.sum()) == 2 and int(pol.mentions.sum()) == 3
    pol_m = mentions[(mentions.source_country == "POL") & (mentions.target_country == "RUS")]
    assert int(pol_m.events.sum()) == 3
