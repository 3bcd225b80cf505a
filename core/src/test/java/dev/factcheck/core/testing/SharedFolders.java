package dev.factcheck.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the folders beside the project that tests may read but the project never copies: the seed
 * articles and the outside standards' schemas ({@code ../shared}).
 */
public final class SharedFolders {
    private SharedFolders() {
    }

    public static Optional<Path> seeds() {
        String prop = System.getProperty("factcheck.seeds");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        return shared().map(s -> s.resolve("seeds")).filter(Files::isDirectory);
    }

    public static Optional<Path> schemas() {
        return shared().map(s -> s.resolve("schemas")).filter(Files::isDirectory);
    }

    private static Optional<Path> shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds")) || Files.isDirectory(candidate.resolve("schemas"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
