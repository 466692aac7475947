package org.conflictkg;

/**
 * A query that cannot be run: not valid SPARQL, not a query (an update), or too slow. The message
 * is one line a user can act on, starting with {@code query: }.
 */
public class SparqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SparqlException(String cause, Throwable t) {
        super("query: " + cause, t);
    }
}
