package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;

import java.nio.file.Path;

/** Prints what the extractor finds in a directory of articles (a developer's look, not a test). */
public final class DumpSeeds {
    public static void main(String[] args) {
        Path dir = args.length > 0 ? Path.of(args[0]) : Articles.seeds().resolve("articles");
        NewsExtractor x = new NewsExtractor(Vocabulary.defaults());
        for (LoadedArticle a : Articles.load(dir)) {
            System.out.println("=== " + a.article().getPath());
            Extraction ex = x.extract(a);
            for (Claim c : ex.claims()) {
                System.out.printf("%d:%d  %-22s %s [%s,%s] %s | %s | %s | asOf=%s anchor=%s | %s | partOf=%d%n", c.getLine(), c.getColumn(),
                        c.getFigure(), fmt(c.getValue()), fmt(c.getLower()), fmt(c.getUpper()), c.getUnit(), c.getQuantityKey(),
                        c.getKind(), c.getAsOf(), c.getEventAnchor(),
                        c.getAttribution() == null ? "-" : c.getAttribution().getSource() + " <" + c.getAttribution().getText() + ">",
                        c.getPartOfOffset());
                System.out.println("        span=" + c.getSpan() + " | label=" + c.getQuantityLabel());
            }
            for (Quote q : ex.quotes()) {
                System.out.printf("Q %d:%d %s | %s | key=%s side=%s medium=%s%n", q.getLine(), q.getColumn(), q.getText(),
                        q.getSpeaker(), q.getSpeakerKey(), q.getSpeakerSide(), q.getMedium());
            }
        }
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "null";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
