package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;

import java.io.IOException;
import java.nio.file.Path;

/** One output format: renders a check result into a file of the output directory. */
public interface ReportWriter {
    /** The file name this writer produces, e.g. {@code factcheck-report.json}. */
    String fileName();

    byte[] render(CheckResult result) throws IOException;

    default Path write(CheckResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(fileName());
        ReportFiles.writeAtomically(target, render(result));
        return target;
    }
}
