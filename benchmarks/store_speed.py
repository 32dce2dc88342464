"""Store speed: dyad-month aggregation of 10 million synthetic events through entente's store against
pandas on the same data in the same run, and the peak memory of ingesting the shared corpus at two sizes.

    .venv/bin/python benchmarks/store_speed.py [--events N] [--skip-ingest]

Targets (issue 3): store >= 10x pandas and under 2 s; ingest peak memory flat in corpus size.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COUNTRIES = ["USA", "RUS", "CHN", "PRK", "KOR", "JPN", "UKR", "GBR", "FRA", "DEU", "IND", "PAK", "IRN", "ISR",
             "TUR", "BRA", "SAU", "EGY", "POL", "CAN"]


def fill(store, n: int) -> None:  # type: ignore[no-untyped-def]
    """Synthetic events straight into the events table (benchmark setup, not library code)."""
    codes = "[" + ",".join(f"'{c}'" for c in COUNTRIES) + "]"
    store.con.execute(f"""
        INSERT INTO events (id, origin, source_country, target_country, source_code, target_code, event, cameo,
                            quad_class, goldstein, date_start, date_end, date_value, date_precision, date_basis,
                            modality, confidence)
        SELECT 'syn' || i::VARCHAR, 'synthetic', {codes}[1 + (hash(i) % 20)::INT],
               {codes}[1 + (hash(i * 7 + 1) % 20)::INT], NULL, NULL, 'CONSULT', '042',
               1 + (hash(i * 3) % 4)::INT, ((hash(i * 5) % 200)::DOUBLE / 10) - 10,
               DATE '1990-01-01' + ((hash(i * 11) % 12000)::INT), DATE '1990-01-01' + ((hash(i * 11) % 12000)::INT),
               NULL, 'day', 'explicit', 'asserted', 0.9
        FROM range({n}) t(i)
    """).fetchall()


def aggregation(n: int) -> None:
    import pandas as pd

    from entente.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        fill(store, n)
        print(f"setup: {n:,} synthetic events written in {time.perf_counter() - start:.1f} s")
        frame = store.events()[["source_country", "target_country", "quad_class", "goldstein", "date_start",
                                "modality"]]
        frame["date_start"] = pd.to_datetime(frame["date_start"])

        def by_pandas():  # type: ignore[no-untyped-def]
            f = frame[(frame.modality == "asserted") & frame.date_start.notna() & frame.target_country.notna()]
            period = f.date_start.dt.to_period("M").dt.start_time
            grouped = f.assign(period=period, one=1).pivot_table(
                index=["period", "source_country", "target_country"], columns="quad_class", values="one",
                aggfunc="sum", fill_value=0)
            net = f.assign(period=period).groupby(["period", "source_country", "target_country"]).goldstein.sum()
            return grouped.join(net).reset_index()

        def timed(run):  # type: ignore[no-untyped-def]
            """The median of three warm runs (both sides get the same treatment)."""
            times, result = [], None
            for _ in range(3):
                start = time.perf_counter()
                result = run()
                times.append(time.perf_counter() - start)
            return sorted(times)[1], result

        t_store, ours = timed(lambda: store.dyad_periods("month", count="mentions"))
        t_pandas, theirs = timed(by_pandas)
        assert len(ours) == len(theirs), (len(ours), len(theirs))
        assert abs(ours.net_goldstein.sum() - theirs.goldstein.sum()) < 1e-3 * max(1, abs(theirs.goldstein.sum()))
        print(f"dyad-month aggregation of {n:,} events (median of 3): store {t_store:.2f} s | "
              f"pandas {t_pandas:.2f} s | "
              f"ratio {t_pandas / t_store:.1f}x ({len(ours):,} dyad-months)")


def peak_ingest(lines: int, tmp: Path) -> tuple[float, float, int]:
    corpus = tmp / f"corpus{lines}.jsonl"
    rows = []
    for name in ("milestones.jsonl", "rdcr.jsonl"):
        rows.extend(line for line in open(SHARED / "corpus" / name, encoding="utf-8") if line.strip())
    corpus.write_text("".join(rows[:lines]), encoding="utf-8")
    db = tmp / f"ingest{lines}.duckdb"
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], capture_output=True); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "entente", "ingest", str(corpus),
                          "--db", str(db), "--quiet"], capture_output=True, text=True, cwd=ROOT)
    seconds, kib, code = out.stdout.split()
    assert code == "0", out.stderr
    return float(seconds), int(kib) / 1024, len(rows[:lines])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, python {platform.python_version()}")
    aggregation(args.events)
    if not args.skip_ingest:
        with tempfile.TemporaryDirectory() as tmp:
            for lines in (216, 432):
                seconds, mib, docs = peak_ingest(lines, Path(tmp))
                print(f"ingest of {docs} documents: {seconds:.0f} s, peak memory {mib:.0f} MiB")
    _ = json


if __name__ == "__main__":
    main()
