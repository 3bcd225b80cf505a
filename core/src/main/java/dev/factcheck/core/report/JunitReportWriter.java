package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code factcheck-junit.xml}: one test case per article, one failure per finding about it, so CI
 * systems (GitLab, Jenkins, GitHub test reporters) list the articles as passed or failed.
 */
public final class JunitReportWriter implements ReportWriter {
    public static final String FILE_NAME = "factcheck-junit.xml";
    private final ReportOptions options;

    public JunitReportWriter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public byte[] render(CheckResult result) throws IOException {
        Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
        for (Article a : result.articles()) {
            byArticle.put(a.getPath(), new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            byArticle.computeIfAbsent(f.getArticle(), k -> new ArrayList<>()).add(f);
        }
        long failed = byArticle.values().stream().filter(l -> !l.isEmpty()).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "factcheck");
            x.writeAttribute("tests", String.valueOf(byArticle.size()));
            x.writeAttribute("failures", String.valueOf(failed));
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", "factcheck");
            x.writeAttribute("tests", String.valueOf(byArticle.size()));
            x.writeAttribute("failures", String.valueOf(failed));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Finding>> e : byArticle.entrySet()) {
                String file = options.repositoryPath().apply(e.getKey());
                x.writeCharacters("\n    ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", "factcheck");
                x.writeAttribute("name", file);
                x.writeAttribute("file", file);
                for (Finding f : e.getValue()) {
                    x.writeCharacters("\n      ");
                    x.writeStartElement("failure");
                    x.writeAttribute("type", f.getRule());
                    x.writeAttribute("message", f.getSeverity().id() + ": [" + f.getRule() + "] " + f.getMessage());
                    x.writeCharacters(file + ":" + f.getLine() + ":" + f.getColumn() + ": " + f.getSeverity().id()
                            + ": [" + f.getRule() + "] " + f.getMessage());
                    x.writeEndElement();
                }
                if (!e.getValue().isEmpty()) {
                    x.writeCharacters("\n    ");
                }
                x.writeEndElement();
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
}
