"""The sector words of the ICEWS and POLECAT importers (entente/data/actors/sectors.tsv) are well formed: a header
comment that names its sources, two clean fields a row, lower-case words listed once, CAMEO role codes that
actors/roles.tsv uses, and the loader gives the rows in file order (the order in which they are tried)."""

from __future__ import annotations

from collections import Counter

from entente.data import DATA_DIR, read_tsv
from entente.store.importers._common import EXTRA_ROLE_CODES, role_codes, sector_role, sector_roles

PATH = DATA_DIR / "actors" / "sectors.tsv"
COLUMNS = ["word", "role"]


def _lines() -> list[str]:
    return PATH.read_text(encoding="utf-8").splitlines()


def _records() -> list[tuple[int, str]]:
    """(line number, line) of each record: the lines after the header row."""
    lines = _lines()
    header = next(i for i, line in enumerate(lines) if not line.startswith("#") and line.strip())
    assert lines[header].split("\t") == COLUMNS
    return [(i + 1, line) for i, line in enumerate(lines[header + 1:], start=header + 1)]


def test_the_header_comment_names_its_sources():
    comment = [line for line in _lines() if line.startswith("#")]
    assert comment and _lines()[0].startswith("#")
    assert any(line.startswith("# Sources:") for line in comment)


def test_every_row_has_two_clean_fields_and_no_stray_comment():
    bad = [(n, line) for n, line in _records()
           if line.startswith("#") or len(line.split("\t")) != 2
           or any(not cell or cell != cell.strip() for cell in line.split("\t"))]
    assert bad == []


def test_words_are_lower_case_and_listed_once():
    words = [row["word"] for row in read_tsv("actors/sectors.tsv")]
    assert [w for w in words if w != w.lower()] == []  # sectors are lowered before the match
    assert [w for w, n in Counter(words).items() if n > 1] == []


def test_roles_are_cameo_role_codes_that_roles_tsv_uses():
    known = {row["role"] for row in read_tsv("actors/roles.tsv")}
    assert {role for _, role in sector_roles()} <= known
    assert EXTRA_ROLE_CODES <= known


def test_the_loader_keeps_the_file_order():
    assert sector_roles() == tuple((row["word"], row["role"]) for row in read_tsv("actors/sectors.tsv"))
    assert role_codes() == {role for _, role in sector_roles()} | EXTRA_ROLE_CODES
    assert len(sector_roles()) >= 30


def test_the_first_matching_word_wins():
    assert sector_role("Military Police") == "MIL"
    assert sector_role("Elite,Executive,Executive Office,Government") == "GOV"
    assert sector_role("Police") == "COP"
    assert sector_role("ELI") == "ELI"  # a role code is taken as it is
    assert sector_role("Religious") is None


def test_no_word_is_shadowed_by_an_earlier_one():
    table = sector_roles()
    shadowed = [(word, role, earlier) for n, (word, role) in enumerate(table)
                for earlier, other in table[:n] if earlier in word and other != role]
    assert shadowed == []


def test_non_governmental_sectors_are_not_government():
    assert sector_role("Non-Governmental Organizations") == "NGO"
    assert sector_role("Government") == "GOV"
