package dev.factcheck.core.extract;

import dev.factcheck.core.model.QuantityKind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * When a figure holds and how it behaves: its asOf (publication date, moved by a weekday or relative
 * day in its clause), its event anchor (a date, "that day", a stage) and its kind (proposal,
 * remaining, state, cumulative, fixed, point), from the predicate's kind and the time words and cues
 * of the clause.
 */
final class ClaimKinds {
    private final Vocabulary v;

    ClaimKinds(Vocabulary v) {
        this.v = v;
    }

    /** Sets the draft's asOf, kind, anchor and anchor label; {@code in} is the clause's reach ({@link Clause#reach}). */
    void read(Clause c, boolean[] in, Vocabulary.Predicate pred, List<TimeReader.Mention> mentions, ArticleContext a, Draft d) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        LocalDate asOf = a.published();
        String anchor = null;
        String anchorLabel = null;
        boolean since = false;
        boolean by = false;
        boolean relative = false;
        String sequence = null;
        String sequenceLabel = null;
        int anchorDist = Integer.MAX_VALUE;
        boolean period = false;
        for (TimeReader.Mention m : mentions) {
            if (!in[m.start() - s]) {
                continue;
            }
            if ("since".equals(m.prefix())) {
                since = true;
                continue;
            }
            if ("by".equals(m.prefix())) {
                by = true;
                if (m.date() != null && (m.type() == TimeReader.Type.RELATIVE || m.type() == TimeReader.Type.PREVIOUS_DAY)) {
                    asOf = m.date();
                }
                continue;
            }
            switch (m.type()) {
                case RELATIVE, PREVIOUS_DAY -> {
                    if (!relative) {
                        relative = true;
                        if (m.date() != null) {
                            asOf = m.date();
                        }
                    }
                }
                case ANAPHORA -> {
                    if (anchor == null && a.lastAnchor != null) {
                        anchor = a.lastAnchor;
                        anchorLabel = a.lastAnchorLabel;
                    }
                }
                case SEQUENCE -> {
                    if (sequence == null) {
                        sequence = m.anchor();
                        sequenceLabel = m.label();
                    }
                }
                default -> {
                    int dist = m.start() >= f.end ? m.start() - f.end : f.first - m.end();
                    if (m.anchor() != null && (anchor == null || dist < anchorDist)) {
                        anchor = m.anchor();
                        anchorLabel = m.label();
                        anchorDist = dist;
                        period = m.type() == TimeReader.Type.YEAR || m.type() == TimeReader.Type.MONTH;
                    }
                }
            }
        }
        d.asOf = a.published() == null ? null : asOf;
        boolean proposal = any(in, x, x::proposalAt) || (f.end < e && v.targets.at(t, f.end, e) != null);
        QuantityKind kind;
        String pk = pred == null ? null : pred.kind();
        if (f.isTime()) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = null;
            for (int k = s; k < e && ev == null; k++) {
                if (in[k - s]) {
                    ev = v.events.at(t, k, e);
                    if (ev != null && !ev.value().key().equals(d.counted)) {
                        ev = null;
                    }
                }
            }
            kind = proposal ? QuantityKind.PROPOSAL : ev == null ? QuantityKind.STATE : kindOf(ev.value().kind());
            anchor = null;
        } else if (proposal) {
            kind = QuantityKind.PROPOSAL;
        } else if (pk == null || pk.equals("state")) {
            kind = QuantityKind.STATE;
        } else if (pk.equals("remaining")) {
            kind = QuantityKind.REMAINING;
        } else if (pk.equals("point")) {
            kind = QuantityKind.POINT;
        } else if (since || by || any(in, x, x::cumulativeAt) || durationIn(x, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else if (anchor != null && period && perfect(x, f, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else if (anchor != null) {
            kind = QuantityKind.FIXED;
        } else if (relative) {
            kind = QuantityKind.POINT;
        } else if (perfect(x, f, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else {
            kind = QuantityKind.POINT;
        }
        if (kind == QuantityKind.POINT && anchor == null && d.asOf != null && !f.isTime()) {
            anchor = d.asOf.toString();
            anchorLabel = "on " + TimeReader.dayLabel(d.asOf, 0, 0);
        }
        if (kind == QuantityKind.CUMULATIVE && since) {
            anchor = null;
        }
        if (pred != null && !pred.anchor() && kind != QuantityKind.POINT) {
            anchor = null;
        }
        if (pred == null && kind != QuantityKind.POINT) {
            anchor = null;
        }
        if (sequence != null && (kind == QuantityKind.PROPOSAL || anchor == null)) {
            anchor = sequence;
            anchorLabel = sequenceLabel;
        }
        d.kind = kind;
        d.anchor = anchor;
        d.anchorLabel = anchorLabel;
    }

    /** Whether a cue ({@code cueAt}) starts at a token of the clause's reach. */
    private static boolean any(boolean[] in, Sentence x, IntPredicate cueAt) {
        for (int k = 0; k < in.length; k++) {
            if (in[k] && cueAt.test(x.start + k)) {
                return true;
            }
        }
        return false;
    }

    /** "over four years", "during 21 months": a duration in the clause makes an event figure a running total. */
    private boolean durationIn(Sentence x, boolean[] in) {
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        for (int k = s + 1; k < e; k++) {
            if (in[k - s] && v.timeUnits.at(t, k, e) != null && (t.isNumber(k - 1) || v.numberWords.containsKey(t.lower[k - 1]))
                    && k - 2 >= s && (t.is(k - 2, "over") || t.is(k - 2, "during") || t.is(k - 2, "in"))) {
                return true;
            }
        }
        return false;
    }

    private static QuantityKind kindOf(String k) {
        QuantityKind q = QuantityKind.parse(k);
        return q == null ? QuantityKind.STATE : q;
    }

    /** A perfect ("have been killed") near the figure in its clause. */
    private static boolean perfect(Sentence x, Figure f, boolean[] in) {
        int s = x.start;
        int e = x.end;
        for (int k = Math.max(s, f.first - 6); k < Math.min(e, f.end + 8); k++) {
            if (in[k - s] && x.perfectAt(k)) {
                return true;
            }
        }
        return false;
    }
}
