"""The command line: a thin face over the library. Heavy modules load inside the commands, so
``entente --help`` is instant; every ``EntenteError`` becomes one line on stderr and a non-zero exit."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from entente.errors import EntenteError, InputError

if TYPE_CHECKING:
    from entente.record import Event
    from entente.store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="entente: state-to-state events from news text, with their evidence.")


DB = Path("entente.duckdb")

# -- options several commands share, defined once: a flag reads and behaves the same in every command -----------
Inputs = Annotated[list[str], typer.Argument(help="Text, HTML or JSON Lines files, directories, or - for stdin.")]
Published = Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for documents without one.")]
StoreToWrite = Annotated[Path, typer.Option(help="The store (a DuckDB file; created if missing).")]
StoreToRead = Annotated[Path, typer.Option(help="The store to read.")]
By = Annotated[str, typer.Option(help="month, quarter or year.")]
Count = Annotated[str, typer.Option(help="clusters or mentions.")]
Lineage = Annotated[bool, typer.Option(help="Count predecessor states as the actor (Soviet Union for Russia).")]
PeriodFrom = Annotated[str | None, typer.Option("--from", help="First period: YYYY, YYYY-MM or YYYY-MM-DD.")]
PeriodTo = Annotated[str | None, typer.Option("--to", help="Last period: YYYY, YYYY-MM or YYYY-MM-DD.")]
WindowFrom = Annotated[str | None, typer.Option("--from", help="Window start: YYYY, YYYY-MM or YYYY-MM-DD.")]
WindowTo = Annotated[str | None, typer.Option("--to", help="Window end: YYYY, YYYY-MM or YYYY-MM-DD.")]
ActorA = Annotated[str, typer.Argument(help="One actor: ISO3 code or name.")]
ActorB = Annotated[str, typer.Argument(help="The other actor.")]
Picture = Annotated[Path, typer.Option("--output", "-o", help="The picture: .png, .svg or .html.")]


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"entente: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _reading(db: Path) -> Iterator[Store]:
    """The store opened read-only; an ``EntenteError`` in the block (the store's or the work's) is one line on
    stderr and exit 1."""
    from entente.store import Store

    try:
        with Store(db, read_only=True) as store:
            yield store
    except EntenteError as exc:
        _fail(str(exc))


def _periods(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    """``--from`` as the first day it names, ``--to`` as the last (YYYY, YYYY-MM or YYYY-MM-DD)."""
    from entente.analysis.render import when

    return when(date_from), when(date_to, last=True)


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command()
def extract(
    paths: Inputs,
    published: Published = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table (readable) or jsonl (the event record).")]
    = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
    = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", help="Keep events of at least this confidence (0-1); targets guessed from context "
        "score 0.6 or less (docs/quality.md).")] = 0.0,
) -> None:
    """Extract every state-to-state event from the documents."""
    if format not in ("table", "jsonl"):
        raise typer.BadParameter("--format must be table or jsonl")
    if not 0.0 <= min_confidence <= 1.0:
        raise typer.BadParameter("--min-confidence must be between 0 and 1")
    from entente.api import Extractor
    from entente.ingest.readers import Document, read_paths

    when = _date_option(published)
    problems = 0
    processed = 0
    events_all: list[Event] = []
    handle = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        extractor = Extractor()

        def documents() -> Iterator[Document]:
            nonlocal problems
            for item in read_paths(paths, when):
                if isinstance(item, Document):
                    yield item
                else:
                    problems += 1
                    typer.echo(f"entente: {item}", err=True)

        for _document, events in extractor.pipe(documents()):  # type: ignore[arg-type]
            processed += 1
            events = [e for e in events if e.confidence >= min_confidence]
            if format == "jsonl":
                for event in events:
                    handle.write(event.to_json() + "\n")
            else:
                events_all.extend(events)
        if format == "table":
            from entente.show import events_table

            events_table(events_all, handle)
    except EntenteError as exc:
        _fail(str(exc))
    finally:
        if output:
            handle.close()
    if processed == 0:
        _fail(f"nothing could be processed ({problems} input problem{'s' if problems != 1 else ''})")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold file (shared/contract/GOLD.md).")],
    text: Annotated[Path, typer.Option(help="The document the gold file describes.")],
    pred: Annotated[Path | None, typer.Option(help="Events (JSON Lines); extracted from --text if not given.")]
    = None,
    published: Annotated[str | None, typer.Option(help="Publication date; defaults to the gold file's.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON.")] = False,
) -> None:
    """Score events against a gold file: precision, recall, F1, attribute checks, misses, false positives."""
    from entente.evaluate import brief, load_gold, score

    try:
        gold_doc = load_gold(gold)
        try:
            document = text.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(text), f"cannot read ({exc})") from exc
        if pred is not None:
            records = []
            for number, line in enumerate(pred.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{pred}:{number}", f"malformed JSON ({exc.msg})") from exc
        else:
            from entente.api import extract as run

            when = _date_option(published) or _date_option(
                str(gold_doc["published"]) if gold_doc.get("published") else None)
            records = [e.to_dict() for e in run(document, when, doc_id=str(text))]
        report = score(gold_doc, document, records)
    except EntenteError as exc:
        _fail(str(exc))
    if as_json:
        data = {"tp": report.tp, "fp": report.fp, "fn": report.fn, "neutral": report.neutral,
                "precision": report.precision, "recall": report.recall, "f1": report.f1,
                "attributes": report.attributes, "misses": report.misses,
                "false_positives": report.false_positives}
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for miss in report.misses:
            typer.echo("MISS " + json.dumps(miss, ensure_ascii=False))
        for fp in report.false_positives:
            typer.echo("FALSE+ " + json.dumps(fp, ensure_ascii=False))
        _ = brief
    typer.echo(report.summary())


@app.command()
def ingest(
    paths: Inputs,
    db: StoreToWrite = DB,
    published: Published = None,
    force: Annotated[bool, typer.Option(help="Extract again documents the store already has.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes for extraction (one model load each); one writer.")]
    = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Extract on a Dask cluster: a scheduler (tcp://host:8786) or local:N for N local worker processes. "
             "Needs the optional extra: pip install 'entente\\[distributed]'.")] = None,
    dataset: Annotated[Path | None, typer.Option(
        "--dataset", metavar="DIR",
        help="Then add the store's new documents to this Parquet dataset (by year/month; query it with --db DIR).")]
    = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction (and per task).")] = 32,
    quiet: Annotated[bool, typer.Option(help="No progress output, only problems and the summary.")] = False,
) -> None:
    """Extract events from documents into the store: streaming, idempotent, one transaction a batch."""
    from functools import partial

    from entente.store import Store

    if dask is not None and workers != 1:
        raise typer.BadParameter("give either --workers (processes on this machine) or --dask, not both")
    if dask is not None:
        from entente.runners.dask import ingest as on_dask
        from entente.runners.dask import local_workers, require_distributed

        try:
            require_distributed()
            local_workers(dask)
        except EntenteError as exc:
            _fail(str(exc))
        run = partial(on_dask, address=dask)
    else:
        from entente.runners.local import ingest as local

        run = partial(local, workers=workers)
    when = _date_option(published)
    appended = None
    try:
        with Store(db) as store:
            if quiet:
                report = run(paths, store, published=when, force=force, batch_size=batch_size,
                             on_problem=lambda p: typer.echo(f"entente: {p}", err=True))
            else:
                report = _ingest_with_progress(run, paths, store, when, force, batch_size)
            if dataset is not None:
                from entente.store.dataset import append

                appended = append(store, dataset)
    except EntenteError as exc:
        _fail(str(exc))
    typer.echo(f"{report.documents} documents ingested, {report.skipped} already stored, {report.events} events, "
               f"{report.clusters} clusters in {db}; {len(report.problems)} input problems")
    if appended is not None:
        typer.echo(f"{appended.documents} documents, {appended.events} events added to the dataset {dataset} "
                   f"({appended.already} it had already)")
    if report.documents == 0 and report.skipped == 0:
        raise typer.Exit(1)


def _ingest_with_progress(run, paths, store, when, force, batch_size):  # type: ignore[no-untyped-def]
    """Progress on stderr: documents of the total (counted up front when the inputs are files; no total, so no
    ETA, for stdin), sentences and events written, rate, elapsed time and ETA. A rich bar on a terminal; in a
    log (stderr not a terminal) a plain line every ``LOG_EVERY`` seconds and at the end."""
    import time

    from rich import progress as bar
    from rich.console import Console

    from entente.ingest.counting import count_documents

    console = Console(stderr=True)
    total = count_documents(paths)
    started = time.perf_counter()

    def stats(report) -> str:  # type: ignore[no-untyped-def]
        elapsed = max(1e-6, time.perf_counter() - started)
        return (f"{report.sentences} sentences, {report.events} events, "
                f"{report.sentences / elapsed:.0f} sentences/s, {report.documents / elapsed:.1f} docs/s")

    def problem(message: str) -> None:
        console.print(f"entente: {message}", markup=False, highlight=False)

    if not console.is_terminal:
        last = [0.0]

        def log(report, final: bool = False) -> None:  # type: ignore[no-untyped-def]
            now = time.perf_counter()
            if final or now - last[0] >= LOG_EVERY:
                last[0] = now
                print(f"ingest: {report.seen}/{total if total is not None else '?'} documents, {stats(report)}, "
                      f"{now - started:.0f}s", file=sys.stderr, flush=True)

        report = run(paths, store, published=when, force=force, batch_size=batch_size, on_problem=problem,
                     on_batch=log)
        log(report, final=True)
        return report
    columns = (bar.SpinnerColumn(), bar.BarColumn(bar_width=24), bar.TextColumn("{task.fields[documents]}"),
               bar.TextColumn("{task.fields[stats]}"), bar.TimeElapsedColumn(), bar.TextColumn("ETA"),
               bar.TimeRemainingColumn())
    with bar.Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("ingesting", total=total, stats="", documents="")

        def update(report):  # type: ignore[no-untyped-def]
            progress.update(task, completed=report.seen, stats=stats(report),
                            documents=f"{report.seen}/{total if total is not None else '?'} documents")

        return run(paths, store, published=when, force=force, batch_size=batch_size, on_problem=problem,
                   on_batch=update)


LOG_EVERY = 10.0


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument(help="GDELT 2.0, ICEWS or POLECAT event files, plain or zipped.")],
    db: StoreToWrite = DB,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="gdelt, icews or polecat; by default read from each file's first line.")] = None,
) -> None:
    """Load event data sets into the store: every malformed row reported, nothing loaded twice."""
    from entente.store import Store
    from entente.store.importers import FORMATS, import_file

    if format is not None and format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    usable = 0
    try:
        with Store(db) as store:
            for path in paths:
                try:
                    report = import_file(path, store, format,
                                         on_problem=lambda p: typer.echo(f"entente: {p}", err=True))
                except EntenteError as exc:  # this file cannot be read at all: say so and go on with the others
                    typer.echo(f"entente: {exc}", err=True)
                    continue
                typer.echo(report.summary())
                usable += report.loaded + report.stored
    except EntenteError as exc:
        _fail(str(exc))
    if usable == 0:
        _fail("no event was loaded from any file")


@app.command("export")
def export_events(
    format: Annotated[str, typer.Option(
        "--format", "-f", help="parquet or csv (the store's columns), jsonl (the event record) or gdelt.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    db: StoreToRead = DB,
    actor: Annotated[str | None, typer.Option(help="Either side, by country (PRK) or actor code (PRKGOV).")] = None,
    source: Annotated[str | None, typer.Option(help="The acting side, by country or actor code.")] = None,
    target: Annotated[str | None, typer.Option(help="The side acted on, by country or actor code.")] = None,
    event: Annotated[str | None, typer.Option(help="PLOVER category, e.g. CONSULT.")] = None,
    quad_class: Annotated[int | None, typer.Option(
        "--quad-class", min=1, max=4, help="1 verbal cooperation ... 4 material conflict.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, hypothetical or future.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Events dated on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Events dated on or before YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence or its sentence.")] = None,
) -> None:
    """Write the store's events, filtered, to Parquet, CSV, JSON Lines or GDELT 2.0 columns."""
    from entente.store import EventFilter
    from entente.store.exports import FORMATS, export

    if format not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    where = EventFilter(actor=actor, source=source, target=target, event=event, quad_class=quad_class,
                        modality=modality, start=_date_option(date_from), end=_date_option(date_to), text=text)
    with _reading(db) as store:
        count = export(store, format, output, where)
    typer.echo(f"{count} events written to {output}")


