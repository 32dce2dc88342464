"""Signed networks: structural balance on a graph with a known answer, blocs, windows, comparison, export."""

from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import pytest

from entente.analysis.network import (
    AnalysisError,
    balance,
    blocs,
    compare,
    compare_graphs,
    network,
    signed_view,
    write_graph,
)
from tests.analysis.synthetic import add


def signed(edges):
    graph = nx.Graph()
    for u, v, sign in edges:
        graph.add_edge(u, v, sign=sign, weight=float(sign), events=1)
    return graph


def test_balance_of_four_nodes_two_balanced_two_unbalanced_triangles():
    # ABC +++ balanced; ABD ++- unbalanced; ACD ++- unbalanced; BCD +-- balanced
    graph = signed([("A", "B", 1), ("A", "C", 1), ("A", "D", 1), ("B", "C", 1), ("B", "D", -1), ("C", "D", -1)])
    result = balance(graph)
    assert (result.triangles, result.balanced, result.share) == (4, 2, 0.5)
    assert balance(signed([("A", "B", 1)])).share is None  # no triangle, nothing to judge


def test_blocs_come_from_positive_ties_only():
    graph = signed([("A", "B", 1), ("B", "C", 1), ("A", "C", 1), ("D", "E", 1), ("E", "F", 1), ("D", "F", 1),
                    ("A", "D", -1), ("C", "F", -1), ("B", "E", -1), ("G", "A", -1)])
    assert blocs(graph) == [["A", "B", "C"], ["D", "E", "F"], ["G"]]


def test_network_of_a_window_with_signed_directions(store):
    add(store, [("CHN", "PRK", "2010-03-01", "057", 8.0), ("PRK", "CHN", "2010-03-01", "057", 8.0),
                ("RUS", "PRK", "2010-05-01", "112", -2.0), ("USA", "PRK", "2010-06-01", "172", -5.0),
                ("RUS", "USA", "2010-07-01", "040", 1.0), ("PRK", "RUS", "2010-08-01", "040", 1.0)])
    add(store, [("USA", "CHN", "1995-01-01", "190", -10.0)])  # outside the window
    net = network(store, dt.date(2010, 1, 1), dt.date(2010, 12, 31))
    assert net.directed["CHN"]["PRK"]["weight"] == 8.0 and net.directed["CHN"]["PRK"]["sign"] == 1
    assert net.directed["USA"]["PRK"]["sign"] == -1 and not net.directed.has_edge("USA", "CHN")
    assert net.directed.nodes["PRK"]["name"] == "North Korea"
    # RUS–PRK: -2 one way, +1 the other: the signed view adds them to -1
    assert net.signed["RUS"]["PRK"]["weight"] == -1.0 and net.signed["RUS"]["PRK"]["sign"] == -1
    # RUS–PRK–USA: (-)(-)(+) = balanced
    assert (net.balance.triangles, net.balance.balanced) == (1, 1)


def test_pairs_that_net_to_zero_have_no_sign():
    graph = nx.DiGraph()
    graph.add_edge("A", "B", weight=3.0, sign=1, events=1)
    graph.add_edge("B", "A", weight=-3.0, sign=-1, events=1)
    assert signed_view(graph).number_of_edges() == 0


def test_compare_windows_gained_lost_flipped(store):
    add(store, [("CHN", "PRK", "1990-03-01", "057", 8.0), ("RUS", "PRK", "1990-05-01", "112", -2.0),
                ("USA", "RUS", "1990-06-01", "040", 1.0)])
    add(store, [("CHN", "PRK", "2024-03-01", "112", -2.0), ("RUS", "PRK", "2024-06-19", "057", 8.0),
                ("RUS", "UKR", "2024-02-01", "190", -10.0)])
    changes = compare(store, (dt.date(1990, 1, 1), dt.date(1990, 12, 31)), (dt.date(2024, 1, 1), None))
    found = {(r.a, r.b): r.change for r in changes.itertuples()}
    assert found == {("CHN", "PRK"): "flipped", ("PRK", "RUS"): "flipped", ("RUS", "USA"): "lost",
                     ("RUS", "UKR"): "gained"}
    flipped = changes.set_index(["a", "b"]).loc[("CHN", "PRK")]
    assert (flipped["sign_before"], flipped["sign_after"]) == (1, -1)
    assert compare_graphs(nx.Graph(), nx.Graph()).empty


def test_export_graphml_and_node_link_json(store, tmp_path):
    add(store, [("CHN", "PRK", "2010-03-01", "057", 8.0), ("RUS", "PRK", "2010-05-01", "112", -2.0)])
    net = network(store)
    back = nx.read_graphml(write_graph(net.directed, tmp_path / "net.graphml"))
    assert set(back.edges) == {("CHN", "PRK"), ("RUS", "PRK")} and back["RUS"]["PRK"]["sign"] == -1
    data = json.loads(write_graph(net.signed, tmp_path / "net.json").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"CHN", "PRK", "RUS"} and len(data["links"]) == 2
    with pytest.raises(AnalysisError, match="graphml"):
        write_graph(net.directed, tmp_path / "net.txt")
    with pytest.raises(AnalysisError, match="after it ends"):
        network(store, dt.date(2020, 1, 1), dt.date(2010, 1, 1))
