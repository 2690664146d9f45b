package org.forecast4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the forecast4j library on the class path, as recorded in model-file provenance. */
public final class LibraryVersion {
    private static final String VERSION = load();

    private LibraryVersion() {
    }

    /**
     * Returns the library version, e.g. {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version string from the build, never {@code null}
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read forecast4j version.properties", e);
        }
    }
}
