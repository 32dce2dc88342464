"""GDELT 2.0, ICEWS and POLECAT files into a real DuckDB store: what each row becomes, what is reported, and
that a second import loads nothing. Fixtures in tests/store/fixtures follow the published codebooks."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from entente.coding.tables import lookup
from entente.data import read_tsv
from entente.errors import InputError
from entente.record import PLOVER_CATEGORIES
from entente.store import Store
from entente.store.importers import detect_format, gdelt, icews, import_file, polecat
from entente.store.importers._common import cells
from tests.conftest import ROOT, SHARED

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GDELT = FIXTURES / "gdelt_events.CSV"
ICEWS = FIXTURES / "icews_events.tab"
POLECAT = FIXTURES / "polecat_events.txt"
ENTENTE = [sys.executable, "-m", "entente"]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.duckdb") as opened:
        yield opened


def stored(store: Store) -> dict[str, dict]:
    result = store.con.execute("SELECT * FROM events ORDER BY id")
    names = [d[0] for d in result.description]
    return {row[0]: dict(zip(names, row)) for row in result.fetchall()}


def accounted(report) -> bool:
    return report.read == report.loaded + report.malformed + report.unmapped + report.duplicates + report.stored


def replace_line(source: Path, target: Path, number: int, change) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines()
    row = lines[number - 1].split("\t")
    change(row)
    lines[number - 1] = "\t".join(row)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


# -- GDELT ---------------------------------------------------------------------------------------------------
def test_gdelt_counts_and_malformed_rows_with_line_numbers(store):
    report = import_file(GDELT, store)
    assert report.format == "gdelt"
    assert (report.read, report.loaded, report.malformed, report.unmapped) == (16, 12, 2, 2)
    assert accounted(report)
    assert report.problems == [f"{GDELT}:7: 40 columns where GDELT 2.0 has 61",
                               f"{GDELT}:13: SQLDATE '20241341' is not a date YYYYMMDD"]
    assert report.reasons == {"CAMEO 01x statements": 1, "sources that name no state": 1}
    assert len(stored(store)) == 12


def test_gdelt_fields_on_the_contract(store):
    import_file(GDELT, store)
    rows = stored(store)
    visit = rows["gdelt_1176520001"]
    assert (visit["source_code"], visit["source_country"], visit["source_role"], visit["source_name"]) == \
        ("RUSGOV", "RUS", "GOV", "VLADIMIR PUTIN")
    assert (visit["target_code"], visit["target_country"], visit["target_role"]) == ("PRKGOV", "PRK", "GOV")
    assert visit["target_name"] is None  # "PYONGYANG" only names the state
    assert (visit["event"], visit["mode"], visit["cameo"], visit["quad_class"], visit["goldstein"]) == \
        ("CONSULT", "visit", "042", 1, 1.9)
    assert (visit["date_value"], visit["date_precision"], visit["date_basis"]) == ("2024-06-19", "day", "document")
    assert visit["date_start"] == visit["date_end"] == dt.date(2024, 6, 19)
    assert visit["doc_id"] == "https://news.example.org/2024/06/19/putin-arrives-in-pyongyang"
    assert (visit["origin"], visit["modality"], visit["confidence"]) == ("gdelt", "asserted", 0.95)
    assert all(visit[c] is None for c in ("sentence_index", "evidence_start", "evidence_text", "source_start",
                                          "source_text", "quantity_value", "attribution"))
    strike = rows["gdelt_1176520010"]
    assert (strike["event"], strike["quad_class"], strike["goldstein"], strike["context"]) == \
        ("ASSAULT", 4, -10.0, ["military"])
    un = rows["gdelt_1176520012"]
    assert (un["source_code"], un["source_country"], un["event"]) == ("IGOUNO", "IGOUNO", "SANCTION")
    alone = rows["gdelt_1176520013"]
    assert alone["target_country"] is None and alone["event"] == "MOBILIZE"
    assert rows["gdelt_1176520006"]["confidence"] == 0.75  # two mentions
    assert "gdelt_1176520009" not in rows  # 010 make statement: no PLOVER category
    assert "gdelt_1176520014" not in rows  # CVL with no country: no state acts


def test_gdelt_confidence_grows_with_mentions():
    assert [gdelt.confidence(n) for n in (None, 0, 1, 2, 3, 50)] == [0.5, 0.5, 0.5, 0.75, 0.875, 0.95]


def test_missing_source_actor_is_malformed(store, tmp_path):
    def blank_actor1(row):
        for name in ("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code"):
            row[gdelt.AT[name]] = ""

    path = replace_line(GDELT, tmp_path / "gdelt.CSV", 1, blank_actor1)
    report = import_file(path, store)
    assert report.malformed == 3
    assert f"{path}:1: no source actor (Actor1Code and Actor1CountryCode are empty)" in report.problems


def test_reimport_loads_nothing_new(store):
    first = import_file(GDELT, store)
    again = import_file(GDELT, store)
    assert (again.read, again.loaded, again.stored, again.malformed) == (16, 0, 12, 2)
    assert accounted(again)
    assert len(stored(store)) == first.loaded
    imports = store.con.execute("SELECT path, format, rows_read, rows_loaded, rows_malformed FROM imports").fetchall()
    assert imports == [(str(GDELT), "gdelt", 16, 12, 2), (str(GDELT), "gdelt", 16, 0, 2)]


def test_zipped_gdelt_is_read_like_the_plain_file(tmp_path):
    archive = tmp_path / "20240619.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.write(GDELT, arcname="20240619.export.CSV")
    with Store(tmp_path / "zipped.duckdb") as zipped, Store(tmp_path / "plain.duckdb") as plain:
        report = import_file(archive, zipped)
        import_file(GDELT, plain)
        assert (report.format, report.read, report.loaded, report.malformed) == ("gdelt", 16, 12, 2)
        assert report.problems[0] == f"{archive}:7: 40 columns where GDELT 2.0 has 61"
        assert stored(zipped) == stored(plain)
        assert import_file(GDELT, zipped).loaded == 0  # same events, same ids


def test_zip_with_several_files_is_refused(store, tmp_path):
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(GDELT, arcname="a.CSV")
        z.write(GDELT, arcname="b.CSV")
    with pytest.raises(InputError, match="holds 2 files"):
        import_file(archive, store)


def test_batches_do_not_change_the_outcome(tmp_path):
    with Store(tmp_path / "small.duckdb") as small, Store(tmp_path / "large.duckdb") as large:
        for path in (GDELT, ICEWS, POLECAT):
            a = import_file(path, small, batch_size=2)
            b = import_file(path, large)
            assert (a.loaded, a.malformed, a.unmapped, a.duplicates, a.stored) == \
                (b.loaded, b.malformed, b.unmapped, b.duplicates, b.stored)
        assert stored(small) == stored(large)


# -- ICEWS ---------------------------------------------------------------------------------------------------
def test_icews_counts_duplicates_and_malformed_rows(store):
    report = import_file(ICEWS, store)
    assert report.format == "icews"
    assert (report.read, report.loaded, report.malformed, report.unmapped, report.duplicates) == (12, 9, 1, 1, 1)
    assert accounted(report)
    assert report.problems == [f"{ICEWS}:6: duplicate event id icews_27210004 (loaded once)",
                               f"{ICEWS}:11: Event Date '16/07/2018' is not a date YYYY-MM-DD"]
    assert report.reasons == {"CAMEO 01x statements": 1}


def test_icews_fields_on_the_contract(store):
    import_file(ICEWS, store)
    rows = stored(store)
    visit = rows["icews_27210001"]
    assert (visit["source_code"], visit["source_country"], visit["source_role"], visit["source_name"]) == \
        ("PRKGOV", "PRK", "GOV", "Kim Jong-Un")
    assert (visit["target_code"], visit["target_country"], visit["target_name"]) == ("KORGOV", "KOR", "Moon Jae-in")
    assert (visit["event"], visit["mode"], visit["cameo"], visit["quad_class"], visit["goldstein"]) == \
        ("CONSULT", "visit", "042", 1, 1.9)
    assert (visit["date_value"], visit["date_basis"], visit["doc_id"], visit["origin"]) == \
        ("2018-04-27", "explicit", "icews:38101001", "icews")
    police = rows["icews_27210008"]
    assert (police["source_code"], police["source_name"], police["target_code"]) == ("INDCOP", None, "PAKCVL")
    assert (police["event"], police["mode"]) == ("COERCE", "arrest")
    treaty = rows["icews_27210003"]
    assert (treaty["source_code"], treaty["source_name"], treaty["target_country"]) == ("KOR", None, "PRK")
    assert rows["icews_27210005"]["target_country"] == "RUS"  # "Russian Federation"
    assert "icews_27210007" not in rows  # 010 make statement


def test_icews_intensity_is_not_the_goldstein_weight(store, tmp_path):
    def louder(row):
        row[icews.COLUMNS.index("Intensity")] = "-3.5"

    path = replace_line(ICEWS, tmp_path / "icews.tab", 2, louder)
    import_file(path, store)
    assert stored(store)["icews_27210001"]["goldstein"] == lookup("042").goldstein


def test_icews_unknown_country_is_counted_not_coded(store, tmp_path):
    def atlantis(row):
        row[icews.COLUMNS.index("Source Country")] = "Atlantis"

    path = replace_line(ICEWS, tmp_path / "icews.tab", 2, atlantis)
    report = import_file(path, store)
    assert report.unmapped == 2 and report.reasons["unknown country 'Atlantis'"] == 1
    assert "icews_27210001" not in stored(store)


def test_icews_historical_state_by_date(store, tmp_path):
    def in_1985(row):
        row[icews.COLUMNS.index("Event Date")] = "1985-03-11"
        row[icews.COLUMNS.index("Source Country")] = "Russia"

    import_file(replace_line(ICEWS, tmp_path / "icews.tab", 2, in_1985), store)
    assert stored(store)["icews_27210001"]["source_country"] == "SUN"


# -- POLECAT -------------------------------------------------------------------------------------------------
def test_polecat_counts_and_malformed_row(store):
    report = import_file(POLECAT, store)
    assert report.format == "polecat"
    assert (report.read, report.loaded, report.malformed, report.unmapped) == (10, 9, 1, 0)
    assert report.problems == [f"{POLECAT}:8: Event Date '2024-13-11' is not a date YYYY-MM-DD"]


def test_polecat_fields_on_the_contract(store):
    import_file(POLECAT, store)
    rows = stored(store)
    weights = polecat.category_weights()
    visit = rows["polecat_pc-20240619-0001"]
    assert (visit["source_code"], visit["source_name"], visit["target_code"], visit["target_name"]) == \
        ("RUSGOV", "Vladimir Putin", "PRKGOV", "Kim Jong Un")
    assert (visit["event"], visit["mode"], visit["cameo"], visit["quad_class"]) == ("CONSULT", "visit", None, 1)
    assert visit["goldstein"] == weights[("CONSULT", 1)]
    assert (visit["date_basis"], visit["doc_id"], visit["origin"]) == ("document", None, "polecat")
    pact = rows["polecat_pc-20240619-0002"]
    assert (pact["mode"], pact["context"]) == ("military", ["military", "diplomatic"])
    reciprocal = rows["polecat_pc-20240619-0003"]
    assert reciprocal["target_country"] is None
    assert reciprocal["date_basis"] == "explicit"  # published the day after
    strike = rows["polecat_pc-20240708-0001"]
    assert (strike["source_code"], strike["target_code"], strike["mode"], strike["quad_class"]) == \
        ("RUSMIL", "UKR", "aerial", 4)
    assert rows["polecat_pc-20240710-0001"]["quad_class"] == 3  # REQUEST, Quad Code VERBAL CONFLICT
    assert rows["polecat_pc-20240710-0002"]["quad_class"] == 1  # REQUEST, Quad Code VERBAL COOPERATION
    assert rows["polecat_pc-20240710-0002"]["goldstein"] == weights[("REQUEST", 1)]
    assert rows["polecat_pc-20240710-0001"]["target_country"] == "IGONAT"
    assert rows["polecat_pc-20240708-0002"]["quad_class"] == 3  # ACCUSE, no Quad Code


def test_polecat_quad_classes_follow_the_plover_table():
    """Each category's quad class is the one of the CAMEO codes plover.tsv maps to it (or, where they span two,
    one of those); the quad class names and numbers agree with GDELT's rule."""
    quads: dict[str, set[int]] = {}
    for item in read_tsv("tables/cameo.tsv"):
        code = lookup(item["code"])
        if code.event:
            quads.setdefault(code.event, set()).add(code.quad_class)
    assert set(polecat.CATEGORY_QUAD) == set(PLOVER_CATEGORIES) == set(quads)
    for category, quad in polecat.CATEGORY_QUAD.items():
        assert quad in quads[category], category
    assert {c for c, q in quads.items() if len(q) > 1} == {"REQUEST", "ACCUSE"}
    assert polecat.quad_code("Material Conflict") == 4 and polecat.quad_code("2") == 2
    assert polecat.quad_code("") is None


