"""Knowledge files: actor dictionaries, event patterns and code tables, each naming its sources.

``read_tsv`` is the one reader: ``#`` lines at the top are the file's comment (its sources), then a header row,
then one record per line. A malformed row raises ``DataError`` naming the file and line.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from entente.errors import DataError

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def read_tsv(relative: str) -> tuple[dict[str, str], ...]:
    path = DATA_DIR / relative
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"{path}: cannot read knowledge file ({exc.strerror}); reinstall entente") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or (header is None and line.startswith("#")):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise DataError(f"{path}:{number}: {len(cells)} cells where the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cell.strip() for key, cell in zip(header, cells)})
    return tuple(rows)


def split(cell: str) -> list[str]:
    """The ``|``-separated alternatives of a cell, without empties."""
    return [part.strip() for part in cell.split("|") if part.strip()]
