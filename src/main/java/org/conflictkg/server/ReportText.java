package org.conflictkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.vocab.CKG;
import org.jsoup.nodes.Element;

/**
 * The text of a report ({@code ckg:text}) with every {@code ckg:Mention} turned into a link to the
 * entity it denotes. Offsets are Java {@code String} indices ({@code oa:start} inclusive,
 * {@code oa:end} exclusive); a mention that overlaps an earlier one or falls outside the text is
 * left as plain text rather than guessed at.
 */
final class ReportText {
    private static final Node START = NodeFactory.createURI(Site.OA + "start");
    private static final Node END = NodeFactory.createURI(Site.OA + "end");

    private record Mention(int start, int end, Node entity) {
    }

    private final Graph graph;
    private final Labels labels;

    ReportText(Graph graph, Labels labels) {
        this.graph = graph;
        this.labels = labels;
    }

    void render(Node report, Element main) {
        Node textNode = first(report, CKG.text.asNode());
        if (textNode == null || !textNode.isLiteral()) {
            return;
        }
        String text = textNode.getLiteralLexicalForm();
        main.appendElement("h2").text("Report text");
        Element div = main.appendElement("div").addClass("report-text");
        int at = 0;
        for (Mention m : mentions(report, text.length())) {
            if (m.start() < at) {
                continue;
            }
            div.appendText(text.substring(at, m.start()));
            Page.link(div, m.entity().getURI(), text.substring(m.start(), m.end()))
                    .addClass("mention").attr("title", labels.label(graph, m.entity()));
            at = m.end();
        }
        div.appendText(text.substring(at));
    }

    private List<Mention> mentions(Node report, int length) {
        List<Mention> mentions = new ArrayList<>();
        for (Triple t : graph.find(Node.ANY, CKG.inReport.asNode(), report).toList()) {
            Node m = t.getSubject();
            if (!graph.contains(m, RDF.type.asNode(), CKG.Mention.asNode())) {
                continue;
            }
            Integer start = integer(first(m, START));
            Integer end = integer(first(m, END));
            Node entity = first(m, CKG.denotes.asNode());
            if (start != null && end != null && entity != null && entity.isURI() && 0 <= start && start < end && end <= length) {
                mentions.add(new Mention(start, end, entity));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        return mentions;
    }

    private Node first(Node s, Node p) {
        List<Triple> found = graph.find(s, p, Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject();
    }

    private static Integer integer(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Integer.valueOf(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
