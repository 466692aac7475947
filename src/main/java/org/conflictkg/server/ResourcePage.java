package org.conflictkg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocab.CKG;
import org.jsoup.nodes.Element;

/**
 * The HTML page of one resource: label and types in the reader's language, its statements (each
 * marked stated or inferred, with the report and sentence that support it), incoming links and,
 * for a report, its text with every mention linked. Runs inside the caller's read transaction.
 */
final class ResourcePage {
    private static final Node EXACT = NodeFactory.createURI(Site.OA + "exact");

    private final Site site;
    private final Graph graph;
    private final Labels labels;

    ResourcePage(Site site, Graph graph, Labels labels) {
        this.site = site;
        this.graph = graph;
        this.labels = labels;
    }

    Page render(Node node) {
        String iri = node.getURI();
        String title = labels.label(graph, node);
        Page page = new Page(title, labels.primary());
        Element main = page.main();
        main.appendElement("h1").text(title);
        Element meta = main.appendElement("p").addClass("iri");
        meta.appendElement("code").text(iri);
        List<Node> types = objects(node, RDF.type.asNode());
        if (!types.isEmpty()) {
            Element typeList = main.appendElement("p").addClass("types");
            for (Node type : types) {
                Page.link(typeList, type.getURI(), labels.label(graph, type)).addClass("type");
            }
        }
        Element actions = main.appendElement("p").addClass("actions");
        actions.appendElement("a").attr("href", ResourceServlet.graphView(iri)).addClass("button").text("Graph view");
        if (types.contains(CKG.Report.asNode())) {
            actions.appendElement("a").attr("href", "/graph?report=" + URLEncoder.encode(iri, StandardCharsets.UTF_8))
                    .addClass("button").text("Graph of this report");
            new ReportText(graph, labels).render(node, main);
        }
        evidence(node, main);
        outgoing(node, main);
        incoming(node, main);
        return page;
    }

