"""Score events against a gold file (shared/contract/GOLD.md), with the same rules and figures as
shared/tools/score_events.py: an event counts for a gold sentence when its sentence span overlaps the gold
snippet; it matches a gold event when source country, target country and PLOVER type are all accepted (either
order where the gold says ``direction: either``). Optional gold events and ignored sentences count for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.errors import GoldError

if TYPE_CHECKING:
    from entente.api import Extractor


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    events: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Report) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.neutral += other.neutral
        self.events += other.events
        for name, (ok, total) in other.attributes.items():
            tally = self.attributes.setdefault(name, [0, 0])
            tally[0] += ok
            tally[1] += total
        self.misses.extend(other.misses)
        self.false_positives.extend(other.false_positives)

    def summary(self) -> str:
        attrs = " ".join(f"{k}={v[0]}/{v[1]}" for k, v in sorted(self.attributes.items()))
        return (f"events={self.events} tp={self.tp} fp={self.fp} fn={self.fn} P={self.precision:.2f} "
                f"R={self.recall:.2f} F1={self.f1:.2f} {attrs}")


def load_gold(path: str | Path) -> dict[str, Any]:
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
    except OSError as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or "syntax error"
        raise GoldError(f"{where}: not valid YAML ({problem}); see shared/contract/GOLD.md") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("sentences"), list):
        raise GoldError(f"{path}: a gold file needs a `sentences` list (see shared/contract/GOLD.md)")
    return gold


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _country(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or (actor.get("code") or "")[:3] or None


def _accepts(gold: dict[str, Any], event: dict[str, Any], swapped: bool = False) -> bool:
    source, target = _country(event.get("source")), _country(event.get("target"))
    if swapped:
        source, target = target, source
    return (source in _as_list(gold.get("source")) and target in _as_list(gold.get("target"))
            and event.get("event") in _as_list(gold.get("type")))


def _overlaps(event: dict[str, Any], span: tuple[int, int]) -> bool:
    sentence = event.get("sentence") or {}
    start, end = sentence.get("start"), sentence.get("end")
    if start is None or end is None:
        return False
    return bool(start < span[1] and span[0] < end)


def _attribute_checks(gold: dict[str, Any], event: dict[str, Any]) -> list[tuple[str, bool]]:
    checks: list[tuple[str, bool]] = []
    if "date" in gold and "value" in (gold["date"] or {}):
        got = (event.get("date") or {}).get("value") or ""
        checks.append(("date", got.startswith(str(gold["date"]["value"]))))
    if "quantity" in gold:
        got = (event.get("quantity") or {}).get("value")
        want = gold["quantity"]["value"]
        checks.append(("quantity", got is not None and abs(float(got) - want) <= 0.01 * want))
    if "modality" in gold:
        checks.append(("modality", event.get("modality") == gold["modality"]))
    return checks


def extract_and_score(extractor: Extractor, gold_path: str | Path, text_path: str | Path) -> Report:
    """Extract the events of a gold file's document (dated by the gold file's ``published``) and score them."""
    import datetime as dt

    gold = load_gold(gold_path)
    text = Path(text_path).read_text(encoding="utf-8")
    published = gold.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    events = extractor.extract(text, published, doc_id=str(text_path))
    return score(gold, text, [e.to_dict() for e in events])


def brief(event: dict[str, Any]) -> dict[str, Any]:
    return {"source": _country(event.get("source")), "target": _country(event.get("target")),
            "event": event.get("event"), "date": (event.get("date") or {}).get("value"),
            "quantity": (event.get("quantity") or {}).get("value"), "modality": event.get("modality"),
            "evidence": (event.get("evidence") or {}).get("text")}


def score(gold: dict[str, Any], text: str, events: list[dict[str, Any]]) -> Report:
    """Score contract records (dicts, as read from JSON Lines) against one gold document."""
    report = Report(events=len(events))
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for sentence in gold["sentences"]:
        start = text.find(sentence["snippet"])
        if start < 0 or text.find(sentence["snippet"], start + 1) >= 0:
            raise GoldError(f"gold snippet not found exactly once: {sentence['snippet']!r}")
        spans.append((start, start + len(sentence["snippet"]), sentence))
    assigned: dict[int, list[dict[str, Any]]] = {i: [] for i in range(len(spans))}
    for event in events:
        hit = next((i for i, (s, e, _) in enumerate(spans) if _overlaps(event, (s, e))), None)
        if hit is None:
            report.fp += 1
            report.false_positives.append({"sentence": None, "event": brief(event)})
        else:
            assigned[hit].append(event)
    for i, (_, _, sentence) in enumerate(spans):
        found = assigned[i]
        if sentence.get("ignore"):
            report.neutral += len(found)
            continue
        golds = sorted(sentence.get("events") or [], key=lambda g: bool(g.get("optional")))
        used: set[int] = set()
        matched: list[dict[str, Any]] = []
        for g in golds:
            pick = next((j for j, ev in enumerate(found) if j not in used and (
                _accepts(g, ev) or (g.get("direction") == "either" and _accepts(g, ev, swapped=True)))), None)
            if pick is None:
                if not g.get("optional"):
                    report.fn += 1
                    report.misses.append({"sentence": sentence["snippet"], "gold": g})
                continue
            used.add(pick)
            matched.append(g)
            if g.get("optional"):
                report.neutral += 1
                continue
            report.tp += 1
            for name, ok in _attribute_checks(g, found[pick]):
                tally = report.attributes.setdefault(name, [0, 0])
                tally[0] += ok
                tally[1] += 1
                if not ok:
                    report.misses.append({"sentence": sentence["snippet"], "attribute": name, "gold": g,
                                          "got": brief(found[pick])})
        for j, event in enumerate(found):
            if j in used:
                continue
            if any(g.get("direction") == "either" and (_accepts(g, event) or _accepts(g, event, swapped=True))
                   for g in matched):
                report.neutral += 1
                continue
            report.fp += 1
            report.false_positives.append({"sentence": sentence["snippet"], "event": brief(event)})
    return report
