package org.conflictkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictkg.ConflictGraph;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg-store",
            description = "The store directory (TDB2). Default: ${DEFAULT-VALUE}")
    Path directory;

    /** @return the store, created if need be */
    ConflictGraph open() {
        return ConflictGraph.open(directory);
    }

    /** @return the store, which must exist already */
    ConflictGraph openExisting() {
        if (!Files.isDirectory(directory)) {
            throw new UserException("store " + directory + ": no such directory; load reports into it first");
        }
        return open();
    }
}
