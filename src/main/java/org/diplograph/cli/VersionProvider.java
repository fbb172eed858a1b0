package org.diplograph.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Diplograph.class.getPackage().getImplementationVersion();
        return new String[] {"diplograph " + (v == null ? "(development build)" : v)};
    }
}
