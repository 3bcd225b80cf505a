package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.model.Claim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the labelled corpus (core/src/test/resources/extract/corpus, our own sentences) and measures,
 * per subject, how many labelled claims are found (detection) and found with every field right
 * (strict: value, interval, unit, quantity key, kind and source). Floors are what the extractor reaches.
 * Set -Dfactcheck.corpus.verbose=true to print every miss.
 */
class CorpusTest {
    private static final NewsExtractor EXTRACTOR = new NewsExtractor(Vocabulary.defaults());
    private static final Map<String, String> REPORT = new TreeMap<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // subject,               detection P, detection R, strict P, strict R
            "earthquakes-floods,      0.95, 0.95, 0.95, 0.95",
            "elections,               0.95, 0.95, 0.85, 0.85",
            "budgets-prices,          0.95, 0.95, 0.90, 0.90",
            "epidemics,               0.95, 0.95, 0.90, 0.90",
            "sport,                   0.90, 0.95, 0.70, 0.75",
            "wars,                    0.95, 0.95, 0.90, 0.90",
            "holdout,                 0.95, 0.90, 0.85, 0.80",
    })
    void corpusSubjectReachesItsPrecisionAndRecallFloors(String subject, double detP, double detR, double strictP, double strictR)
            throws IOException {
        Score score = run(subject);
        REPORT.put(subject, score.line(subject));
        assertThat(score.sentences).as("sentences in %s", subject).isGreaterThanOrEqualTo(30);
        assertThat(score.detectionPrecision()).as("detection precision, %s", subject).isGreaterThanOrEqualTo(detP);
        assertThat(score.detectionRecall()).as("detection recall, %s", subject).isGreaterThanOrEqualTo(detR);
        assertThat(score.strictPrecision()).as("strict precision, %s", subject).isGreaterThanOrEqualTo(strictP);
        assertThat(score.strictRecall()).as("strict recall, %s", subject).isGreaterThanOrEqualTo(strictR);
    }

    @AfterAll
    static void printTable() {
        StringBuilder sb = new StringBuilder("\nsubject               sentences labelled found  det.P  det.R  strict.P strict.R\n");
        REPORT.values().forEach(l -> sb.append(l).append('\n'));
        System.out.println(sb);
    }

    /** Counts for one subject. */
    static final class Score {
        int sentences;
        int labelled;
        int extracted;
        int detected;
        int exact;
        final List<String> misses = new ArrayList<>();

        double detectionPrecision() {
            return extracted == 0 ? 1 : (double) detected / extracted;
        }

        double detectionRecall() {
            return labelled == 0 ? 1 : (double) detected / labelled;
        }

        double strictPrecision() {
            return extracted == 0 ? 1 : (double) exact / extracted;
        }

        double strictRecall() {
            return labelled == 0 ? 1 : (double) exact / labelled;
        }

        String line(String subject) {
            return String.format(Locale.ROOT, "%-21s %9d %8d %5d  %5.2f  %5.2f  %7.2f  %7.2f", subject, sentences, labelled,
                    extracted, detectionPrecision(), detectionRecall(), strictPrecision(), strictRecall());
        }
    }

    private record Expected(String figure, double value, Double lower, Double upper, String unit, String key, String kind,
                            String source) {
    }

    private record Sentence(String text, List<Expected> claims) {
    }

    private record Doc(String published, List<Sentence> sentences) {
    }

    static Score run(String subject) throws IOException {
        Score score = new Score();
        for (Doc doc : parse(subject)) {
            StringBuilder body = new StringBuilder();
            List<int[]> ranges = new ArrayList<>();
            for (Sentence s : doc.sentences) {
                if (body.length() > 0) {
                    body.append(' ');
                }
                ranges.add(new int[]{body.length(), body.length() + s.text.length()});
                body.append(s.text);
            }
            LoadedArticle article = Articles.of(doc.published, body + "\n");
            int base = article.text().bodyStart();
            List<Claim> claims = EXTRACTOR.extract(article).claims();
            for (int i = 0; i < doc.sentences.size(); i++) {
                Sentence s = doc.sentences.get(i);
                int from = base + ranges.get(i)[0];
                int to = base + ranges.get(i)[1];
                List<Claim> found = new ArrayList<>();
                for (Claim c : claims) {
                    if (c.getOffset() >= from && c.getOffset() < to) {
                        found.add(c);
                    }
                }
                score(s, found, score);
            }
        }
        if (Boolean.getBoolean("factcheck.corpus.verbose")) {
            score.misses.forEach(m -> System.out.println(subject + ": " + m));
        }
        return score;
    }

    private static void score(Sentence s, List<Claim> found, Score score) {
        score.sentences++;
        score.labelled += s.claims.size();
        score.extracted += found.size();
        List<Claim> left = new ArrayList<>(found);
        for (Expected e : s.claims) {
            Claim match = null;
            for (Claim c : left) {
                if (c.getFigure().equalsIgnoreCase(e.figure)) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                score.misses.add("MISSED  " + e.figure + " [" + e.key + "] in: " + s.text);
                continue;
            }
            left.remove(match);
            score.detected++;
            List<String> wrong = new ArrayList<>();
            if (!close(match.getValue(), e.value)) {
                wrong.add("value " + match.getValue());
            }
            if (!close(match.getLower(), e.lower)) {
                wrong.add("lower " + match.getLower());
            }
            if (!close(match.getUpper(), e.upper)) {
                wrong.add("upper " + match.getUpper());
            }
            if (!match.getUnit().equals(e.unit)) {
                wrong.add("unit " + match.getUnit());
            }
            if (!match.getQuantityKey().equals(e.key)) {
                wrong.add("key " + match.getQuantityKey() + " (want " + e.key + ")");
            }
            if (!match.getKind().id().equals(e.kind)) {
                wrong.add("kind " + match.getKind().id() + " (want " + e.kind + ")");
            }
            String source = match.getSourceName();
            if (!(e.source == null ? source == null : e.source.equals(source))) {
                wrong.add("source " + source + " (want " + e.source + ")");
            }
            if (wrong.isEmpty()) {
                score.exact++;
            } else {
                score.misses.add("WRONG   " + e.figure + ": " + String.join(", ", wrong) + " in: " + s.text);
            }
        }
        for (Claim c : left) {
            score.misses.add("EXTRA   " + c.getFigure() + " [" + c.getQuantityKey() + "] in: " + s.text);
        }
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    }

    private static List<Doc> parse(String subject) throws IOException {
        String res = "/extract/corpus/" + subject + ".txt";
        String text;
        try (InputStream in = CorpusTest.class.getResourceAsStream(res)) {
            assertThat(in).as(res).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Doc> docs = new ArrayList<>();
        String published = null;
        Doc doc = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@published")) {
                String p = line.substring("@published".length()).strip();
                published = p.equals("none") ? null : p;
            } else if (line.startsWith("S+:")) {
                doc.sentences.add(new Sentence(line.substring(3).strip(), new ArrayList<>()));
            } else if (line.startsWith("S:")) {
                doc = new Doc(published, new ArrayList<>());
                docs.add(doc);
                doc.sentences.add(new Sentence(line.substring(2).strip(), new ArrayList<>()));
            } else if (line.startsWith("C:")) {
                String[] f = line.substring(2).split("\\|");
                assertThat(f).as("claim line: %s", line).hasSize(8);
                doc.sentences.get(doc.sentences.size() - 1).claims.add(new Expected(f[0].strip(), Double.parseDouble(f[1].strip()),
                        number(f[2]), number(f[3]), f[4].strip(), f[5].strip(), f[6].strip(), nullable(f[7])));
            } else {
                throw new IllegalArgumentException(res + ": cannot read line: " + line);
            }
        }
        return docs;
    }

    private static Double number(String s) {
        String t = s.strip();
        return t.equals("-") ? null : Double.parseDouble(t);
    }

    private static String nullable(String s) {
        String t = s.strip();
        return t.equals("-") ? null : t;
    }
}
