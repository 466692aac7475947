package org.conflictkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs gold items with extracted items, one to one, so that as many pairs as possible match
 * (a maximum bipartite matching: greedy pairing would depend on the order of the triples and could
 * pair a loose gold item with the one extracted item a stricter gold item needed).
 */
final class Matcher {
    private final TypeHierarchy hierarchy;

    Matcher(TypeHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * Whether an extracted item counts as the gold item: same category; each gold event class is
     * the extracted item's class or a superclass of it; each role the gold states holds exactly
     * the same keys in the extracted item.
     */
    boolean matches(Fact gold, Fact extracted) {
        if (gold.category() != extracted.category()) {
            return false;
        }
        for (String type : gold.types()) {
            if (extracted.types().stream().noneMatch(t -> hierarchy.isA(t, type))) {
                return false;
            }
        }
        for (Map.Entry<String, Set<String>> role : gold.roles().entrySet()) {
            if (!role.getValue().equals(extracted.roles().getOrDefault(role.getKey(), Set.of()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return for each gold item (by index) the index of its extracted partner, or -1
     */
    int[] pair(List<Fact> gold, List<Fact> extracted) {
        List<List<Integer>> candidates = new ArrayList<>();
        for (Fact g : gold) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < extracted.size(); j++) {
                if (matches(g, extracted.get(j))) {
                    c.add(j);
                }
            }
            candidates.add(c);
        }
        int[] partnerOfExtracted = new int[extracted.size()];
        Arrays.fill(partnerOfExtracted, -1);
        for (int i = 0; i < gold.size(); i++) {
            augment(i, candidates, partnerOfExtracted, new boolean[extracted.size()]);
        }
        int[] partnerOfGold = new int[gold.size()];
        Arrays.fill(partnerOfGold, -1);
        for (int j = 0; j < partnerOfExtracted.length; j++) {
            if (partnerOfExtracted[j] >= 0) {
                partnerOfGold[partnerOfExtracted[j]] = j;
            }
        }
        return partnerOfGold;
    }

    // Kuhn's augmenting path: the lists are a few dozen items, so the simple algorithm is enough.
    private boolean augment(int g, List<List<Integer>> candidates, int[] partnerOfExtracted, boolean[] visited) {
        for (int e : candidates.get(g)) {
            if (!visited[e]) {
                visited[e] = true;
                if (partnerOfExtracted[e] < 0 || augment(partnerOfExtracted[e], candidates, partnerOfExtracted, visited)) {
                    partnerOfExtracted[e] = g;
                    return true;
                }
            }
        }
        return false;
    }
}