    /* The sentences an extracted event or claim rests on, quoted, with their report. */
    private void evidence(Node node, Element main) {
        List<Node> sentences = objects(node, CKG.evidence.asNode());
        if (sentences.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Evidence");
        for (Node sentence : sentences) {
            quote(sentence, main.appendElement("blockquote").addClass("evidence"));
        }
    }

    private void quote(Node sentence, Element into) {
        List<Node> exact = objects(sentence, EXACT);
        into.appendElement("span").addClass("exact").text(exact.isEmpty() ? "" : exact.get(0).getLiteralLexicalForm());
        Element source = into.appendElement("span").addClass("source");
        for (Node report : objects(sentence, CKG.inReport.asNode())) {
            source.appendText("— ");
            Page.link(source, report.getURI(), labels.label(graph, report));
            source.appendText(" · ");
            Page.link(source, sentence.getURI(), "sentence");
        }
    }

    private void outgoing(Node node, Element main) {
        main.appendElement("h2").text("Statements");
        Map<Triple, Set<Node>> graphs = graphsOf(node);
        Map<Triple, List<Node>> support = reifiedEvidence(node);
        List<Triple> triples = new ArrayList<>(graphs.keySet());
        triples.removeIf(t -> t.getPredicate().equals(CKG.text.asNode()));
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        Element table = main.appendElement("table").addClass("statements");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Property");
        head.appendElement("th").text("Value");
        head.appendElement("th").text("Source");
        Element body = table.appendElement("tbody");
        int shown = 0;
        for (Triple t : triples) {
            if (shown++ == site.rowCap()) {
                break;
            }
            Element row = body.appendElement("tr");
            Page.link(row.appendElement("td"), t.getPredicate().getURI(), labels.label(graph, t.getPredicate()));
            value(row.appendElement("td"), t.getObject());
            source(row.appendElement("td"), graphs.get(t), support.getOrDefault(t, List.of()));
        }
        capNote(main, triples.size());
    }

    private void incoming(Node node, Element main) {
        List<Triple> triples = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(Node.ANY, Node.ANY, node);
        try {
            while (it.hasNext() && triples.size() <= site.rowCap()) {
                triples.add(it.next());
            }
        } finally {
            it.close();
        }
        if (triples.isEmpty()) {
            return;
        }
        main.appendElement("h2").text("Incoming links");
        Element table = main.appendElement("table").addClass("statements");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Subject");
        head.appendElement("th").text("Property");
        Element body = table.appendElement("tbody");
        for (Triple t : triples.subList(0, Math.min(triples.size(), site.rowCap()))) {
            Element row = body.appendElement("tr");
            value(row.appendElement("td"), t.getSubject());
            Page.link(row.appendElement("td"), t.getPredicate().getURI(), labels.label(graph, t.getPredicate()));
        }
        capNote(main, triples.size());
    }

    private void capNote(Element main, int total) {
        if (total > site.rowCap()) {
            main.appendElement("p").addClass("cap").text("Only the first " + site.rowCap() + " rows are shown; use the SPARQL editor for all.");
        }
    }

    private void value(Element cell, Node value) {
        if (value.isURI()) {
            Page.link(cell, value.getURI(), labels.label(graph, value));
        } else if (value.isLiteral()) {
            cell.appendElement("span").addClass("literal").text(value.getLiteralLexicalForm());
            String lang = value.getLiteralLanguage();
            String tag = !lang.isEmpty() ? "@" + lang : Site.shortForm(value.getLiteralDatatypeURI());
            if (!"xsd:string".equals(tag)) {
                cell.appendElement("span").addClass("tag").text(tag);
            }
        } else {
            cell.appendElement("span").addClass("blank").text("(blank node)");
        }
    }

    private void source(Element cell, Set<Node> graphs, List<Node> sentences) {
        boolean stated = graphs.stream().anyMatch(g -> !g.equals(Site.INFERRED));
        cell.appendElement("span").addClass(stated ? "stated" : "inferred").text(stated ? "stated" : "inferred");
        for (Node g : graphs) {
            if (g.isURI() && g.getURI().startsWith(Site.REPORT_GRAPH)) {
                String report = CKG.ID + "report/" + g.getURI().substring(Site.REPORT_GRAPH.length());
                cell.appendText(" ");
                Page.link(cell, report, "report").addClass("report-link");
            }
        }
        for (Node sentence : sentences) {
            quote(sentence, cell.appendElement("blockquote").addClass("evidence"));
        }
    }

    /* For each outgoing triple, the named graphs that hold it. */
    private Map<Triple, Set<Node>> graphsOf(Node node) {
        Map<Triple, Set<Node>> graphs = new LinkedHashMap<>();
        ExtendedIterator<Triple> it = graph.find(node, Node.ANY, Node.ANY);
        try {
            it.forEachRemaining(t -> graphs.put(t, new LinkedHashSet<>()));
        } finally {
            it.close();
        }
        // Called inside Site.read's transaction, so the quads are those of the same snapshot.
        site.dataset().find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
            Set<Node> in = graphs.get(q.asTriple());
            if (in != null && !q.isDefaultGraph()) {
                in.add(q.getGraph());
            }
        });
        return graphs;
    }

    /* Reified statements (rdf:Statement with ckg:evidence) about the node's triples. */
    private Map<Triple, List<Node>> reifiedEvidence(Node node) {
        Map<Triple, List<Node>> support = new LinkedHashMap<>();
        for (Triple t : graph.find(Node.ANY, RDF.subject.asNode(), node).toList()) {
            Node statement = t.getSubject();
            List<Node> p = objects(statement, RDF.predicate.asNode());
            List<Node> o = objects(statement, RDF.object.asNode());
            if (p.size() == 1 && o.size() == 1) {
                support.computeIfAbsent(Triple.create(node, p.get(0), o.get(0)), k -> new ArrayList<>())
                        .addAll(objects(statement, CKG.evidence.asNode()));
            }
        }
        return support;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
