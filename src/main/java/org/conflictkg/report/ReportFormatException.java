package org.conflictkg.report;

/**
 * A report that cannot be read as a report: empty, binary, mis-encoded, too large, missing.
 * The message names the input and the cause in words a user can act on.
 */
public class ReportFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportFormatException(String source, String cause) {
        super("report " + source + ": " + cause);
    }

    public ReportFormatException(String source, String cause, Throwable t) {
        super("report " + source + ": " + cause, t);
    }
}
