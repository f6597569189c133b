// Actor network with Cytoscape.js; the page's table lists the same links without JS.
(function () {
  var el = document.getElementById("cy");
  if (!el || typeof cytoscape === "undefined") return;
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var en = el.dataset.lang === "en";
  var colours = { Person: "#0b5cad", Organization: "#8e44ad", Country: "#16a085",
                  Place: "#d35400", Facility: "#7f8c8d", Actor: "#95a5a6" };
  var elements = data.nodes.map(function (n) {
    return { data: { id: n.id, key: n.key, type: n.type,
                     label: (en && n.label_en) ? n.label_en : (n.label || n.label_en) } };
  }).concat(data.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind,
                     weight: e.count } };
  }));
  el.hidden = false;
  var cy = cytoscape({
    container: el,
    elements: elements,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 14, "text-background-color": "#fff",
          "text-background-opacity": 0.8, "text-background-padding": 2, "text-valign": "bottom",
          "text-margin-y": 4, "width": 22, "height": 22,
          "background-color": function (n) { return colours[n.data("type")] || "#95a5a6"; } } },
      { selector: "edge", style: {
          "width": function (e) { return Math.min(8, 1 + e.data("weight")); },
          "curve-style": "bezier", "target-arrow-shape": "triangle",
          "line-color": "#9fb3c8", "target-arrow-color": "#9fb3c8" } },
      { selector: "edge[kind = 'event']", style: { "line-style": "dashed",
          "line-color": "#e08e79", "target-arrow-color": "#e08e79" } }
    ],
    layout: { name: "cose", animate: false, padding: 30, nodeRepulsion: function () { return 900000; },
              idealEdgeLength: function () { return 120; }, nodeOverlap: 40,
              componentSpacing: 120, gravity: 0.2 }
  });
  window.kgGraph = cy;
  var table = document.getElementById("edge-table");
  if (table) table.open = false;
  cy.on("tap", "node", function (ev) {
    var key = ev.target.data("key");
    if (key) location.href = el.dataset.entity.replace("KEY", key) + "?lang=" + el.dataset.lang;
  });
})();
