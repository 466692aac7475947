package org.conflictkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.conflictkg.report.Sentence;
import org.conflictkg.vocab.CKG;

/**
 * One sentence as the extractors see it: its tokens, the entities it names, and the lexicon
 * words (triggers, speech cues, weapons, outcomes, offices) found in it.
 */
record SentenceReading(Sentence sentence, List<Token> tokens, List<Mention> mentions,
                       Map<Resource, List<PhraseIndex.Match<Lexicon.Term>>> terms, int datelineEnd) {
    SentenceReading {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        terms = Map.copyOf(terms);
    }

    List<PhraseIndex.Match<Lexicon.Term>> terms(Resource scheme) {
        return terms.getOrDefault(scheme, List.of());
    }

    /** The mention covering token {@code i}, if any. */
    Optional<Mention> mentionAt(int i) {
        return mentions.stream().filter(m -> m.from() <= i && i < m.to()).findFirst();
    }

    /** Whether token {@code i} stands in an office's words or is a demonym (« la chancelière allemande »). */
    boolean officeOrDemonymAt(int i) {
        return terms(CKG.OfficeScheme).stream().anyMatch(o -> o.from() <= i && i < o.to())
                || mentionAt(i).filter(m -> m.kind() == Mention.Kind.DEMONYM).isPresent();
    }

    /** Mentions lying wholly inside tokens {@code [from, to)}. */
    List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.from() >= from && m.to() <= to).toList();
    }

    /**
     * Whether token {@code i} lies in a relative clause set off by a comma (« Anwar Ibrahim, dont le
     * pays préside l'ASEAN, s'est entretenu … »): what it names is no part of the main clause.
     */
    boolean inRelativeClause(int i) {
        for (int k = i - 1; k >= 1; k--) {
            String n = tokens.get(k).norm();
            if (n.equals(",")) {
                return false;
            }
            if (Patterns.matches(n, "qui|dont|lequel|laquelle|lesquels|lesquelles") && tokens.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token at or after {@code from} whose norm is one of {@code norms}, or -1. */
    int find(int from, int to, String... norms) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            for (String n : norms) {
                if (tokens.get(i).norm().equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The text between two token indices, as written. */
    String text(String reportText, int from, int to) {
        if (from >= to) {
            return "";
        }
        return reportText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
