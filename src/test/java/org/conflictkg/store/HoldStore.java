package org.conflictkg.store;

import java.nio.file.Path;

/** Run in a second JVM by a test: holds a store open until its standard input closes. */
public final class HoldStore {
    static final String READY = "holding";

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
