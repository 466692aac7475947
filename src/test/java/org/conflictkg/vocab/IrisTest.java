package org.conflictkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void aSlugFoldsEveryLatinLetterToAscii() {
        assertEquals("yayladagi", Iris.slug("Yayladağı"));
        assertEquals("peter-sorensen", Iris.slug("Peter Sørensen"));
        assertEquals("lodz", Iris.slug("Łódź"));
        assertEquals("coeur-d-alene", Iris.slug("Cœur d’Alène"));
        assertEquals("haut-karabakh", Iris.slug("Haut-Karabakh"));
    }

    @Test
    void aNameWithNoLatinLetterStillHasASlug() {
        assertEquals("x", Iris.slug("«»"));
    }
}
