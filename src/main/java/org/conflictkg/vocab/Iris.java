package org.conflictkg.vocab;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How resource and graph IRIs are spelled (see docs/model.md). One place, so that the loader,
 * the store and the server agree, and the same real entity gets the same IRI in every report.
 */
public final class Iris {
    private Iris() {
    }

    /** Lower case, accents folded to ASCII, every run of other characters replaced by {@code -}. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name.replace('’', '\'').replace("œ", "oe").replace("Œ", "oe"),
                Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    public static String state(String iso3) {
        return CKG.ID + "state/" + iso3;
    }

    public static String report(String sha256) {
        return CKG.ID + "report/" + sha256;
    }

    public static String reportGraph(String sha256) {
        return CKG.GRAPH + "report/" + sha256;
    }

    public static String person(String name) {
        return CKG.ID + "person/" + slug(name);
    }

    public static String place(String name) {
        return CKG.ID + "place/" + slug(name);
    }

    public static String organization(String name) {
        return CKG.ID + "org/" + slug(name);
    }

    /** A body or force of a state ({@code iso3} may be null when the text names no state). */
    public static String body(String iso3, String key) {
        return CKG.ID + "body/" + (iso3 == null ? "" : iso3 + "/") + slug(key);
    }
}
