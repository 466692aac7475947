package org.conflictkg.cli;

import java.nio.file.NoSuchFileException;
import org.conflictkg.SparqlException;
import org.conflictkg.report.ReportFormatException;
import org.conflictkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes what the user sees: one line on stderr, exit code 1, and the
 * stack trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        cmd.getErr().println(cmd.getColorScheme().errorText("conflict-kg: " + message(ex)));
        if (verbose(parsed)) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return FAILED;
    }

    /** @return the cause in one line; our own exceptions already name the input */
    static String message(Throwable ex) {
        String text;
        if (ex instanceof UserException || ex instanceof ReportFormatException
                || ex instanceof StoreLockedException || ex instanceof SparqlException) {
            text = ex.getMessage();
        } else if (ex instanceof NoSuchFileException) {
            text = "file " + ex.getMessage() + ": no such file";
        } else {
            text = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        }
        return text.strip().lines().findFirst().orElse(ex.getClass().getSimpleName());
    }

    /**
     * A report too large for this JVM's heap, told as the user's to mend. Catching an {@code Error} is
     * meant only here: the extraction that ran out is unwound by then, so its memory is free again for
     * one line, and the alternative is a stack trace on a report the size limit accepted.
     */
    static UserException outOfMemory(String report, OutOfMemoryError e) {
        long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new UserException("report " + report + ": not enough memory to extract it (Java heap limit " + maxMiB
                + " MiB); give Java more (java -Xmx8g -jar conflict-kg.jar …) or split the report", e);
    }

    /** @return whether {@code --verbose} was given to the command or to one of its parents */
    static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
