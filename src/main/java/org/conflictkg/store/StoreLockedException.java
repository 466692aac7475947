package org.conflictkg.store;

import java.nio.file.Path;

/** The store directory is held by another process (TDB2 allows one process per database). */
public class StoreLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(Path directory, Throwable cause) {
        super("store " + directory + ": in use by another process", cause);
    }
}
