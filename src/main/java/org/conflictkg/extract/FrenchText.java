package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.conflictkg.report.Span;

/**
 * French tokens with offsets. Lucene's analyzers would give stems and offsets but drop the
 * punctuation and the elided articles that our patterns read (« , a déclaré », « d'Erevan »),
 * so the splitting is ours and the word-level pieces are Lucene's: {@link FrenchLightStemmer}
 * for stems and {@link ASCIIFoldingFilter} for accents.
 */
final class FrenchText {
    // An elided word (l', d', qu', jusqu'...) is its own token, so « d’Erevan » reads as « de Erevan » (and so before a quotation
    // mark: « qualifié la junte d'« illégitime » »).
    // A middle initial between two names is one token with its dot (« George W. Bush »), so that the name
    // goes on past it; « M. » is the title Monsieur, never an initial.
    private static final Pattern TOKEN = Pattern.compile(
            "(?<=\\p{Lu}\\p{Ll}{1,30}\\s)(?-i:[\\p{Lu}&&[^M]])\\.(?=\\s\\p{Lu}\\p{Ll})"
            + "|(?i)(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjmnstc])['’](?=[\\p{L}«“])"
            + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:[-\u2011'’.]\\p{L}[\\p{L}\\p{M}\\d]*)*(?<!\\.)"
            + "|\\d+(?:[.,]\\d+)*"
            + "|[^\\s\\u00A0\\u2007\\u202F]");

    private FrenchText() {
    }

    static List<Token> tokens(String text, Span within) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        m.region(within.start(), within.end());
        while (m.find()) {
            String surface = m.group();
            String norm = normalize(surface);
            tokens.add(new Token(new Span(m.start(), m.end()), surface, norm, stem(norm)));
        }
        return tokens;
    }

    /**
     * The light stems of French words, for the word lists written in the code: a list is written in
     * words (« pilonné », « frappé ») and compared by stem, so that it follows the stemmer (which
     * turns « frappé » into "frap", not "frapp").
     */
    static java.util.Set<String> stemsOf(String... words) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String w : words) {
            stems.add(stem(normalize(w)));
        }
        return java.util.Set.copyOf(stems);
    }

    /** Lower case, accents folded to ASCII, typographic apostrophes and dashes unified. */
    /** The number a small count word says (« deux » → 2 … « six » → 6), or 0 for any other word. */
    static int countWord(String norm) {
        int k = COUNT_WORDS.indexOf(norm);
        return k < 0 ? 0 : k + 2;
    }

    private static final List<String> COUNT_WORDS = List.of("deux", "trois", "quatre", "cinq", "six");

    static String normalize(String s) {
        String lower = s.toLowerCase(Locale.FRENCH).replace('’', '\'').replace('‘', '\'')
                .replace('‑', '-').replace('–', '-');
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        // ASCII folding spells « œuvre » "oeuvre", as « oeuvre » is often typed.
        return new String(out, 0, len);
    }

    /** The light stem of a normalized word; elided articles and punctuation are their own stem. */
    static String stem(String norm) {
        // An elided word stems to its full form: « s'est réuni » meets « se réunir », « d'aide » « de l'aide ».
        if (norm.endsWith("'")) {
            return switch (norm) {
                case "s'" -> "se";
                case "d'" -> "de";
                case "l'" -> "le";
                case "qu'" -> "que";
                case "n'" -> "ne";
                case "c'" -> "ce";
                case "j'" -> "je";
                case "m'" -> "me";
                case "t'" -> "te";
                default -> norm;
            };
        }
        if (norm.length() < 3 || !Character.isLetter(norm.charAt(0))) {
            return norm;
        }
        // Hyphenated words (« cessez-le-feu », « garde-frontières ») stem on their last part only.
        int dash = norm.lastIndexOf('-');
        String head = dash >= 0 ? norm.substring(0, dash + 1) : "";
        char[] chars = norm.substring(dash + 1).toCharArray();
        int len = new FrenchLightStemmer().stem(chars, chars.length);
        String stem = head + new String(chars, 0, len);
        // Lucene conflates « armée » and « armes » (both "arme"); short words in -ée keep their
        // ending. Longer ones are mostly participles (« annoncée ») that must meet their verb.
        if ((norm.endsWith("ee") || norm.endsWith("ees")) && len <= 4) {
            return stem + "-ee";
        }
        // FrenchLightStemmer leaves verb endings alone; fold the common past-participle and
        // infinitive endings so that « accusé », « accuse », « accuser », « accusent » meet.
        // « entretenu » and « entretenir », « conclu » and « conclure » meet too.
        return VERB_ENDING.matcher(stem).replaceAll("");
    }

    // (compiled once: stem() runs for every word of every report and lexicon label)
    private static final java.util.regex.Pattern VERB_ENDING =
            java.util.regex.Pattern.compile("(?<=\\w{3})(ee|es|ent|er|ez|e|ait|aient|ant|ir|u|ure)$");
}
