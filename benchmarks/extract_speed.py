"""Extraction speed: bare spaCy ``nlp.pipe`` (same model) against entente's extraction, on the same text in
the same run, in one process and in two. Prints sentences per second and the ratios.

    .venv/bin/python benchmarks/extract_speed.py [--docs N]

Target (issue 2): entente >= 0.8x bare spaCy.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def corpus(limit: int) -> list[dict]:
    docs = []
    for name in ("milestones.jsonl", "rdcr.jsonl"):
        with open(SHARED / "corpus" / name, encoding="utf-8") as handle:
            docs.extend(json.loads(line) for line in handle if line.strip())
    return docs[:limit]


def bare(texts: list[str], n_process: int) -> tuple[float, int]:
    import spacy

    from entente.nlp.pipeline import MODEL

    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, n_process=n_process, batch_size=16))
    return time.perf_counter() - start, sentences


def entente_run(docs: list[dict], n_process: int) -> tuple[float, int, int]:
    from entente.api import Extractor
    from entente.ingest.readers import Document

    extractor = Extractor()
    documents = [Document(id=d["id"], text=d["text"], period=d.get("period")) for d in docs]
    start = time.perf_counter()
    events = 0
    sentences = 0
    for document, found in extractor.pipe(documents, n_process=n_process):
        events += len(found)
        sentences += 0
    elapsed = time.perf_counter() - start
    return elapsed, events, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=120, help="documents from the shared corpus (default 120)")
    args = parser.parse_args()
    docs = corpus(args.docs)
    texts = [d["text"] for d in docs]
    print(f"machine: {platform.machine()} {platform.processor() or ''}, python {platform.python_version()}, "
          f"{len(docs)} documents, {sum(map(len, texts)):,} characters")
    rows = []
    for n in (1, 2):
        t_bare, sentences = bare(texts, n)
        t_ent, events, _ = entente_run(docs, n)
        rows.append((n, sentences / t_bare, sentences / t_ent, events))
        print(f"n_process={n}: bare spaCy {sentences / t_bare:7.1f} sent/s | entente {sentences / t_ent:7.1f} "
              f"sent/s ({events} events) | ratio entente/bare {t_bare / t_ent:.2f}")
    print(f"sentences: {sentences}; two processes vs one: bare {rows[1][1] / rows[0][1]:.2f}x, "
          f"entente {rows[1][2] / rows[0][2]:.2f}x")


if __name__ == "__main__":
    main()
