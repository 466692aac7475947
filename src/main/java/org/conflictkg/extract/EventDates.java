package org.conflictkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened, as far as the text says: a full date (« le 13 septembre 2022 »), a day
 * and month with the publication year, or a relative date (« mercredi », « hier ») kept as text and
 * resolved only when the publication date is known. Nothing is invented.
 */
final class EventDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("fevrier", 2),
            Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));
    /** The names of the months, normalized, as a regex alternation. */
    static final String MONTH_NAMES = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private static final Pattern DATE = Pattern.compile("(?:le )?(1er|\\d{1,2}) (" + MONTH_NAMES + ")(?: (\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:" + MONTH_NAMES + ") \\d{4}\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(ce matin|cette nuit|ce soir|hier(?: soir| matin)?|aujourd'hui|avant-hier|la veille|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir| matin| dernier)?)\\b");

    private final String text;
    private final Optional<LocalDate> published;

    EventDates(String text, Optional<LocalDate> published) {
        this.text = text;
        this.published = published;
    }

    void date(SentenceReading r, Extraction.Event e, int from, int to) {
        String seg = FrenchText.normalize(r.text(text, from, to));
        Matcher m = DATE.matcher(seg);
        if (m.find()) {
            int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : published.map(LocalDate::getYear).orElse(null);
            if (year != null) {
                e.date = LocalDate.of(year, MONTHS.get(m.group(2)), day).toString();
            } else {
                e.dateText = m.group();
            }
            return;
        }
        Matcher monthYear = MONTH_YEAR.matcher(seg);
        if (monthYear.find()) {
            e.dateText = monthYear.group();
            return;
        }
        Matcher rel = RELATIVE.matcher(seg);
        if (rel.find()) {
            e.dateText = rel.group(1);
            published.flatMap(p -> resolve(rel.group(1), p)).ifPresent(d -> e.date = d.toString());
        }
    }

    /** A relative date from the publication date: « hier » is the day before, « mercredi » the last Wednesday. */
    static Optional<LocalDate> resolve(String relative, LocalDate published) {
        String word = relative.split(" ")[0];
        switch (word) {
            case "aujourd'hui", "ce", "cette" -> {
                return Optional.of(published);
            }
            case "hier", "la" -> {
                return Optional.of(published.minusDays(1));
            }
            case "avant-hier" -> {
                return Optional.of(published.minusDays(2));
            }
            default -> {
                List<String> days = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
                int i = days.indexOf(word.toLowerCase(Locale.FRENCH));
                return i < 0 ? Optional.empty()
                        : Optional.of(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(i + 1))));
            }
        }
    }
}
