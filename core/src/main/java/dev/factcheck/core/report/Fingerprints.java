package dev.factcheck.core.report;

import dev.factcheck.core.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A finding's identity across edits: rule id + article path + the normalised text of the claim it is
 * about. Never line numbers, so an edit elsewhere in the article does not change it.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        return of(f.getRule(), f.getArticle(), f.getSubject());
    }

    public static String of(String rule, String article, String subject) {
        String key = rule + '\n' + article + '\n' + normalise(subject);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, typographic quotes and dashes folded, whitespace collapsed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ").strip();
    }
}
