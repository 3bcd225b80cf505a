package dev.factcheck.core.article;

import java.util.Arrays;

/**
 * An article file's text twice over: {@code original} exactly as read, and {@code prose}, of the same
 * length, where everything that is not running text (front matter, Markdown syntax, HTML comments,
 * page cruft) is blanked with spaces. Offsets into one are offsets into the other, so anything found
 * in the prose points back to a line and column of the file.
 */
public final class SourceText {
    private final String original;
    private final String prose;
    private final int bodyStart;
    private final int[] lineStarts;

    public SourceText(String original, String prose, int bodyStart) {
        if (original.length() != prose.length()) {
            throw new IllegalArgumentException("prose must keep the original's length");
        }
        this.original = original;
        this.prose = prose;
        this.bodyStart = bodyStart;
        this.lineStarts = lineStarts(original);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String original() {
        return original;
    }

    public String prose() {
        return prose;
    }

    /** Offset of the first character after the front matter (0 when there is none). */
    public int bodyStart() {
        return bodyStart;
    }

    /** 1-based line of an offset in the original file. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of an offset in the original file, in characters. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
