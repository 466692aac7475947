package org.conflictkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a store open, for tests of a busy store: {@link #hold(Path)} starts a
 * second JVM that opens the store and keeps it until {@link #close()}.
 */
public final class HoldStore implements AutoCloseable {
    private static final String READY = "holding";

    private final Process process;

    private HoldStore(Process process) {
        this.process = process;
    }

    /** @return once the other process holds the store */
    public static HoldStore hold(Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), store.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(READY)) {
            // log lines of the other JVM
        }
        if (line == null) {
            p.destroy();
            throw new IllegalStateException("the holding process ended before it held " + store);
        }
        return new HoldStore(p);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /** The second JVM: holds the store until its standard input closes. */
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
