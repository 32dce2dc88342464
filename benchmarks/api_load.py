"""API load: event queries (mixed filters, pagination) against ``entente serve`` on loopback, with concurrency,
for a bounded number of requests and a bounded time; against a baseline in the same run, the same queries
through the Python library (``views.events_page`` over ``Store``) with no HTTP at all.

    .venv/bin/python benchmarks/api_load.py [--db FILE] [--requests 6000] [--seconds 20] [--concurrency 8]
                                            [--workers 2] [--queries 300] [--no-cache] [--http h11] [--json]

Without ``--db`` (or when the file is missing) it builds the store first: ``entente ingest`` over
../shared/corpus/*.jsonl (about a minute and a half). The server binds 127.0.0.1 only. Two phases are measured:
``cold`` sends every distinct query once (each one runs DuckDB) and ``mixed`` replays the query set in random
order for the rest of the run (repeats are answered from the server's response cache unless ``--no-cache``).

Targets (issue 4): >= 500 requests/s, p99 < 100 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def build_store(path: Path) -> None:
    corpus = sorted(str(p) for p in (SHARED / "corpus").glob("*.jsonl"))
    print(f"building the store: entente ingest {len(corpus)} corpus files -> {path}", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "entente", "ingest", *corpus, "--db", str(path), "--quiet"], check=True,
                   cwd=ROOT)
    print(f"store built in {time.perf_counter() - started:.0f} s", flush=True)


def query_set(db: Path, count: int, seed: int = 4) -> list[dict[str, str]]:
    """Distinct event queries drawn from the store's own values: actors, dyads, categories, quad classes,
    modalities, date ranges, words, and pages of each."""
    from entente.store import EventFilter, Store

    with Store(db, read_only=True) as store:
        rows = store.event_rows(EventFilter(), 5000)
    rng = random.Random(seed)
    actors = sorted({r["source_country"] for r in rows if r["source_country"]})
    dyads = sorted({(r["source_country"], r["target_country"]) for r in rows if r["target_country"]})
    events = sorted({r["event"] for r in rows})
    years = sorted({r["date_start"].year for r in rows if r["date_start"] is not None})
    words = ["treaty", "war", "trade", "visit", "agreement", "troops", "aid", "sanctions", "talks", "peace"]
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    while len(out) < count:
        kind = rng.randrange(7)
        query: dict[str, str] = {}
        if kind == 0:
            query["actor"] = rng.choice(actors)
        elif kind == 1:
            query["dyad"] = "-".join(rng.choice(dyads))
        elif kind == 2:
            query["event"] = rng.choice(events)
        elif kind == 3:
            query["quad_class"] = str(rng.randint(1, 4))
            query["actor"] = rng.choice(actors[:20])
        elif kind == 4:
            first = rng.choice(years)
            query["from"], query["to"] = str(first), str(first + rng.randint(0, 20))
        elif kind == 5:
            query["q"] = rng.choice(words)
        else:
            query["modality"] = rng.choice(["asserted", "future", "hypothetical", "negated"])
        query["limit"] = str(rng.choice([10, 20, 50]))
        query["offset"] = str(int(query["limit"]) * rng.randint(0, 4))
        key = json.dumps(query, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(query)
    return out


def baseline(db: Path, queries: list[dict[str, str]]) -> dict[str, Any]:
    """The same queries through the library in this process, one after another: the work without HTTP."""
    from entente.store import Store
    from entente.web import views
    from entente.web.params import event_filter

    latencies = []
    with Store(db, read_only=True) as store:
        for query in queries:
            params = {k: v for k, v in query.items() if k not in ("limit", "offset")}
            where = event_filter(**{"date_from" if k == "from" else "date_to" if k == "to" else k: v
                                    for k, v in params.items()})
            started = time.perf_counter()
            views.events_page(store, where, int(query["limit"]), int(query["offset"]))
            latencies.append(time.perf_counter() - started)
    return summarise(latencies, sum(latencies), 0)


def summarise(latencies: list[float], elapsed: float, errors: int) -> dict[str, Any]:
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000 if ordered else float("nan")

    return {"requests": len(latencies), "errors": errors, "seconds": round(elapsed, 2),
            "rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0, "p50_ms": round(pct(0.50), 2),
            "p99_ms": round(pct(0.99), 2), "mean_ms": round(statistics.fmean(ordered) * 1000, 2) if ordered else 0}


async def load(base: str, plan: list[dict[str, str]], concurrency: int, seconds: float) -> dict[str, Any]:
    """``concurrency`` keep-alive connections sending ``plan`` in order until it ends or time is up."""
    import httpx

    latencies: list[float] = []
    errors = 0
    position = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:
        async def worker() -> None:
            nonlocal errors, position
            while position < len(plan) and time.perf_counter() < deadline:
                query = plan[position]
                position += 1
                started = time.perf_counter()
                try:
                    response = await client.get("/api/events", params=query)
                    ok = response.status_code == 200 and "events" in response.json()
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - started)
                errors += not ok

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return summarise(latencies, elapsed, errors)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, workers: int, cache: bool, http: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "ENTENTE_DB": str(db), "ENTENTE_CACHE_BYTES": "67108864" if cache else "0"}
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "entente.web.app:app_from_env", "--factory",
                               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                               "--log-level", "warning", "--no-access-log", "--http", http,
                               "--loop", "asyncio" if http == "h11" else "auto"], env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if server.poll() is not None:
            raise SystemExit("the server exited at start")
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="A store to reuse (built from the shared corpus if missing).")
    parser.add_argument("--requests", type=int, default=6000, help="Most requests sent in the mixed phase.")
    parser.add_argument("--seconds", type=float, default=20.0, help="Longest a phase may run.")
    parser.add_argument("--concurrency", type=int, default=8, help="Connections sending at once.")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes.")
    parser.add_argument("--queries", type=int, default=300, help="Distinct queries in the set.")
    parser.add_argument("--no-cache", action="store_true", help="Turn the server's response cache off.")
    parser.add_argument("--http", choices=["auto", "h11", "httptools"], default="auto",
                        help="uvicorn's HTTP parser (auto: httptools and uvloop when installed).")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON too.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="entente-load-") as tmp:
        db = args.db or Path(tmp) / "corpus.duckdb"
        if not db.exists():
            build_store(db)
        queries = query_set(db, args.queries)
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
              f"{len(queries)} distinct event queries; server: {args.workers} uvicorn workers on 127.0.0.1, "
              f"response cache {'off' if args.no_cache else 'on'}, http {args.http}; "
              f"client: {args.concurrency} connections (httpx)",
              flush=True)
        results: dict[str, Any] = {"library (no HTTP, 1 thread)": baseline(db, queries)}
        server, base = start_server(db, args.workers, not args.no_cache, args.http)
        try:
            rng = random.Random(7)
            warm = [rng.choice(queries) for _ in range(min(200, args.requests))]
            asyncio.run(load(base, warm[:50], 4, 10.0))  # connections and imports warm, caches not
            results["HTTP cold (each query once)"] = asyncio.run(load(base, queries, args.concurrency, args.seconds))
            plan = [rng.choice(queries) for _ in range(args.requests)]
            results["HTTP mixed (repeats)"] = asyncio.run(load(base, plan, args.concurrency, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    library = results["library (no HTTP, 1 thread)"]
    print(f"{'':30} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for name, r in results.items():
        print(f"{name:30} {r['requests']:>8} {r['errors']:>6} {r['rps']:>8} {r['p50_ms']:>8} {r['p99_ms']:>8}")
    mixed, cold = results["HTTP mixed (repeats)"], results["HTTP cold (each query once)"]
    print(f"HTTP cold / library latency (p50): {cold['p50_ms'] / library['p50_ms']:.1f}x; "
          f"targets: >= 500 req/s ({'met' if mixed['rps'] >= 500 else 'MISSED'}), p99 < 100 ms "
          f"({'met' if mixed['p99_ms'] < 100 else 'MISSED'}), 0 errors "
          f"({'met' if sum(r['errors'] for r in results.values()) == 0 else 'MISSED'}) in the mixed phase")
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
