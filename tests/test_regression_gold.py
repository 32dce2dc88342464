"""The regression gold files are well formed: each names its document, parses, and its snippets occur exactly once;
a prediction made of each required gold event's first choices scores P = R = 1 with every attribute right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from entente.evaluate import load_gold, score
from tests.conftest import REGRESSION, ROOT

PAIRS = sorted(REGRESSION.glob("*/*.gold.yaml"))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) else value


def _first_choices(gold: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """One contract-shaped record per required gold event, built from its first accepted values."""
    events = []
    for sentence in gold["sentences"]:
        start = text.find(sentence["snippet"])
        for g in sentence.get("events") or []:
            if g.get("optional"):
                continue
            target = _first(g.get("target"))
            events.append({
                "source": {"country": _first(g["source"])},
                "target": {"country": target} if target else None,
                "event": _first(g["type"]),
                "date": {"value": str(g["date"]["value"])} if "value" in (g.get("date") or {}) else None,
                "quantity": {"value": g["quantity"]["value"]} if "quantity" in g else None,
                "modality": g.get("modality", "asserted"),
                "sentence": {"start": start, "end": start + len(sentence["snippet"])},
            })
    return events


@pytest.mark.parametrize("gold_path", PAIRS, ids=[f"{p.parent.name}/{p.name[:3]}" for p in PAIRS])
def test_gold_file_is_well_formed_and_its_first_choices_score_perfectly(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    text_path = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".txt"))
    assert (ROOT / gold["document"]).resolve() == text_path.resolve(), gold["document"]
    dt.date.fromisoformat(str(gold["published"]))
    text = text_path.read_text(encoding="utf-8")
    assert score(gold, text, []).fp == 0  # raises GoldError when a snippet is missing or not unique
    predictions = _first_choices(gold, text)
    report = score(gold, text, predictions)
    assert (report.tp, report.fp, report.fn) == (len(predictions), 0, 0), report.summary()
    for name, (ok, total) in report.attributes.items():
        assert ok == total, f"{name} {ok}/{total}: {report.misses}"


def test_every_folder_of_the_regression_set_is_covered() -> None:
    folders = {p.parent.name for p in PAIRS}
    assert {"dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4"} <= folders
    assert len(PAIRS) >= 108
