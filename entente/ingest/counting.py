"""How many documents the inputs hold, counted cheaply up front so that a progress bar can show an ETA."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from entente.ingest.readers import JSONL_SUFFIXES, SKIPPED_SUFFIXES


def _count_file(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # the reader reports it as one problem


def count_documents(paths: Iterable[str]) -> int | None:
    """Documents in ``paths`` as the readers will see them: one a non-empty line of a JSON Lines file, one a
    other file, directories walked. One pass over the bytes, no parsing. None when a path is ``-`` (stdin)."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        if path.is_dir():
            total += sum(_count_file(child) for child in path.rglob("*") if child.is_file()
                         and not child.name.startswith(".") and child.suffix.lower() not in SKIPPED_SUFFIXES)
        else:
            total += _count_file(path) if path.is_file() else 1
    return total


__all__ = ["count_documents"]
