package org.conflictkg.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as read: its decoded text and the structure found in it. Immutable.
 *
 * @param source where it was read from (a file name), for messages and {@code dcterms:source}
 * @param text the decoded text, boilerplate removed; every offset refers to it
 * @param encoding the character encoding it was decoded from ("UTF-8", "windows-1252", ...)
 * @param title the title line, if the report has one
 * @param sentences every sentence, in reading order
 */
public record Report(String source, String text, String encoding, Optional<Span> title, List<Sentence> sentences) {
    public Report {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(title, "title");
        sentences = List.copyOf(sentences);
    }

    /** @return the text of a span */
    public String text(Span span) {
        return span.of(text);
    }

    /** @return the title's text, or the empty string */
    public String titleText() {
        return title.map(this::text).orElse("");
    }

    /** @return the lower-case hex SHA-256 of the text: the report's identity in the store */
    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