# -- formats -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("module, name", [(gdelt, "GDELT2_event_columns.txt"), (icews, "ICEWS_event_columns.txt"),
                                          (polecat, "POLECAT_columns.txt")])
def test_columns_follow_the_published_codebooks(module, name):
    reference = (SHARED / "reference" / "formats" / name).read_text(encoding="utf-8").splitlines()
    assert list(module.COLUMNS) == [line.split("\t")[1] for line in reference if line.strip()]


def test_format_detection_from_the_first_line():
    def first(path: Path) -> list[str]:
        return cells(path.read_text(encoding="utf-8").splitlines()[0])

    assert [detect_format(first(p)) for p in (GDELT, ICEWS, POLECAT)] == ["gdelt", "icews", "polecat"]
    assert detect_format(list(gdelt.COLUMNS)) == "gdelt"  # a BigQuery export's header
    assert detect_format(["a", "b", "c"]) is None


def test_format_override_and_unreadable_files(store, tmp_path):
    with pytest.raises(InputError, match="not a POLECAT header"):
        import_file(ICEWS, store, fmt="polecat")
    with pytest.raises(InputError, match="unknown format"):
        import_file(ICEWS, store, fmt="acled")
    with pytest.raises(InputError, match="cannot read"):
        import_file(tmp_path / "missing.tsv", store)
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a GDELT 2.0, ICEWS or POLECAT event file"):
        import_file(other, store)
    assert stored(store) == {}


