package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.report.html.HtmlReport;

import java.nio.charset.StandardCharsets;

/**
 * {@code factcheck-report.html}: one self-contained page (styles, script and charts inline, nothing loaded
 * from the network) that an editor opens from a CI artifact or a disk. Deterministic: the same result and
 * threshold give the same bytes. With a threshold the summary says whether the check passed.
 */
public final class HtmlReportWriter implements ReportWriter {
    public static final String FILE_NAME = "factcheck-report.html";
    private final Threshold threshold;

    public HtmlReportWriter() {
        this((Threshold) null);
    }

    public HtmlReportWriter(Threshold threshold) {
        this.threshold = threshold;
    }

    public HtmlReportWriter(ReportOptions options) {
        this(options == null ? null : options.threshold());
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public byte[] render(CheckResult result) {
        return HtmlReport.render(result, threshold == null ? null : threshold.evaluate(result))
                .getBytes(StandardCharsets.UTF_8);
    }
}
