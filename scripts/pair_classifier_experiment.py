"""Would a learned component help? A measured answer for one design: a pair classifier on top of the rules.

    .venv/bin/pip install "scikit-learn>=1.5,<2"      # or: pip install -e '.[research]'
    .venv/bin/python scripts/pair_classifier_experiment.py [--c 1.0] [--without rule,w]

For every sentence of the tuned regression folders (never the blind fresh* ones) and every ordered pair of
states the sentence names, the script builds features from spaCy's parse (the lowest common ancestor of the two
mentions, the dependency paths to it, the words on them, modal and negation children, the verbs above, the
sentence's content words, the rule events already coded for the pair) and a label from the gold (the pair's
first PLOVER type, or NONE). A logistic regression is trained leave-one-folder-out; on the held-out folder its
confident predictions are added to the rule events for pairs the rules left without that event, and the result is
scored with the shared scorer at several thresholds.

Measured on 2026-11-27 over dev, dev2, dev3, dev4 and holdout (60 documents, ~900 positive pairs), at two commits
of the rules: rules alone F1 0.645, then 0.659; rules + classifier never above the rules alone at any threshold
from 0.3 to 0.8 (0.650-0.659 at the later commit with every feature; 0.634-0.659 without the rule and sentence-word
features at C = 0.3). The classifier adds true and false events at about the same rate: on this much text, lexical
features over the small model's parse do not generalise beyond what the rules already code. That is why entente
ships no learned component yet (docs/quality.md).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from entente.api import Extractor  # noqa: E402
from entente.coding.actors import Mention, find_mentions  # noqa: E402

TUNED = ("dev", "dev2", "dev3", "dev4", "holdout")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_events", ROOT.parent / "shared" / "tools" / "score_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _lca(a: Any, b: Any) -> Any:
    ancestors = {a.i, *(t.i for t in a.ancestors)}
    return next((t for t in [b, *b.ancestors] if t.i in ancestors), b)


def _path(token: Any, top: Any) -> list[Any]:
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def features(doc: Any, a: Mention, b: Mention, sentence: Any, rule_types: list[str]) -> tuple[dict[str, float], int]:
    ha, hb = doc[a.start:a.end].root, doc[b.start:b.end].root
    top = _lca(ha, hb)
    pa, pb = _path(ha, top), _path(hb, top)
    f: dict[str, float] = {"lca=" + top.lemma_.lower(): 1, "lcapos=" + top.pos_: 1,
                           "pa=" + ">".join(t.dep_ for t in pa): 1, "pb=" + ">".join(t.dep_ for t in pb): 1,
                           "kindA=" + a.entry.kind: 1, "kindB=" + b.entry.kind: 1,
                           "order=" + ("ab" if a.start < b.start else "ba"): 1}
    for name, path in (("a", pa), ("b", pb)):
        first = path[0].dep_ if path else "self"
        f[f"p{name}1={first}"] = 1
        f[f"lca_p{name}1={top.lemma_.lower()}:{first}"] = 1
        for t in path[1:]:
            f["on=" + t.lemma_.lower()] = 1
    for child in top.children:
        if child.dep_ == "neg":
            f["neg"] = 1
        if child.dep_ == "aux" and child.tag_ == "MD":
            f["md=" + child.lemma_.lower()] = 1
        if child.dep_ in ("dobj", "attr", "xcomp", "ccomp"):
            f[f"lcakid={child.dep_}:{child.lemma_.lower()}"] = 1
    for above in top.ancestors:
        if above.pos_ == "VERB":
            f["up=" + above.lemma_.lower()] = 1
    for token in sentence:
        if token.pos_ in ("VERB", "NOUN") and not token.is_stop:
            f["w=" + token.lemma_.lower()] = 0.5
    for rule in rule_types or ["none"]:
        f["rule=" + rule] = 1
    return f, abs(ha.i - hb.i)


def build(extractor: Extractor) -> list[dict[str, Any]]:
    nlp = extractor.nlp
    documents = []
    for folder in TUNED:
        for gold_path in sorted((ROOT / "tests" / "regression" / folder).glob("*.gold.yaml")):
            gold = yaml.safe_load(gold_path.read_text())
            text = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".txt")).read_text()
            published = dt.date.fromisoformat(str(gold["published"]))
            events = [e.to_dict() for e in extractor.extract(text, published)]
            with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "entente_events"]):
                doc = nlp(text)
            mentions = find_mentions(doc, nlp, published)
            pairs = []
            for item in gold["sentences"]:
                if item.get("ignore"):
                    continue
                start = text.find(item["snippet"])
                sentence = next(s for s in doc.sents if s.start_char <= start < s.end_char)
                by_state: dict[str, list[Mention]] = collections.defaultdict(list)
                for m in mentions:
                    if sentence.start <= m.start < sentence.end:
                        by_state[m.country].append(m)
                mine = [e for e in events if e["sentence"]["start"] <= start < e["sentence"]["end"]]
                for a_state in by_state:
                    for b_state in by_state:
                        if a_state == b_state:
                            continue
                        rule_types = sorted({e["event"] for e in mine if (e["source"] or {}).get("country") == a_state
                                             and (e.get("target") or {}).get("country") == b_state})
                        best = min((features(doc, a, b, sentence, rule_types) for a in by_state[a_state]
                                    for b in by_state[b_state]), key=lambda pair: pair[1])
                        label, optional = "NONE", False
                        for g in item.get("events") or []:
                            src, tgt = _as_list(g["source"]), _as_list(g.get("target"))
                            if (a_state in src and b_state in tgt) or (
                                    g.get("direction") == "either" and b_state in src and a_state in tgt):
                                if g.get("optional"):
                                    optional = True
                                    continue
                                label, optional = g["type"][0], False
                                break
                        pairs.append({"A": a_state, "B": b_state, "features": best[0], "label": label,
                                      "optional": optional, "sentence": (sentence.start_char, sentence.end_char)})
            documents.append({"folder": folder, "gold": gold, "text": text, "events": events, "pairs": pairs})
    return documents


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser()
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--without", default="", help="feature families to leave out, e.g. rule,w")
    args = parser.parse_args()
    left_out = set(filter(None, args.without.split(",")))
    scorer = _scorer()
    documents = build(Extractor())

    def kept(f: dict[str, float]) -> dict[str, float]:
        return {k: v for k, v in f.items() if k.split("=")[0] not in left_out}

    totals: dict[Any, collections.Counter[str]] = {t: collections.Counter() for t in ("rules", *THRESHOLDS)}
    for held in TUNED:
        train = [p for d in documents if d["folder"] != held for p in d["pairs"] if not p["optional"]]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=args.c, max_iter=2000).fit(
            vectorizer.fit_transform([kept(p["features"]) for p in train]), [p["label"] for p in train])
        classes = list(model.classes_)
        for d in (d for d in documents if d["folder"] == held):
            probs = model.predict_proba(vectorizer.transform([kept(p["features"]) for p in d["pairs"]])) \
                if d["pairs"] else []
            for threshold in ("rules", *THRESHOLDS):
                events = list(d["events"])
                if threshold != "rules":
                    for pair, row in zip(d["pairs"], probs):
                        best = max((i for i, c in enumerate(classes) if c != "NONE"), key=lambda i: row[i])
                        if row[best] < threshold:
                            continue
                        kind = classes[best]
                        if any(e["sentence"]["start"] == pair["sentence"][0] and e["event"] == kind
                               and (e["source"] or {}).get("country") == pair["A"]
                               and (e.get("target") or {}).get("country") == pair["B"] for e in d["events"]):
                            continue
                        events.append({"source": {"country": pair["A"]}, "target": {"country": pair["B"]},
                                       "event": kind, "sentence": {"start": pair["sentence"][0],
                                                                   "end": pair["sentence"][1]}})
                report = scorer.score(d["gold"], d["text"], events)
                totals[threshold].update(tp=report["tp"], fp=report["fp"], fn=report["fn"])
    for threshold, c in totals.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{str(threshold):6} P {p:.3f} R {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
