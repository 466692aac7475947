package org.conflictkg.eval;

/**
 * Matched, spurious and missed items of one category, with the scores they give.
 * Conventions: with nothing extracted precision is 1; with nothing to find recall is 1; so a
 * category empty on both sides scores F1 = 1 and a category where only one side is empty scores 0.
 *
 * @param truePositives extracted items matched to a gold item
 * @param falsePositives extracted items matched to none
 * @param falseNegatives gold items matched to none
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    /** No items at all. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** @return the sum of both counts, item by item */
    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** @return matched / extracted */
    public double precision() {
        int extracted = truePositives + falsePositives;
        return extracted == 0 ? 1.0 : (double) truePositives / extracted;
    }

    /** @return matched / gold */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    /** @return the harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
