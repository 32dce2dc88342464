"""Exports from a real DuckDB store: Parquet equals the stored rows, JSON Lines is the contract record, GDELT
columns import back to the same dyads, codes and dates; filter values are parameters, never SQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from entente.ingest.readers import Document
from entente.record import Actor, Event, EventDate, SentenceRef, TextSpan
from entente.store import EventFilter, Store
from entente.store.exports import ExportError, export, gdelt_fields, global_event_id
from entente.store.importers import gdelt, import_file
from entente.store.schema import EVENT_COLUMNS
from tests.conftest import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FILES = [FIXTURES / "gdelt_events.CSV", FIXTURES / "icews_events.tab", FIXTURES / "polecat_events.txt"]
CONTRACT_KEYS = ["id", "doc_id", "sentence", "evidence", "source", "target", "event", "mode", "context", "cameo",
                 "quad_class", "goldstein", "date", "quantity", "modality", "attribution", "confidence"]
INJECTIONS = ["USA' OR '1'='1", "'; DROP TABLE events; --", "PRK\" OR 1=1 --", "%' OR e.id LIKE '%"]
TEXT = "Vladimir Putin visited Pyongyang on 19 June 2024. The two leaders signed a treaty."


def text_event() -> tuple[Document, list[SentenceRef], list[Event]]:
    """One event as ``entente extract`` writes it: offsets into the text, month-precision date."""
    sentence = SentenceRef(0, 0, 50, TEXT[0:50])
    event = Event(doc_id="seed.txt", sentence=sentence, evidence=TextSpan(15, 32, TEXT[15:32]),
                  source=Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin", "Vladimir Putin", 0, 14),
                  target=Actor("PRK", "PRK", None, None, "Pyongyang", 23, 32), event="CONSULT", mode="visit",
                  context=[], cameo="042", quad_class=1, goldstein=1.9,
                  date=EventDate("2024-06", "month", "2024-06-01", "2024-06-30", "June 2024", "explicit"),
                  quantity=None, modality="asserted", attribution=None, confidence=0.86)
    return Document(id="seed.txt", text=TEXT), [sentence], [event]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.duckdb") as opened:
        for path in FILES:
            import_file(path, opened)
        opened.write_batch([text_event()])
        yield opened


def stored(store: Store, where: str = "TRUE") -> list[dict]:
    result = store.con.execute(f"SELECT * FROM events e WHERE {where} ORDER BY e.date_start NULLS LAST, e.id")
    names = [d[0] for d in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]


def test_parquet_reads_back_as_the_stored_rows(store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert export(store, "parquet", path) == 31
    table = pq.read_table(path)
    assert table.column_names == EVENT_COLUMNS
    assert table.to_pylist() == stored(store)


def test_parquet_with_a_filter(store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    count = export(store, "parquet", path, EventFilter(source="RUS", start=dt.date(2024, 7, 1)))
    rows = pq.read_table(path).to_pylist()
    assert count == len(rows) == 2
    assert rows == stored(store, "e.source_country = 'RUS' AND e.date_end >= DATE '2024-07-01'")


def test_csv_has_the_flattened_columns(store, tmp_path):
    path = tmp_path / "events.csv"
    assert export(store, "csv", path, EventFilter(origin="icews")) == 9
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == EVENT_COLUMNS
    first = rows[0]
    assert (first["id"], first["source_code"], first["target_code"], first["cameo"], first["date_start"]) == \
        ("icews_27210008", "INDCOP", "PAKCVL", "173", "2018-02-15")


def test_jsonl_is_exactly_the_contract_record(store, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(store, "jsonl", path) == 31
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == CONTRACT_KEYS for r in records)
    assert [r["id"] for r in records] == [row["id"] for row in stored(store)]
    for line in lines:
        assert Event.from_dict(json.loads(line)).to_json() == line
    by_id = {r["id"]: r for r in records}
    _, _, (original,) = text_event()
    assert by_id[original.id] == original.to_dict()  # a text event comes back as it was extracted
    imported = by_id["gdelt_1176520001"]
    assert imported["sentence"] == {"index": -1, "start": -1, "end": -1, "text": ""}
    assert imported["date"] == {"value": "2024-06-19", "precision": "day", "start": "2024-06-19",
                                "end": "2024-06-19", "text": None, "basis": "document"}
    assert imported["quantity"] is None and imported["context"] == []
    assert by_id["polecat_pc-20240619-0001"]["cameo"] is None


def test_gdelt_export_imports_back_to_the_same_events(store, tmp_path):
    path = tmp_path / "events.CSV"
    assert export(store, "gdelt", path) == 31
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(len(line.split("\t")) == len(gdelt.COLUMNS) for line in lines)
    with Store(tmp_path / "again.duckdb") as again:
        report = import_file(path, again, fmt="gdelt")
        assert report.malformed == 9  # POLECAT has no CAMEO code, GDELT needs one
        assert all("no EventCode" in p for p in report.problems)
        assert report.loaded == 22

        def key(row):
            return row["source_country"], row["target_country"], row["cameo"], row["date_start"]

        assert Counter(key(r) for r in stored(again)) == Counter(key(r) for r in stored(store) if r["cameo"])
        before = {r["id"]: r for r in stored(store)}
        for row in stored(again):
            if row["id"] in before:  # GDELT's own ids survive the round trip
                assert key(row) == key(before[row["id"]])
        assert sum(r["id"] in before for r in stored(again)) == 12


def test_gdelt_fields_of_an_event(store):
    row = next(r for r in stored(store) if r["id"] == "gdelt_1176520012")
    fields = dict(zip(gdelt.COLUMNS, gdelt_fields(row)))
    assert fields["GLOBALEVENTID"] == "1176520012"
    assert (fields["SQLDATE"], fields["MonthYear"], fields["Year"]) == ("20240624", "202406", "2024")
    assert (fields["Actor1Code"], fields["Actor1CountryCode"], fields["Actor1Type1Code"]) == ("IGOUNO", "", "IGO")
    assert (fields["Actor2Code"], fields["Actor2CountryCode"]) == ("PRK", "PRK")
    assert (fields["EventCode"], fields["EventBaseCode"], fields["EventRootCode"]) == ("163", "163", "16")
    assert (fields["QuadClass"], fields["GoldsteinScale"]) == ("4", "-8")
    assert fields["SOURCEURL"] == "https://news.example.org/2024/06/24/un-sanctions-monitoring"
    assert fields["AvgTone"] == fields["NumMentions"] == fields["ActionGeo_Type"] == ""


def test_global_event_ids_are_stable():
    assert global_event_id("gdelt_1176520001") == 1176520001
    first = global_event_id("evt_9f2c41d0a7e3b512")
    assert first == global_event_id("evt_9f2c41d0a7e3b512") and 0 < first < 2 ** 60
    assert global_event_id("icews_1") != global_event_id("icews_2")


@pytest.mark.parametrize("field", ["actor", "source", "target", "event", "modality", "text"])
def test_injection_strings_in_filters_select_nothing(store, tmp_path, field):
    for i, value in enumerate(INJECTIONS):
        path = tmp_path / f"{field}{i}.jsonl"
        assert export(store, "jsonl", path, EventFilter(**{field: value})) == 0
        assert path.read_text(encoding="utf-8") == ""
        assert export(store, "parquet", tmp_path / f"{field}{i}.parquet", EventFilter(**{field: value})) == 0
    assert len(stored(store)) == 31


def test_unknown_format_and_unwritable_path(store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ExportError, match="cannot"):
        export(store, "jsonl", tmp_path / "no" / "such" / "dir.jsonl")
    with pytest.raises(ExportError, match="cannot"):
        export(store, "parquet", tmp_path / "no" / "such" / "dir.parquet")


# -- the command line ----------------------------------------------------------------------------------------
def run(args):
    return subprocess.run([sys.executable, "-m", "entente", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.duckdb"
    out = run(["import", *map(str, FILES), "--db", str(path)])
    assert out.returncode == 0, out.stderr
    return path


def test_cli_export_every_format(db, tmp_path):
    for fmt in ("parquet", "csv", "jsonl", "gdelt"):
        path = tmp_path / f"events.{fmt}"
        out = run(["export", "--format", fmt, "--output", str(path), "--db", str(db)])
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == f"30 events written to {path}"
        assert path.stat().st_size > 0


def test_cli_export_filters(db, tmp_path):
    path = tmp_path / "events.jsonl"
    out = run(["export", "-f", "jsonl", "-o", str(path), "--db", str(db), "--source", "rus", "--target", "PRK",
               "--event", "consult", "--quad-class", "1", "--modality", "asserted", "--from", "2024-06-01",
               "--to", "2024-06-30"])
    assert out.returncode == 0, out.stderr
    ids = sorted(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines())
    assert ids == ["gdelt_1176520001", "polecat_pc-20240619-0001"]
    actor = run(["export", "-f", "jsonl", "-o", str(path), "--db", str(db), "--actor", "IGOUNO"])
    assert actor.stdout.startswith("2 events written")


def test_cli_export_injection_and_errors(db, tmp_path):
    path = tmp_path / "events.csv"
    for value in INJECTIONS:
        out = run(["export", "-f", "csv", "-o", str(path), "--db", str(db), "--actor", value, "--text", value])
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("0 events written")
    missing = run(["export", "-f", "csv", "-o", str(path), "--db", str(tmp_path / "none.duckdb")])
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1
    assert missing.stderr.startswith("entente: ") and "no such store" in missing.stderr
    bad_date = run(["export", "-f", "csv", "-o", str(path), "--db", str(db), "--from", "June"])
    assert bad_date.returncode == 2 and "Traceback" not in bad_date.stderr
    bad_format = run(["export", "-f", "xlsx", "-o", str(path), "--db", str(db)])
    assert bad_format.returncode == 2 and "Traceback" not in bad_format.stderr
