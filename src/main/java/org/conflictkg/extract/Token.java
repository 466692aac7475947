package org.conflictkg.extract;

import org.conflictkg.report.Span;

/**
 * A word, number or punctuation mark of a report, with its offsets.
 *
 * @param span where it lies in the report text
 * @param surface the characters as written
 * @param norm lower case, accents folded, apostrophes unified ("l’Arménie" gives "l'" then "armenie")
 * @param stem {@code norm} after light French stemming, for lexicon words
 */
record Token(Span span, String surface, String norm, String stem) {
    boolean isWord() {
        return Character.isLetterOrDigit(surface.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(surface.charAt(0));
    }

    boolean isUpperCaseWord() {
        return surface.length() >= 2 && surface.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    boolean is(String normalized) {
        return norm.equals(normalized);
    }

    /** Whether {@code norm} as a whole matches {@code regex} (compiled once, see {@link Patterns}). */
    boolean normMatches(String regex) {
        return Patterns.matches(norm, regex);
    }

    /** Whether {@code surface} as a whole matches {@code regex} (compiled once, see {@link Patterns}). */
    boolean surfaceMatches(String regex) {
        return Patterns.matches(surface, regex);
    }

    /** Whether this is the preposition « à », which folding accents makes the same {@code norm} as the auxiliary « a ». */
    boolean isPrepositionA() {
        return surface.equalsIgnoreCase("à");
    }

    /** Whether this is an opening quotation mark (« or “: folding to ASCII makes both a plain " in {@code norm}). */
    boolean opensQuote() {
        return ClaimFinder.OPEN.contains(surface);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }
}
