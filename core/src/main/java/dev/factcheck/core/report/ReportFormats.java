package dev.factcheck.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The output formats by name ({@code json}, {@code html}, …) and the writer of each. */
public final class ReportFormats {
    private static final Map<String, Function<ReportOptions, ReportWriter>> WRITERS = new LinkedHashMap<>();

    static {
        WRITERS.put("json", o -> new JsonReportWriter());
        WRITERS.put("sarif", SarifReportWriter::new);
        WRITERS.put("junit", JunitReportWriter::new);
        WRITERS.put("html", HtmlReportWriter::new);
    }

    private ReportFormats() {
    }

    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }

    /** Writers for the comma-separated names, in the given order; unknown names are an error. */
    public static List<ReportWriter> writers(List<String> formats, ReportOptions options) {
        List<ReportWriter> result = new ArrayList<>();
        for (String f : formats) {
            String name = f.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Function<ReportOptions, ReportWriter> w = WRITERS.get(name);
            if (w == null) {
                throw new IllegalArgumentException("unknown report format '" + f + "': expected one of "
                        + String.join(", ", WRITERS.keySet()));
            }
            result.add(w.apply(options));
        }
        return result;
    }
}
