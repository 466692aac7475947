package org.conflictkg.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One countable item, gold or extracted, reduced to what matching compares: its category, its
 * classes (for events) and, per role, the set of keys that fill it (IRIs, state IRIs, years).
 *
 * @param category where it is counted
 * @param types the event classes it belongs to (empty for entities and plain facts)
 * @param roles role name to the keys filling it; a role missing from a gold fact is not compared
 * @param shown the same roles before actors were lifted to their state, for difference listings
 */
record Fact(Category category, Set<String> types, Map<String, Set<String>> roles, Map<String, Set<String>> shown) {
    Fact(Category category, Set<String> types, Map<String, Set<String>> roles) {
        this(category, types, roles, roles);
    }

    Fact {
        types = Set.copyOf(types);
        Map<String, Set<String>> copy = new TreeMap<>();
        roles.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        roles = Map.copyOf(copy);
        Map<String, Set<String>> shownCopy = new TreeMap<>();
        shown.forEach((k, v) -> shownCopy.put(k, Set.copyOf(v)));
        shown = Map.copyOf(shownCopy);
    }

    /** @return whether both items have the same category, classes and role keys (the display form aside) */
    boolean sameAs(Fact other) {
        return category == other.category && types.equals(other.types) && roles.equals(other.roles);
    }

    /** @return a readable form for difference listings: sorted roles with the IRIs the graph used, shortened */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (!types.isEmpty()) {
            sb.append(short_(new TreeSet<>(types))).append(' ');
        }
        new TreeMap<>(shown).forEach((k, v) -> sb.append(k).append('=').append(short_(new TreeSet<>(v))).append(' '));
        return sb.toString().trim();
    }

    private static String short_(Set<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(k.replace("https://w3id.org/conflict-kg/id/", "id:")
                    .replace("https://w3id.org/conflict-kg/ontology#", "ckg:"));
        }
        return keys.size() == 1 ? sb.toString() : "{" + sb + "}";
    }
}
