package org.conflictkg.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The minimum F1 each set must keep, per category, read from a properties file
 * ({@code data/gold/ratchet.properties}): {@code {set}.{category}=0.8}, {@code {set}.total=...}
 * for the micro-average, and {@code {set}.*=...} as the default of a set's categories.
 * Scores only move up: when the extractor improves, raise the numbers.
 */
public final class Ratchet {
    private final Properties minimums;

    private Ratchet(Properties minimums) {
        this.minimums = minimums;
    }

    /** Reads a ratchet file (UTF-8). */
    public static Ratchet read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ratchet " + file, e);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.indexOf('.') < 0) {
                throw new IllegalArgumentException("ratchet " + file + ": key " + key + " is not {set}.{category}");
            }
            String category = key.substring(key.indexOf('.') + 1);
            if (!category.equals("*") && !category.equals("total")) {
                Category.ofLabel(category);
            }
            parse(file.toString(), key, p.getProperty(key));
        }
        return new Ratchet(p);
    }

    /** @return the sets the file names, sorted */
    public Set<String> sets() {
        Set<String> sets = new TreeSet<>();
        for (String key : minimums.stringPropertyNames()) {
            sets.add(key.substring(0, key.indexOf('.')));
        }
        return sets;
    }

    /**
     * @return one line per score below its minimum, and one per set the file names but the
     *         evaluation lacks; empty when everything holds
     */
    public List<String> violations(Evaluation evaluation) {
        Map<String, Scores> bySet = evaluation.bySet();
        List<String> violations = new ArrayList<>();
        for (String set : sets()) {
            Scores scores = bySet.get(set);
            if (scores == null) {
                violations.add(set + ": no report with a gold file in this set");
                continue;
            }
            for (Category c : Category.values()) {
                check(violations, set, c.label(), scores.of(c).f1());
            }
            check(violations, set, "total", scores.total().f1());
        }
        return violations;
    }

    private void check(List<String> violations, String set, String category, double f1) {
        String value = minimums.getProperty(set + "." + category, minimums.getProperty(set + ".*"));
        if (value == null) {
            return;
        }
        double min = parse("ratchet", set + "." + category, value);
        // Scores are ratios of small integers; a tolerance keeps 1.0 from failing on rounding.
        if (f1 + 1e-9 < min) {
            violations.add(String.format(Locale.ROOT, "%s %s: F1 %.3f below the ratchet %.3f", set, category, f1, min));
        }
    }

    private static double parse(String source, String key, String value) {
        try {
            double d = Double.parseDouble(value.trim());
            if (d < 0 || d > 1) {
                throw new IllegalArgumentException(source + ": " + key + "=" + value + " is not between 0 and 1");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + "=" + value + " is not a number", e);
        }
    }
}
