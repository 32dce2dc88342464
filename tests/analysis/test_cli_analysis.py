"""The analysis commands as real processes: tables, JSON twins, files, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from entente.store import Store
from tests.analysis.synthetic import add
from tests.conftest import ROOT, SEED

ENTENTE = [sys.executable, "-m", "entente"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ENTENTE, *map(str, args)], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """RUS–PRK in 2024-01 and 2024-03 (February uncovered), CHN–PRK and a few years of USA–CUB."""
    path = tmp_path_factory.mktemp("cli") / "store.duckdb"
    with Store(path) as store:
        add(store, [("RUS", "PRK", "2024-01-15", "042", 1.9), ("CHN", "PRK", "2024-01-20", "112", -2.0)])
        add(store, [("PRK", "RUS", "2024-03-02", "057", 8.0), ("RUS", "PRK", "2024-03-02", "057", 8.0)])
        add(store, [("SUN", "PRK", "1985-05-01", "057", 8.0), ("PRK", "SUN", "1985-05-01", "057", 8.0),
                    ("CHN", "PRK", "1985-05-01", "057", 8.0), ("SUN", "PRK", "1985-06-01", "071", 7.4)])
        add(store, [("RUS", "CHN", "2005-05-01", "040", 1.0)])
        for year in range(2010, 2020):
            cameo, goldstein = ("112", -2.0) if year < 2015 else ("057", 8.0)
            add(store, [("USA", "CUB", f"{year}-03-01", cameo, goldstein)])
    return path


def test_help_lists_the_analysis_commands():
    out = run("--help")
    assert out.returncode == 0
    assert all(name in out.stdout for name in ("relations", "shifts", "claim", "triangle", "network", "plot"))


def test_relations_json_keeps_the_gap_as_null(db):
    out = run("relations", "Russia", "North Korea", "--by", "month", "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["a"], data["b"], data["by"]) == ("RUS", "PRK", "month")
    february = [p for p in data["periods"] if p["period"] == "2024-02-01"]
    assert len(february) == 2 and all(p["events"] is None and p["covered"] is False for p in february)
    march = [p for p in data["periods"] if p["period"] == "2024-03-01" and p["source"] == "PRK"][0]
    assert march["net_goldstein"] == 8.0


def test_relations_table(db):
    out = run("relations", "RUS", "PRK", "--by", "month", "--from", "2024-01", "--to", "2024-03", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "RUS→PRK" in out.stdout and "2024-02" in out.stdout and "—" in out.stdout
    assert "1 of 3 periods have no coverage" in out.stdout


def test_claim_json_and_table(db):
    text = "the Russia–North Korea relationship is the strongest since the Cold War"
    data = json.loads(run("claim", text, "--json", "--db", db).stdout)
    assert (data["a"], data["b"], data["latest_period"], data["last_as_high"]) == ("RUS", "PRK", "2024", "1985")
    assert data["verdict"] == "supported" and data["evidence"][0]["sentence"]
    table = run("claim", text, "--db", db)
    assert table.returncode == 0 and "supported" in table.stdout and "evidence" in table.stdout


def test_shifts_and_records(db):
    out = run("shifts", "USA", "CUB", "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [s["period"] for s in data["shifts"]["shifts"]] == ["2015-01-01"]
    few = run("shifts", "RUS", "PRK", "--db", db)
    assert few.returncode == 0 and "at least 6 covered periods" in few.stdout and "visit on record" in few.stdout


def test_triangle_with_too_little_data_is_one_line_error(db):
    out = run("triangle", "RUS", "PRK", "CHN", "--db", db)
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip().startswith("entente: a VAR of 6 series with 1 lag needs at least 18")
    assert len(out.stderr.strip().splitlines()) == 1


def test_network_json_compare_and_graphml(db, tmp_path):
    graphml = tmp_path / "net.graphml"
    out = run("network", "--from", "1985", "--to", "1985", "--compare-from", "2024", "--graphml", graphml,
              "--json", "--db", db)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {n["id"] for n in data["graph"]["nodes"]} == {"SUN", "CHN", "PRK"}
    changes = {(c["a"], c["b"]): c["change"] for c in data["compare"]}
    assert changes[("CHN", "PRK")] == "flipped" and changes[("PRK", "RUS")] == "gained"
    assert graphml.read_text(encoding="utf-8").startswith("<?xml")
    table = run("network", "--db", db)
    assert table.returncode == 0 and "structural balance" in table.stdout


def test_plot_commands(db, tmp_path):
    out = run("plot", "relations", "USA", "CUB", "--output", tmp_path / "t.png", "--db", db)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    out = run("plot", "network", "--output", tmp_path / "n.html", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "base64," in (tmp_path / "n.html").read_text(encoding="utf-8")


def test_errors_are_one_line(tmp_path, db):
    missing = run("relations", "RUS", "PRK", "--db", tmp_path / "none.duckdb")
    assert missing.returncode == 1 and "no such store" in missing.stderr and "Traceback" not in missing.stderr
    bad = run("relations", "RUS", "PRK", "--by", "decade", "--db", db)
    assert bad.returncode == 1 and "--by must be one of" in bad.stderr
    date = run("network", "--from", "19xx", "--db", db)
    assert date.returncode == 1 and "not a date" in date.stderr


def test_claim_on_the_ingested_seed_article(tmp_path):
    """The real seed article through the real pipeline: the claim it makes is checked and names both states."""
    db = tmp_path / "seed.duckdb"
    ingest = run("ingest", SEED, "--db", db, "--quiet")
    assert ingest.returncode == 0, ingest.stderr
    out = run("claim", "the Russia–North Korea relationship is the strongest since the Cold War", "--json",
              "--db", db)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["names"] == ["Russia", "North Korea"] and (data["a"], data["b"]) == ("RUS", "PRK")
    assert data["reference_end"] == "1991-12-31"
    assert data["latest_period"] == "2024" and data["latest_value"] > 0
    assert any("Pyongyang" in e["sentence"] for e in data["evidence"])
    # the seed alone covers no year between 1992 and 2023: the data cannot confirm the claim
    assert data["verdict"] == "not enough data"
