package dev.factcheck.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the folders beside the project that tests may read but the project never copies: the seed
 * articles, the outside standards' schemas, a peer's test suites and the real-news development corpus
 * ({@code ../shared}).
 */
public final class SharedFolders {
    /** The folders whose presence marks a {@code shared} directory as the one beside the project. */
    private static final List<String> SHARED_FOLDERS = List.of("seeds", "schemas", "peer-specs", "dev-corpus");

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

    /** Another project's test suites, scored against our extractor: system property factcheck.peerSpecs or shared/peer-specs. */
    public static Optional<Path> peerSpecs() {
        String prop = System.getProperty("factcheck.peerSpecs");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        return shared().map(s -> s.resolve("peer-specs")).filter(Files::isDirectory);
    }

    /**
     * The real-news development corpus with its editor's gold file ({@code ../shared/dev-corpus}), or
     * the folder named by {@code -Dfactcheck.devCorpus}. Its texts belong to their publishers: tests
     * read them from there and never copy them.
     */
    public static Optional<Path> devCorpus() {
        String prop = System.getProperty("factcheck.devCorpus");
        if (prop != null && Files.isRegularFile(Path.of(prop, "gold.yaml"))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        return shared().map(s -> s.resolve("dev-corpus")).filter(d -> Files.isRegularFile(d.resolve("gold.yaml")));
    }

    private static Optional<Path> shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared");
            if (SHARED_FOLDERS.stream().anyMatch(name -> Files.isDirectory(candidate.resolve(name)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
