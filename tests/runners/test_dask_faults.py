"""A Dask worker killed with SIGKILL in the middle of a run: Dask re-runs its tasks on a worker that is
alive (the nanny starts a new one), the one writer skips nothing and writes nothing twice, and the store
equals a clean run; a rerun then has nothing left to do."""

from __future__ import annotations

import os
import signal

import pytest

from entente.runners.base import RunnerError
from entente.store import Store
from tests.runners.conftest import BATCH, CORPUS_DOCS, assert_same, snapshot

distributed = pytest.importorskip("distributed")


def two_workers():
    return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


def killer(watcher, killed: list[int]):
    """An ``on_batch`` callback that SIGKILLs the busiest worker process once, after two batches are written."""

    def kill_one(report) -> None:
        if not killed and report.documents >= 2 * BATCH:
            busy = watcher.processing()  # worker address -> tasks it is running or has queued
            address = max(busy, key=lambda a: len(busy[a]))
            assert busy[address], "a worker should be busy mid-run"
            pid = watcher.run(os.getpid, workers=[address])[address]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    return kill_one


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path, corpus, clean):
    from entente.runners.dask import ingest as on_dask

    db = tmp_path / "killed.duckdb"
    with two_workers() as cluster, distributed.Client(cluster) as watcher:
        killed: list[int] = []
        with Store(db) as store:
            report = on_dask([str(corpus)], store, cluster.scheduler_address, batch_size=BATCH,
                             on_batch=killer(watcher, killed))
    assert killed, "the kill should land mid-run"
    assert report.documents == CORPUS_DOCS and report.skipped == 0
    assert_same(snapshot(db), clean)

    from entente.runners.local import ingest

    with Store(db) as store:
        again = ingest([str(corpus)], store, batch_size=BATCH)
    assert (again.documents, again.skipped) == (0, CORPUS_DOCS)
    assert_same(snapshot(db), clean)


def test_when_dask_gives_up_on_a_batch_a_rerun_finishes_the_store(tmp_path, corpus, clean):
    """With no failure allowed, the batch lost with its worker fails the run (a one-line error); what was
    written is whole, and running again completes the store as a clean run would."""
    import dask

    from entente.runners.dask import ingest as on_dask

    db = tmp_path / "gave-up.duckdb"
    killed: list[int] = []
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), two_workers() as cluster, \
            distributed.Client(cluster) as watcher:
        with Store(db) as store, pytest.raises(RunnerError, match="run the same command again"):
            on_dask([str(corpus)], store, cluster.scheduler_address, batch_size=BATCH,
                    on_batch=killer(watcher, killed))
        partial = snapshot(db)
        assert 2 * BATCH <= len(partial.doc_ids) < CORPUS_DOCS
        assert partial.event_ids <= clean.event_ids
        with Store(db) as store:
            again = on_dask([str(corpus)], store, cluster.scheduler_address, batch_size=BATCH)
    assert again.skipped == len(partial.doc_ids) and again.documents == CORPUS_DOCS - len(partial.doc_ids)
    assert_same(snapshot(db), clean)
