package org.conflictkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts per category, immutable. Every category is present (with {@link Counts#ZERO} when it has
 * no item on either side), so a table always has the same rows.
 *
 * @param byCategory the counts of each category
 */
public record Scores(Map<Category, Counts> byCategory) {
    /** Scores with no item in any category. */
    public static final Scores EMPTY = new Scores(Map.of());

    public Scores {
        EnumMap<Category, Counts> all = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            all.put(c, byCategory.getOrDefault(c, Counts.ZERO));
        }
        byCategory = Collections.unmodifiableMap(all);
    }

    /** @return the counts of one category */
    public Counts of(Category category) {
        return byCategory.get(category);
    }

    /** @return category by category sums */
    public Scores plus(Scores other) {
        EnumMap<Category, Counts> sum = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            sum.put(c, of(c).plus(other.of(c)));
        }
        return new Scores(sum);
    }

    /** @return the counts of all categories added up: their scores are the micro-average */
    public Counts total() {
        Counts total = Counts.ZERO;
        for (Counts c : byCategory.values()) {
            total = total.plus(c);
        }
        return total;
    }
}
