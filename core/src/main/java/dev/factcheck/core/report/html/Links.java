package dev.factcheck.core.report.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which front-matter {@code url} values may become links: absolute http(s) URLs with a host, nothing else. */
final class Links {
    private Links() {
    }

    /** The URL to link to, or null when it must stay plain text ({@code javascript:}, {@code data:}, relative, …). */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
                return null;
            }
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
