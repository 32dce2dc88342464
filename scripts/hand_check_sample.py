"""Draw the events of a hand check from the corpus output, as docs/quality.md describes them.

    .venv/bin/entente extract ../shared/corpus/milestones.jsonl ../shared/corpus/rdcr.jsonl -f jsonl -o corpus.jsonl
    .venv/bin/python scripts/hand_check_sample.py corpus.jsonl --seed 2034                # 50 events at random
    .venv/bin/python scripts/hand_check_sample.py corpus.jsonl --context --seed 7         # 30 far + 30 near

The default draw is ``random.sample(events, 50)`` after ``random.seed(SEED)``. ``--context`` draws the events
whose target stands in an earlier sentence (the target's offset lies before the sentence): 30 whose target is
1,000 characters back or more and 30 nearer, shuffled together. Each event is printed as one JSON line with an
``_item`` number for the judge; the judging itself is done by hand.
"""

from __future__ import annotations

import argparse
import json
import random
from typing import Any

FAR = 1000  # characters between the target's mention and the sentence that make a context target "far"


def _context_distance(event: dict[str, Any]) -> int | None:
    target = event.get("target") or {}
    start = target.get("start")
    if start is None or start >= event["sentence"]["start"]:
        return None
    return int(event["sentence"]["start"] - start)


def draw(events: list[dict[str, Any]], seed: int, context: bool) -> list[dict[str, Any]]:
    random.seed(seed)
    if not context:
        return random.sample(events, 50)
    far = [e for e in events if (d := _context_distance(e)) is not None and d >= FAR]
    near = [e for e in events if (d := _context_distance(e)) is not None and d < FAR]
    items = random.sample(far, 30) + random.sample(near, 30)
    random.shuffle(items)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", help="entente's JSON Lines output over the corpus")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--context", action="store_true", help="draw events whose target comes from context")
    args = parser.parse_args()
    with open(args.events, encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle if line.strip()]
    for number, event in enumerate(draw(events, args.seed, args.context)):
        print(json.dumps({"_item": number, **event}, ensure_ascii=False))


if __name__ == "__main__":
    main()
