"""The analysis layer: what the store's events say about relations between states.

Library first; every function here is also a command (``entente relations``, ``shifts``, ``claim``,
``triangle``, ``network``, ``plot``) with a ``--json`` twin. Heavy libraries (pandas, ruptures, statsmodels,
networkx, matplotlib) load inside the functions, so importing this package is cheap. ``network()`` and
``shifts()`` share their modules' names, so they are imported from ``entente.analysis.network`` and
``entente.analysis.shifts``, not from here.

    series     relations(): a dyad per period, both directions, gap-aware (no coverage is NaN, not 0)
    shifts     change points (ruptures Pelt) and records ("first visit in 24 years")
    claims     claim(): check "the strongest since the Cold War" against the data, with evidence
    triangles  Goldstein & Freeman reciprocity: VAR, Granger tests, impulse responses for three actors
    network    the signed network of a window: structural balance, blocs, ties gained, lost, flipped
    plots      a dyad's timeline and the network as PNG, SVG or HTML
"""

from entente.analysis.claims import ClaimCheck, ClaimSpec, claim, parse_claim
from entente.analysis.network import Balance, Network, balance, compare, compare_graphs, write_graph
from entente.analysis.plots import plot_network, plot_relations
from entente.analysis.series import AnalysisError, net_cooperation, relations
from entente.analysis.shifts import Record, ShiftResult, find_shifts, records
from entente.analysis.triangles import VarResult, fit_var, triangle, triangle_series

__all__ = [
    "AnalysisError", "Balance", "ClaimCheck", "ClaimSpec", "Network", "Record", "ShiftResult", "VarResult",
    "balance", "claim", "compare", "compare_graphs", "find_shifts", "fit_var", "net_cooperation", "parse_claim",
    "plot_network", "plot_relations", "records", "relations", "triangle", "triangle_series", "write_graph",
]
