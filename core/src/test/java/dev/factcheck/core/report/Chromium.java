package dev.factcheck.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the report tests: {@code --dump-dom} gives the DOM after the page's scripts ran,
 * {@code --screenshot} a picture for review. Each run gets a fresh profile under {@code target/}, a time
 * limit, and is killed with all its child processes if it overstays.
 */
final class Chromium {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private final Path binary;
    private final Path work;

    private Chromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /** The browser, or a skipped test naming what to install when there is none. */
    static Chromium orSkip(Path work) {
        Optional<Path> found = find();
        assumeTrue(found.isPresent(), "No Chromium found (looked at -Dfactcheck.chromium, " + CANDIDATES
                + " and PATH): the browser tests of the HTML report are skipped. Install Debian's chromium "
                + "(apt-get install chromium) to run them; CI always has it.");
        return new Chromium(found.get(), work);
    }

    static Optional<Path> find() {
        List<String> names = new ArrayList<>();
        String configured = System.getProperty("factcheck.chromium", System.getenv("FACTCHECK_CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            names.add(configured);
        }
        names.addAll(CANDIDATES);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                for (String exe : List.of("chromium", "chromium-browser", "google-chrome")) {
                    names.add(Path.of(dir, exe).toString());
                }
            }
        }
        return names.stream().map(Path::of).filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** The serialised DOM of the page after its scripts ran, at the given window size. */
    String dumpDom(Path page, String fragment, int width, int height) throws IOException, InterruptedException {
        String url = page.toUri() + (fragment == null ? "" : "#" + fragment);
        return run(List.of("--dump-dom", "--window-size=" + width + "," + height, url), "dom");
    }

    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toUri().toString()), "screenshot");
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot to " + png);
        }
    }

    private String run(List<String> args, String name) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path profile = Files.createTempDirectory(work, "profile-" + name + "-");
        Path out = work.resolve(profile.getFileName() + ".out");
        Path err = work.resolve(profile.getFileName() + ".err");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--no-default-browser-check", "--mute-audio",
                "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = false;
        try {
            finished = p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                throw new AssertionError("Chromium did not finish within " + TIMEOUT + ": " + String.join(" ", cmd)
                        + "\n" + tail(err));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + String.join(" ", cmd)
                        + "\n" + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String tail(Path file) throws IOException {
        String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
