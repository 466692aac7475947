package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pairs the gold facts the exact matching left alone with the extracted facts it left alone, each
 * gold fact with the one that differs from it in the fewest aspects, and only when the two share a
 * filler (an actor, a place, a weapon, an agency in the same role): two facts with nothing in common
 * are not a near miss but a fact not found and another invented.
 */
final class NearMissFinder {
    private final TypeHierarchy hierarchy;

    NearMissFinder(TypeHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * @param missed the gold facts of one category that nothing matched
     * @param unmatched the extracted facts of that category that matched nothing
     * @return one near miss per gold fact, in the order given
     */
    List<NearMiss> find(Category category, List<Fact> missed, List<Fact> unmatched) {
        record Candidate(int gold, int extracted, List<String> differences) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < missed.size(); i++) {
            for (int j = 0; j < unmatched.size(); j++) {
                if (shareAFiller(missed.get(i), unmatched.get(j))) {
                    candidates.add(new Candidate(i, j, differences(missed.get(i), unmatched.get(j))));
                }
            }
        }
        // Closest pairs first; a stable sort keeps the gold order among equals, so the result is
        // the same on every run (the lists come in sorted).
        candidates.sort(Comparator.comparingInt(c -> c.differences().size()));
        NearMiss[] found = new NearMiss[missed.size()];
        boolean[] taken = new boolean[unmatched.size()];
        for (Candidate c : candidates) {
            if (found[c.gold()] == null && !taken[c.extracted()]) {
                taken[c.extracted()] = true;
                found[c.gold()] = new NearMiss(category, missed.get(c.gold()).describe(),
                        Optional.of(unmatched.get(c.extracted()).describe()), c.differences());
            }
        }
        List<NearMiss> result = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            result.add(found[i] != null ? found[i]
                    : new NearMiss(category, missed.get(i).describe(), Optional.empty(), List.of()));
        }
        return result;
    }

    private static boolean shareAFiller(Fact gold, Fact extracted) {
        for (Map.Entry<String, Set<String>> role : gold.roles().entrySet()) {
            if (!Collections.disjoint(role.getValue(), extracted.roles().getOrDefault(role.getKey(), Set.of()))) {
                return true;
            }
        }
        return false;
    }

    /* The aspects Matcher.matches compares, each named when it fails. */
    private List<String> differences(Fact gold, Fact extracted) {
        List<String> differences = new ArrayList<>();
        for (String type : gold.types()) {
            if (extracted.types().stream().noneMatch(t -> hierarchy.isA(t, type))) {
                differences.add("class");
                break;
            }
        }
        // Fact keeps its roles in an unordered map: sorted here so that listings are stable.
        for (Map.Entry<String, Set<String>> role : new TreeMap<>(gold.roles()).entrySet()) {
            Set<String> want = role.getValue();
            Set<String> got = extracted.roles().getOrDefault(role.getKey(), Set.of());
            if (got.equals(want)) {
                continue;
            }
            String how = got.isEmpty() ? "missing"
                    : want.containsAll(got) ? "fewer"
                    : got.containsAll(want) ? "more"
                    : "other";
            differences.add(role.getKey() + " " + how);
        }
        return differences;
    }
}
