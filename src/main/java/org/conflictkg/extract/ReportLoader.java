package org.conflictkg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a report file into the RDF of its named graph. Built with {@link #create()}:
 * <pre>{@code ReportLoader.create().publishedOn(LocalDate.of(2022, 9, 13)).build().load(path)}</pre>
 * A loader is immutable and thread-safe once built. It reads the ontology and reference data
 * (for its lexicon) once, at build time.
 */
public final class ReportLoader {
    private final Optional<LocalDate> published;

    private ReportLoader(Builder b) {
        this.published = Optional.ofNullable(b.published);
    }

    /** @return a builder with the defaults: no publication date, the bundled lexicon */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Reads and extracts one report. Stores nothing.
     *
     * @throws org.conflictkg.report.ReportFormatException if the file cannot be read as a report
     */
    public ExtractedReport load(Path file) {
        throw new UnsupportedOperationException("extraction is being written");
    }

    /** Builder for {@link ReportLoader}. */
    public static final class Builder {
        private LocalDate published;

        private Builder() {
        }

        /** The publication date, used to resolve relative dates (« mercredi »); none by default. */
        public Builder publishedOn(LocalDate date) {
            this.published = date;
            return this;
        }

        public ReportLoader build() {
            return new ReportLoader(this);
        }
    }
}
