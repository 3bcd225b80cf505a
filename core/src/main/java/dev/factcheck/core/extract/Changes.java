package dev.factcheck.core.extract;

import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Direction;

/**
 * Level or change: whether a figure states an amount ("the toll rose to 2,012") or how much something
 * moved ("exports fell 4.1 percent", "rose by 300", "from 62 to 64"), with the direction its verb gives
 * (the {@code changeDirections} lists of {@code nouns.yaml}) and the values it moved between.
 */
final class Changes {
    private static final int REACH = 5;
    private final Vocabulary v;

    Changes(Vocabulary v) {
        this.v = v;
    }

    /** The change the figure states, or null for a level. */
    Change of(Sentence x, Figure f) {
        if (f.from != null) {
            Direction d = verbDirection(x, f);
            if (d == null && f.from.doubleValue() != f.value) {
                d = f.value > f.from ? Direction.UP : Direction.DOWN;
            }
            return new Change(d, f.from, f.value);
        }
        if (!movedBy(x, f)) {
            return null;
        }
        return new Change(verbDirection(x, f), null, null);
    }

    /** A change verb close before the figure and not followed by "to" ("rose 3%", "rose by 300"), or "higher" after it. */
    private boolean movedBy(Sentence x, Figure f) {
        Tokens t = x.t;
        for (int k = f.first - 1; k >= Math.max(x.start, f.first - REACH); k--) {
            if (v.changeVerbs.contains(t.lower[k])) {
                return !t.is(k + 1, "to") && !t.is(f.first - 1, "to");
            }
            if (t.type[k] == Tokens.PUNCT) {
                break;
            }
        }
        return f.end < x.end && v.changeAfter.contains(t.lower[f.end]);
    }

    private Direction verbDirection(Sentence x, Figure f) {
        Tokens t = x.t;
        if (f.end < x.end) {
            Direction after = v.changeDirections.get(t.lower[f.end]);
            if (after != null && v.changeAfter.contains(t.lower[f.end])) {
                return after;
            }
        }
        for (int k = f.first - 1; k >= Math.max(x.start, f.first - REACH); k--) {
            Direction d = v.changeDirections.get(t.lower[k]);
            if (d != null) {
                return d;
            }
            if (t.type[k] == Tokens.PUNCT) {
                break;
            }
        }
        return null;
    }
}
