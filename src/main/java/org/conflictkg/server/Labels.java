package org.conflictkg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.conflictkg.vocab.CKG;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Picks the label of a resource in the reader's language: the languages of {@code Accept-Language}
 * in order, then English, then French, then any label, then a short form of the IRI.
 */
record Labels(List<String> languages) {

    Labels {
        languages = List.copyOf(languages);
    }

    /** @return the reader's languages, from the request's {@code Accept-Language} */
    static Labels of(HttpServletRequest request) {
        List<String> langs = new ArrayList<>();
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                String lang = locale.getLanguage().toLowerCase(Locale.ROOT);
                if (!lang.isEmpty() && !langs.contains(lang)) {
                    langs.add(lang);
                }
            }
        }
        for (String fallback : List.of("en", "fr")) {
            if (!langs.contains(fallback)) {
                langs.add(fallback);
            }
        }
        return new Labels(langs);
    }

    /** @return the first language the reader reads, for the page's {@code lang} attribute */
    String primary() {
        return languages.get(0);
    }

    /** @return the best label of {@code node} in {@code graph}, never null */
    String label(Graph graph, Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        String best = best(graph, node, RDFS.label.asNode());
        if (best == null) {
            best = best(graph, node, SKOS.prefLabel.asNode());
        }
        if (best == null) {
            best = best(graph, node, DCTerms.title.asNode());
        }
        if (best != null) {
            return best;
        }
        if (!node.isURI()) {
            return node.toString();
        }
        return extracted(graph, node);
    }

    /*
     * Events, claims, facts, sentences and mentions have no label of their own: name them by
     * their class and number ("Shelling 1"), which reads better than a 64-digit hash.
     */
    private String extracted(Graph graph, Node node) {
        String iri = node.getURI();
        String reports = CKG.ID + "report/";
        if (!iri.startsWith(reports)) {
            return Site.shortForm(iri);
        }
        String[] parts = iri.substring(reports.length()).split("/");
        if (parts.length == 1) {
            return "Report " + parts[0].substring(0, Math.min(8, parts[0].length()));
        }
        List<Triple> types = graph.find(node, RDF.type.asNode(), Node.ANY).toList();
        String kind = types.isEmpty() || !types.get(0).getObject().isURI()
                ? parts[1]
                : label(graph, types.get(0).getObject());
        return kind + " " + parts[parts.length - 1];
    }

    private String best(Graph graph, Node node, Node property) {
        String any = null;
        int rank = Integer.MAX_VALUE;
        String chosen = null;
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage().toLowerCase(Locale.ROOT);
                int dash = lang.indexOf('-');
                int r = languages.indexOf(dash > 0 ? lang.substring(0, dash) : lang);
                if (r >= 0 && r < rank) {
                    rank = r;
                    chosen = o.getLiteralLexicalForm();
                }
                if (any == null || lang.isEmpty()) {
                    any = o.getLiteralLexicalForm();
                }
            }
        } finally {
            it.close();
        }
        return chosen != null ? chosen : any;
    }
}
