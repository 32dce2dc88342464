"""`entente evaluate` gives the same figures as shared/tools/score_events.py."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, SEED, SEED_GOLD, SHARED

ENTENTE = [sys.executable, "-m", "entente"]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, **kw)


def test_same_figures_as_the_shared_scorer_on_the_seed(tmp_path):
    pred = tmp_path / "seed.jsonl"
    out = run(ENTENTE + ["extract", str(SEED), "--format", "jsonl", "--output", str(pred)])
    assert out.returncode == 0, out.stderr
    ours = run(ENTENTE + ["evaluate", "--gold", str(SEED_GOLD), "--text", str(SEED), "--pred", str(pred)])
    theirs = run([sys.executable, str(SHARED / "tools" / "score_events.py"), "--gold", str(SEED_GOLD),
                  "--text", str(SEED), "--pred", str(pred)])
    assert theirs.returncode == 0, theirs.stderr
    assert ours.stdout.strip().splitlines()[-1] == theirs.stdout.strip().splitlines()[-1]


def test_evaluate_extracts_when_no_pred_is_given():
    out = run(ENTENTE + ["evaluate", "--gold", str(SEED_GOLD), "--text", str(SEED)])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith("events=")


def test_bad_gold_file_is_one_line(tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("just: [a, list\n", encoding="utf-8")
    out = run(ENTENTE + ["evaluate", "--gold", str(gold), "--text", str(SEED)])
    assert out.returncode != 0
    assert len(out.stderr.strip().splitlines()) == 1 and str(gold) in out.stderr
