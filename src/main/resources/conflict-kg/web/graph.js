// Draws the graph view: fetches the JSON named by #cy[data-src] and lays it out with Cytoscape.
(function () {
  'use strict';
  var el = document.getElementById('cy');
  if (!el) { return; }
  var colours = {
    report: '#6b7280', claim: '#d97706', event: '#dc2626', state: '#2563eb', person: '#7c3aed',
    organization: '#0891b2', place: '#16a34a', treaty: '#a16207', concept: '#db2777', other: '#94a3b8'
  };
  var style = [
    { selector: 'node', style: {
      'label': 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1f2937',
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 160,
      'width': 22, 'height': 22, 'background-color': colours.other, 'border-width': 2, 'border-color': '#ffffff' } },
    { selector: 'node[?centre]', style: { 'width': 34, 'height': 34, 'border-color': '#111827', 'font-weight': 'bold' } },
    { selector: 'edge', style: {
      'label': 'data(label)', 'font-size': 9, 'color': '#6b7280', 'curve-style': 'bezier', 'width': 1.5,
      'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'target-arrow-shape': 'triangle',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } }
  ];
  Object.keys(colours).forEach(function (group) {
    style.push({ selector: 'node[group = "' + group + '"]', style: { 'background-color': colours[group] } });
  });
  fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var centred = data.nodes.some(function (n) { return n.data.centre; });
      // A neighbourhood reads best as a ring around its centre; a report graph as a force layout.
      var layout = centred
        ? { name: 'concentric', animate: false, padding: 40, minNodeSpacing: 120,
            concentric: function (node) { return node.data('centre') ? 2 : 1; }, levelWidth: function () { return 1; } }
        : { name: 'cose', animate: false, nodeRepulsion: 12000, idealEdgeLength: 120, padding: 40 };
      var cy = cytoscape({
        container: el,
        elements: { nodes: data.nodes, edges: data.edges },
        style: style,
        layout: layout,
        maxZoom: 2.5,
        wheelSensitivity: 0.3
      });
      // A small graph would otherwise be zoomed until its labels are huge.
      if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }
      cy.on('tap', 'node', function (event) { window.location.href = event.target.data('href'); });
      window.cy = cy;
      el.setAttribute('data-ready', 'true');
    });
}());
