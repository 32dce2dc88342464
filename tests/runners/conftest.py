"""Small corpora for the runner tests (lines of ../shared/corpus/milestones.jsonl written to a temporary
folder, never copied into the repo) and a clean one-process run to compare every other run against."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from entente.store import Store
from tests.conftest import SHARED

CORPUS_DOCS = 24
BATCH = 3


def write_corpus(path: Path, count: int, start: int = 0) -> Path:
    with open(SHARED / "corpus" / "milestones.jsonl", encoding="utf-8") as source:
        lines = [line for line in source if line.strip()][start:start + count]
    path.write_text("".join(lines), encoding="utf-8")
    return path


@dataclass
class Snapshot:
    documents: pd.DataFrame
    events: pd.DataFrame
    counts: dict[str, int]

    @property
    def event_ids(self) -> set[str]:
        return set(self.events["id"])

    @property
    def doc_ids(self) -> set[str]:
        return set(self.documents["doc_id"])


def snapshot(db: Path | str) -> Snapshot:
    """What a store holds, without the columns that depend on when it was written."""
    with Store(db, read_only=True) as store:
        documents = store.documents().drop(columns=["ingested_at"]).sort_values("doc_id", ignore_index=True)
        events = store.events().sort_values("id", ignore_index=True)
        return Snapshot(documents, events, store.counts())


def assert_same(got: Snapshot, want: Snapshot) -> None:
    assert got.doc_ids == want.doc_ids
    assert got.event_ids == want.event_ids
    assert got.counts == want.counts
    pd.testing.assert_frame_equal(got.documents, want.documents)
    pd.testing.assert_frame_equal(got.events, want.events)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "milestones24.jsonl", CORPUS_DOCS)


@pytest.fixture(scope="session")
def clean(corpus, tmp_path_factory) -> Snapshot:
    """The corpus ingested in this process, one batch at a time: what every other runner must match."""
    from entente.runners.local import ingest

    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with Store(db) as store:
        report = ingest([str(corpus)], store, batch_size=BATCH)
    assert report.documents == CORPUS_DOCS and report.events > 50
    return snapshot(db)
