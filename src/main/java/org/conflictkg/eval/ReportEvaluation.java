package org.conflictkg.eval;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of one report's extraction with its gold.
 *
 * @param report the report's file name
 * @param set the set it belongs to ({@code seed}, {@code dev}, {@code heldout}, ...)
 * @param scores counts per category
 * @param missed gold items nothing matched, readable ({@code "incidents: ckg:Shelling attacker=id:state/ARM"})
 * @param spurious extracted items matching no gold item, readable
 * @param nearMisses the missed facts (entities aside) with the closest extracted fact and how they differ
 */
public record ReportEvaluation(String report, String set, Scores scores, List<String> missed, List<String> spurious,
        List<NearMiss> nearMisses) {
    public ReportEvaluation {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(scores, "scores");
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        nearMisses = List.copyOf(nearMisses);
    }
}
