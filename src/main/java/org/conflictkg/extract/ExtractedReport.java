package org.conflictkg.extract;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * What one report yields: the triples that go into its own named graph, and counts for the user.
 *
 * @param graphName the IRI of the report's named graph ({@code .../graph/report/{sha256}})
 * @param reportIri the IRI of the {@code ckg:Report} resource
 * @param source the name the report was read from (a file name), for messages
 * @param model the report graph's triples; the caller owns it
 * @param entities entities the report mentions
 * @param events events extracted
 * @param claims claims extracted
 */
public record ExtractedReport(String graphName, String reportIri, String source, Model model,
                              int entities, int events, int claims) {
    public ExtractedReport {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(reportIri, "reportIri");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
    }

    /** @return the number of triples in the report graph */
    public long triples() {
        return model.size();
    }
}
