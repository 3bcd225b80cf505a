package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the noun phrase next to "said" into a speaker (as written, a comparable key, a side) and a
 * source name, resolves "he"/"the official"/"the group" to an earlier speaker, and reads the medium
 * ("told Reuters", "wrote on Telegram").
 */
final class Speakers {
    /** A speaker as the text names them. {@code offset} is where the text names them. */
    record Speaker(String text, String key, String side, boolean named, boolean group, String head, int offset) {
    }

    private final Vocabulary v;

    Speakers(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** Tokens [a, b) trimmed of punctuation, adverbs and parenthetical parts ("the official, who asked ..."). */
    int[] core(Tokens t, int a, int b) {
        while (a < b && (t.type[a] == Tokens.PUNCT || v.speakerAdverbs.contains(t.lower[a]))) {
            a++;
        }
        for (int k = a; k < b; k++) {
            if (t.is(k, ",") || t.is(k, "(") || t.is(k, "—") || t.is(k, "–")) {
                b = k;
                break;
            }
        }
        for (int k = a + 1; k < b; k++) {
            if (v.speakerCut.contains(t.lower[k]) && !t.capitalised(k) && !(t.is(k, "of") || isNameJoiner(t, k))) {
                if (t.is(k, "in") && t.capitalised(k + 1)) {
                    continue;
                }
                b = k;
                break;
            }
        }
        while (b > a && (t.type[b - 1] == Tokens.PUNCT || v.speakerAdverbs.contains(t.lower[b - 1])) && !t.is(b - 1, ".")) {
            b--;
        }
        return new int[]{a, b};
    }

    private boolean isNameJoiner(Tokens t, int k) {
        return v.nameJoiners.contains(t.lower[k]) && k + 1 < t.size && t.capitalised(k + 1);
    }

    /**
     * The speaker named by tokens [a, b): a name ("Israel Katz" from "Israeli Foreign Minister Israel
     * Katz"), a description ("a Hamas official"), an organisation ("Hamas"), or a pronoun or bare
     * description resolved against {@code history}. {@code appositive} is an optional description
     * that follows a name ("Mousa Abu Marzouk, a senior Hamas official,"): [start, end) or null.
     */
    Speaker speaker(Tokens t, int a, int b, int[] appositive, List<Speaker> history, List<Speaker> names, int offset) {
        int[] c = core(t, a, b);
        a = c[0];
        b = c[1];
        if (a >= b) {
            return null;
        }
        if (b - a == 1 && v.pronouns.contains(t.lower[a])) {
            boolean person = t.is(a, "he") || t.is(a, "she");
            Speaker last = null;
            for (int i = history.size() - 1; i >= 0 && last == null; i--) {
                if (!person || !history.get(i).group) {
                    last = history.get(i);
                }
            }
            if (person) {
                // "Foreign Minister Israel Katz described the talks … 'quote,' he told …": a person
                // named after a title since the last speaker is who "he" refers to.
                for (Speaker n : names) {
                    if (n.offset < offset && (last == null || n.offset > last.offset)) {
                        last = n;
                    }
                }
            }
            return last == null ? null : new Speaker(last.text, last.key, last.side, last.named, last.group, last.head, offset);
        }
        String side = side(t, a, b);
        if (side == null && appositive != null) {
            side = side(t, appositive[0], appositive[1]);
        }
        int nameStart = nameStart(t, a, b);
        if (nameStart >= 0) {
            String name = join(t, nameStart, b, false);
            boolean single = v.sides.at(t, nameStart, b) != null && v.sides.at(t, nameStart, b).length() == b - nameStart;
            if (single) {
                String key = v.sides.at(t, nameStart, b).value();
                return new Speaker(t.text(a, b), key, key, false, true, key, offset);
            }
            Speaker full = fullName(history, name);
            if (full == null) {
                full = fullName(names, name);
            }
            if (full != null) {
                return new Speaker(full.text, full.key, side != null ? side : full.side, true, false, null, offset);
            }
            return new Speaker(name, name.toLowerCase(Locale.ROOT), side, true, false, null, offset);
        }
        String head = t.lower[b - 1];
        boolean bare = b - a <= 3 && v.speakerDeterminers.contains(t.lower[a]) && !t.is(a, "a") && !t.is(a, "an") && side == null;
        if (bare) {
            boolean group = v.groups.contains(head);
            Speaker ante = group ? lastGroup(history) : lastOf(history, head, false);
            if (ante != null) {
                return new Speaker(ante.text, ante.key, ante.side, ante.named, ante.group, ante.head, offset);
            }
        }
        StringBuilder key = new StringBuilder();
        for (int k = a; k < b; k++) {
            String w = t.lower[k];
            if (v.soften.contains(w) || t.type[k] == Tokens.PUNCT && !t.is(k, "-") || t.isNumber(k)
                    || v.numberWords.containsKey(w)) {
                continue;
            }
            if (w.equals("'s") && key.length() > 0) {
                continue;
            }
            if (t.is(k, "-") || (k > a && t.attached(k) && t.is(k - 1, "-"))) {
                key.append(w);
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(w);
        }
        boolean group = v.groups.contains(head);
        return new Speaker(t.text(a, b), key.toString(), side, false, group, head, offset);
    }

    /** Start of a person's name at the end of [a, b), after any titles, or -1. */
    private int nameStart(Tokens t, int a, int b) {
        int k = b;
        while (k > a && (t.capitalised(k - 1) || isNameJoiner(t, k - 1) || (t.is(k - 1, "-") && t.attached(k - 1)))) {
            if (v.titles.endingAt(t, k, a) != null && k < b) {
                break;
            }
            if (t.is(k - 1, "'s")) {
                break;
            }
            k--;
        }
        while (k < b && (!t.capitalised(k) || v.titles.at(t, k, b) != null || v.speakerDeterminers.contains(t.lower[k]))) {
            PhraseTable.Entry<Boolean> title = v.titles.at(t, k, b);
            k += title == null ? 1 : title.length();
            if (k < b && t.is(k, ".")) {
                k++;
            }
        }
        if (k >= b) {
            return -1;
        }
        for (int j = k; j < b; j++) {
            if (!t.capitalised(j) && !isNameJoiner(t, j) && !t.is(j, "-")) {
                return -1;
            }
        }
        if (b - k == 1 && (v.placeNames.at(t, k, b) != null || v.placeAdjectives.at(t, k, b) != null)
                && v.sides.at(t, k, b) == null) {
            return -1;
        }
        PhraseTable.Entry<String> s = v.sides.at(t, k, b);
        if (s != null && s.length() == b - k) {
            return k;
        }
        if (v.placeAdjectives.at(t, k, b) != null || v.placeNames.at(t, k, b) != null && v.placeNames.at(t, k, b).length() == b - k) {
            return -1;
        }
        return k;
    }

    private static Speaker fullName(List<Speaker> history, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i);
            if (s.named && (s.key.equals(n) || s.key.endsWith(" " + n))) {
                return s;
            }
        }
        return null;
    }

