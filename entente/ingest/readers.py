"""Turn paths into documents, and every unreadable input into a one-line problem, never a crash.

A path may be a text file, an HTML file (main text by trafilatura), a JSON Lines corpus (one document per
line: ``id``, ``text``, optional ``published``, ``title``, ``url``, ``period``), a directory (read recursively)
or ``-`` for standard input. Text is kept exactly as read so that offsets point into it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from entente.errors import InputError

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
"""Largest document read (10 MiB: about 1,500 pages of text); larger ones are refused, not truncated."""

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIPPED_SUFFIXES = {".yaml", ".yml", ".gz", ".zip", ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".duckdb"}

_ENGLISH = frozenset(
    "the of and to in a is that for on with as by was were are be it its from at has have had this which "
    "not but or their they he she his her been will would an who also said after than more into over".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    period: str | None = None
    where: str = ""
    """Where the document came from, for messages: ``path`` or ``path:line``."""


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read; the reader goes on with the others."""

    error: InputError

    def __str__(self) -> str:
        return str(self.error)


def parse_date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(text[:size], fmt).date()
        except ValueError:
            continue
    raise InputError(where, f"published date {text!r} is not YYYY-MM-DD", "fix or drop the field")


def check_text(text: str, where: str) -> None:
    """Refuse text entente cannot code: empty, binary, or not English."""
    if not text.strip():
        raise InputError(where, "empty document", "nothing to extract")
    if "\x00" in text:
        raise InputError(where, "binary data (NUL bytes), not text", "give a text, HTML or JSON Lines file")
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) >= 20:
        share = sum(w in _ENGLISH for w in words) / len(words)
        if share < 0.08:
            raise InputError(where, "does not look like English text "
                             f"({share:.0%} common English words)", "entente's model reads English only")


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw[:8192]:
        raise InputError(where, "binary file, not text", "give a text, HTML or JSON Lines file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 (byte {exc.start})", "convert it with iconv -t UTF-8") from exc
    return text[1:] if text.startswith("\ufeff") else text


def _read_bytes(path: Path, where: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(where, f"{size / 2**20:.0f} MiB is over the {MAX_DOCUMENT_BYTES // 2**20} MiB "
                             "limit for one document", "split it, or give it as a JSON Lines corpus")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read ({exc.strerror})") from exc


def html_to_text(html: str, where: str) -> tuple[str, dt.date | None, str | None]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise InputError(where, "no main text found in the HTML page")
    published: dt.date | None = None
    title: str | None = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        title = meta.title
        if meta.date:
            try:
                published = parse_date(meta.date, where)
            except InputError:
                published = None
    return text, published, title


def _file_documents(path: Path, shown: str, published: dt.date | None) -> Iterator[Document | ReadProblem]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(path, shown, published)
        return
    try:
        text = _decode(_read_bytes(path, shown), shown)
        title = None
        if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            text, page_date, title = html_to_text(text, shown)
            published = published or page_date
        check_text(text, shown)
    except InputError as exc:
        yield ReadProblem(exc)
        return
    yield Document(id=shown, text=text, published=published, title=title, where=shown)


def _jsonl_lines(path: Path, shown: str) -> Iterator[tuple[int, bytes]]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            yield number, line


def _jsonl_documents(path: Path, shown: str, published: dt.date | None,
                     lines: Iterable[tuple[int, bytes]] | None = None) -> Iterator[Document | ReadProblem]:
    seen_any = False
    try:
        source = lines if lines is not None else _jsonl_lines(path, shown)
        for number, raw in source:
            if not raw.strip():
                continue
            seen_any = True
            where = f"{shown}:{number}"
            try:
                if len(raw) > MAX_DOCUMENT_BYTES:
                    raise InputError(where, f"line of {len(raw) / 2**20:.0f} MiB is over the "
                                     f"{MAX_DOCUMENT_BYTES // 2**20} MiB limit for one document")
                try:
                    record = json.loads(_decode(raw, where))
                except json.JSONDecodeError as exc:
                    raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})",
                                     "each line must be one JSON object") from exc
                if not isinstance(record, dict):
                    raise InputError(where, "a JSON Lines document must be an object with id and text")
                text = record.get("text")
                if not isinstance(text, str):
                    raise InputError(where, "no \"text\" string in this record")
                check_text(text, where)
                doc_id = str(record.get("id") or f"{shown}:{number}")
                yield Document(id=doc_id, text=text,
                               published=parse_date(record.get("published"), where) or published,
                               title=record.get("title"), url=record.get("url"),
                               period=record.get("period"), where=where)
            except InputError as exc:
                yield ReadProblem(exc)
    except OSError as exc:
        yield ReadProblem(InputError(shown, f"cannot read ({exc.strerror})"))
        return
    if not seen_any:
        yield ReadProblem(InputError(shown, "empty JSON Lines file", "nothing to extract"))


def _directory_documents(path: Path, published: dt.date | None) -> Iterator[Document | ReadProblem]:
    found = False
    for child in sorted(p for p in path.rglob("*") if p.is_file()):
        if child.name.startswith(".") or child.suffix.lower() in SKIPPED_SUFFIXES:
            continue
        for item in _file_documents(child, str(child), published):
            found = found or isinstance(item, Document)
            yield item
    if not found:
        yield ReadProblem(InputError(str(path), "directory has no readable documents",
                                     "give .txt, .html or .jsonl files"))


def _stdin_documents(published: dt.date | None) -> Iterator[Document | ReadProblem]:
    """Standard input: JSON Lines when its first non-blank line opens an object, read a line at a time (any
    length of corpus in flat memory); otherwise one text document."""
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith(b"{"):
        yield from _jsonl_documents(Path("-"), "-", published,
                                    enumerate(itertools.chain(head, stream), start=1))
        return
    raw = b"".join(head) + stream.read(max(0, MAX_DOCUMENT_BYTES + 1 - sum(map(len, head))))
    try:
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise InputError("-", "standard input is over the document size limit",
                             "give a corpus as JSON Lines, one document a line")
        text = _decode(raw, "-")
        check_text(text, "-")
    except InputError as exc:
        yield ReadProblem(exc)
        return
    yield Document(id="-", text=text, published=published, where="-")


def read_paths(paths: Iterable[str], published: dt.date | None = None) -> Iterator[Document | ReadProblem]:
    """Documents from every path, in order; a problem for each input that cannot be read.

    ``published`` applies to documents that carry no date of their own.
    """
    for given in paths:
        if given == "-":
            yield from _stdin_documents(published)
            continue
        path = Path(given)
        if not path.exists():
            yield ReadProblem(InputError(given, "no such file or directory"))
        elif path.is_dir():
            yield from _directory_documents(path, published)
        else:
            yield from _file_documents(path, given, published)
