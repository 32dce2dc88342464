"""What the analysis commands print: a rich table for people, the same content as JSON for programs.

Kept out of cli.py so that the CLI stays a thin face; every function here takes a library result and a stream.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
import sys
from typing import IO, TYPE_CHECKING, Any

from entente.analysis.series import AnalysisError, period_label

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console

    from entente.analysis.claims import ClaimCheck
    from entente.analysis.network import Network
    from entente.analysis.shifts import Record, ShiftResult
    from entente.analysis.triangles import VarResult


def when(value: str | None, last: bool = False) -> dt.date | None:
    """A --from/--to value: YYYY, YYYY-MM or YYYY-MM-DD; ``last`` takes the end of a year or month."""
    if value is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not m:
        raise AnalysisError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(year, int(month), int(day))
        if month:
            first = dt.date(year, int(month), 1)
            return (dt.date(year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)) if last \
                else first
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    except ValueError as exc:
        raise AnalysisError(f"{value!r} is not a date ({exc})") from None


def jsonable(value: Any) -> Any:
    """Plain JSON values: dates as ISO text, NaN as null, frames as lists of records."""
    import numpy as np
    import pandas as pd

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, pd.DataFrame):
        frame = value.reset_index() if value.index.name else value
        return [jsonable(r) for r in frame.to_dict("records")]
    if isinstance(value, pd.Series):
        return [{"period": jsonable(k), "value": jsonable(v)} for k, v in value.items()]
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) or value.time() == dt.time() \
            else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if value is pd.NaT:
        return None
    return value


def dump(data: Any, handle: IO[str] | None = None) -> None:
    (handle or sys.stdout).write(json.dumps(jsonable(data), indent=2, ensure_ascii=False) + "\n")


def _console(handle: IO[str] | None = None) -> Console:
    from rich.console import Console

    return Console(file=handle or sys.stdout, width=max(120, Console().width), highlight=False)


def _number(value: Any, signed: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:+.1f}" if signed else f"{value:g}"


def relations(frame: pd.DataFrame, handle: IO[str] | None = None) -> None:
    from rich.table import Table

    console = _console(handle)
    a, b, by = frame.attrs.get("a"), frame.attrs.get("b"), frame.attrs.get("by", "month")
    if not len(frame):
        console.print(f"no {a}–{b} events dated within a single {by} in the store")
        return
    table = Table(title=f"{a} – {b} by {by} ({frame.attrs.get('count')})")
    table.add_column("period")
    for source, target in ((a, b), (b, a)):
        for name in ("events", "coop", "conflict", "net"):
            table.add_column(f"{source}→{target}\n{name}", justify="right")
    for period, rows in frame.groupby("period", sort=True):
        cells = [period_label(period, by)]  # type: ignore[arg-type]
        covered = bool(rows["covered"].iloc[0])
        for source in (a, b):
            row = rows[rows["source"] == source].iloc[0]
            coop = row["verbal_cooperation"] + row["material_cooperation"]
            conflict = row["verbal_conflict"] + row["material_conflict"]
            cells += [_number(row["events"]), _number(coop), _number(conflict), _number(row["net_goldstein"], True)]
        table.add_row(*cells, style="" if covered else "dim")
    console.print(table)
    uncovered = int((~frame["covered"].astype(bool)).sum() // 2)
    console.print(f"{uncovered} of {len(frame) // 2} periods have no coverage in the store (—, not zero); "
                  f"{frame.attrs.get('unplaced', 0)} events are dated too coarsely to place in one {by}")


def shifts(result: ShiftResult | None, found: list[Record], problem: str | None = None,
           handle: IO[str] | None = None) -> None:
    from rich.table import Table

    console = _console(handle)
    if result is None:
        console.print(f"change points: {problem}")
    else:
        table = Table(title=f"{result.a} – {result.b}: change points in net cooperation by {result.by}")
        for name in ("from", "mean before", "mean after", "change"):
            table.add_column(name, justify="right" if name != "from" else "left")
        for row in result.shifts.itertuples(index=False):
            table.add_row(period_label(row.period, result.by), _number(row.before, True),
                          _number(row.after, True), _number(row.change, True))
        console.print(table)
        console.print(f"{len(result.series)} covered periods; {result.method}; penalty {result.penalty:.2f}")
    for record in found:
        console.print(f"• {record.text}")


def claim(check: ClaimCheck, handle: IO[str] | None = None) -> None:
    from rich.table import Table

    console = _console(handle)
    colour = {"supported": "green", "contradicted": "red"}.get(check.verdict, "yellow")
    console.print(f"[bold]{check.claim}[/bold]")
    console.print(f"{check.names[0]} ({check.a}) – {check.names[1]} ({check.b}); reference: {check.reference}"
                  + (f", ends {check.reference_end}" if check.reference_end else ""))
    console.print(f"[{colour}]{check.verdict}[/{colour}]: {check.summary}")
    if check.unplaced:
        console.print(f"{check.unplaced} events of the dyad are dated too coarsely to place in one {check.by} "
                      "and are left out")
    if check.evidence:
        table = Table(title="evidence")
        for name in ("role", "date", "event", "goldstein", "sentence", "doc"):
            table.add_column(name, overflow="fold", ratio=4 if name == "sentence" else 1)
        for e in check.evidence:
            table.add_row(str(e["role"]), str(e.get("date") or ""), f"{e['source']}→{e['target']} {e['cameo']}",
                          _number(e.get("goldstein"), True), str(e.get("sentence") or e.get("evidence") or ""),
                          str(e.get("doc_id") or ""))
        console.print(table)


def triangle(result: VarResult, handle: IO[str] | None = None) -> None:
    from rich.table import Table

    console = _console(handle)
    console.print(f"VAR on {result.periods} covered periods ({result.gaps} uncovered left out), lag order "
                  f"{result.lag_order} by AIC ({', '.join(f'{k}: {v:.2f}' for k, v in result.aic.items())})")
    if result.dropped:
        console.print(f"left out for lack of variation: {', '.join(result.dropped)}")
    table = Table(title="Granger causality (F test): does the cause's past help predict the effect?")
    for name in ("cause", "effect", "F", "p", "df"):
        table.add_column(name, justify="left" if name in ("cause", "effect") else "right")
    for row in result.granger.sort_values("pvalue").itertuples(index=False):
        table.add_row(row.cause, row.effect, f"{row.statistic:.2f}", f"{row.pvalue:.3g}",
                      f"{row.df_num}, {row.df_denom}", style="bold" if row.significant else "dim")
    console.print(table)


def network(net: Network, changes: pd.DataFrame | None = None, handle: IO[str] | None = None) -> None:
    from rich.table import Table

    console = _console(handle)
    graph, share = net.signed, net.balance.share
    console.print(f"{net.start or '…'} to {net.end or '…'}: {net.directed.number_of_nodes()} actors, "
                  f"{net.directed.number_of_edges()} directed ties, {graph.number_of_edges()} signed pairs")
    console.print(f"structural balance: {net.balance.balanced} of {net.balance.triangles} triangles balanced"
                  + (f" ({share:.0%})" if share is not None else ""))
    for i, bloc in enumerate(b for b in net.blocs if len(b) > 1):
        console.print(f"bloc {i + 1} ({len(bloc)}): {' '.join(bloc)}")
    table = Table(title="strongest ties (both directions, net Goldstein)")
    for name in ("a", "b", "net", "events"):
        table.add_column(name, justify="right" if name in ("net", "events") else "left")
    edges = sorted(graph.edges(data=True), key=lambda e: -abs(e[2]["weight"]))[:15]
    for u, v, data in edges:
        table.add_row(u, v, _number(data["weight"], True), str(data["events"]),
                      style="green" if data["sign"] > 0 else "red")
    console.print(table)
    if changes is not None:
        console.print(f"compared with the second window: {int((changes['change'] == 'gained').sum())} ties gained, "
                      f"{int((changes['change'] == 'lost').sum())} lost, "
                      f"{int((changes['change'] == 'flipped').sum())} flipped")
        for row in changes[changes["change"] == "flipped"].itertuples(index=False):
            console.print(f"  flipped {row.a}–{row.b}: {_number(row.weight_before, True)} → "
                          f"{_number(row.weight_after, True)}")


def network_json(net: Network, changes: pd.DataFrame | None = None) -> dict[str, Any]:
    from entente.analysis.network import node_link

    return {"start": net.start, "end": net.end, "balance": {"triangles": net.balance.triangles,
                                                            "balanced": net.balance.balanced,
                                                            "share": net.balance.share},
            "blocs": net.blocs, "graph": node_link(net.directed), "signed": node_link(net.signed),
            "compare": changes}
