"""The city dictionary (entente/data/actors/cities.tsv) is well formed: two fields a row, a country code the other
actor dictionaries know, no city listed twice, and no city that is also a country, capital or alias (which would
make a place an actor), a leader or an organisation."""

from __future__ import annotations

from collections import Counter

from entente.data import DATA_DIR, read_tsv, split

COLUMNS = ["city", "country"]
SURFACE_COLUMNS = ("name", "names", "adjectives", "demonyms", "capitals", "ambiguous")
# Older rows that repeat a capital or name of countries.tsv/historical.tsv with the same code (a seat of
# government that is also named as a city: "drones struck Port Sudan"); no other overlap is allowed.
SAME_CODE_OVERLAPS = {
    "Hong Kong": "HKG", "Macau": "MAC", "Buenos Aires": "ARG", "Cape Town": "ZAF", "Jeddah": "SAU",
    "Ramallah": "PSE", "Saigon": "VNM", "Port Sudan": "SDN", "Aden": "YEM",
}


def _raw_rows() -> list[tuple[int, str]]:
    """(line number, line) of each record: the lines after the header row."""
    lines = (DATA_DIR / "actors" / "cities.tsv").read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if not line.startswith("#") and line.strip())
    assert lines[header].split("\t") == COLUMNS
    return [(i + 1, line) for i, line in enumerate(lines[header + 1:], start=header + 1)]


def _rows() -> list[dict[str, str]]:
    return list(read_tsv("actors/cities.tsv"))


def _surfaces() -> dict[str, set[str]]:
    """Every name, adjective, demonym, capital and ambiguous string of the state dictionaries, with its codes."""
    found: dict[str, set[str]] = {}
    for name in ("countries", "historical"):
        for row in read_tsv(f"actors/{name}.tsv"):
            for column in SURFACE_COLUMNS:
                for surface in split(row.get(column) or ""):
                    found.setdefault(surface, set()).add(row["code"])
    return found


def test_every_row_has_two_clean_fields_and_no_stray_comment():
    bad = [(n, line) for n, line in _raw_rows()
           if line.startswith("#") or len(line.split("\t")) != 2
           or any(not cell or cell != cell.strip() for cell in line.split("\t"))]
    assert bad == []


def test_the_file_is_not_trivially_small():
    assert len(_rows()) >= 1200


def test_country_codes_are_known():
    known = {r["code"] for name in ("countries", "historical") for r in read_tsv(f"actors/{name}.tsv")}
    unknown = [row for row in _rows() if row["country"] not in known]
    assert unknown == []


def test_no_city_is_listed_twice():
    counts = Counter(row["city"] for row in _rows())
    assert [city for city, n in counts.items() if n > 1] == []


def test_no_city_is_a_country_capital_or_alias():
    surfaces = _surfaces()
    clashes = [(row["city"], row["country"], sorted(surfaces[row["city"]])) for row in _rows()
               if row["city"] in surfaces and SAME_CODE_OVERLAPS.get(row["city"]) != row["country"]]
    assert clashes == []


def test_the_allowed_overlaps_agree_with_the_state_dictionaries():
    surfaces = _surfaces()
    cities = {row["city"]: row["country"] for row in _rows()}
    for city, code in SAME_CODE_OVERLAPS.items():
        if city in cities:
            assert cities[city] == code and code in surfaces.get(city, set()), city


def test_no_city_is_a_leader_or_an_organisation():
    names = {n for r in read_tsv("actors/leaders.tsv") for n in [r["name"], *split(r["aliases"])]}
    names |= {n for r in read_tsv("actors/organisations.tsv") for n in [r["name"], *split(r["names"])]}
    assert [row["city"] for row in _rows() if row["city"] in names] == []