# -- analysis (entente/analysis): relations, shifts, claims, triangles, networks, plots -------------------------
@app.command()
def relations(
    a: Annotated[str, typer.Argument(help="One actor: ISO3 code (RUS) or name (Russia).")],
    b: Annotated[str, typer.Argument(help="The other actor (PRK, North Korea).")],
    by: By = "month",
    date_from: PeriodFrom = None,
    date_to: PeriodTo = None,
    count: Annotated[str, typer.Option(help="clusters (each real event once) or mentions (every report).")]
    = "clusters",
    lineage: Lineage = False,
    db: StoreToRead = DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the series as JSON.")] = False,
) -> None:
    """A dyad period by period, both directions: quad classes and net Goldstein; no coverage is a gap, not 0."""
    from entente.analysis import render
    from entente.analysis.claims import actor_code
    from entente.analysis.series import relations as build

    with _reading(db) as store:
        frame = build(store, actor_code(a), actor_code(b), by, *_periods(date_from, date_to), count, lineage)
    if as_json:
        render.dump({**frame.attrs, "periods": frame})
    else:
        render.relations(frame)


@app.command()
def shifts(
    a: ActorA,
    b: ActorB,
    by: By = "year",
    date_from: PeriodFrom = None,
    date_to: PeriodTo = None,
    count: Count = "clusters",
    penalty: Annotated[float | None, typer.Option(help="Pelt penalty; by default 2·sigma²·ln(n) (BIC).")] = None,
    lineage: Lineage = False,
    db: StoreToRead = DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print change points and records as JSON.")] = False,
) -> None:
    """Change points in a dyad's net cooperation, and its records ("first visit in 24 years")."""
    from entente.analysis import render
    from entente.analysis.claims import actor_code
    from entente.analysis.series import AnalysisError
    from entente.analysis.shifts import records
    from entente.analysis.shifts import shifts as find

    result, problem = None, None
    with _reading(db) as store:
        code_a, code_b = actor_code(a), actor_code(b)
        try:
            result = find(store, code_a, code_b, by, *_periods(date_from, date_to), count, penalty, lineage)
        except AnalysisError as exc:
            problem = str(exc)
        found = records(store, code_a, code_b, by, count, lineage)
    if as_json:
        render.dump({"shifts": result, "problem": problem, "records": found})
    else:
        render.shifts(result, found, problem)
    if result is None and not found:
        raise typer.Exit(1)


