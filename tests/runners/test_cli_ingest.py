"""``entente ingest`` as a real process: progress on stderr, stdin streamed, and one-line errors for a
missing extra or conflicting options."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from entente.ingest.counting import count_documents
from entente.store import Store
from tests.conftest import ROOT
from tests.runners.conftest import write_corpus

ENTENTE = [sys.executable, "-m", "entente"]

BLOCK_DASK = """
import sys

class NoDask:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("dask", "distributed"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoDask())
sys.argv[0] = "entente"
from entente.cli import main
main()
"""


def run(args, stdin=None, code=None):
    command = [sys.executable, "-c", code, *args] if code else ENTENTE + args
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, input=stdin, timeout=120)


def test_progress_shows_documents_sentences_and_events(tmp_path):
    corpus = write_corpus(tmp_path / "six.jsonl", 6)
    db = tmp_path / "s.duckdb"
    out = run(["ingest", str(corpus), "--db", str(db), "--batch-size", "2"])
    assert out.returncode == 0, out.stderr
    with Store(db, read_only=True) as store:
        counts = store.counts()
    last = out.stderr.strip().splitlines()[-1]
    assert re.search(rf"6/6 documents, {counts['sentences']} sentences, {counts['events']} events, "
                     r"\d+ sentences/s", last), out.stderr
    assert "6 documents ingested" in out.stdout

    quiet = run(["ingest", str(corpus), "--db", str(db), "--quiet"])
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "0 documents ingested, 6 already stored" in quiet.stdout


def test_stdin_is_read_a_line_at_a_time_with_no_total(tmp_path):
    lines = write_corpus(tmp_path / "three.jsonl", 3).read_text(encoding="utf-8")
    out = run(["ingest", "-", "--db", str(tmp_path / "s.duckdb")], stdin=lines)
    assert out.returncode == 0, out.stderr
    assert "3/? documents" in out.stderr and "3 documents ingested" in out.stdout


def test_missing_dask_is_one_line_saying_what_to_install(tmp_path):
    corpus = write_corpus(tmp_path / "one.jsonl", 1)
    db = tmp_path / "s.duckdb"
    out = run(["ingest", str(corpus), "--db", str(db), "--dask", "local:2"], code=BLOCK_DASK)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        "entente: --dask needs Dask distributed, which is not installed: pip install 'entente[distributed]'"]
    assert not db.exists(), "nothing is created before the runner is known to work"


@pytest.mark.parametrize("args, message", [
    (["--dask", "local:2", "--workers", "2"], "either --workers"),
    (["--dask", "local:zero"], "write local:N"),
])
def test_bad_runner_options_are_one_line(tmp_path, args, message):
    pytest.importorskip("distributed")
    corpus = write_corpus(tmp_path / "one.jsonl", 1)
    out = run(["ingest", str(corpus), "--db", str(tmp_path / "s.duckdb"), *args])
    assert out.returncode != 0 and message in out.stderr, out.stderr


def test_documents_are_counted_up_front_without_parsing(tmp_path):
    (tmp_path / "a").mkdir()
    corpus = write_corpus(tmp_path / "a" / "five.jsonl", 5)
    (tmp_path / "a" / "note.txt").write_text("Poland expelled three Russian diplomats.", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (tmp_path / "a" / "store.duckdb").write_bytes(b"skipped")
    assert count_documents([str(tmp_path / "a")]) == 6
    assert count_documents([str(corpus), str(tmp_path / "missing.txt")]) == 6
    assert count_documents([str(corpus), "-"]) is None
