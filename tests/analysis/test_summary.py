"""The store at a glance: strongest cooperative and conflictual dyads, both directions added, with turns."""

from __future__ import annotations

import json
import subprocess
import sys

from entente.analysis.summary import strongest, summary
from tests.analysis.synthetic import add
from tests.conftest import ROOT


def test_strongest_adds_both_directions_and_splits_cooperation_from_conflict(store):
    add(store, [("RUS", "PRK", "2024-06", "057", 8.0), ("PRK", "RUS", "2024-06", "057", 8.0),
                ("CHN", "USA", "2024-03", "112", -4.4), ("USA", "CHN", "2024-04", "1123", -4.4),
                ("USA", "IGONAT", "2024-05", "057", 8.0)])
    top = strongest(store, n=1)
    rows = {(r.a, r.b): r for r in top.itertuples()}
    assert set(rows) == {("PRK", "RUS"), ("CHN", "USA")}  # organisations are not dyads of states
    assert rows[("PRK", "RUS")].net_goldstein == 16.0 and rows[("PRK", "RUS")].events == 2
    assert rows[("CHN", "USA")].conflict == 2


def test_turns_are_found_or_explained(store):
    years = [("RUS", "PRK", f"{y}-06", "057" if y >= 2020 else "112", 8.0 if y >= 2020 else -4.0)
             for y in range(2010, 2025)]
    add(store, years)
    result = summary(store, n=1)
    turn = result.turns[("PRK", "RUS")]
    assert not isinstance(turn, str)
    assert [str(p)[:4] for p in turn.shifts.period] == ["2020"]


def test_summary_command_json(tmp_path):
    from entente.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        add(store, [("RUS", "PRK", "2024-06", "057", 8.0)])
    out = subprocess.run([sys.executable, "-m", "entente", "summary", "--db", str(db), "--json"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["dyads"][0]["a"] == "PRK" and "PRK-RUS" in data["turns"]
