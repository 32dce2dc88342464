"""Every runner builds the same store: one process, two worker processes and a Dask LocalCluster(2) give
identical documents and events (ids and every column), each worker loading the model once."""

from __future__ import annotations

import os

import pytest

from entente.runners.base import IngestReport, fresh_batches
from entente.runners.local import in_process, ingest
from entente.store import Store
from entente.store.parts import write_part
from tests.runners.conftest import BATCH, CORPUS_DOCS, assert_same, snapshot


def test_two_workers_build_the_same_store_with_one_model_load_each(tmp_path, corpus, clean):
    db = tmp_path / "two.duckdb"
    with Store(db) as store:
        report = ingest([str(corpus)], store, batch_size=BATCH, workers=2)
    assert report.documents == CORPUS_DOCS
    assert_same(snapshot(db), clean)
    here = os.getpid()
    assert len(report.model_loads) == 2 and all(not w.endswith(f":{here}") for w in report.model_loads)
    assert set(report.model_loads.values()) == {1}, report.model_loads


def test_dask_local_cluster_builds_the_same_store(tmp_path, corpus, clean):
    pytest.importorskip("distributed")
    from entente.runners.dask import ingest as on_dask

    db = tmp_path / "dask.duckdb"
    with Store(db) as store:
        report = on_dask([str(corpus)], store, "local:2", batch_size=BATCH)
    assert report.documents == CORPUS_DOCS
    assert_same(snapshot(db), clean)
    assert 1 <= len(report.model_loads) <= 2 and set(report.model_loads.values()) == {1}, report.model_loads


def test_a_part_delivered_twice_is_written_once(tmp_path, corpus, clean):
    """A retried Dask task (or a rerun) hands the writer a part it already wrote: nothing is written twice."""
    db = tmp_path / "twice.duckdb"
    with Store(db) as store:
        report = IngestReport()
        batches = fresh_batches([str(corpus)], store, report, None, False, CORPUS_DOCS, None, None)
        part = next(in_process(batches))
        first = write_part(store, part)
        second = write_part(store, part)
        forced = write_part(store, part, force=True)
        store.cluster()
    assert first.documents == CORPUS_DOCS and first.events == part.events.num_rows
    assert (second.documents, second.skipped, second.events) == (0, CORPUS_DOCS, 0)
    assert forced.documents == CORPUS_DOCS
    assert_same(snapshot(db), clean)


def test_only_documents_the_store_lacks_are_extracted(tmp_path, corpus, clean):
    db = tmp_path / "resume.duckdb"
    half = tmp_path / "half.jsonl"
    half.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:10]), encoding="utf-8")
    with Store(db) as store:
        ingest([str(half)], store, batch_size=BATCH)
        report = ingest([str(corpus)], store, batch_size=BATCH, workers=2)
    assert (report.documents, report.skipped) == (CORPUS_DOCS - 10, 10)
    assert_same(snapshot(db), clean)
