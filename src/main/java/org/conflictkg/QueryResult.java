package org.conflictkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The answer to a SPARQL query, read in full inside the query's transaction: it stays usable
 * after the store is closed. One of {@link Select}, {@link Ask} or {@link Graph}.
 */
public sealed interface QueryResult permits QueryResult.Select, QueryResult.Ask, QueryResult.Graph {

    /**
     * The rows of a SELECT.
     *
     * @param variables the projected variables, in query order, without '?'
     * @param rows one map per row, variable name to value; an unbound variable is absent
     */
    record Select(List<String> variables, List<Map<String, RDFNode>> rows) implements QueryResult {
        public Select {
            variables = List.copyOf(variables);
            rows = rows.stream().map(Map::copyOf).toList();
        }

        /** @return a new result set over the rows, for Jena's {@code ResultSetFormatter} and writers */
        public ResultSet resultSet() {
            List<Var> vars = variables.stream().map(Var::alloc).toList();
            List<Binding> bindings = new ArrayList<>(rows.size());
            for (Map<String, RDFNode> row : rows) {
                BindingBuilder b = BindingBuilder.create();
                row.forEach((name, value) -> b.add(Var.alloc(name), value.asNode()));
                bindings.add(b.build());
            }
            return ResultSet.adapt(RowSetStream.create(vars, bindings.iterator()));
        }
    }

    /** @param answer the answer of an ASK */
    record Ask(boolean answer) implements QueryResult {
    }

    /** @param model the triples of a CONSTRUCT or DESCRIBE, with the query's prefixes; the caller owns it */
    record Graph(Model model) implements QueryResult {
        public Graph {
            Objects.requireNonNull(model, "model");
        }
    }
}
