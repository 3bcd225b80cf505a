package dev.factcheck.core.report.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the HTML report: {@code report.mustache} with its partials, the stylesheet and the script inlined,
 * and a Content-Security-Policy that lets only that script and that stylesheet run and loads nothing from
 * anywhere. Every value goes through JMustache's HTML escaping; the only unescaped insertions are the
 * stylesheet and the script, which come from this jar.
 */
public final class HtmlReport {
    private static final String BASE = "/dev/factcheck/core/report/html/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .nullValue("")
            .emptyStringIsFalse(true)
            .withLoader(name -> new StringReader(resource(name + ".mustache")));
    private static final Template PAGE = COMPILER.compile(resource("report.mustache"));
    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    /** The page for one result; {@code verdict} may be null when no threshold applies. */
    public static String render(CheckResult result, Threshold.Verdict verdict) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", ReportModel.build(result, verdict));
        context.put("css", CSS);
        context.put("script", SCRIPT);
        context.put("csp", "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(SCRIPT)
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'");
        return PAGE.execute(context);
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing: " + BASE + name);
            }
            try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) {
                    sb.append(buf, 0, n);
                }
                return sb.toString().replace("\r\n", "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
