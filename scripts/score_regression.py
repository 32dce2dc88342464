"""Score entente on the regression gold set (tests/regression) and the seed, per document and in total.

    .venv/bin/python scripts/score_regression.py [FOLDER|regression|seed|all] [--verbose]

FOLDER is one of dev, dev2, dev3, dev4, holdout, fresh, fresh2. regression = dev + holdout + fresh (the 26
documents tests/test_quality.py holds to one floor); the later folders are held to floors of their own; all = the
seed and every folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from entente.api import Extractor  # noqa: E402
from entente.evaluate import Report, extract_and_score  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = ("dev", "dev2", "dev3", "dev4", "dev5", "holdout", "fresh", "fresh2", "fresh3")


def pairs(which: str) -> list[tuple[Path, Path]]:
    out = []
    if which in ("seed", "all"):
        out.append((SHARED / "gold" / "seed.gold.yaml", SHARED / "seeds" / "000_61bf31ed79521152.txt"))
    for folder in FOLDERS:
        if which in (folder, "all") or (which == "regression" and folder in ("dev", "holdout", "fresh")):
            for gold in sorted((ROOT / "tests" / "regression" / folder).glob("*.gold.yaml")):
                out.append((gold, gold.with_name(gold.name.replace(".gold.yaml", ".txt"))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("which", nargs="?", default="all",
                        choices=[*FOLDERS, "seed", "all", "regression"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    extractor = Extractor()
    total = Report()
    for gold_path, text_path in pairs(args.which):
        report = extract_and_score(extractor, gold_path, text_path)
        total.add(report)
        print(f"{text_path.name:45} {report.summary()}")
        if args.verbose:
            for miss in report.misses:
                print("   MISS", json.dumps(miss, ensure_ascii=False))
            for fp in report.false_positives:
                print("   FALSE+", json.dumps(fp, ensure_ascii=False))
    print(f"{'TOTAL':45} {total.summary()}")


if __name__ == "__main__":
    main()
