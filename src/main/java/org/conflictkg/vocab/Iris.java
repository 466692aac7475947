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
        // (ICU's Latin-ASCII folds the letters that have no decomposition: « Yayladağı » → yayladagi, « Sørensen » →
        // sorensen, « Łódź » → lodz; NFD alone dropped ı, ø, ł)
        String ascii = LATIN_ASCII.get().transliterate(name.replace('’', '\''));
        String folded = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /* A transliterator keeps state while it works: one per thread. */
    private static final ThreadLocal<com.ibm.icu.text.Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Latin-ASCII"));

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

    public static String treaty(String name) {
        return CKG.ID + "treaty/" + slug(name);
    }

    /** A body or force of a state ({@code iso3} may be null when the text names no state). */
    public static String body(String iso3, String key) {
        return CKG.ID + "body/" + (iso3 == null ? "" : iso3 + "/") + slug(key);
    }
}
