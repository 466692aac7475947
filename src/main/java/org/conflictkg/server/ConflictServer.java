package org.conflictkg.server;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki server over a conflict-kg store. Safe by default: loopback only,
 * read-only dataset {@code /kg}, bounded query time.
 * <pre>{@code ConflictServer.create().dataset(dsg).port(3030).timeout(Duration.ofSeconds(30)).build().start()}</pre>
 */
public final class ConflictServer {
    private final FusekiServer fuseki;

    private ConflictServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts serving; returns at once. */
    public ConflictServer start() {
        fuseki.start();
        return this;
    }

    /** @return the port actually bound (useful with port 0) */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** Builder for {@link ConflictServer}; validates in {@link #build()}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /** The address to bind; 127.0.0.1 unless said otherwise. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run before it is stopped. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public ConflictServer build() {
            Objects.requireNonNull(dataset, "dataset");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            FusekiServer fuseki = FusekiServer.create()
                    .loopback(true)
                    .port(port)
                    .add("/kg", dataset, false)
                    .build();
            return new ConflictServer(fuseki);
        }
    }
}
