package dev.factcheck.maven;

import dev.factcheck.core.Factcheck;

/** The engine the goals use. */
final class Engines {
    private Engines() {
    }

    static Factcheck factcheck() {
        return Factcheck.standard();
    }
}
