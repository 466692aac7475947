package org.conflictkg.report;

import java.util.Objects;

/**
 * One sentence of a report: its number (from 1, in reading order), where it lies, and the
 * paragraph it belongs to. A quotation that runs over several sentences is kept whole in one
 * {@code Sentence}, so that a statement and its attribution (« … », a déclaré X) stay together.
 *
 * @param number 1-based position in the report
 * @param span where it lies in the report text
 * @param paragraph 0-based paragraph index
 * @param heading whether it is a title or sub-heading rather than running text
 */
public record Sentence(int number, Span span, int paragraph, boolean heading) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (number < 1) {
            throw new IllegalArgumentException("sentence numbers start at 1");
        }
    }
}
