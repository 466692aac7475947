package org.conflictkg.eval;

import java.util.Objects;

/**
 * A report the extractor failed on during an evaluation run.
 *
 * @param report the report's file name
 * @param cause what the extraction threw
 */
public record ExtractionFailure(String report, RuntimeException cause) {
    public ExtractionFailure {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(cause, "cause");
    }
}
