"""Shared fixtures. The seed article, its gold file and the corpus are read from ../shared, never copied."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_61bf31ed79521152.txt"
SEED_GOLD = SHARED / "gold" / "seed.gold.yaml"
REGRESSION = ROOT / "tests" / "regression"


@pytest.fixture(scope="session")
def nlp():
    from entente.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text with the real model, without coding events."""
    bare = nlp

    def run(text: str):
        with bare.select_pipes(disable=["entente_events"]):
            return bare(text)

    return run
