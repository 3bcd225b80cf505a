package dev.factcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of factcheck in use, as built. */
public final class Version {
    private static final Properties PROPERTIES = read();
    private static final String VERSION = PROPERTIES.getProperty("version", "unknown");

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /**
     * What identifies this build's behaviour: the version, and for a snapshot also its build time,
     * since a snapshot's code changes without its version changing (caches key on this).
     */
    public static String build() {
        return VERSION.endsWith("-SNAPSHOT") ? VERSION + "@" + PROPERTIES.getProperty("build", "") : VERSION;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            p.clear();
        }
        return p;
    }
}