    private static Speaker lastGroup(List<Speaker> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).group && history.get(i).side != null) {
                return history.get(i);
            }
        }
        return null;
    }

    private static Speaker lastOf(List<Speaker> history, String head, boolean group) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i);
            if (head == null || (group ? s.group : head.equals(s.head))) {
                return s;
            }
        }
        if (head != null && !group) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (!history.get(i).named && !history.get(i).group) {
                    return history.get(i);
                }
            }
        }
        return null;
    }

    /** A name seen in the text ("Israeli Prime Minister Benjamin Netanyahu") remembered for later "Netanyahu". */
    Speaker nameAfterTitle(Tokens t, int titleEnd, int e, int offset) {
        int k = titleEnd;
        int start = k;
        while (k < e && (t.capitalised(k) || isNameJoiner(t, k) || (t.is(k, "-") && t.attached(k)))) {
            k++;
        }
        if (k - start < 2) {
            return null;
        }
        String name = join(t, start, k, false);
        return new Speaker(name, name.toLowerCase(Locale.ROOT), null, true, false, null, offset);
    }

    String side(Tokens t, int a, int b) {
        for (int k = a; k < b; k++) {
            PhraseTable.Entry<String> s = v.sides.at(t, k, b);
            if (s != null) {
                return s.value();
            }
        }
        return null;
    }

    /** A counting body's comparable name: "health ministry in Hamas-run Gaza" is "gaza health ministry". */
    String source(Tokens t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (k > a && v.sourceStops.at(t, k, b) != null && !t.capitalised(k)) {
                b = k;
                break;
            }
        }
        List<String> words = new ArrayList<>();
        String place = null;
        for (int k = a; k < b; k++) {
            if (k + 2 < b && t.is(k + 1, "-") && v.sourceQualifiers.contains(t.lower[k + 2])) {
                k += 2;
                continue;
            }
            if (t.is(k, "in") || t.is(k, "of")) {
                int j = k + 1;
                while (j < b && (v.sourceDrop.contains(t.lower[j]) || v.directions.contains(t.lower[j]))) {
                    j++;
                }
                if (j + 2 < b && t.is(j + 1, "-")) {
                    j += 3;
                }
                PhraseTable.Entry<Vocabulary.Place> p = j < b ? v.placeNames.at(t, j, b) : null;
                if (p != null && t.capitalised(j)) {
                    place = place == null ? p.value().key() : place;
                    k = j + p.length() - 1;
                    continue;
                }
            }
            PhraseTable.Entry<Vocabulary.Place> p = t.capitalised(k) ? v.placeNames.at(t, k, b) : null;
            if (p != null && (t.is(k + p.length(), "'s") || t.is(k + p.length(), "'") || k + p.length() < b && !t.capitalised(k + p.length()))) {
                words.add(p.value().key());
                k += p.length() - 1;
                if (t.is(k + 1, "'s") || t.is(k + 1, "'")) {
                    k++;
                }
                continue;
            }
            PhraseTable.Entry<Vocabulary.Place> adj = t.capitalised(k) ? v.placeAdjectives.at(t, k, b) : null;
            if (adj != null) {
                words.add(adj.value().key());
                k += adj.length() - 1;
                continue;
            }
            String w = t.lower[k];
            if (v.sourceDrop.contains(w) || t.isNumber(k) || v.numberWords.containsKey(w) || w.equals("'s")
                    || (t.type[k] == Tokens.PUNCT && !t.is(k, "-") && !t.is(k, "&"))) {
                continue;
            }
            if (t.is(k, "-") || (t.attached(k) && k > a && t.is(k - 1, "-"))) {
                if (!words.isEmpty()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + w);
                }
                continue;
            }
            words.add(w);
        }
        if (place != null) {
            words.add(0, place);
        }
        int title = -1;
        for (int k = a; k < b; k++) {
            PhraseTable.Entry<Boolean> ti = v.titles.at(t, k, b);
            if (ti != null && k + ti.length() < b && t.capitalised(k + ti.length()) && v.placeNames.at(t, k + ti.length(), b) == null) {
                title = k + ti.length();
            }
        }
        if (title > a) {
            String name = join(t, title, b, true);
            if (!name.isBlank() && name.split(" ").length <= 4) {
                return name.strip();
            }
        }
        String s = " " + String.join(" ", words) + " ";
        for (String[] syn : v.sourceSynonyms) {
            s = s.replace(" " + syn[0] + " ", " " + syn[1] + " ");
        }
        s = Tokens.collapseSpace(s.strip());
        return s.isEmpty() ? null : s;
    }

    /** A medium named from token k on ("Reuters", "Israel's Army Radio", "The Guardian"), or null. */
    String medium(Tokens t, int k, int e) {
        if (k >= e || v.notMedia.at(t, k, e) != null) {
            return null;
        }
        int a = k;
        if (t.is(a, "the") && !t.capitalised(a)) {
            a++;
        }
        if (a < e && !t.capitalised(a)) {
            int b = a;
            while (b < e && b < a + 3 && t.isWord(b) && !t.capitalised(b)) {
                if (v.mediaNouns.contains(t.lower[b])) {
                    return t.text(a, b + 1);
                }
                b++;
            }
            return null;
        }
        if (a >= e || v.weekdays.containsKey(t.lower[a]) || v.months.containsKey(t.lower[a])) {
            return null;
        }
        int b = a;
        while (b < e && (t.capitalised(b) || t.is(b, "'s") || isNameJoiner(t, b) || (t.is(b, "-") && t.attached(b))
                || (t.isWord(b) && v.mediumTails.at(t, b, e) != null))) {
            PhraseTable.Entry<Boolean> tail = v.mediumTails.at(t, b, e);
            if (tail != null && !t.capitalised(b)) {
                break;
            }
            b++;
        }
        if (b == a) {
            return null;
        }
        return t.text(a, b);
    }

    static String join(Tokens t, int a, int b, boolean lower) {
        String s = Tokens.collapseSpace(t.text(a, b));
        return lower ? s.toLowerCase(Locale.ROOT) : s;
    }
}
