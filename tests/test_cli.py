"""The command line, run as a real process: output formats, bad input, exit status."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SEED

ENTENTE = [sys.executable, "-m", "entente"]
GOOD = ("Russia and North Korea signed a defence treaty in Pyongyang in June 2024. "
        "Poland expelled three Russian diplomats last week.")


def run(args, stdin=None):
    return subprocess.run(ENTENTE + args, capture_output=True, text=True, cwd=ROOT, input=stdin)


def test_help_lists_commands():
    out = run(["--help"])
    assert out.returncode == 0 and "extract" in out.stdout and "evaluate" in out.stdout


def test_jsonl_is_exactly_the_contract_record(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD, encoding="utf-8")
    out = run(["extract", str(doc), "--format", "jsonl", "--published", "2024-07-01"])
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records
    keys = ["id", "doc_id", "sentence", "evidence", "source", "target", "event", "mode", "context", "cameo",
            "quad_class", "goldstein", "date", "quantity", "modality", "attribution", "confidence"]
    for record in records:
        assert list(record) == keys
        assert GOOD[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
        assert GOOD[record["source"]["start"]:record["source"]["end"]] == record["source"]["text"]
        assert record["doc_id"] == str(doc)


def test_ids_are_stable_across_runs(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD, encoding="utf-8")
    first = run(["extract", str(doc), "--format", "jsonl"]).stdout
    second = run(["extract", str(doc), "--format", "jsonl"]).stdout
    assert first and first == second


def test_min_confidence_keeps_only_confident_events():
    every = [json.loads(line) for line in run(["extract", str(SEED), "-f", "jsonl"]).stdout.splitlines()]
    out = run(["extract", str(SEED), "-f", "jsonl", "--min-confidence", "0.8"])
    kept = [json.loads(line) for line in out.stdout.splitlines()]
    assert out.returncode == 0, out.stderr
    assert kept and all(r["confidence"] >= 0.8 for r in kept)
    assert [r["id"] for r in kept] == [r["id"] for r in every if r["confidence"] >= 0.8]
    assert len(kept) < len(every)  # the seed has events with targets from context
    assert run(["extract", str(SEED), "--min-confidence", "1.5"]).returncode != 0


def test_table_output_on_the_seed():
    out = run(["extract", str(SEED), "--format", "table"])
    assert out.returncode == 0, out.stderr
    assert "events" in out.stdout and "PRK" in out.stdout and "RUS" in out.stdout


def test_stdin(tmp_path):
    out = run(["extract", "-", "--format", "jsonl"], stdin=GOOD)
    assert out.returncode == 0, out.stderr
    assert all(json.loads(line)["doc_id"] == "-" for line in out.stdout.splitlines())


def test_bad_inputs_each_one_line_and_the_good_one_still_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 diplomacy in Paris and Berlin.".encode("latin-1"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "%s"}\n{"id": "broken", "text": \n' % GOOD, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = run(["extract", str(empty), str(binary), str(latin), str(corpus), str(missing), str(good),
               "--format", "jsonl"])
    assert out.returncode == 0, out.stderr
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 5
    for path in (empty, binary, latin, missing):
        assert any(str(path) in line for line in errors)
    assert any(f"{corpus}:2" in line for line in errors)
    assert "Traceback" not in out.stderr
    doc_ids = {json.loads(line)["doc_id"] for line in out.stdout.splitlines()}
    assert doc_ids == {"ok", str(good)}


def test_nothing_processed_is_a_failure(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = run(["extract", str(empty), str(tmp_path / "missing.txt")])
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("entente: nothing could be processed")


def test_bad_published_date_is_a_usage_error():
    out = run(["extract", str(SEED), "--published", "5 Dec"])
    assert out.returncode != 0 and "YYYY-MM-DD" in out.stderr


def test_shared_options_keep_each_commands_defaults():
    """The options the analysis commands share are defined once; each command still has its own defaults."""
    from pathlib import Path

    import typer.main

    from entente.cli import app

    group = typer.main.get_command(app)

    def options(*names: str) -> dict[str, tuple[object, str | None]]:
        command = group
        for name in names:
            command = command.commands[name]  # type: ignore[attr-defined]
        return {param.opts[0]: (param.default, param.help) for param in command.params}

    reading = [("export",), ("relations",), ("shifts",), ("claim",), ("triangle",), ("network",),
               ("plot", "relations"), ("plot", "network"), ("summary",)]
    for names in reading:
        assert options(*names)["--db"] == (Path("entente.duckdb"), "The store to read."), names
    for names in [("ingest",), ("import",)]:
        assert options(*names)["--db"][1] == "The store (a DuckDB file; created if missing).", names
    assert options("relations")["--by"][0] == "month" and options("shifts")["--by"][0] == "year"
    assert options("claim")["--lineage"][0] is True and options("plot", "relations")["--lineage"][0] is False
    for names in [("relations",), ("shifts",), ("triangle",), ("plot", "relations")]:
        assert options(*names)["--from"][1] == "First period: YYYY, YYYY-MM or YYYY-MM-DD.", names
    for names in [("network",), ("plot", "network")]:
        assert options(*names)["--to"][1] == "Window end: YYYY, YYYY-MM or YYYY-MM-DD.", names
    assert options("export")["--from"][1] == "Events dated on or after YYYY-MM-DD."
