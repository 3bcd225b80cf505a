package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Who did what an agent predicate says ("seats/won-by-labour"): the proper nouns of the clause's
 * subject, or of "X's" before the figure, or of the sentence's subject when the clause opens with a
 * participle ("..., winning 52 seats") or a pronoun. Generic words and titles are left out.
 */
final class Agents {
    private final Vocabulary v;

    Agents(Vocabulary v) {
        this.v = v;
    }

    /** Where the agent predicate stands before the figure in its sentence part, or -1. */
    int predicateBefore(Sentence x, Figure f) {
        for (int k = f.first - 1; k >= x.start && x.seg(k) != Sentence.BOUNDARY; k--) {
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(x.t, k, f.first);
            if (p != null && p.value().agent()) {
                return k;
            }
        }
        return -1;
    }

    /** The agent as a key part ("labour", "reform-uk"), or null; {@code verbAt} is where the predicate stands. */
    String agent(Clause c, int verbAt) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        int id = c.id();
        int p = f.first - 1;
        if (p >= s && t.is(p, "'s")) {
            int a = p;
            while (a - 1 >= s && t.capitalised(a - 1)) {
                a--;
            }
            String name = name(t, s, a, p);
            if (name != null) {
                return name;
            }
        }
        int end = verbAt;
        while (end - 1 >= s && (x.seg(end - 1) == id) && (t.isWord(end - 1) && !t.capitalised(end - 1)
                && (v.predicates.at(t, end - 1, end) != null || t.lower[end - 1].endsWith("ly") || v.perfect.at(t, end - 1, end) != null
                || t.is(end - 1, "also") || t.is(end - 1, "now") || t.is(end - 1, "alone") || t.is(end - 1, "just")
                || t.is(end - 1, "had") || t.is(end - 1, "has") || t.is(end - 1, "have")))) {
            end--;
        }
        int a = end;
        while (a - 1 >= s && x.seg(a - 1) == id && !(t.isWord(a - 1) && v.clauseWords.contains(t.lower[a - 1]) && !t.is(a - 1, "and"))) {
            a--;
        }
        String name = name(t, s, a, end);
        boolean participle = a < e && t.lower[a].endsWith("ing") || t.is(a, "with") || t.is(a, "but");
        boolean pronoun = end - a == 1 && v.pronouns.contains(t.lower[a]);
        if (name == null && (participle || pronoun || a == end)) {
            int b = s;
            while (b < e && x.seg(b) == 0 && !(t.isWord(b) && !t.capitalised(b) && (v.predicates.at(t, b, e) != null
                    || v.speechVerbs.at(t, b, e) != null || v.attributionVerbs.at(t, b, e) != null
                    || t.is(b, "has") || t.is(b, "have") || t.is(b, "had") || t.is(b, "says") || t.is(b, "said")))) {
                b++;
            }
            name = name(t, s, s, b);
        }
        return name;
    }

    private String name(Tokens t, int s, int a, int b) {
        for (int k = b - 1; k >= a; k--) {
            if (t.is(k, "'s")) {
                a = k + 1;
                break;
            }
        }
        List<String> words = new ArrayList<>();
        for (int k = a; k < b; k++) {
            if (!t.capitalised(k)) {
                if (!words.isEmpty() && !(t.is(k, "-") || v.agentJoiners.contains(t.lower[k]))) {
                    break;
                }
                continue;
            }
            if (k == s && k + 1 < b && !t.capitalised(k + 1) && v.placeNames.at(t, k, k + 1) == null && v.sides.at(t, k, k + 1) == null) {
                continue;
            }
            if (k == s && k + 1 < b && t.capitalised(k + 1) && v.placeNames.at(t, k, b) == null && v.sides.at(t, k, b) == null
                    && v.counted.at(t, k, k + 1) != null) {
                continue;
            }
            PhraseTable.Entry<Boolean> title = v.titles.at(t, k, b);
            if (title != null && k + title.length() < b && t.capitalised(k + title.length())) {
                k += title.length() - 1;
                continue;
            }
            if (v.agentDrop.contains(t.lower[k])) {
                continue;
            }
            if (k + 1 < b && t.is(k + 1, "-") && t.attached(k + 1) && !t.capitalised(k + 2)) {
                words.add(t.lower[k]);
                break;
            }
            words.add(t.lower[k]);
        }
        if (words.isEmpty()) {
            return null;
        }
        return String.join("-", words).replace(".", "");
    }
}