# -- the command line ----------------------------------------------------------------------------------------
def run(args):
    return subprocess.run(ENTENTE + args, capture_output=True, text=True, cwd=ROOT)


def test_cli_import_reports_every_file_and_malformed_line(tmp_path):
    db = tmp_path / "cli.duckdb"
    out = run(["import", str(GDELT), str(ICEWS), str(POLECAT), str(tmp_path / "missing.tsv"), "--db", str(db)])
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    assert "16 read, 12 loaded, 2 malformed" in lines[0]
    assert "12 read, 9 loaded, 1 malformed" in lines[1] and "1 duplicate ids" in lines[1]
    assert "10 read, 9 loaded, 1 malformed" in lines[2]
    errors = out.stderr.splitlines()
    assert f"entente: {GDELT}:7: 40 columns where GDELT 2.0 has 61" in errors
    assert f"entente: {POLECAT}:8: Event Date '2024-13-11' is not a date YYYY-MM-DD" in errors
    assert any("missing.tsv: cannot read" in e for e in errors)
    assert len(errors) == 6  # 2 + (1 duplicate + 1) + 1 malformed lines, and the missing file
    again = run(["import", str(GDELT), "--db", str(db), "--format", "gdelt"])
    assert again.returncode == 0 and "0 loaded" in again.stdout and "12 already stored" in again.stdout


def test_cli_import_fails_when_nothing_loads(tmp_path):
    bad = tmp_path / "bad.CSV"
    bad.write_text("\n".join(GDELT.read_text(encoding="utf-8").splitlines()[6:7]) + "\n", encoding="utf-8")
    out = run(["import", str(bad), "--db", str(tmp_path / "cli.duckdb"), "--format", "gdelt"])
    assert out.returncode == 1
    assert out.stderr.splitlines()[-1] == "entente: no event was loaded from any file"
    assert "Traceback" not in out.stderr
    wrong = run(["import", str(GDELT), "--db", str(tmp_path / "cli.duckdb"), "--format", "acled"])
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
