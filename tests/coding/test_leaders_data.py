"""The leader dictionary (entente/data/actors/leaders.tsv) is well formed: every row has its seven fields, valid
dates in order, a country code the other actor dictionaries know, and no office term listed twice."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from entente.data import DATA_DIR, read_tsv, split

COLUMNS = ["name", "aliases", "country", "role", "title", "start", "end"]
ROLES = {"", "GOV", "MIL", "OPP", "SPY"}


def _raw_rows() -> list[tuple[int, str]]:
    """(line number, line) of each record: the lines after the header row."""
    lines = (DATA_DIR / "actors" / "leaders.tsv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if not line.startswith("#") and line.strip())
    assert lines[header].split("\t") == COLUMNS
    return [(i + 1, line) for i, line in enumerate(lines[header + 1:], start=header + 1) if line.strip()]


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def test_every_row_has_seven_fields_and_no_stray_comment():
    bad = [(n, line) for n, line in _raw_rows() if len(line.split("\t")) != 7 or line.startswith("#")]
    assert bad == []


def test_names_and_aliases_are_clean():
    for row in read_tsv("actors/leaders.tsv"):
        assert row["name"], row
        aliases = split(row["aliases"])
        assert all(a == a.strip() and a for a in aliases), row
        assert row["name"] not in aliases, row


def test_dates_are_iso_and_in_order():
    for row in read_tsv("actors/leaders.tsv"):
        start = _date(row["start"]) if row["start"] else None
        end = _date(row["end"]) if row["end"] else None
        if start and end:
            assert start <= end, row
        if end:
            assert end <= dt.date(2100, 1, 1), row


def test_country_codes_are_known_and_roles_are_cameo():
    known = {r["code"] for name in ("countries", "historical", "organisations")
             for r in read_tsv(f"actors/{name}.tsv")}
    for row in read_tsv("actors/leaders.tsv"):
        assert row["country"] in known, row
        assert row["role"] in ROLES, row


def test_no_term_is_listed_twice():
    keys = Counter((r["name"], r["title"], r["start"]) for r in read_tsv("actors/leaders.tsv"))
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize("surface,when,country", [
    ("Ruto", "2024-07-04", "KEN"),
    ("Noboa", "2024-07-04", "ECU"),
    ("Tchiani", "2024-07-04", "NER"),
    ("Kallas", "2022-03-01", "EST"),
    ("Kallas", "2025-03-01", "IGOEU"),
    ("António Costa", "2020-06-01", "PRT"),
    ("António Costa", "2025-06-01", "IGOEU"),
])
def test_new_leaders_resolve_by_date(surface, when, country):
    from entente.coding.actors import lexicon, pick_entry

    entry = pick_entry(lexicon().surfaces[surface], _date(when))
    assert entry is not None and entry.country == country
