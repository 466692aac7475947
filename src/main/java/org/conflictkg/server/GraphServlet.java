package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.conflictkg.vocab.CKG;
import org.jsoup.nodes.Element;

/**
 * The graph view: {@code /graph?iri=...} (a resource and its neighbours) and {@code /graph?report=...}
 * (the entities, events and claims of one report), drawn by Cytoscape.js from the JSON that
 * {@code /graph/data} serves with the same parameters. Nodes carry a {@code group} (their broad
 * class, found by walking {@code rdfs:subClassOf}) that the page colours.
 */
final class GraphServlet extends HttpServlet {
    /** Broad classes in the order they are tried: the first a node falls under names its group. */
    private static final List<Map.Entry<String, Node>> GROUPS = List.of(
            Map.entry("report", CKG.Report.asNode()),
            Map.entry("claim", CKG.Claim.asNode()),
            Map.entry("event", CKG.Event.asNode()),
            Map.entry("state", CKG.State.asNode()),
            Map.entry("person", CKG.Person.asNode()),
            Map.entry("organization", CKG.Organization.asNode()),
            Map.entry("place", CKG.Place.asNode()),
            Map.entry("treaty", CKG.Treaty.asNode()),
            Map.entry("concept", SKOS.Concept.asNode()));
    /* Edges that would bury the picture: bookkeeping of sentences, mentions and provenance. */
    private static final Set<Node> HIDDEN = Set.of(RDF.type.asNode(), CKG.inReport.asNode(), CKG.evidence.asNode(),
            CKG.mentions.asNode(), RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode(),
            NodeFactory.createURI(Site.PROV + "wasDerivedFrom"), CKG.denotes.asNode());
    private static final Set<Node> HIDDEN_TYPES = Set.of(CKG.Sentence.asNode(), CKG.Mention.asNode(), RDF.Statement.asNode());

    private final transient Site site;

    GraphServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Labels labels = Labels.of(request);
        String iri = request.getParameter("iri");
        String report = reportGraph(request.getParameter("report"));
        if ((iri == null || iri.isBlank()) && report == null) {
            Page.error(response, 400, "Give ?iri= (a resource) or ?report= (a report IRI or its SHA-256).", labels.primary());
            return;
        }
        if ("/graph/data".equals(request.getServletPath())) {
            JsonObject json = site.readDataset(dsg -> report != null
                    ? data(dsg.getUnionGraph(), dsg.getGraph(NodeFactory.createURI(report)), null, labels)
                    : data(dsg.getUnionGraph(), null, NodeFactory.createURI(iri), labels));
            response.setContentType("application/json; charset=utf-8");
            try (OutputStream out = response.getOutputStream()) {
                out.write(JSON.toString(json).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String query = report != null ? "report=" + URLEncoder.encode(report, StandardCharsets.UTF_8)
                : "iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        String title = report != null ? "Graph of a report" : "Graph around " + site.read(g -> labels.label(g, NodeFactory.createURI(iri)));
        Page page = new Page(title, labels.primary()).script("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").script("/static/graph.js");
        Element main = page.main();
        main.appendElement("h1").text(title);
        Element legend = main.appendElement("p").addClass("legend");
        for (Map.Entry<String, Node> group : GROUPS) {
            legend.appendElement("span").addClass("swatch").addClass("g-" + group.getKey()).text(group.getKey());
        }
        legend.appendElement("span").addClass("swatch").addClass("g-other").text("other");
        main.appendElement("div").attr("id", "cy").attr("data-src", "/graph/data?" + query);
        main.appendElement("p").addClass("hint").text("Click a node to open its page. Drag to move, scroll to zoom.");
        page.send(response, 200);
    }

    /* A report may be named by its IRI, its graph IRI or its SHA-256; all give the graph IRI. */
    private static String reportGraph(String report) {
        if (report == null || report.isBlank()) {
            return null;
        }
        String r = report.strip();
        String idPrefix = CKG.ID + "report/";
        if (r.startsWith(idPrefix)) {
            r = r.substring(idPrefix.length());
        } else if (r.startsWith(Site.REPORT_GRAPH)) {
            r = r.substring(Site.REPORT_GRAPH.length());
        }
        return r.matches("[0-9a-fA-F]{64}") ? Site.REPORT_GRAPH + r.toLowerCase(java.util.Locale.ROOT) : null;
    }

    private JsonObject data(Graph union, Graph scope, Node centre, Labels labels) {
        Map<Node, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray edges = new JsonArray();
        Set<Triple> triples = new LinkedHashSet<>();
        if (centre != null) {
            node(union, centre, nodes, labels).put("centre", true);
            collect(union.find(centre, Node.ANY, Node.ANY), triples);
            collect(union.find(Node.ANY, Node.ANY, centre), triples);
        } else {
            collect(scope.find(), triples);
        }
        for (Triple t : triples) {
            if (edges.size() >= site.rowCap()) {
                break;
            }
            Node s = t.getSubject();
            Node o = t.getObject();
            if (!s.isURI() || !o.isURI() || HIDDEN.contains(t.getPredicate()) || hiddenType(union, s) || hiddenType(union, o)) {
                continue;
            }
            node(union, s, nodes, labels);
            node(union, o, nodes, labels);
            JsonObject data = new JsonObject();
            data.put("id", "e" + edges.size());
            data.put("source", s.getURI());
            data.put("target", o.getURI());
            data.put("label", labels.label(union, t.getPredicate()));
            JsonObject edge = new JsonObject();
            edge.put("data", data);
            edges.add(edge);
        }
        JsonArray nodeArray = new JsonArray();
        nodes.values().forEach(data -> {
            JsonObject n = new JsonObject();
            n.put("data", data);
            nodeArray.add(n);
        });
        JsonObject json = new JsonObject();
        json.put("nodes", nodeArray);
        json.put("edges", edges);
        return json;
    }

    private static void collect(ExtendedIterator<Triple> it, Set<Triple> into) {
        try {
            it.forEachRemaining(into::add);
        } finally {
            it.close();
        }
    }

    private static boolean hiddenType(Graph graph, Node n) {
        return HIDDEN_TYPES.stream().anyMatch(type -> graph.contains(n, RDF.type.asNode(), type));
    }

    private static JsonObject node(Graph graph, Node n, Map<Node, JsonObject> nodes, Labels labels) {
        return nodes.computeIfAbsent(n, k -> {
            JsonObject data = new JsonObject();
            data.put("id", n.getURI());
            data.put("label", labels.label(graph, n));
            data.put("group", group(graph, n));
            data.put("href", Site.href(n.getURI()));
            return data;
        });
    }

    /* Breadth-first up rdfs:subClassOf from the node's types; the earliest group in GROUPS wins. */
    static String group(Graph graph, Node n) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        graph.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        while (!todo.isEmpty() && seen.size() < 200) {
            Node c = todo.poll();
            if (seen.add(c)) {
                graph.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            }
        }
        for (Map.Entry<String, Node> group : GROUPS) {
            if (seen.contains(group.getValue())) {
                return group.getKey();
            }
        }
        return "other";
    }
}
