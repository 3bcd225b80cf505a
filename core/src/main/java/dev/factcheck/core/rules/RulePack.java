package dev.factcheck.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The DRL files to compile together: the default pack (listed in {@code pack.txt} beside them) and,
 * optionally, a newsroom's own rules from a directory.
 */
public final class RulePack {
    public static final String DEFAULT_ROOT = "dev/factcheck/rules/";
    public static final String INDEX = DEFAULT_ROOT + "pack.txt";

    /** One DRL file: the name error messages use, and its text. */
    public record DrlSource(String name, String content) {
    }

    private final List<DrlSource> sources;

    public RulePack(List<DrlSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<DrlSource> sources() {
        return sources;
    }

    public static RulePack defaults() {
        return Defaults.PACK;
    }

    /** The default pack is read from the class path once; a pack is immutable. */
    private static final class Defaults {
        static final RulePack PACK = load();
    }

    private static RulePack load() {
        ClassLoader cl = RulePack.class.getClassLoader();
        List<DrlSource> sources = new ArrayList<>();
        for (String name : readLines(cl, INDEX)) {
            sources.add(new DrlSource(name, String.join("\n", readLines(cl, DEFAULT_ROOT + name, false))));
        }
        return new RulePack(sources);
    }

    /** This pack plus every {@code .drl} file under the directory, in path order. */
    public RulePack withRulesFrom(Path directory) throws IOException {
        List<DrlSource> all = new ArrayList<>(sources);
        if (directory != null && Files.isDirectory(directory)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(directory)) {
                files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
            }
            for (Path f : files) {
                all.add(new DrlSource(f.toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return new RulePack(all);
    }

    private static List<String> readLines(ClassLoader cl, String resource) {
        List<String> names = new ArrayList<>();
        for (String line : readLines(cl, resource, true)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                names.add(t);
            }
        }
        return names;
    }

    private static List<String> readLines(ClassLoader cl, String resource, boolean required) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
