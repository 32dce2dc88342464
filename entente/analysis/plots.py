"""Pictures of the analysis: a dyad's timeline and a signed network, as PNG, SVG or a self-contained HTML page.

The timeline draws both directions' net Goldstein, shades the periods the store does not cover (so that a gap
is not read as a calm), and marks change points as vertical lines. x is the decimal year, which keeps periods
before 1677 (outside pandas' timestamps) drawable. Figures are built without pyplot and rendered by Agg, so
no display is needed and a user's interactive backend is left alone.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from pathlib import Path
from typing import TYPE_CHECKING

from entente.analysis.series import AnalysisError, shift_period

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

    from entente.analysis.network import Network
    from entente.store import Store

FORMATS = (".png", ".svg", ".html")


def _x(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / 365.25


def relations_figure(frame: pd.DataFrame, shifts: pd.DataFrame | None = None, title: str | None = None) -> Figure:
    """Both directions of a ``relations`` frame over time, uncovered periods shaded, shifts as lines."""
    from matplotlib.figure import Figure

    if not len(frame):
        raise AnalysisError("nothing to plot: the series is empty")
    a, b, by = frame.attrs.get("a", "A"), frame.attrs.get("b", "B"), frame.attrs.get("by", "year")
    figure = Figure(figsize=(10, 4.5), layout="constrained")
    axes = figure.add_subplot()
    for source, colour in ((a, "tab:blue"), (b, "tab:orange")):
        part = frame[frame["source"] == source]
        target = part["target"].iloc[0] if len(part) else "?"
        axes.plot([_x(p) for p in part["period"]], part["net_goldstein"], marker="o", markersize=3, linewidth=1.2,
                  color=colour, label=f"{source} → {target}")
    shaded = False
    for period in sorted(set(frame.loc[~frame["covered"].astype(bool), "period"])):
        axes.axvspan(_x(period), _x(shift_period(period, by)), color="0.85", linewidth=0,
                     label=None if shaded else "no coverage")
        shaded = True
    if shifts is not None:
        for i, period in enumerate(shifts["period"]):
            axes.axvline(_x(period), color="tab:red", linestyle="--", linewidth=1,
                         label="change point" if i == 0 else None)
    axes.axhline(0, color="0.4", linewidth=0.6)
    axes.set_ylabel("net Goldstein (cooperation > 0)")
    axes.set_xlabel(by)
    axes.set_title(title or f"{a} – {b}, by {by}")
    axes.legend(loc="best", fontsize="small")
    return figure


def network_figure(net: Network, title: str | None = None) -> Figure:
    """The signed view: green cooperation, red conflict, width by |net Goldstein|, nodes coloured by bloc."""
    import networkx as nx
    from matplotlib import colormaps
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    graph = net.signed
    if graph.number_of_nodes() == 0:
        raise AnalysisError("nothing to plot: no events with two states in this window")
    figure = Figure(figsize=(10, 10), layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    layout = nx.spring_layout(graph, seed=1, weight=None)
    palette = colormaps["tab20"]
    bloc_of = {node: i for i, bloc in enumerate(net.blocs) for node in bloc}
    edges = list(graph.edges(data=True))
    scale = max([abs(d["weight"]) for _, _, d in edges] or [1.0])
    # drawn with plain matplotlib artists: networkx's helpers import pyplot, which would pick a GUI backend
    axes.add_collection(LineCollection([(layout[u], layout[v]) for u, v, _ in edges],
                                       linewidths=[0.5 + 4 * abs(d["weight"]) / scale for _, _, d in edges],
                                       colors=["tab:green" if d["sign"] > 0 else "tab:red" for _, _, d in edges],
                                       alpha=0.6, zorder=1))
    nodes = list(graph.nodes)
    axes.scatter([layout[n][0] for n in nodes], [layout[n][1] for n in nodes], s=220, zorder=2,
                 c=[palette(bloc_of.get(n, 0) % 20) for n in nodes])
    for node in nodes:
        axes.text(layout[node][0], layout[node][1], node, fontsize=7, ha="center", va="center", zorder=3)
    share = net.balance.share
    window = f"{net.start or '…'} to {net.end or '…'}"
    balance = f"balance {share:.0%}" if share is not None else "no triangles"
    axes.set_title(title or f"{window}: {graph.number_of_nodes()} actors, {graph.number_of_edges()} signed ties, "
                   f"{balance}")
    return figure


def save(figure: Figure, output: str | Path, title: str = "entente") -> Path:
    """PNG, SVG, or HTML with the PNG inside (base64), chosen by the file's suffix."""
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AnalysisError(f"{path}: the output must end in {', '.join(FORMATS)}")
    if suffix == ".html":
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=120)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        path.write_text(f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
                        f"</head>\n<body><h1>{html.escape(title)}</h1>\n<img alt=\"{html.escape(title)}\" "
                        f"src=\"data:image/png;base64,{data}\">\n</body></html>\n", encoding="utf-8")
    else:
        figure.savefig(path, format=suffix[1:], dpi=120)
    return path


def plot_relations(store: Store, a: str, b: str, output: str | Path, by: str = "year",
                   start: dt.date | None = None, end: dt.date | None = None, count: str = "clusters",
                   lineage: bool = False, with_shifts: bool = True) -> Path:
    """A dyad's timeline to a file; change points are drawn when the series is long enough to have them."""
    from entente.analysis.series import net_cooperation, relations
    from entente.analysis.shifts import find_shifts

    frame = relations(store, a, b, by, start, end, count, lineage)
    found = None
    if with_shifts and len(frame):
        try:
            found, _ = find_shifts(net_cooperation(frame))
        except AnalysisError:
            found = None  # too few covered periods for change points: draw the series alone
    figure = relations_figure(frame, found)
    return save(figure, output, f"{frame.attrs.get('a', a)} – {frame.attrs.get('b', b)} by {by}")


def plot_network(store: Store, output: str | Path, start: dt.date | None = None, end: dt.date | None = None,
                 count: str = "clusters") -> Path:
    from entente.analysis.network import network

    net = network(store, start, end, count)
    return save(network_figure(net), output, f"entente network {start or ''}–{end or ''}")
