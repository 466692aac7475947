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
import org.apache.jena.vocabulary.DCTerms;
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
        return node.isURI() ? Site.shortForm(node.getURI()) : node.toString();
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
