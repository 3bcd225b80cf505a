package dev.factcheck.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every parameter a goal declares is documented in docs/configuration.md, with its property. */
class ConfigurationDocTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path DOC = Path.of("../docs/configuration.md");

    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    @Test
    void everyParameterOfEveryGoalIsInTheConfigurationReference() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        String doc = Files.readString(DOC);
        Set<String> goals = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal");
            goals.add(goal);
            if (goal.equals("help")) {
                continue;
            }
            if (!doc.contains("`" + goal + "`")) {
                missing.add("goal " + goal);
            }
            Element params = (Element) mojo.getElementsByTagName("parameters").item(0);
            NodeList ps = params.getElementsByTagName("parameter");
            for (int j = 0; j < ps.getLength(); j++) {
                Element p = (Element) ps.item(j);
                if (!"true".equals(child(p, "editable"))) {
                    continue;
                }
                String name = child(p, "name");
                if (!doc.contains("`" + name + "`")) {
                    missing.add(goal + ": parameter " + name);
                }
            }
        }
        NodeList configs = d.getElementsByTagName("configuration");
        for (int i = 0; i < configs.getLength(); i++) {
            NodeList cs = configs.item(i).getChildNodes();
            for (int j = 0; j < cs.getLength(); j++) {
                if (cs.item(j) instanceof Element c && c.hasAttribute("implementation")) {
                    String text = c.getTextContent().strip();
                    if (text.startsWith("${factcheck.")) {
                        String property = text.substring(2, text.length() - 1);
                        if (!doc.contains("`" + property + "`")) {
                            missing.add("property " + property);
                        }
                    }
                }
            }
        }
        assertThat(goals).contains("check", "aggregate", "report", "extract", "baseline", "help");
        assertThat(missing).as("parameters missing from docs/configuration.md").isEmpty();
    }
}
