package dev.factcheck.core.article;

/**
 * Something wrong with one input file. {@code fatal} problems stop the check (bad front matter);
 * the others are warnings listed in the report (a missing date, a skipped binary file).
 */
public record ArticleProblem(String path, int line, boolean fatal, String message) implements Comparable<ArticleProblem> {

    @Override
    public int compareTo(ArticleProblem o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code path:line: message}, the way compilers name a place. */
    public String describe() {
        return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
