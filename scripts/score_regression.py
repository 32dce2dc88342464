"""Score entente on the regression gold set (tests/regression) and the seed, per document and in total.

    .venv/bin/python scripts/score_regression.py [FOLDER|regression|tuned|seed|all] [--verbose] [--show-blind]

FOLDER is one of dev, dev2, dev3, dev4, dev5, holdout, fresh, fresh2, fresh3, fresh4. regression = dev + holdout +
fresh (the 26 documents tests/test_quality.py holds to one floor); the later folders are held to floors of their own;
tuned = the seed and the folders rules are written from (dev to dev5, holdout, fresh); all = the seed and every folder.
--verbose lists misses and false positives, but never those of the blind folders (fresh2, fresh3, fresh4), whose score
alone may be read, unless --show-blind is given. --by-confidence counts, for each confidence value, the events
written and how many of them are false positives (counts only, so it may be run on the blind folders).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from entente.api import Extractor  # noqa: E402
from entente.evaluate import Report, extract_and_score, load_gold, score  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = ("dev", "dev2", "dev3", "dev4", "dev5", "holdout", "fresh", "fresh2", "fresh3", "fresh4")
TUNED = ("dev", "dev2", "dev3", "dev4", "dev5", "holdout", "fresh")
# never tuned on: read their scores, not their misses (fresh/ was blind too, and is tuned on since session 6)
BLIND = ("fresh2", "fresh3", "fresh4")


def pairs(which: str) -> list[tuple[Path, Path]]:
    out = []
    if which in ("seed", "all", "tuned"):
        out.append((SHARED / "gold" / "seed.gold.yaml", SHARED / "seeds" / "000_61bf31ed79521152.txt"))
    for folder in FOLDERS:
        if which in (folder, "all") or (which == "regression" and folder in ("dev", "holdout", "fresh")) or (
                which == "tuned" and folder in TUNED):
            for gold in sorted((ROOT / "tests" / "regression" / folder).glob("*.gold.yaml")):
                out.append((gold, gold.with_name(gold.name.replace(".gold.yaml", ".txt"))))
    return out


def by_confidence(extractor: Extractor, which: str) -> None:
    """Events and false positives per confidence value over the chosen documents."""
    written: collections.Counter[float] = collections.Counter()
    false: collections.Counter[float] = collections.Counter()
    for gold_path, text_path in pairs(which):
        gold = load_gold(gold_path)
        text = text_path.read_text(encoding="utf-8")
        published = gold.get("published")
        events = extractor.extract(text, dt.date.fromisoformat(published) if isinstance(published, str)
                                   else published, doc_id=str(text_path))
        report = score(gold, text, [e.to_dict() for e in events])
        wrong = collections.Counter((f["event"]["source"], f["event"]["target"], f["event"]["event"],
                                     f["event"]["evidence"]) for f in report.false_positives)
        for event in events:
            key = (event.source.country, event.target.country if event.target else None, event.event,
                   event.evidence.text)
            written[event.confidence] += 1
            if wrong[key] > 0:
                false[event.confidence] += 1
                wrong[key] -= 1
    for value in sorted(written):
        print(f"confidence {value:.2f}: events {written[value]:4d}, false positives {false[value]:3d}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("which", nargs="?", default="all",
                        choices=[*FOLDERS, "seed", "all", "regression", "tuned"])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--show-blind", action="store_true", help="also list the misses of the blind folders")
    parser.add_argument("--by-confidence", action="store_true", help="events and false positives per confidence")
    args = parser.parse_args()
    extractor = Extractor()
    if args.by_confidence:
        by_confidence(extractor, args.which)
        return
    total = Report()
    for gold_path, text_path in pairs(args.which):
        report = extract_and_score(extractor, gold_path, text_path)
        total.add(report)
        print(f"{text_path.name:45} {report.summary()}")
        if args.verbose and (args.show_blind or text_path.parent.name not in BLIND):
            for miss in report.misses:
                print("   MISS", json.dumps(miss, ensure_ascii=False))
            for fp in report.false_positives:
                print("   FALSE+", json.dumps(fp, ensure_ascii=False))
    print(f"{'TOTAL':45} {total.summary()}")


if __name__ == "__main__":
    main()
