package org.conflictkg.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold fact nothing matched, with the unmatched extracted fact of its category that comes closest
 * to it, if any, and how the two differ. Near misses say <em>why</em> recall is lost (the exact
 * matching of data/gold/README.md hides an incident found with one place too few as well as one not
 * found at all), and their counts can be read on held-out sets without listing a single item.
 *
 * @param category where the gold fact is counted
 * @param gold the gold fact, readable
 * @param closest the closest unmatched extracted fact, readable; empty when none shares a filler
 * @param differences what keeps them apart, most telling first: {@code class} (the extracted class
 *     is not the gold class nor a subclass of it) and, per role the gold states, {@code {role} missing}
 *     (the extracted fact leaves it empty), {@code {role} fewer} or {@code {role} more} (a strict
 *     subset or superset of the gold fillers) or {@code {role} other}
 */
public record NearMiss(Category category, String gold, Optional<String> closest, List<String> differences) {
    public NearMiss {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(closest, "closest");
        differences = List.copyOf(differences);
    }

    /** @return whether an extracted fact shares a filler with the gold fact */
    public boolean isNear() {
        return closest.isPresent();
    }
}
