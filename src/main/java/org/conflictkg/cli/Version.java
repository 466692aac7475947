package org.conflictkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries, if any. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"conflict-kg " + (v == null ? "(development build)" : v)};
    }
}