@app.command()
def claim(
    text: Annotated[str, typer.Argument(help="The claim, e.g. \"Russia–North Korea ties are the strongest since "
                                             "the Cold War\".")],
    by: By = "year",
    count: Count = "clusters",
    lineage: Lineage = True,
    db: StoreToRead = DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the check as JSON.")] = False,
) -> None:
    """Check a "strongest since ..." or "first visit in N years" claim against the store, with the evidence."""
    from entente.analysis import render
    from entente.analysis.claims import claim as check

    with _reading(db) as store:
        result = check(store, text, by, count, lineage)
    if as_json:
        render.dump(result)
    else:
        render.claim(result)


@app.command()
def triangle(
    a: Annotated[str, typer.Argument(help="First actor: ISO3 code or name.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    c: Annotated[str, typer.Argument(help="Third actor.")],
    by: By = "year",
    date_from: PeriodFrom = None,
    date_to: PeriodTo = None,
    count: Count = "clusters",
    maxlags: Annotated[int, typer.Option(min=1, help="Largest lag order AIC may choose.")] = 4,
    horizon: Annotated[int, typer.Option(min=1, help="Periods of impulse response.")] = 8,
    db: StoreToRead = DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print series, tests and impulse responses as JSON.")]
    = False,
) -> None:
    """Reciprocity among three actors: a VAR of the six directed series, Granger tests, impulse responses."""
    from entente.analysis import render
    from entente.analysis.claims import actor_code
    from entente.analysis.triangles import triangle as fit

    with _reading(db) as store:
        result = fit(store, actor_code(a), actor_code(b), actor_code(c), by, *_periods(date_from, date_to), count,
                     maxlags, horizon)
    if as_json:
        render.dump(result)
    else:
        render.triangle(result)


@app.command()
def network(
    date_from: WindowFrom = None,
    date_to: WindowTo = None,
    compare_from: Annotated[str | None, typer.Option("--compare-from", help="Start of a second window to compare.")]
    = None,
    compare_to: Annotated[str | None, typer.Option("--compare-to", help="End of a second window to compare.")]
    = None,
    graphml: Annotated[Path | None, typer.Option("--graphml", help="Write the directed graph: .graphml or .json.")]
    = None,
    count: Count = "clusters",
    db: StoreToRead = DB,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the network (node-link), balance and blocs as JSON.")] = False,
) -> None:
    """The signed network of states in a window: structural balance, blocs, and what changed since another."""
    from entente.analysis import render
    from entente.analysis.network import compare_graphs, write_graph
    from entente.analysis.network import network as build

    changes = None
    with _reading(db) as store:
        net = build(store, *_periods(date_from, date_to), count)
        if compare_from is not None or compare_to is not None:
            other = build(store, *_periods(compare_from, compare_to), count)
            changes = compare_graphs(net.signed, other.signed)
        if graphml is not None:
            write_graph(net.directed, graphml)
    if as_json:
        render.dump(render.network_json(net, changes))
    else:
        render.network(net, changes)
        if graphml is not None:
            typer.echo(f"graph written to {graphml}")


plot_app = typer.Typer(no_args_is_help=True, help="Draw a dyad's timeline or the network: PNG, SVG or HTML.")
app.add_typer(plot_app, name="plot")


@plot_app.command("relations")
def plot_relations(
    a: ActorA,
    b: ActorB,
    output: Picture,
    by: By = "year",
    date_from: PeriodFrom = None,
    date_to: PeriodTo = None,
    count: Count = "clusters",
    lineage: Lineage = False,
    db: StoreToRead = DB,
) -> None:
    """A dyad's timeline: both directions, uncovered periods shaded, change points marked."""
    from entente.analysis.claims import actor_code
    from entente.analysis.plots import plot_relations as draw

    with _reading(db) as store:
        path = draw(store, actor_code(a), actor_code(b), output, by, *_periods(date_from, date_to), count, lineage)
    typer.echo(f"timeline written to {path}")


@plot_app.command("network")
def plot_network(
    output: Picture,
    date_from: WindowFrom = None,
    date_to: WindowTo = None,
    count: Count = "clusters",
    db: StoreToRead = DB,
) -> None:
    """The signed network: green cooperation, red conflict, nodes coloured by bloc."""
    from entente.analysis.plots import plot_network as draw

    with _reading(db) as store:
        path = draw(store, output, *_periods(date_from, date_to), count)
    typer.echo(f"network written to {path}")


@app.command()
def summary(
    db: StoreToRead = DB,
    n: Annotated[int, typer.Option(help="How many dyads of each kind (cooperative, conflictual).")] = 8,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The strongest relations in the store, cooperative and conflictual, and the years each turned."""
    from entente.analysis import render
    from entente.analysis.summary import summary as build

    with _reading(db) as store:
        result = build(store, n)
    turns = {f"{a}-{b}": (t if isinstance(t, str) else [
        {"period": str(row.period)[:4], "change": float(row.change)} for row in t.shifts.itertuples()])
        for (a, b), t in result.turns.items()}
    if as_json:
        render.dump({"dyads": result.dyads, "turns": turns})
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Strongest relations (asserted events, both directions)")
    for name in ("dyad", "events", "cooperation", "conflict", "net Goldstein", "turns (change points by year)"):
        table.add_column(name)
    for row in result.dyads.itertuples():
        turn = turns[f"{row.a}-{row.b}"]
        shown = turn if isinstance(turn, str) else ", ".join(
            f"{t['period']} ({t['change']:+.1f})" for t in turn) or "none found"
        table.add_row(f"{row.a}–{row.b}", str(row.events), str(row.cooperation), str(row.conflict),
                      f"{row.net_goldstein:+.1f}", shown)
    Console().print(table)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="The store to serve (opened read-only).")] = DB,
    host: Annotated[str, typer.Option(help="Address to listen on; loopback unless you mean to share it.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (each opens the store read-only).")] = 1,
) -> None:
    """Serve the dashboard and the JSON API over a store: pages at /, the API at /api/, its docs at /docs."""
    import os

    import uvicorn

    from entente.web.app import create_app

    try:
        web = create_app(db)  # opened here first so that a missing store is one line, not a traceback
    except EntenteError as exc:
        _fail(str(exc))
    typer.echo(f"entente: serving {db} at http://{host}:{port}/ (API at /api/, docs at /docs); Ctrl-C stops")
    if workers == 1:
        uvicorn.run(web, host=host, port=port, log_level="warning")
        return
    web.state.backend.close()
    os.environ["ENTENTE_DB"] = str(db)
    uvicorn.run("entente.web.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("entente: interrupted", err=True)
        sys.exit(130)
