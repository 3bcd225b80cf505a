package dev.factcheck.core.article;

import dev.factcheck.core.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLoaderTest {
    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader(List.of(), List.of(), StandardCharsets.UTF_8,
            PageCruft.defaults());

    private ArticleLoader.Loaded load(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return loader.load(new ArticleLoader.ArticleFile(f, name));
    }

    @Test
    void discoversArticleFilesRecursivelyInPathOrder() throws IOException {
        for (String name : List.of("2024/05/b.md", "2024/04/a.markdown", "notes.txt", "image.png", "2024/data.json")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        List<ArticleLoader.ArticleFile> files = loader.discover(List.of(dir));
        assertThat(files).extracting(ArticleLoader.ArticleFile::path)
                .containsExactly("2024/04/a.markdown", "2024/05/b.md", "notes.txt");
    }

    @Test
    void listingOnSeveralThreadsFindsTheSameFilesAndFollowsLinksOnlyToFiles() throws IOException {
        List<String> expected = new java.util.ArrayList<>();
        for (int d = 0; d < 12; d++) {
            for (int f = 0; f < 5; f++) {
                String name = String.format("desk-%02d/%s/%d.md", d, d % 2 == 0 ? "wire" : "drafts/deep", f);
                Files.createDirectories(dir.resolve(name).getParent());
                Files.writeString(dir.resolve(name), "x");
                expected.add(name);
            }
        }
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/kept.md"), "x");
        expected.add("elsewhere/kept.md");
        Path outside = Files.createTempDirectory("factcheck-outside");
        Files.writeString(outside.resolve("linked.md"), "x");
        try {
            listWithLinks(expected, outside);
        } finally {
            Files.delete(outside.resolve("linked.md"));
            Files.delete(outside);
        }
    }

    private void listWithLinks(List<String> expected, Path outside) throws IOException {
        boolean links = true;
        try {
            Files.createSymbolicLink(dir.resolve("link-to-file.md"), outside.resolve("linked.md"));
            Files.createSymbolicLink(dir.resolve("link-to-dir"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            links = false; // a file system without links: the rest still holds
        }
        if (links) {
            expected.add("link-to-file.md");
        }
        expected.sort(null);
        List<String> one = loader.discover(List.of(dir), 1).stream().map(ArticleLoader.ArticleFile::path).toList();
        List<String> four = loader.discover(List.of(dir), 4).stream().map(ArticleLoader.ArticleFile::path).toList();
        assertThat(one).containsExactlyElementsOf(expected);
        assertThat(four).containsExactlyElementsOf(expected);
        assertThat(loader.discover(List.of(dir), 4)).allSatisfy(f -> assertThat(f.attributes().isRegularFile()).isTrue());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path missing = dir.resolve("no-such-folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.discover(List.of(missing), 4))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void includesAndExcludesAreGlobsRelativeToTheDirectory() throws IOException {
        for (String name : List.of("wire/a.md", "drafts/b.md", "drafts/old/c.md")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        ArticleLoader l = new ArticleLoader(List.of("drafts/**"), List.of("drafts/old/**"), StandardCharsets.UTF_8,
                PageCruft.defaults());
        assertThat(l.discover(List.of(dir))).extracting(ArticleLoader.ArticleFile::path).containsExactly("drafts/b.md");
    }

    @Test
    void readsFrontMatterAndKeepsOffsetsOfTheOriginalFile() throws IOException {
        String text = "---\ntitle: \"Talks stall\"\noutlet: Wire\npublished: 2024-04-08\nrole: draft\n---\n"
                + "First line.\nOf those, 129 hostages remain.\n";
        LoadedArticle a = load("a.md", text).article();
        assertThat(a.article().getTitle()).isEqualTo("Talks stall");
        assertThat(a.article().getOutlet()).isEqualTo("Wire");
        assertThat(a.article().getPublished()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(a.article().getRole()).isEqualTo(Role.DRAFT);
        int at = a.text().prose().indexOf("129");
        assertThat(a.text().line(at)).isEqualTo(8);
        assertThat(a.text().column(at)).isEqualTo(11);
        assertThat(a.text().prose().substring(0, a.text().bodyStart())).isBlank();
    }

    @Test
    void dateTimeWithOffsetGivesItsDay() throws IOException {
        LoadedArticle a = load("a.md", "---\npublished: 2024-04-08T23:30:00+02:00\n---\nText.\n").article();
        assertThat(a.article().getPublished()).isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    void markdownSyntaxIsBlankedWithoutMovingText() throws IOException {
        String text = "# Heading here\n\n- **129** hostages, says [the army](https://example.org/x).\n> quoted _line_\n";
        LoadedArticle a = load("a.md", text).article();
        String prose = a.text().prose();
        assertThat(prose).hasSameSizeAs(text);
        assertThat(prose).doesNotContain("#", "**", "[", "](", "https", ">", "_");
        assertThat(prose.indexOf("129")).isEqualTo(text.indexOf("129"));
        assertThat(prose.indexOf("the army")).isEqualTo(text.indexOf("the army"));
        assertThat(prose).contains("Heading here").contains("quoted  line");
    }

    @Test
    void pageCruftIsKeptOutOfTheProse() throws IOException {
        String text = "Real news here.\n\nFollow us on Google News\n\nLeave a Reply\n\nPlease enter your comment!\n"
                + "Please enter your name here\nYour email address will not be published. Required fields are marked *\n";
        String prose = load("a.md", text).article().text().prose();
        assertThat(prose.strip()).isEqualTo("Real news here.");
    }

    @Test
    void malformedFrontMatterIsFatalWithFileAndLine() throws IOException {
        ArticleLoader.Loaded l = load("bad.md", "---\noutlet: Wire\ntitle: \"unclosed\npublished: 2024-01-01\n---\nText\n");
        assertThat(l.article()).isNull();
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.describe()).startsWith("bad.md:").contains("malformed front matter");
            assertThat(p.line()).isBetween(3, 5);
        });
    }

    @Test
    void unclosedFrontMatterIsFatal() throws IOException {
        ArticleLoader.Loaded l = load("bad.md", "---\noutlet: Wire\nText without end\n");
        assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .isEqualTo("bad.md:1: front matter opened with '---' on line 1 is never closed with a '---' line"));
    }

    @Test
    void unknownRoleNamesItsLine() throws IOException {
        ArticleLoader.Loaded l = load("bad.md", "---\noutlet: Wire\nrole: opinion\n---\nText\n");
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.describe()).isEqualTo("bad.md:3: unknown role 'opinion': expected 'source' or 'draft'");
        });
    }

    @Test
    void unparseablePublishedNamesItsLine() throws IOException {
        ArticleLoader.Loaded l = load("bad.md", "---\ntitle: x\noutlet: Wire\npublished: 8 April 2024\n---\nText\n");
        assertThat(l.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.describe()).startsWith("bad.md:4: cannot read published '8 April 2024'");
        });
    }

    @Test
    void missingDateAndOutletAreWarningsAndTheArticleStays() throws IOException {
        ArticleLoader.Loaded l = load("plain.txt", "Headline\n\nBody with 12 figures.\n");
        assertThat(l.article()).isNotNull();
        assertThat(l.article().article().getPublished()).isNull();
        assertThat(l.problems()).allMatch(p -> !p.fatal()).extracting(ArticleProblem::message)
                .anyMatch(m -> m.startsWith("no 'published' date")).anyMatch(m -> m.startsWith("no 'outlet'"));
    }

    @Test
    void binaryAndInvalidUtf8FilesAreSkippedWithAWarning() throws IOException {
        Files.write(dir.resolve("pic.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(dir.resolve("latin1.md"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        ArticleLoader.Loaded bin = loader.load(new ArticleLoader.ArticleFile(dir.resolve("pic.md"), "pic.md"));
        ArticleLoader.Loaded bad = loader.load(new ArticleLoader.ArticleFile(dir.resolve("latin1.md"), "latin1.md"));
        assertThat(bin.article()).isNull();
        assertThat(bin.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).contains("binary");
        });
        assertThat(bad.article()).isNull();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void emptyFileIsFine() throws IOException {
        ArticleLoader.Loaded l = load("empty.md", "");
        assertThat(l.article()).isNotNull();
        assertThat(l.problems()).noneMatch(ArticleProblem::fatal);
    }

    @Test
    void loadingNeverWritesIntoTheArticlesDirectory() throws IOException {
        load("a.md", "---\noutlet: Wire\n---\nText.\n");
        long before = Files.getLastModifiedTime(dir.resolve("a.md")).toMillis();
        loader.load(new ArticleLoader.ArticleFile(dir.resolve("a.md"), "a.md"));
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.md");
        }
        assertThat(Files.getLastModifiedTime(dir.resolve("a.md")).toMillis()).isEqualTo(before);
    }
}
