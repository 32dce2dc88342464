"""Who stands with whom in a window of time: a signed, weighted graph of states.

Each directed edge carries the net Goldstein of the asserted events from one state to another dated inside
the window (events, cooperation and conflict counts beside it); its sign is cooperation (+1) or conflict (-1).
The undirected signed view adds both directions. Structural balance (Heider; Cartwright & Harary) is the share
of triangles whose sign product is positive ("the enemy of my enemy is my friend"). Blocs are greedy-modularity
communities (Clauset, Newman & Moore) of the positive subgraph weighted by net cooperation: conflict ties never
pull states together, and a state with no positive tie is a bloc of its own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from entente.analysis.series import COUNTS, AnalysisError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from entente.store import Store

Window = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Balance:
    triangles: int
    balanced: int

    @property
    def share(self) -> float | None:
        """Share of balanced triangles; None when there are no triangles (nothing to judge)."""
        return self.balanced / self.triangles if self.triangles else None


@dataclass
class Network:
    start: dt.date | None
    end: dt.date | None
    directed: nx.DiGraph
    signed: nx.Graph
    balance: Balance
    blocs: list[list[str]]


def _sign(value: float) -> int:
    return 1 if value > 0 else -1 if value < 0 else 0


def directed_graph(totals: pd.DataFrame) -> nx.DiGraph:
    """A DiGraph from ``Store.dyad_totals`` rows: weight = net Goldstein, sign = its sign."""
    import networkx as nx

    from entente.coding.actors import lexicon

    names = lexicon().country_names
    graph = nx.DiGraph()
    for row in totals.itertuples(index=False):
        for code in (row.source_country, row.target_country):
            if code not in graph:
                graph.add_node(code, name=names.get(code, code))
        weight = float(row.net_goldstein)
        graph.add_edge(row.source_country, row.target_country, weight=weight, sign=_sign(weight),
                       events=int(row.events), cooperation=int(row.cooperation), conflict=int(row.conflict))
    return graph


def signed_view(graph: nx.DiGraph) -> nx.Graph:
    """Undirected: both directions' net Goldstein added; pairs that net to zero carry no sign and are left out."""
    import networkx as nx

    view = nx.Graph()
    view.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if view.has_edge(u, v):
            view[u][v]["weight"] += data["weight"]
            view[u][v]["events"] += data["events"]
        else:
            view.add_edge(u, v, weight=data["weight"], events=data["events"])
    for u, v, data in list(view.edges(data=True)):
        data["sign"] = _sign(data["weight"])
        if data["sign"] == 0:
            view.remove_edge(u, v)
    return view


def balance(graph: nx.Graph) -> Balance:
    """Triangles of a signed undirected graph and how many are balanced (product of signs > 0)."""
    order = {node: i for i, node in enumerate(graph.nodes)}
    total = balanced = 0
    for u, v in graph.edges:
        if order[u] > order[v]:
            u, v = v, u
        for w in set(graph[u]) & set(graph[v]):
            if order[w] > order[v]:
                total += 1
                product = graph[u][v]["sign"] * graph[u][w]["sign"] * graph[v][w]["sign"]
                balanced += product > 0
    return Balance(total, balanced)


def blocs(graph: nx.Graph) -> list[list[str]]:
    """Greedy-modularity communities of the positive ties, largest first; lone states are blocs of one."""
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    positive = nx.Graph()
    positive.add_nodes_from(graph.nodes)
    positive.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in graph.edges(data=True) if d["sign"] > 0)
    if positive.number_of_edges() == 0:
        return [[node] for node in sorted(positive.nodes)]
    groups = greedy_modularity_communities(positive, weight="weight")
    return sorted((sorted(group) for group in groups), key=lambda g: (-len(g), g))


def network(store: Store, start: dt.date | None = None, end: dt.date | None = None,
            count: str = "clusters") -> Network:
    """The signed network of asserted events dated inside [start, end] (all events when neither is given)."""
    if count not in COUNTS:
        raise AnalysisError(f"--count must be one of {', '.join(COUNTS)} (got {count!r})")
    if start and end and start > end:
        raise AnalysisError(f"the window starts ({start}) after it ends ({end})")
    directed = directed_graph(store.dyad_totals(start, end, count))
    signed = signed_view(directed)
    return Network(start, end, directed, signed, balance(signed), blocs(signed))


def compare_graphs(before: nx.Graph, after: nx.Graph) -> pd.DataFrame:
    """Signed ties gained, lost and flipped between two undirected signed graphs."""
    import pandas as pd

    rows = []
    for u, v in sorted({tuple(sorted(e)) for e in [*before.edges, *after.edges]}):
        old = before[u][v] if before.has_edge(u, v) else None
        new = after[u][v] if after.has_edge(u, v) else None
        if old is None and new is not None:
            change = "gained"
        elif new is None and old is not None:
            change = "lost"
        elif old is not None and new is not None and old["sign"] != new["sign"]:
            change = "flipped"
        else:
            continue
        rows.append({"a": u, "b": v, "change": change,
                     "weight_before": old["weight"] if old else None, "weight_after": new["weight"] if new else None,
                     "sign_before": old["sign"] if old else 0, "sign_after": new["sign"] if new else 0})
    return pd.DataFrame(rows, columns=["a", "b", "change", "weight_before", "weight_after", "sign_before",
                                       "sign_after"])


def compare(store: Store, period1: Window, period2: Window, count: str = "clusters") -> pd.DataFrame:
    """How the signed network changed from one window to another (e.g. China–North Korea vs Russia–North
    Korea): ties gained, lost, and flipped sign."""
    first, second = network(store, *period1, count=count), network(store, *period2, count=count)
    return compare_graphs(first.signed, second.signed)


def node_link(graph: nx.Graph) -> dict[str, Any]:
    """The graph as node-link JSON (d3 and networkx read it back)."""
    import networkx as nx

    return nx.node_link_data(graph, edges="links")


def write_graph(graph: nx.Graph, path: str | Path) -> Path:
    """GraphML for ``.graphml`` (Gephi, Cytoscape), node-link JSON for ``.json``."""
    import networkx as nx

    path = Path(path)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(node_link(graph), indent=2, ensure_ascii=False), encoding="utf-8")
    elif path.suffix.lower() == ".graphml":
        nx.write_graphml(graph, path)
    else:
        raise AnalysisError(f"{path}: write a .graphml or a .json file")
    return path
