"""Pictures: files in the format the suffix asks for, uncovered periods shaded, change points marked."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.analysis.network import network
from entente.analysis.plots import network_figure, plot_network, plot_relations, relations_figure
from entente.analysis.series import AnalysisError, net_cooperation, relations
from entente.analysis.shifts import find_shifts
from tests.analysis.synthetic import add


@pytest.fixture
def filled(store):
    for year in range(2000, 2008):
        add(store, [("USA", "CUB", f"{year}-03-01", "112", -2.0)])
    for year in (2010, 2011, 2012, 2013, 2014, 2015):  # 2008 and 2009: no coverage
        add(store, [("USA", "CUB", f"{year}-03-01", "057", 8.0), ("CUB", "USA", f"{year}-03-02", "057", 8.0)])
    add(store, [("USA", "CHN", "2012-01-01", "040", 1.0), ("CHN", "CUB", "2012-02-01", "057", 8.0)])
    return store


def test_timeline_shades_each_uncovered_period_and_marks_shifts(filled):
    frame = relations(filled, "USA", "CUB", by="year")
    found, _ = find_shifts(net_cooperation(frame))
    figure = relations_figure(frame, found)
    axes = figure.axes[0]
    assert len(axes.patches) == 2  # 2008, 2009
    dashed = [line for line in axes.get_lines() if line.get_linestyle() == "--"]
    assert len(dashed) == len(found) >= 1
    assert [line.get_label() for line in axes.get_lines()[:2]] == ["USA → CUB", "CUB → USA"]


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".html", b"<!doctype html>")])
def test_relations_plot_files(filled, tmp_path, suffix, magic):
    path = plot_relations(filled, "USA", "CUB", tmp_path / f"timeline{suffix}")
    data = path.read_bytes()
    assert data.startswith(magic)
    if suffix == ".html":
        assert b"data:image/png;base64," in data and b"<script" not in data


def test_network_plot(filled, tmp_path):
    path = plot_network(filled, tmp_path / "network.png", dt.date(2012, 1, 1), dt.date(2012, 12, 31))
    assert path.read_bytes().startswith(b"\x89PNG")
    figure = network_figure(network(filled))
    assert "balance" in figure.axes[0].get_title()
    assert {t.get_text() for t in figure.axes[0].texts} == {"USA", "CUB", "CHN"}


def test_plots_refuse_what_they_cannot_draw(filled, tmp_path):
    with pytest.raises(AnalysisError, match=".png"):
        plot_relations(filled, "USA", "CUB", tmp_path / "timeline.jpg")
    with pytest.raises(AnalysisError, match="empty"):
        plot_relations(filled, "RUS", "PRK", tmp_path / "none.png")
    with pytest.raises(AnalysisError, match="no events"):
        plot_network(filled, tmp_path / "none.png", dt.date(1900, 1, 1), dt.date(1901, 1, 1))
