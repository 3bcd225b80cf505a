package dev.factcheck.core.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds article files under the articles directories and reads each into metadata and text. Only
 * reads: nothing under an articles directory is ever written.
 */
public final class ArticleLoader {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.txt");
    private static final Set<String> KNOWN_KEYS = Set.of("title", "outlet", "published", "url", "role");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^(---|\\.\\.\\.)[ \\t]*\\r?$");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Charset charset;
    private final PageCruft cruft;

    public ArticleLoader(List<String> includes, List<String> excludes, Charset charset, PageCruft cruft) {
        this.includes = matchers(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        this.excludes = matchers(excludes == null ? List.of() : excludes);
        this.charset = charset;
        this.cruft = cruft;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> result = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.strip();
            if (g.isEmpty()) {
                continue;
            }
            result.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                result.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return result;
    }

    /**
     * A file found under an articles directory, with the path the reports use and the attributes
     * (size, modification time) read when it was found, or null when they were not.
     */
    public record ArticleFile(Path file, String path, BasicFileAttributes attributes) implements Comparable<ArticleFile> {
        public ArticleFile(Path file, String path) {
            this(file, path, null);
        }

        @Override
        public int compareTo(ArticleFile o) {
            return path.compareTo(o.path);
        }
    }

    /** Every included, not excluded file under the directories, sorted by report path. */
    public List<ArticleFile> discover(List<Path> directories) throws IOException {
        return discover(directories, 1);
    }

    /**
     * The article files under the directories, sorted by report path. Directories are listed on up to
     * {@code threads} threads: listing a large archive is mostly waiting on the file system (a
     * directory read and a status call per file), which several threads overlap.
     */
    public List<ArticleFile> discover(List<Path> directories, int threads) throws IOException {
        List<ArticleFile> files = new ArrayList<>();
        Path root = reportRoot(directories);
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            for (Path dir : directories) {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("articles directory does not exist: " + dir);
                }
                String prefix = root.relativize(dir.toAbsolutePath().normalize()).toString().replace('\\', '/');
                Listing listing = new Listing(dir, prefix.isEmpty() ? "" : prefix + "/", dir);
                if (pool == null) {
                    listing.compute();
                } else {
                    pool.invoke(listing);
                }
                listing.collect(files);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Collections.sort(files);
        return files;
    }

    /**
     * One directory's article files, and its subdirectories listed as tasks of their own. Links are
     * followed to files, as {@link Files#isRegularFile} sees them, but not into directories.
     */
    private final class Listing extends RecursiveAction {
        private final Path top;
        private final String relativeTo;
        private final Path dir;
        private final List<ArticleFile> found = new ArrayList<>();
        private final List<Listing> subdirectories = new ArrayList<>();

        Listing(Path top, String relativeTo, Path dir) {
            this.top = top;
            this.relativeTo = relativeTo;
            this.dir = dir;
        }

        @Override
        protected void compute() {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isDirectory()) {
                        subdirectories.add(new Listing(top, relativeTo, entry));
                        continue;
                    }
                    if (attributes.isSymbolicLink()) {
                        if (!Files.isRegularFile(entry)) {
                            continue;
                        }
                        attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                    } else if (!attributes.isRegularFile()) {
                        continue;
                    }
                    Path rel = top.relativize(entry);
                    if (matchesAny(includes, rel) && !matchesAny(excludes, rel) && isArticleExtension(rel)) {
                        found.add(new ArticleFile(entry, relativeTo + rel.toString().replace('\\', '/'), attributes));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (getPool() == null || subdirectories.size() < 2) {
                subdirectories.forEach(Listing::compute);
            } else {
                invokeAll(subdirectories);
            }
        }

        void collect(List<ArticleFile> into) {
            into.addAll(found);
            subdirectories.forEach(s -> s.collect(into));
        }
    }

    /**
     * The directory report paths are relative to: the articles directory itself when there is one,
     * else the deepest directory that holds them all ({@code desk-a/articles/…}, {@code desk-b/articles/…}).
     */
    public static Path reportRoot(List<Path> directories) {
        Path root = null;
        for (Path d : directories) {
            Path abs = d.toAbsolutePath().normalize();
            if (root == null) {
                root = abs;
            } else {
                while (!abs.startsWith(root)) {
                    root = root.getParent();
                }
            }
        }
        return root;
    }

    private static boolean isArticleExtension(Path rel) {
        String name = rel.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path rel) {
        for (PathMatcher m : matchers) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** The outcome of reading one file: an article, or none and the problems that explain why. */
    public record Loaded(LoadedArticle article, List<ArticleProblem> problems) {
    }

    /** Reads one file. Never throws for bad content: problems come back as fatal or warnings. */
    public Loaded load(ArticleFile af) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(af.file());
        } catch (IOException e) {
            return unreadable(af, e);
        }
        return load(af, bytes);
    }

