package org.forecast4j.cli;

import org.forecast4j.core.LibraryVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the library version and the Java runtime for {@code forecast --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"forecast4j " + LibraryVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
