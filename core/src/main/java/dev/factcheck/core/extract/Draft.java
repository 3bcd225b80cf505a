package dev.factcheck.core.extract;

import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.QuantityKind;

import java.time.LocalDate;

/** A claim being read: everything the builder needs, plus what later claims refer back to. */
final class Draft {
    /** {@link #partOf} when the claim is not part of an earlier one. */
    static final int NOT_PART = -1;

    int offset;
    int end;
    Figure figure;
    String counted;
    String countedLabel;
    String predicate;
    String predicateLabel;
    String place;
    String anchor;
    String anchorLabel;
    QuantityKind kind;
    LocalDate asOf;
    Attribution attribution;
    int partOf = NOT_PART;
    String span;
    boolean nounPredicate;
    String basePredicate;

    boolean isPart() {
        return partOf != NOT_PART;
    }
}