    /** The outcome for a file that could not be read at all: one fatal problem. */
    public Loaded unreadable(ArticleFile af, IOException e) {
        List<ArticleProblem> problems = new ArrayList<>();
        problems.add(new ArticleProblem(af.path(), 0, true, "cannot read file: " + e.getMessage()));
        return new Loaded(null, problems);
    }

    /**
     * Decodes and parses a file's content already read by the caller (who may have hashed it). The
     * outcome depends only on the bytes and this loader's encoding and page-cruft list.
     */
    public Loaded load(ArticleFile af, byte[] bytes) {
        List<ArticleProblem> problems = new ArrayList<>();
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(new ArticleProblem(af.path(), 0, false, "skipped: binary file (contains NUL bytes)"));
                return new Loaded(null, problems);
            }
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ArticleProblem(af.path(), 0, false, "skipped: not valid " + charset.name() + " text"));
            return new Loaded(null, problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1);
        }
        return parse(af, text, problems);
    }

    private Loaded parse(ArticleFile af, String text, List<ArticleProblem> problems) {
        int bodyStart = 0;
        JsonNode meta = null;
        String head = text.startsWith(" ---") ? text.substring(1) : text;
        int shift = text.length() - head.length();
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            int yamlStart = head.indexOf('\n') + 1;
            Matcher end = FRONT_MATTER_END.matcher(head);
            if (!end.find(yamlStart)) {
                problems.add(new ArticleProblem(af.path(), 1, true,
                        "front matter opened with '---' on line 1 is never closed with a '---' line"));
                return new Loaded(null, problems);
            }
            String yaml = head.substring(yamlStart, end.start());
            int nl = head.indexOf('\n', end.end());
            bodyStart = shift + (nl < 0 ? head.length() : nl + 1);
            try {
                meta = yaml.isBlank() ? null : YAML.readTree(yaml);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
                problems.add(new ArticleProblem(af.path(), line, true,
                        "malformed front matter: " + e.getOriginalMessage().lines().findFirst().orElse("")));
                return new Loaded(null, problems);
            }
            if (meta != null && !meta.isObject()) {
                problems.add(new ArticleProblem(af.path(), 2, true,
                        "malformed front matter: expected 'key: value' lines, found " + meta.getNodeType().name()
                                .toLowerCase(Locale.ROOT)));
                return new Loaded(null, problems);
            }
        }
        Article article = toArticle(af, text, meta, problems);
        if (article == null) {
            return new Loaded(null, problems);
        }
        SourceText source = new SourceText(text, MarkdownProse.of(text, bodyStart, cruft), bodyStart);
        List<String> warnings = new ArrayList<>();
        for (ArticleProblem p : problems) {
            warnings.add(p.message());
        }
        return new Loaded(new LoadedArticle(article, af.file(), source, warnings), problems);
    }

    private static Article toArticle(ArticleFile af, String text, JsonNode meta, List<ArticleProblem> problems) {
        String title = string(meta, "title");
        String outlet = string(meta, "outlet");
        String url = string(meta, "url");
        String roleText = string(meta, "role");
        String publishedText = string(meta, "published");
        boolean fatal = false;
        Role role = Role.SOURCE;
        if (roleText != null) {
            role = Role.parse(roleText);
            if (role == null) {
                problems.add(new ArticleProblem(af.path(), keyLine(text, "role"), true,
                        "unknown role '" + roleText + "': expected 'source' or 'draft'"));
                fatal = true;
            }
        }
        LocalDate published = null;
        if (publishedText != null) {
            published = parseDate(publishedText);
            if (published == null) {
                problems.add(new ArticleProblem(af.path(), keyLine(text, "published"), true,
                        "cannot read published '" + publishedText
                                + "': expected an ISO-8601 date (2024-04-08) or date-time with offset (2024-04-08T09:30:00Z)"));
                fatal = true;
            }
        }
        if (fatal) {
            return null;
        }
        if (meta != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!KNOWN_KEYS.contains(e.getKey())) {
                    problems.add(new ArticleProblem(af.path(), keyLine(text, e.getKey()), false,
                            "unknown front matter key '" + e.getKey() + "' ignored"));
                }
            }
        }
        if (published == null) {
            problems.add(new ArticleProblem(af.path(), 1, false,
                    "no 'published' date: the article is left out of the checks that compare dates"
                            + " (contradiction, stale-figure, revised-figure, impossible-trend)"));
        }
        if (outlet == null) {
            problems.add(new ArticleProblem(af.path(), 1, false,
                    "no 'outlet': findings name the file instead of the outlet"));
        }
        return new Article(af.path(), title, outlet, published, publishedText, url, role);
    }

    private static String string(JsonNode meta, String key) {
        if (meta == null) {
            return null;
        }
        JsonNode n = meta.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.isValueNode() ? n.asText() : n.toString();
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ignored) {
            // not a plain date; try a date-time with offset
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static int keyLine(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:").matcher(text);
        if (!m.find()) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
