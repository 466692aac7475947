package org.conflictkg.report;

/**
 * A range of characters in a report's text, {@code start} inclusive, {@code end} exclusive.
 * Offsets count UTF-16 code units of the decoded text, as Java strings and {@code oa:start} do.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** @return the characters of {@code text} this span covers */
    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
