/* entente dashboard: draws the dyad timeline (Chart.js) and the network (Cytoscape.js) from JSON embedded in
   the page as <script type="application/json"> (data, never code: the page's CSP runs no inline script), and
   opens an event's coding when its marked words are followed. Everything works without this file except the
   two drawings, whose figures are also given as tables. */
(function () {
  "use strict";

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  var COOP = "#1b6e3a", CONFLICT = "#a4262c", NET = "#0b4f8a", GAP = "rgba(120,120,120,0.18)";

  /* Grey hatched columns where the store has no coverage; dashed lines where the level shifts. */
  var periodsPlugin = {
    id: "ententePeriods",
    beforeDatasetsDraw: function (chart, _args, opts) {
      var x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
      var step = x.getPixelForValue(1) - x.getPixelForValue(0) || area.right - area.left;
      ctx.save();
      (opts.covered || []).forEach(function (covered, i) {
        if (covered) { return; }
        var left = x.getPixelForValue(i) - step / 2;
        ctx.fillStyle = GAP;
        ctx.fillRect(left, area.top, step, area.bottom - area.top);
        ctx.strokeStyle = "rgba(90,90,90,0.35)";
        ctx.beginPath();
        for (var k = -area.bottom; k < step; k += 8) {
          ctx.moveTo(left + k, area.bottom); ctx.lineTo(left + k + (area.bottom - area.top), area.top);
        }
        ctx.rect(left, area.top, step, area.bottom - area.top);
        ctx.save(); ctx.clip(); ctx.stroke(); ctx.restore();
      });
      ctx.restore();
    },
    afterDatasetsDraw: function (chart, _args, opts) {
      var x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
      var step = x.getPixelForValue(1) - x.getPixelForValue(0) || 0;
      ctx.save();
      (opts.shifts || []).forEach(function (shift) {
        var i = chart.data.labels.indexOf(shift.label);
        if (i < 0) { return; }
        var px = x.getPixelForValue(i) - step / 2;
        ctx.strokeStyle = "#5a2d82"; ctx.lineWidth = 2; ctx.setLineDash([6, 4]);
        ctx.beginPath(); ctx.moveTo(px, area.top); ctx.lineTo(px, area.bottom); ctx.stroke();
        ctx.setLineDash([]); ctx.fillStyle = "#5a2d82"; ctx.font = "12px system-ui, sans-serif";
        ctx.fillText("shift " + (shift.change > 0 ? "+" : "") + shift.change.toFixed(1), px + 4, area.top + 12);
      });
      ctx.restore();
    }
  };

  function drawTimeline() {
    var data = readJson("timeline-data"), canvas = document.getElementById("timeline");
    if (!data || !canvas || typeof Chart === "undefined") { return; }
    canvas.chart = new Chart(canvas, {
      data: {
        labels: data.labels,
        datasets: [
          { type: "bar", label: "Cooperation (events)", data: data.cooperation, backgroundColor: COOP, stack: "e" },
          { type: "bar", label: "Conflict (events, below)", data: data.conflict, backgroundColor: CONFLICT, stack: "e" },
          { type: "line", label: "Net cooperation (Goldstein)", data: data.net, borderColor: NET,
            backgroundColor: NET, yAxisID: "net", spanGaps: false, pointRadius: 3, tension: 0 }
        ]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, title: { display: true, text: "events" } },
          net: { position: "right", grid: { drawOnChartArea: false }, title: { display: true, text: "net Goldstein" } }
        },
        plugins: {
          ententePeriods: { covered: data.covered, shifts: data.shifts },
          tooltip: { callbacks: { footer: function (items) {
            return items.length && !data.covered[items[0].dataIndex] ? "no coverage in the store" : "";
          } } }
        }
      },
      plugins: [periodsPlugin]
    });
  }

  function edgeColour(weight, strongest) {
    var share = Math.min(1, Math.abs(weight) / (strongest || 1));
    var alpha = (0.35 + 0.65 * share).toFixed(2);
    return weight >= 0 ? "rgba(27,110,58," + alpha + ")" : "rgba(164,38,44," + alpha + ")";
  }

  var BLOCS = ["#0b4f8a", "#c25400", "#5a2d82", "#00707a", "#7a5c00", "#8a1f5a", "#3d5a1b", "#444444"];

  function drawNetwork() {
    var data = readJson("network-data"), box = document.getElementById("graph");
    if (!data || !box || typeof cytoscape === "undefined") { return; }
    var strongest = data.edges.reduce(function (m, e) { return Math.max(m, Math.abs(e.weight)); }, 0);
    var linked = {};
    data.edges.forEach(function (e) { linked[e.a] = linked[e.b] = true; });
    var elements = data.nodes.filter(function (n) { return linked[n.id]; }).map(function (n) {
      return { data: { id: n.id, label: n.id, name: n.name,
                       colour: n.bloc === null || n.bloc === undefined ? "#666666" : BLOCS[n.bloc % BLOCS.length] } };
    }).concat(data.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.a, target: e.b, colour: edgeColour(e.weight, strongest),
                       width: 1 + 7 * Math.sqrt(Math.abs(e.weight) / (strongest || 1)) } };
    }));
    box.cy = cytoscape({
      container: box, elements: elements,
      style: [
        { selector: "node", style: { "label": "data(label)", "background-color": "data(colour)", "color": "#1a1a1a",
                                     "font-size": 11, "text-valign": "top", "width": 18, "height": 18 } },
        { selector: "edge", style: { "line-color": "data(colour)", "width": "data(width)", "curve-style": "bezier" } }
      ],
      layout: { name: elements.length > 2 ? "cose" : "grid", animate: false, randomize: false, nodeRepulsion: 9000 }
    });
    box.cy.on("tap", "node", function (evt) {
      var id = evt.target.id();
      var neighbours = evt.target.neighborhood("node").map(function (n) { return n.id(); });
      if (neighbours.length === 1) { window.location.href = "/dyad/" + encodeURIComponent(id) + "/" + encodeURIComponent(neighbours[0]); }
    });
  }

  /* Follow a marked word to its event: open the disclosure, bring it into view, move focus to it. */
  function openEvent(hash) {
    if (!hash || hash.indexOf("#ev-") !== 0) { return; }
    var item = document.getElementById(hash.slice(1));
    if (!item) { return; }
    var details = item.querySelector("details");
    if (details) { details.open = true; }
    var summary = item.querySelector("summary");
    if (summary) { summary.focus({ preventScroll: true }); }
    item.scrollIntoView({ block: "nearest" });
    document.querySelectorAll(".text mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll('.text a.hl[data-events~="' + hash.slice(4) + '"]').forEach(function (a) {
      a.parentNode.classList.add("active");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawTimeline();
    drawNetwork();
    document.querySelectorAll(".text a.hl").forEach(function (link) {
      link.addEventListener("click", function () { setTimeout(function () { openEvent(link.getAttribute("href")); }, 0); });
    });
    window.addEventListener("hashchange", function () { openEvent(window.location.hash); });
    openEvent(window.location.hash);
  });
}());
