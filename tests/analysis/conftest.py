"""A fresh store in a real DuckDB file for each test; helpers to fill it live in tests/analysis/synthetic.py."""

from __future__ import annotations

import pytest

from entente.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "analysis.duckdb") as opened:
        yield opened
