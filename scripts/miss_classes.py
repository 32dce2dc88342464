"""Where the extractor loses the gold events it misses: one class per miss, by the stage that lost it.

    .venv/bin/python scripts/miss_classes.py [FOLDER ...] [--show CLASS]

FOLDER is one of the regression folders (default: the tuned ones). For each gold event no event matches, the script
re-runs the sentence's triggers and says which stage lost it:

- second:    our events in the sentence name the same pair of states, but not the gold type (a second act lost);
- tgt:       a trigger of the gold type fired and found the source, but no target;
- src:       a trigger of the gold type fired and found the target (or, for "either", a party), but no source;
- neither:   a trigger of the gold type fired and found neither actor;
- notrigger: no trigger of the gold type fired in the sentence.

Counts may be printed for every folder; ``--show`` lists the misses of one class (gold, our events, the triggers
that fired with the actors they linked, the sentence) and refuses the blind folders (fresh2, fresh3, fresh4), whose
misses must never be read (tests/regression/README.md).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from entente.coding.extractor import SentenceCoder, _mistagged_verb  # noqa: E402
from entente.coding.tables import lookup  # noqa: E402
from entente.nlp.pipeline import load_nlp  # noqa: E402
from entente.record import Event  # noqa: E402

TUNED = ("dev", "dev2", "dev3", "dev4", "dev5", "holdout", "fresh")
CLASSES = ("second", "tgt", "src", "neither", "notrigger")
Fired = tuple[str, str, set[str], set[str]]  # trigger word, PLOVER type, source countries, target countries


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _fired(coder: SentenceCoder, sentence: Any) -> list[Fired]:
    """Every trigger the sentence's words raise, with the actors the argument stage links to it."""
    out: list[Fired] = []
    for token in sentence:
        if token.pos_ in ("VERB", "AUX") or token.tag_ == "VBG" or _mistagged_verb(token):
            for trigger in coder._verb_trigger(token):
                coder._verb_actors(trigger)
                out.append((token.text, lookup(trigger.cameo).event or "", {s.country for s in trigger.sources},
                            {t.country for t in trigger.targets}))
        if token.pos_ in ("NOUN", "PROPN", "VERB"):
            noun = coder._noun_trigger(token)
            if noun is not None:
                coder._noun_actors(noun)
                out.append((token.text, lookup(noun.cameo).event or "", {s.country for s in noun.sources},
                            {t.country for t in noun.targets}))
    return out


def _matches(event: Event, sources: list[Any], targets: list[Any]) -> bool:
    return event.source.country in sources and (event.target.country if event.target else None) in targets


def classify(gold: dict[str, Any], ours: list[Event], fired: list[Fired]) -> str | None:
    """The class of one gold event, or None when one of our events matches it."""
    sources, targets, types = _as_list(gold["source"]), _as_list(gold.get("target")), gold["type"]
    either = gold.get("direction") == "either"
    if any(e.event in types and (_matches(e, sources, targets) or (either and _matches(e, targets, sources)))
           for e in ours):
        return None
    if any(_matches(e, sources, targets) or _matches(e, targets, sources) for e in ours):
        return "second"
    named = [t for t in targets if t]
    of_type = [f for f in fired if f[1] in types]
    if not of_type:
        return "notrigger"
    if any(f[2] & set(sources) or (either and f[2] & set(named)) for f in of_type):
        return "tgt"
    if any(f[3] & set(named + (sources if either else [])) for f in of_type):
        return "src"
    return "neither"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=list(TUNED))
    parser.add_argument("--show", choices=CLASSES)
    args = parser.parse_args()
    if args.show and any(f in ("fresh2", "fresh3", "fresh4") for f in args.folders):
        sys.exit("fresh2, fresh3 and fresh4 are blind: their misses are never listed, only counted")
    nlp = load_nlp()
    counts: collections.Counter[str] = collections.Counter()
    for folder in args.folders:
        for gold_path in sorted((ROOT / "tests" / "regression" / folder).glob("*.gold.yaml")):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".txt")).read_text(encoding="utf-8")
            with nlp.select_pipes(disable=["entente_events"]):
                doc = nlp(text)
            coder = SentenceCoder(doc, nlp, gold_path.stem, dt.date.fromisoformat(str(gold["published"])))
            events = coder.code()
            for entry in gold["sentences"]:
                at = text.find(entry["snippet"])
                sentence = next(s for s in doc.sents if s.start_char <= at < s.end_char)
                ours = [e for e in events if e.sentence.start <= at < e.sentence.end]
                fired = _fired(coder, sentence)
                for event in entry.get("events") or []:
                    if event.get("optional"):
                        continue
                    kind = classify(event, ours, fired)
                    if kind is None:
                        continue
                    counts[kind] += 1
                    if kind == args.show:
                        pairs = [(e.source.country, e.event, e.target.country if e.target else None) for e in ours]
                        print(f"- {gold_path.name}: gold {event['source']} -> {event.get('target')} {event['type']}"
                              f"\n    ours {pairs}\n    fired {fired}\n    | {sentence.text.strip()}")
    total = sum(counts.values())
    print(f"{' '.join(args.folders)}: {total} misses: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES))


if __name__ == "__main__":
    main()
