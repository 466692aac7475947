package org.conflictkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Jena's forward rule engine with the rules of {@code conflict-kg/rules/inference.rules}. The rules
 * are data: adding one is an edit of that file. Immutable and thread-safe.
 */
final class Inference {
    static final String RULES = "conflict-kg/rules/inference.rules";

    private final List<Rule> rules;

    private Inference(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return the inference of the rules bundled on the classpath */
    static Inference bundled() {
        InputStream in = Inference.class.getClassLoader().getResourceAsStream(RULES);
        if (in == null) {
            throw new IllegalStateException("bundled file " + RULES + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Inference(Rule.parseRules(Rule.rulesParserFromReader(reader)));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled file " + RULES, e);
        }
    }

    /**
     * @param stated the stated triples; only read
     * @return a new graph of what the rules derive from {@code stated} that {@code stated} does not already hold
     */
    Graph derive(Graph stated) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(stated);
        inf.prepare();
        Graph derived = GraphFactory.createDefaultGraph();
        // The deductions graph can repeat a stated triple (a rule may conclude what is already said).
        inf.getDeductionsGraph().find().forEach((Triple t) -> {
            if (!stated.contains(t)) {
                derived.add(t);
            }
        });
        return derived;
    }
}
