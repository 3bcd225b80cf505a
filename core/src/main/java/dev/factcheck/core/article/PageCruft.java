package dev.factcheck.core.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises lines of web-page furniture ("Follow us on Google News", "Leave a Reply"). */
public final class PageCruft {
    public static final String DEFAULT_RESOURCE = "dev/factcheck/rules/vocabulary/cruft.txt";

    private final List<Pattern> patterns;

    public PageCruft(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static PageCruft defaults() {
        try (InputStream in = PageCruft.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource missing: " + DEFAULT_RESOURCE);
            }
            return new PageCruft(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These patterns plus those of {@code cruft.txt} in a newsroom's vocabulary directory, if any. */
    public PageCruft withOverrides(java.nio.file.Path vocabularyDirectory) throws IOException {
        if (vocabularyDirectory == null) {
            return this;
        }
        java.nio.file.Path file = vocabularyDirectory.resolve("cruft.txt");
        if (!java.nio.file.Files.isRegularFile(file)) {
            return this;
        }
        List<Pattern> all = new ArrayList<>(patterns);
        try (BufferedReader r = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.addAll(parse(r));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IOException(file + ": not a regular expression: " + e.getDescription() + " in " + e.getPattern());
        }
        return new PageCruft(all);
    }

    static List<Pattern> parse(BufferedReader reader) throws IOException {
        List<Pattern> result = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                result.add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return result;
    }

    public boolean matches(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }
}
