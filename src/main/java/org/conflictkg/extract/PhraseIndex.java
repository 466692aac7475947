package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Multi-word phrases, found in a token list by longest match. Keys are token forms (norm or
 * stem, as the index was built), so one label finds every inflection its key form covers.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
    /** A phrase found: tokens {@code [from, to)} stand for {@code values}. */
    record Match<T>(int from, int to, List<T> values) {
    }

    /*
     * Time words that French puts between a verb and its object (« a demandé mercredi soir l'aide
     * de ») are passed over inside a lexicon phrase; never inside a name.
     */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "soir", "matin", "hier", "aujourd'hui", "egalement", "aussi", "deja",
            "formellement", "officiellement",
            // (« ont demandé conjointement à l'OSCE », « a demandé instamment au Conseil »: adverbs of manner of a request)
            "conjointement", "instamment", "solennellement", "expressement", "publiquement",
            // adverbs of manner between an auxiliary and its participle: « s'était longuement entretenu »
            "longuement", "brievement", "personnellement", "directement", "secretement", "discretement", "finalement",
            "notamment", "immediatement", "ensuite", "encore", "enfin", "alors",
            // auxiliaries of compound tenses: « s'est entretenu par téléphone » meets « s'entretenir par téléphone »
            // (and of the past infinitive: « après s'être entretenu avec », « après s'être rencontrés »)
            "est", "sont", "etait", "etaient", "ete", "etre", "a", "ont", "avait", "avaient");

    /*
     * « … » inside a label stands for the object a phrase's words are split around (« tenir … pour responsable » is said
     * of « a tenu l'Algérie pour responsable »): one to {@link #MAX_GAP} words, no punctuation, before the label's next
     * word. Written by hand: no phrase matcher of the libraries used here (Lucene's analysers, OpenNLP) matches a
     * dictionary of phrases with holes in them against a token list.
     */
    private static final String GAP = FrenchText.stem(FrenchText.normalize("…"));
    private static final int MAX_GAP = 5;

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final Function<Token, String> key;
    private boolean skipTimeWords;

    /* A phrase: its key forms, what it stands for, and the normalized forms of its words (null when not given). */
    private record Entry<T>(List<String> keys, T value, List<String> norms) {
        String firstNorm() {
            return norms == null ? null : norms.get(0);
        }

        /*
         * Whether the text's word {@code norm}, whose key matched word k of the phrase, is that word and not another with
         * its stem: the light stemmer gives « partie » the stem of « part », so « font partie de » would be « faire part
         * de », « demande d'aider » « demande d'aide ». A word that adds to the label's only an ending of gender and number
         * is the same word; one that adds more to it is another. Other words (« nationaux » for « national », « réunis »
         * for « réunir ») are left to the stem, and so is the first word, a verb or a noun in any form.
         */
        boolean sameWordAt(int k, String norm) {
            if (norms == null || k == 0 || k >= norms.size()) {
                return true;
            }
            String label = norms.get(k);
            // (a verb's infinitive is written and its forms are read by stem: « se réunir », « se sont réunis », « réunira »)
            return !norm.startsWith(label) || label.endsWith("r") || label.endsWith("re")
                    || INFLECTIONS.contains(norm.substring(label.length()));
        }
    }

    // endings of gender and number (norms have no accents: « engagées » is « engagees »)
    private static final java.util.Set<String> INFLECTIONS = java.util.Set.of("", "s", "x", "e", "es", "ee", "ees",
            "ne", "nes", "le", "les", "te", "tes");

    /** @param key which form of a token the phrases are written in ({@code Token::norm}, {@code Token::stem}) */
    PhraseIndex(Function<Token, String> key) {
        this.key = key;
    }

    /** An index whose phrases may have time words inside them in the text. */
    static <T> PhraseIndex<T> skippingTimeWords(Function<Token, String> key) {
        PhraseIndex<T> index = new PhraseIndex<>(key);
        index.skipTimeWords = true;
        return index;
    }

    /** Adds a phrase given as its token forms. */
    void add(List<String> keys, T value) {
        add(keys, value, null);
    }

    /**
     * Adds a phrase given as its token forms and the normalized forms of its words: of two phrases whose key forms
     * agree (stems: « régime » and « régiment » are both « regim »), the one whose first word is the text's comes first,
     * and a later word of the text must be the phrase's word, not another with its stem.
     */
    void add(List<String> keys, T value, List<String> norms) {
        if (keys.isEmpty()) {
            return;
        }
        List<Entry<T>> entries = byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
        for (Entry<T> e : entries) {
            if (e.keys.equals(keys) && e.value.equals(value)) {
                return;
            }
        }
        entries.add(new Entry<>(List.copyOf(keys), value,
                norms == null || norms.size() != keys.size() ? null : List.copyOf(norms)));
    }

    /** The longest phrase starting at token {@code i}, with every value that phrase has. */
    Optional<Match<T>> longestAt(List<Token> tokens, int i) {
        List<Entry<T>> entries = byFirst.get(key.apply(tokens.get(i)));
        if (entries == null) {
            return Optional.empty();
        }
        int best = 0;
        int bestKeys = 0;
        List<T> values = new ArrayList<>();
        String first = tokens.get(i).norm();
        for (Entry<T> e : entries) {
            int n = e.keys.size();
            if (n < bestKeys) {
                continue;
            }
            int j = i + 1;
            boolean match = true;
            for (int k = 1; k < n && match; k++) {
                if (e.keys.get(k).equals(GAP)) {
                    j = gapEnd(tokens, j, k + 1 < n ? e.keys.get(k + 1) : null);
                    match = j >= 0;
                    continue;
                }
                while (skipTimeWords && j < tokens.size() && !e.keys.get(k).equals(key.apply(tokens.get(j)))) {
                    int adverbial = adverbialAt(tokens, j);
                    if (adverbial == 0 && !TIME_WORDS.contains(tokens.get(j).norm())) {
                        break;
                    }
                    j += Math.max(1, adverbial);
                }
                // (« lancer des missiles » is said of « a lancé deux missiles », « des dizaines de missiles »)
                // (a count after « de » is read as one, then « de » is matched: « l'envoi de 700 soldats »)
                int count = skipTimeWords && e.keys.get(k).equals("des") ? quantityAt(tokens, j) : 0;
                if (count > 0) {
                    j += count;
                    continue;
                }
                if (skipTimeWords && e.keys.get(k - 1).equals("de")) {
                    j += quantityAt(tokens, j);
                }
                match = j < tokens.size() && e.keys.get(k).equals(key.apply(tokens.get(j)))
                        && e.sameWordAt(k, tokens.get(j).norm());
                j++;
            }
            if (match) {
                if (n > bestKeys) {
                    bestKeys = n;
                    best = j - i;
                    values.clear();
                }
                // (the phrase whose first word is the text's before one that only shares its stem)
                if (first.equals(e.firstNorm())) {
                    values.add(0, e.value);
                } else {
                    values.add(e.value);
                }
            }
        }
        return bestKeys == 0 ? Optional.empty() : Optional.of(new Match<>(i, i + best, List.copyOf(values)));
    }

    /* Where the words a gap at {@code j} passes over end, right before a token of key {@code next}; -1 when none does. */
    private int gapEnd(List<Token> tokens, int j, String next) {
        for (int g = j; next != null && g < tokens.size() && g - j <= MAX_GAP; g++) {
            if (g > j && next.equals(key.apply(tokens.get(g)))) {
                return g;
            }
            if (!tokens.get(g).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /*
     * How many tokens an adverbial of repetition takes at {@code j} (« à plusieurs reprises », « à dix-neuf reprises »,
     * « de nouveau », « à nouveau », « une nouvelle fois ») or an ordinal with its article (« le 32e »), 0 if none: « des
     * drones ont violé à dix-neuf reprises l'espace aérien » violates the airspace as « ont violé l'espace aérien » does.
     * (Asked at every word a phrase passes over: no pattern is compiled here.)
     */
    private static int adverbialAt(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size()) {
            return 0;
        }
        String here = tokens.get(j).norm();
        String next = tokens.get(j + 1).norm();
        String third = j + 2 < tokens.size() ? tokens.get(j + 2).norm() : null;
        boolean article = here.equals("le") || here.equals("la");
        // (« est devenue le 32e membre de l'OTAN », « la première »: an article and an ordinal)
        if (article && ORDINAL.matcher(next).matches()) {
            return 2;
        }
        // (« 32e » is read as « 32 » and « e »)
        if (article && third != null && DIGITS.matcher(next).matches() && ORDINAL_ENDING.matcher(third).matches()) {
            return 3;
        }
        if ((here.equals("a") || here.equals("de")) && next.equals("nouveau")) {
            return 2;
        }
        if (here.equals("une") && next.equals("nouvelle") && "fois".equals(third)) {
            return 3;
        }
        if (here.equals("a") && third != null) {
            int n = 0;
            while (j + 1 + n < tokens.size() && n < 3 && (isNumber(tokens.get(j + 1 + n).norm())
                    || REPEATED.matcher(tokens.get(j + 1 + n).norm()).matches())) {
                n++;
            }
            if (n > 0 && j + 1 + n < tokens.size() && tokens.get(j + 1 + n).norm().equals("reprises")) {
                return n + 2;
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern ORDINAL_ENDING = java.util.regex.Pattern.compile("e|eme|er|ere");
    private static final java.util.regex.Pattern REPEATED = java.util.regex.Pattern.compile("maintes|nombreuses|de");

    /*
     * How many tokens a count takes at {@code j} (« deux », « 300 », « plusieurs », « des dizaines de »,
     * « une centaine de »), 0 if none: a phrase's « des » or « de » stands for any count (« l'envoi de 700 soldats »).
     */
    private static int quantityAt(List<Token> tokens, int j) {
        int n = 0;
        while (j + n < tokens.size() && NUMBERS.matcher(tokens.get(j + n).norm()).matches()) {
            n++;
        }
        if (n > 0) {
            return n;
        }
        if (j + 2 < tokens.size() && tokens.get(j).normMatches("des|une|un")
                && tokens.get(j + 1).normMatches("dizaines?|douzaines?|centaines?|milliers?|vingtaine|trentaine|cinquantaine")
                && tokens.get(j + 2).normMatches("de|d'")) {
            return 3;
        }
        return 0;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\d+(e|eme|er|ere)|premier|premiere|\\p{L}+ieme");

    /* A number in words or digits, compound ones too (« dix-neuf », « vingt-et-un »). */
    private static boolean isNumber(String norm) {
        return java.util.Arrays.stream(norm.split("-")).allMatch(part -> part.equals("et") || NUMBERS.matcher(part).matches());
    }

    private static final java.util.regex.Pattern NUMBERS = java.util.regex.Pattern.compile(
            "\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante"
                    + "|cent|cents|mille|plusieurs|quelques|nombreux|nombreuses");

    /** Every non-overlapping longest match, left to right. */
    List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match<T>> m = longestAt(tokens, i);
            if (m.isPresent()) {
                found.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The values two phrases give for the same key forms and the same first word: one shadows the other. */
    List<List<T>> shadowed() {
        java.util.Map<String, List<T>> byKey = new java.util.HashMap<>();
        byFirst.values().forEach(list -> list.forEach(e -> byKey.computeIfAbsent(e.keys + " " + e.firstNorm(), k -> new ArrayList<>()).add(e.value)));
        return byKey.values().stream().filter(v -> v.stream().distinct().count() > 1).toList();
    }

    /** Every phrase as its key list, for fuzzy matching. */
    List<Map.Entry<List<String>, T>> entries() {
        List<Map.Entry<List<String>, T>> all = new ArrayList<>();
        byFirst.values().forEach(list -> list.forEach(e -> all.add(Map.entry(e.keys, e.value))));
        return all;
    }
}
